package org.localwire.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.localwire.model.Cell;
import org.localwire.model.Helpline;
import org.localwire.model.InputException;
import org.localwire.model.OffenceCopies;
import org.localwire.model.OffenceCopy;
import org.localwire.model.OffenceTree;

/**
 * Reads {@code data/helplines.csv} and the offence copy files in {@code data/offences/}: one JSON
 * object per offence (fields in data/offences/README.md). Strict, like any input: unknown fields,
 * duplicate keys, an offence not in offences.csv or a helpline id not in helplines.csv are errors
 * that name the file, line and column.
 */
public final class OffenceCopyLoader {
  /** The helpline every story about an offence without its own file gives. */
  static final String GENERAL = "victim-support";
  private static final Set<String> FIELDS = Set.of("offence", "singular", "plural", "article", "covers", "context",
      "helplines", "caveats", "subjects");

  private OffenceCopyLoader() {}

  /** The copy under {@code dataDir}; with no {@code offences/} folder, every offence is plain. */
  public static OffenceCopies load(Path dataDir, OffenceTree tree) throws InputException {
    Path folder = dataDir.resolve("offences");
    Map<String, Helpline> helplines = helplines(dataDir.resolve("helplines.csv"));
    List<Helpline> general = helplines.containsKey(GENERAL) ? List.of(helplines.get(GENERAL)) : List.of();
    if (!Files.isDirectory(folder)) {
      return OffenceCopies.of(Map.of(), general, "");
    }
    Map<String, Path> files = new TreeMap<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.json")) {
      dir.forEach(p -> files.put(p.getFileName().toString(), p));
    } catch (IOException e) {
      throw InputException.in(folder.toString(), "cannot be read (" + e.getMessage() + ")", "check the folder");
    }
    ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    Map<String, OffenceCopy> copies = new LinkedHashMap<>();
    for (Path file : files.values()) {
      OffenceCopy copy = one(json, file, tree, helplines);
      OffenceCopy before = copies.put(copy.offence(), copy);
      if (before != null) {
        throw InputException.in(file.toString(), "is a second file for " + copy.offence() + " (also " + before.file()
            + ")", "keep one file per offence");
      }
    }
    return OffenceCopies.of(copies, general, folder.toString());
  }

  private static OffenceCopy one(ObjectMapper json, Path file, OffenceTree tree, Map<String, Helpline> helplines)
      throws InputException {
    JsonNode root;
    try {
      root = json.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw InputException.at(new Cell(file.toString(), at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr()),
          "is not valid JSON: " + e.getOriginalMessage(), "fix the file (data/offences/README.md lists its fields)");
    } catch (IOException e) {
      throw InputException.in(file.toString(), "cannot be read (" + e.getMessage() + ")", "check the file");
    }
    String where = file.toString();
    if (root == null || !root.isObject()) {
      throw InputException.in(where, "is not a JSON object", "write one object per file (data/offences/README.md)");
    }
    for (var names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw InputException.in(where, "has an unknown field \"" + name + "\"", "use only "
            + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    String offence = text(root, "offence", where);
    if (tree.find(offence).isEmpty()) {
      throw InputException.in(where, "is about \"" + offence + "\", which is not an offence in data/offences.csv",
          "write the offence exactly as the data names it");
    }
    String article = root.has("article") ? text(root, "article", where) : "a";
    if (!article.equals("a") && !article.equals("an")) {
      throw InputException.in(where, "\"article\" is \"" + article + "\"", "write a or an");
    }
    List<Helpline> lines = new ArrayList<>();
    for (String id : texts(root, "helplines", where)) {
      Helpline h = helplines.get(id);
      if (h == null) {
        throw InputException.in(where, "names helpline \"" + id + "\", which is not in data/helplines.csv",
            "use one of: " + String.join(", ", helplines.keySet()) + ", or add the service there with its source");
      }
      lines.add(h);
    }
    List<OffenceCopy.Caveat> caveats = new ArrayList<>();
    JsonNode cav = root.path("caveats");
    if (!cav.isMissingNode() && !cav.isArray()) {
      throw InputException.in(where, "\"caveats\" is not a list", "write a list of {\"text\": ..., \"source\": ...}");
    }
    for (JsonNode c : cav) {
      caveats.add(new OffenceCopy.Caveat(text(c, "text", where), text(c, "source", where)));
    }
    return new OffenceCopy(offence, text(root, "singular", where), text(root, "plural", where), article,
        text(root, "covers", where), texts(root, "context", where), lines, caveats, texts(root, "subjects", where),
        where);
  }

  private static String text(JsonNode node, String field, String where) throws InputException {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw InputException.in(where, "needs \"" + field + "\" as text", "add it (data/offences/README.md)");
    }
    return v.asText().strip();
  }

  private static List<String> texts(JsonNode node, String field, String where) throws InputException {
    JsonNode v = node.path(field);
    if (v.isMissingNode()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw InputException.in(where, "\"" + field + "\" is not a list", "write a list of texts, or []");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual() || e.asText().isBlank()) {
        throw InputException.in(where, "\"" + field + "\" holds something other than text", "write texts only");
      }
      out.add(e.asText().strip());
    }
    return out;
  }

  /** data/helplines.csv: id,service,how,role,contact,for,source,checked; a missing file lists none. */
  static Map<String, Helpline> helplines(Path file) throws InputException {
    if (!Files.exists(file)) {
      return Map.of();
    }
    CsvFiles.Table table = CsvFiles.read(file);
    String[] needed = {"id", "service", "how", "role", "contact", "for", "source", "checked"};
    int[] col = new int[needed.length];
    for (int i = 0; i < needed.length; i++) {
      col[i] = table.column(needed[i]);
      if (col[i] < 0) {
        throw InputException.atLine(file.toString(), 1, "the header has no \"" + needed[i] + "\" column",
            "write " + String.join(",", needed));
      }
    }
    Map<String, Helpline> out = new LinkedHashMap<>();
    for (CsvFiles.Row row : table.rows()) {
      List<String> c = row.cells();
      if (c.size() != table.header().size()) {
        throw InputException.atLine(file.toString(), row.line(), "has " + c.size() + " cells, not "
            + table.header().size(), "write one cell per column");
      }
      for (int i = 0; i < needed.length; i++) {
        if (c.get(col[i]).isBlank()) {
          throw InputException.at(table.cell(row.line(), col[i]), "the " + needed[i] + " cell is empty",
              "fill it in: every service needs its contact and the page it was checked against");
        }
      }
      String how = c.get(col[2]).strip();
      if (!how.equals("call") && !how.equals("visit")) {
        throw InputException.at(table.cell(row.line(), col[2]), "how is \"" + how + "\"", "write call or visit");
      }
      String role = c.get(col[3]).strip();
      if (!role.equals("support") && !role.equals("information")) {
        throw InputException.at(table.cell(row.line(), col[3]), "role is \"" + role + "\"",
            "write support (a service for people affected) or information (a line for passing on information)");
      }
      Helpline h = new Helpline(c.get(col[0]).strip(), c.get(col[1]).strip(), how, role.equals("information"),
          c.get(col[4]).strip(), c.get(col[5]).strip(), c.get(col[6]).strip());
      if (out.put(h.id(), h) != null) {
        throw InputException.atLine(file.toString(), row.line(), "lists " + h.id() + " twice", "keep one row");
      }
    }
    return out;
  }
}
