package org.localwire.write;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localwire.model.InputException;

/**
 * The corrections of a release, newest round first: {@code changes.json} for tools and {@code
 * CHANGES.md} for editors, at the release root. A round is one re-run that re-issued at least
 * one story; each lists the stories it corrected, added or withdrew, with the old and new
 * figures. A re-run that changed nothing adds no round.
 */
final class Changelog {
  static final String JSON_FILE = "changes.json";
  static final String MARKDOWN_FILE = "CHANGES.md";

  /** What a re-run did to one story: corrected, new, restored (back after a withdrawal) or withdrawn. */
  record Change(String path, String uri, String place, String kind, int version, String note,
      List<Correction.Figure> figures) {
    Change {
      requireNonNull(kind, "kind");
      figures = List.copyOf(figures);
    }
  }

  /** One re-run: its release time and what it re-issued. */
  record Round(String time, List<Change> changes) {
    Round {
      changes = List.copyOf(changes);
    }
  }

  private Changelog() {}

  static String json(String release, List<Round> rounds) {
    List<Object> all = new ArrayList<>();
    for (Round r : rounds) {
      List<Object> stories = new ArrayList<>();
      for (Change c : r.changes()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", c.path());
        m.put("uri", c.uri());
        m.put("place", c.place());
        m.put("change", c.kind());
        m.put("version", c.version());
        m.put("note", c.note());
        m.put("figures", Correction.json(c.figures()));
        stories.add(m);
      }
      Map<String, Object> round = new LinkedHashMap<>();
      round.put("time", r.time());
      round.put("stories", stories);
      all.add(round);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("release", release);
    doc.put("rounds", all);
    return Json.of(doc);
  }

  /** CHANGES.md: a section per round, a line per story, a nested line per changed figure. */
  static String markdown(String release, List<Round> rounds) {
    StringBuilder md = new StringBuilder("# Changes to " + MarkdownText.escape(release) + "\n");
    if (rounds.isEmpty()) {
      md.append("\nNo story has been re-issued.\n");
    }
    for (Round r : rounds) {
      md.append("\n## Re-issued ").append(r.time()).append("\n\n");
      for (Change c : r.changes()) {
        md.append("- ").append(MarkdownText.escape(c.place())).append(" (`").append(c.path()).append("`), ")
            .append(c.kind()).append(", version ").append(c.version()).append(": ")
            .append(MarkdownText.escape(c.note())).append('\n');
        for (Correction.Figure f : c.figures()) {
          md.append("  - ").append(MarkdownText.escape(f.fact())).append(": was ")
              .append(f.was().isEmpty() ? "not stated" : MarkdownText.escape(f.was())).append(", now ")
              .append(f.now().isEmpty() ? "not stated" : MarkdownText.escape(f.now())).append('\n');
        }
      }
    }
    return md.toString();
  }

  /** The rounds in {@code folder}'s changes.json; none when there is no such file. */
  static List<Round> read(Path folder) throws InputException {
    Path file = folder.resolve(JSON_FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      JsonNode doc = new ObjectMapper().readTree(file.toFile());
      List<Round> rounds = new ArrayList<>();
      for (JsonNode r : doc.path("rounds")) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode c : r.path("stories")) {
          List<Correction.Figure> figures = new ArrayList<>();
          for (JsonNode f : c.path("figures")) {
            figures.add(new Correction.Figure(f.get("fact").asText(), f.get("was").asText(), f.get("now").asText()));
          }
          changes.add(new Change(c.get("path").asText(), c.get("uri").asText(), c.get("place").asText(),
              c.get("change").asText(), c.get("version").asInt(), c.get("note").asText(), figures));
        }
        rounds.add(new Round(r.get("time").asText(), changes));
      }
      return rounds;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw InputException.in(at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr(),
          "is not valid JSON", "restore it, or delete it to start the list of changes afresh");
    } catch (IOException e) {
      throw InputException.in(file.toString(), "cannot be read (" + e.getMessage() + ")",
          "check that you can read the release folder");
    } catch (RuntimeException e) {
      throw InputException.in(file.toString(), "is not as localwire writes it (" + e.getMessage() + ")",
          "restore it, or delete it to start the list of changes afresh");
    }
  }
}
