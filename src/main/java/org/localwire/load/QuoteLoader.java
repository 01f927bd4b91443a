package org.localwire.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.localwire.model.InputException;
import org.localwire.model.Quote;

/**
 * Reads the quote library: every {@code *.json} file in {@code quotes/}, each an object with a
 * {@code quotes} array. A file that is not JSON, or a quote that lacks a field, is an error
 * naming the file and the JSON pointer of the bad value. Read with Jackson's streaming parser
 * into plain maps and lists: every story and batch reads this library, and Jackson's data-binding
 * layer takes about 0.15 s to start.
 */
public final class QuoteLoader {
  private static final JsonFactory JSON = new JsonFactory();

  /** A JSON number or boolean, kept as the text Jackson's tree model would give it. */
  private record Scalar(String text) {}

  /** A JSON null. */
  private static final Object NULL = new Object();
  private static final List<String> REQUIRED = List.of("id", "speaker", "role", "organisation", "text", "status");

  private QuoteLoader() {}

  public static List<Quote> load(Path folder) throws InputException {
    if (!Files.isDirectory(folder)) {
      throw InputException.in(folder.toString(), "is not a folder of quote files", "point --quotes at the quotes/ folder");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw InputException.in(folder.toString(), "cannot be read (" + e.getMessage() + ")", "check the folder's permissions");
    }
    files.sort(null);
    List<Quote> quotes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      for (Quote quote : read(file)) {
        if (!ids.add(quote.id())) {
          throw InputException.in(file.toString(), "quote id \"" + quote.id() + "\" is used twice", "give every quote its own id");
        }
        quotes.add(quote);
      }
    }
    return List.copyOf(quotes);
  }

  private static List<Quote> read(Path file) throws InputException {
    Object root;
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      root = parser.nextToken() == null ? null : value(parser);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? file.toString() : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
      throw InputException.in(where, "is not valid JSON (" + e.getOriginalMessage() + ")", "fix the JSON syntax");
    } catch (IOException e) {
      throw InputException.in(file.toString(), "cannot be read (" + e.getMessage() + ")", "check the file");
    }
    Object quotesValue = get(root, "quotes");
    if (!(quotesValue instanceof List<?> array)) {
      throw InputException.in(file + " /quotes", "there is no \"quotes\" array", "write {\"quotes\": [ ... ]}");
    }
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      Object q = array.get(i);
      String pointer = "/quotes/" + i;
      for (String field : REQUIRED) {
        if (!(get(q, field) instanceof String value) || value.isBlank()) {
          throw InputException.in(file + " " + pointer + "/" + field, "the quote has no \"" + field + "\" text",
              "every quote needs " + String.join(", ", REQUIRED));
        }
      }
      Quote.Status status;
      try {
        status = Quote.Status.valueOf(text(q, "status").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw InputException.in(file + " " + pointer + "/status", "status is \"" + text(q, "status") + "\"",
            "use \"approved\" for a real, sourced statement or \"sample\" for placeholder copy");
      }
      String source = text(q, "source");
      String date = text(q, "date");
      if (status == Quote.Status.APPROVED && (source.isBlank() || date.isBlank())) {
        throw InputException.in(file + " " + pointer, "an approved quote needs its \"source\" and \"date\"",
            "add where and when the statement was made, or mark it \"sample\"");
      }
      quotes.add(new Quote(text(q, "id"), text(q, "speaker"), text(q, "role"), text(q, "organisation"),
          text(q, "text"), source, date, status, strings(file, pointer, q, "offences"),
          strings(file, pointer, q, "forces")));
    }
    return quotes;
  }

  /** One JSON value, the parser on its first token: objects as ordered maps (a repeated name keeps its last value). */
  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.put(name, value(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        return new Scalar(parser.getNumberValue().toString());
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Scalar(Double.toString(parser.getDoubleValue()));
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(parser.getText());
      }
      default -> {
        return NULL;
      }
    }
  }

  /** The member {@code field} of a JSON object, or null if there is none (or it is not an object). */
  private static Object get(Object node, String field) {
    return node instanceof Map<?, ?> object ? object.get(field) : null;
  }

  /** A member as text: a string as it is, a number or boolean as written, anything else "". */
  private static String text(Object node, String field) {
    Object v = get(node, field);
    return v instanceof String s ? s : v instanceof Scalar scalar ? scalar.text() : "";
  }

  /**
   * An optional list of names. Anything else is an error, not ignored: a quote whose "offences"
   * is a string instead of a list would otherwise fit every offence.
   */
  private static List<String> strings(Path file, String pointer, Object node, String field) throws InputException {
    List<String> out = new ArrayList<>();
    Object v = get(node, field);
    if (v == null || v == NULL) {
      return out;
    }
    if (!(v instanceof List<?> list)) {
      throw InputException.in(file + " " + pointer + "/" + field, "\"" + field + "\" is not a list",
          "write a list of names, e.g. [\"Stalking and harassment\"], or [] for all");
    }
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String name) || name.isBlank()) {
        throw InputException.in(file + " " + pointer + "/" + field + "/" + i, "is not a name",
            "write each entry as a name in quotes");
      }
      out.add(name);
    }
    return out;
  }
}
