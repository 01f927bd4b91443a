package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, "quotes are input like any other". */
class Issue14QuotesTest {
  static final String QUOTE = "{\"id\": \"%s\", \"speaker\": \"Jo Bloggs\", \"role\": \"Chief Constable\", "
      + "\"organisation\": \"Gwent Police\", \"text\": \"We act.\", \"status\": \"approved\", \"source\": \"press "
      + "release\", \"date\": \"%s\", \"offences\": [\"%s\"], \"forces\": [\"%s\"]}";

  @TempDir Path dir;

  Path quotes(String json) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("quotes"));
    Files.copy(Path.of("quotes/samples.json"), folder.resolve("samples.json"));
    Files.writeString(folder.resolve("ours.json"), json);
    return folder;
  }

  Path quote(String date, String offence, String force) throws IOException {
    return quotes("{\"quotes\": [" + String.format(QUOTE, "ours-1", date, offence, force) + "]}");
  }

  Cli story(Path quotes) {
    return Cli.run("story", "--area", "Newport", "--quotes", quotes.toString());
  }

  @Test
  void anApprovedQuoteIsUsed() throws IOException {
    Cli r = story(quote("2025-03-05", "Stalking and harassment", "Gwent"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("We act."), r.out());
  }

  @Test
  void aLinkOutOfTheQuotesFolderIsRefusedAndNothingOfItIsEchoed() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "password=hunter2\n");
    Path folder = Files.createDirectories(dir.resolve("quotes"));
    Files.copy(Path.of("quotes/samples.json"), folder.resolve("samples.json"));
    Files.createSymbolicLink(folder.resolve("evil.json"), secret);
    Cli r = story(folder);
    assertEquals(1, r.exit());
    assertEquals("localwire: " + folder.resolve("evil.json") + ": is a link, and localwire reads only the files in the "
        + "quotes folder itself; copy the quote file into " + folder + " instead\n", r.err());
    assertFalse(r.err().contains("hunter2"));
  }

  @Test
  void aFileThatIsNotJsonIsNotEchoed() throws IOException {
    Cli r = story(quotes("password=hunter2\n"));
    assertEquals(1, r.exit());
    assertEquals("localwire: " + dir.resolve("quotes/ours.json") + ":1:10: is not valid JSON (a word where a value "
        + "should be: text goes in double quotes); fix the JSON syntax\n", r.err());
  }

  @Test
  void aKeyGivenTwiceIsAnError() throws IOException {
    Cli r = story(quotes("{\"quotes\": [" + String.format(QUOTE, "a", "2025-03-05", "Stalking and harassment", "Gwent")
        + "], \"quotes\": []}"));
    assertEquals(1, r.exit());
    assertTrue(r.err().matches("localwire: .*ours\\.json:1:\\d+: the key \"quotes\" is given twice in one object; keep "
        + "one of them: a second one would silently replace the first\n"), r.err());
  }

  @Test
  void aDateThatIsNotAnIsoDateIsAnError() throws IOException {
    Cli r = story(quote("5 March 2025", "Stalking and harassment", "Gwent"));
    assertEquals(1, r.exit());
    assertEquals("localwire: " + dir.resolve("quotes/ours.json") + " /quotes/0/date: \"5 March 2025\" is not a date; "
        + "write it as YYYY-MM-DD, e.g. 2025-03-05\n", r.err());
  }

  @Test
  void anUnknownForceIsAnErrorWithASuggestion() throws IOException {
    Cli r = story(quote("2025-03-05", "Stalking and harassment", "Gwnet"));
    assertEquals(1, r.exit());
    assertEquals("localwire: " + dir.resolve("quotes/ours.json") + " /quotes/0/forces/0: there is no force called "
        + "\"Gwnet\"; did you mean Gwent?\n", r.err());
  }

  @Test
  void anUnknownOffenceIsAnErrorWithASuggestion() throws IOException {
    Cli r = story(quote("2025-03-05", "Stalking and harrasment", "Gwent"));
    assertEquals(1, r.exit());
    assertEquals("localwire: " + dir.resolve("quotes/ours.json") + " /quotes/0/offences/0: there is no offence called "
        + "\"Stalking and harrasment\"; did you mean Stalking and harassment?\n", r.err());
  }

  @Test
  void otherFilesInTheFolderAreNamedInAWarning() throws IOException {
    Path folder = quote("2025-03-05", "Stalking and harassment", "Gwent");
    Files.writeString(folder.resolve("new-quotes.jsn"), "{}");
    Files.writeString(folder.resolve(".DS_Store"), "");
    Cli r = story(folder);
    assertEquals(0, r.exit(), r.err());
    assertEquals("localwire: warning: " + folder.resolve("new-quotes.jsn") + " is not read: quote files end in .json\n",
        r.err());
  }

  @Test
  void noQuoteForTheOffenceIsTheSameErrorForAForceAsForAnArea() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("only-burglary"));
    Files.writeString(folder.resolve("q.json"), "{\"quotes\": [{\"id\": \"a\", \"speaker\": \"S\", \"role\": \"R\", "
        + "\"organisation\": \"O\", \"text\": \"T\", \"status\": \"sample\", \"offences\": [\"Burglary\"]}]}");
    Cli area = Cli.run("story", "--area", "Newport", "--quotes", folder.toString());
    Cli force = Cli.run("story", "--force", "Gwent", "--quotes", folder.toString());
    assertEquals(1, area.exit(), area.err());
    assertEquals(1, force.exit(), force.err());
    assertEquals("localwire: --quotes: the quote library has no quote for stalking and harassment in Gwent; add one "
        + "whose \"offences\" and \"forces\" lists are empty or include them\n", force.err());
    assertEquals(area.err(), force.err());
  }

  /** Issue 13: one renderer for every place; a broken quotes file stops a force story as it stops an area's. */
  @Test
  void aBrokenQuotesFileIsTheSameErrorForAForceAsForAnArea() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(folder.resolve("q.json"), "{\"quotes\": [ {\"speaker\": 1}\n");
    Cli area = Cli.run("story", "--area", "Newport", "--quotes", folder.toString());
    Cli force = Cli.run("story", "--force", "Gwent", "--quotes", folder.toString());
    assertEquals(1, area.exit(), area.err());
    assertEquals(1, force.exit(), force.err());
    assertEquals("localwire: " + folder.resolve("q.json") + ":2:1: is not valid JSON (it ends before every { and [ is "
        + "closed); fix the JSON syntax\n", force.err());
    assertEquals(area.err(), force.err());
  }
}
