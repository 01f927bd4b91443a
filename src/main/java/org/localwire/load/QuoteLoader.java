package org.localwire.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
 * naming the file and the JSON pointer of the bad value.
 */
public final class QuoteLoader {
  /**
   * The tree is built from Jackson's streaming parser rather than by an {@code ObjectMapper}:
   * building a mapper loads some 370 classes and took ~200 ms of every story's start-up, more than
   * reading the quotes themselves (issue #6). The nodes are databind's own, as the mapper makes them.
   */
  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
    JsonNode root;
    try {
      root = readTree(file);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? file.toString() : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
      throw InputException.in(where, "is not valid JSON (" + e.getOriginalMessage() + ")", "fix the JSON syntax");
    } catch (IOException e) {
      throw InputException.in(file.toString(), "cannot be read (" + e.getMessage() + ")", "check the file");
    }
    JsonNode array = root == null ? null : root.get("quotes");
    if (array == null || !array.isArray()) {
      throw InputException.in(file + " /quotes", "there is no \"quotes\" array", "write {\"quotes\": [ ... ]}");
    }
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode q = array.get(i);
      String pointer = "/quotes/" + i;
      for (String field : REQUIRED) {
        if (q.get(field) == null || !q.get(field).isTextual() || q.get(field).asText().isBlank()) {
          throw InputException.in(file + " " + pointer + "/" + field, "the quote has no \"" + field + "\" text",
              "every quote needs " + String.join(", ", REQUIRED));
        }
      }
      Quote.Status status;
      try {
        status = Quote.Status.valueOf(q.get("status").asText().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw InputException.in(file + " " + pointer + "/status", "status is \"" + q.get("status").asText() + "\"",
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

  /** The file's first JSON value as a tree, or null for an empty file; what follows it is not read. */
  private static JsonNode readTree(Path file) throws IOException {
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      return parser.nextToken() == null ? null : value(parser);
    }
  }

  /** The value at the parser's current token, and everything inside it. */
  private static JsonNode value(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          // a name given twice keeps its last value, as ObjectMapper.readTree does
          object.replace(name, value(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(parser.getBooleanValue());
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new JsonParseException(parser, "unexpected " + parser.currentToken());
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  /**
   * An optional list of names. Anything else is an error, not ignored: a quote whose "offences"
   * is a string instead of a list would otherwise fit every offence.
   */
  private static List<String> strings(Path file, String pointer, JsonNode node, String field) throws InputException {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw InputException.in(file + " " + pointer + "/" + field, "\"" + field + "\" is not a list",
          "write a list of names, e.g. [\"Stalking and harassment\"], or [] for all");
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
        throw InputException.in(file + " " + pointer + "/" + field + "/" + i, "is not a name",
            "write each entry as a name in quotes");
      }
      out.add(v.get(i).asText());
    }
    return out;
  }
}
