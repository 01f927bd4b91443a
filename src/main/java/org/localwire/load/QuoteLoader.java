package org.localwire.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.localwire.model.InputException;
import org.localwire.model.Quote;

/**
 * Reads the quote library: every {@code *.json} file in {@code quotes/}, each an object with a
 * {@code quotes} array. A file that is not JSON, or a quote that lacks a field, is an error
 * naming the file and the JSON pointer of the bad value. Read with Jackson's tree model (the
 * offence copy in data/offences/ is read the same way, on the same thread).
 */
public final class QuoteLoader {
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final List<String> REQUIRED = List.of("id", "speaker", "role", "organisation", "text", "status");

  private QuoteLoader() {}

  /** The library in {@code folder}, without checking the names of forces and offences. */
  public static List<Quote> load(Path folder) throws InputException {
    return load(folder, Set.of(), Set.of());
  }

  /**
   * The library in {@code folder}; a quote naming an offence not in {@code offences} or a force
   * not in {@code forces} is an error with the closest names (an empty set checks nothing).
   */
  public static List<Quote> load(Path folder, Set<String> offences, Set<String> forces) throws InputException {
    List<Path> files = new ArrayList<>();
    for (Path p : entries(folder)) {
      if (p.getFileName().toString().endsWith(".json")) {
        if (Files.isSymbolicLink(p) || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          throw InputException.in(p.toString(), (Files.isSymbolicLink(p) ? "is a link" : "is not a regular file")
              + ", and localwire reads only the files in the quotes folder itself",
              "copy the quote file into " + folder + " instead");
        }
        files.add(p);
      }
    }
    List<Quote> quotes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      for (Quote quote : read(file, offences, forces)) {
        if (!ids.add(quote.id())) {
          throw InputException.in(file.toString(), "quote id \"" + quote.id() + "\" is used twice", "give every quote its own id");
        }
        quotes.add(quote);
      }
    }
    return List.copyOf(quotes);
  }

  /** Files in {@code folder} that are not quote files and not hidden: named in a warning, never read. */
  public static List<Path> otherFiles(Path folder) throws InputException {
    List<Path> others = new ArrayList<>();
    for (Path p : entries(folder)) {
      String name = p.getFileName().toString();
      if (!name.endsWith(".json") && !name.startsWith(".")) {
        others.add(p);
      }
    }
    return others;
  }

  private static List<Path> entries(Path folder) throws InputException {
    if (!Files.isDirectory(folder)) {
      throw InputException.in(folder.toString(), "is not a folder of quote files", "point --quotes at the quotes/ folder");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw InputException.in(folder.toString(), "cannot be read (" + e.getMessage() + ")", "check the folder's permissions");
    }
    files.sort(null);
    return files;
  }

  /**
   * What is wrong with the JSON, in our words: Jackson's message quotes the text it stopped at,
   * which for a file that is not JSON at all would print its first bytes.
   */
  private static String syntax(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Duplicate field")) {
      String key = m.substring(m.indexOf('\'') + 1, m.lastIndexOf('\'') > m.indexOf('\'') ? m.lastIndexOf('\'') : m.length());
      return "the key \"" + key + "\" is given twice in one object";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return "is not valid JSON (it ends before every { and [ is closed)";
    }
    if (m.startsWith("Unrecognized token")) {
      return "is not valid JSON (a word where a value should be: text goes in double quotes)";
    }
    if (m.startsWith("Invalid UTF-8")) {
      return "is not UTF-8 text";
    }
    if (m.startsWith("Unexpected character") && m.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      // Jackson names the one character it stopped at, and what it expected: worth keeping
      return "is not valid JSON (" + m + ")";
    }
    if (m.startsWith("Unexpected character") || m.startsWith("Illegal")) {
      return "is not valid JSON (a character JSON does not allow here)";
    }
    return "is not valid JSON";
  }

  private static List<Quote> read(Path file, Set<String> offences, Set<String> forces) throws InputException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? file.toString() : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
      String what = syntax(e);
      throw InputException.in(where, what, what.startsWith("the key") ? "keep one of them: a second one would "
          + "silently replace the first" : what.contains("UTF-8") ? "save the file as UTF-8" : "fix the JSON syntax");
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
      if (!date.isBlank()) {
        try {
          java.time.LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
          throw InputException.in(file + " " + pointer + "/date", "\"" + date + "\" is not a date",
              "write it as YYYY-MM-DD, e.g. 2025-03-05");
        }
      }
      List<String> forOffences = strings(file, pointer, q, "offences");
      List<String> forForces = strings(file, pointer, q, "forces");
      known(file + " " + pointer + "/offences", "offence", forOffences, offences);
      known(file + " " + pointer + "/forces", "force", forForces, forces);
      quotes.add(new Quote(text(q, "id"), text(q, "speaker"), text(q, "role"), text(q, "organisation"),
          text(q, "text"), source, date, status, forOffences, forForces));
    }
    return quotes;
  }

  /** Every name in {@code names} is one of {@code known} (when there are any), or an error suggesting the closest. */
  private static void known(String where, String what, List<String> names, Set<String> known) throws InputException {
    if (known.isEmpty()) {
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!known.contains(name)) {
        List<String> close = closest(name, known);
        throw InputException.in(where + "/" + i, "there is no " + what + " called \"" + name + "\"",
            close.isEmpty() ? "use the " + what + "'s name as the figures give it" : "did you mean " + String.join(" or ",
                close) + "?");
      }
    }
  }

  /** Up to three known names within a few edits of {@code name}, ignoring case, closest first. */
  private static List<String> closest(String name, Set<String> known) {
    String wanted = name.toLowerCase(Locale.ROOT);
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    return known.stream().map(k -> Map.entry(k, distance.apply(wanted, k.toLowerCase(Locale.ROOT))))
        .filter(e -> e.getValue() <= Math.max(2, wanted.length() / 3))
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(3).map(Map.Entry::getKey).toList();
  }

  /** A member as text: a string as it is, a number or boolean as Jackson writes it, anything else "". */
  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : "";
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
