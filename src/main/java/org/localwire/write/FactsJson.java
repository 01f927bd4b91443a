package org.localwire.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localwire.angles.Angle;
import org.localwire.model.Cell;
import org.localwire.render.Phrase;
import org.localwire.render.Story;

/**
 * localwire's own data beside each ninjs item ({@code <slug>.facts.json}): the area, force,
 * period and offence, the ranked angles with their reasons, and every fact the copy states
 * with its exact value, its wording in the copy and the cells it came from.
 */
public final class FactsJson {
  private FactsJson() {}

  /** The document as ordered maps and lists, for Jackson (and for tests to read back). */
  public static Map<String, Object> document(Story story, Release release) {
    var f = story.facts();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("uri", Ninjs.uri(release, story));
    doc.put("area", f.area().name());
    doc.put("areaCode", f.area().code());
    doc.put("force", f.force());
    doc.put("offence", f.offence().name());
    Map<String, Object> period = new LinkedHashMap<>(); // ordered: same data, same bytes
    period.put("label", f.period().label());
    period.put("start", f.period().start().toString());
    period.put("end", f.period().end().toString());
    period.put("days", f.period().days());
    doc.put("period", period);
    doc.put("source", f.source().file());
    doc.put("sampleQuote", story.sampleQuote());
    doc.put("angles", story.angles().stream().map(FactsJson::angle).toList());
    doc.put("facts", inCopy(story).stream().map(FactsJson::phrase).toList());
    doc.put("notes", f.notes());
    return doc;
  }

  public static String of(Story story, Release release) {
    try {
      return Ninjs.JSON.writeValueAsString(document(story, release)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write facts for " + story.slug(), e);
    }
  }

  /**
   * The phrases that appear in the copy as worded (a phrase the template did not use is left
   * out), each once.
   */
  public static List<Phrase> inCopy(Story story) {
    String copy = story.text();
    Map<String, Phrase> seen = new LinkedHashMap<>();
    for (Phrase p : story.phrases()) {
      boolean printed = java.util.regex.Pattern.compile(
          "(?<![\\w,.])" + java.util.regex.Pattern.quote(p.text()) + "(?![\\w]|[,.]\\d)").matcher(copy).find();
      if (printed && !p.text().isEmpty()) {
        seen.putIfAbsent(p.fact() + "\u0000" + p.text(), p);
      }
    }
    return List.copyOf(seen.values());
  }

  private static Map<String, Object> angle(Angle a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", a.kind().name());
    m.put("score", a.score());
    m.put("reason", a.reason());
    return m;
  }

  private static Map<String, Object> phrase(Phrase p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fact", p.fact());
    m.put("wording", p.text());
    m.put("exact", p.exact());
    List<String> cells = p.cells().stream().map(Cell::toString).toList();
    m.put("cells", cells);
    return m;
  }
}
