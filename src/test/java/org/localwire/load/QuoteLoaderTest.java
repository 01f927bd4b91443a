package org.localwire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.model.InputException;
import org.localwire.model.Quote;

/** The quote files are read with Jackson's streaming parser, not an ObjectMapper (issue #6): same results. */
class QuoteLoaderTest {
  @TempDir Path dir;

  private List<Quote> load(String json) throws Exception {
    Files.writeString(dir.resolve("q.json"), json);
    return QuoteLoader.load(dir);
  }

  @Test
  void readsTheBundledQuotes() throws Exception {
    List<Quote> quotes = QuoteLoader.load(Path.of("quotes"));
    assertEquals("sample-police-reporting", quotes.get(0).id());
  }

  @Test
  void valuesReadAsReadTreeReadThem() throws Exception {
    // issue 14: a key given twice is an error now, and a date must be an ISO date
    Quote q = load("{\"quotes\":[{\"id\":\"z\",\"speaker\":\"b\",\"role\":\"c\",\"organisation\":\"d\","
        + "\"text\":\"e\",\"status\":\"sample\",\"source\":5,\"date\":\"2024-03-05\",\"offences\":[\"x\"],\"forces\":null,"
        + "\"extra\":{\"n\":[true,null,12345678901234,123456789012345678901234567890]}}]} and then text").get(0);
    assertEquals("z", q.id());
    assertEquals("5", q.source());
    assertEquals("2024-03-05", q.date());
    assertEquals(List.of("x"), q.offences());
    assertEquals(List.of(), q.forces());
  }

  @Test
  void anEmptyFileHasNoQuotesArray() {
    InputException e = assertThrows(InputException.class, () -> load(""));
    assertEquals(dir.resolve("q.json") + " /quotes: there is no \"quotes\" array; write {\"quotes\": [ ... ]}",
        e.getMessage());
  }

  @Test
  void badJsonNamesLineAndColumn() {
    InputException e = assertThrows(InputException.class, () -> load("{\"quotes\": [ {\"id\": \"a\", }"));
    assertEquals(dir.resolve("q.json") + ":1:26: is not valid JSON (Unexpected character ('}' (code 125)): was "
        + "expecting double-quote to start field name); fix the JSON syntax", e.getMessage());
  }
}
