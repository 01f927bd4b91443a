package org.localwire.write;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localwire.model.Period;
import org.localwire.render.Phrase;
import org.localwire.render.Story;

/**
 * What every writer needs of a rendered draft ({@link Story}), whether it is about one area or
 * a whole force: the copy, where it is about, and its provenance. One shape, so that each format
 * has one writer.
 */
public record Draft(
    String slug,
    String headline,
    List<String> paragraphs,
    boolean sampleQuote,
    String place,
    String placeCode,
    String force,
    String offence,
    Period period,
    String source,
    List<Map<String, Object>> angles,
    List<Phrase> phrases,
    List<String> notes,
    List<String> flags,
    List<String> subjects) {

  public Draft {
    flags = List.copyOf(flags);
    subjects = List.copyOf(subjects);
    requireNonNull(slug, "slug");
    requireNonNull(headline, "headline");
    paragraphs = List.copyOf(paragraphs);
    angles = List.copyOf(angles);
    phrases = List.copyOf(phrases);
    notes = List.copyOf(notes);
  }

  public static Draft of(Story s) {
    var f = s.facts();
    // a force story is about the force's whole area, which has no ONS code in the data
    var area = f instanceof org.localwire.facts.AreaFacts a ? a.area() : null;
    return new Draft(s.slug(), s.headline(), s.paragraphs().stream().map(Story.Paragraph::text).toList(),
        s.sampleQuote(), area != null ? area.name() : f.force() + " police force area",
        area != null ? area.code() : "", f.force(), f.offence().name(), f.period(),
        f.source().file(), s.angles().stream().map(a -> angle(a.kind().name(), a.score(), a.reason())).toList(),
        s.phrases(), f.notes(), s.flags().stream().map(org.localwire.facts.Flag::id).toList(), s.subjects());
  }

  /** Plain text: the headline, a blank line, then the paragraphs separated by blank lines. */
  public String text() {
    StringBuilder sb = new StringBuilder(headline).append("\n\n");
    for (String p : paragraphs) {
      sb.append(p).append("\n\n");
    }
    return sb.substring(0, sb.length() - 1);
  }

  private static Map<String, Object> angle(String kind, int score, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("score", score);
    m.put("reason", reason);
    return m;
  }
}
