package org.localwire.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  public static Map<String, Object> document(Draft story, Release release) {
    return document(story, release, inCopy(story));
  }

  /** With the draft's phrases in its copy already found ({@link #inCopy}). */
  static Map<String, Object> document(Draft story, Release release, List<Phrase> inCopy) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("uri", Ninjs.uri(release, story));
    doc.put("area", story.place());
    doc.put("areaCode", story.placeCode());
    doc.put("force", story.force());
    doc.put("offence", story.offence());
    Map<String, Object> period = new LinkedHashMap<>(); // ordered: same data, same bytes
    period.put("label", story.period().label());
    period.put("start", story.period().start().toString());
    period.put("end", story.period().end().toString());
    period.put("days", story.period().days());
    doc.put("period", period);
    doc.put("source", story.source());
    doc.put("sampleQuote", story.sampleQuote());
    doc.put("flags", story.flags());
    doc.put("angles", story.angles());
    List<Object> facts = new java.util.ArrayList<>(inCopy.size());
    for (Phrase p : inCopy) {
      facts.add(phrase(p));
    }
    doc.put("facts", facts);
    doc.put("notes", story.notes());
    return doc;
  }

  public static String of(Story story, Release release) {
    return of(Draft.of(story), release);
  }

  public static String of(Draft story, Release release) {
    return Json.of(document(story, release));
  }

  /**
   * The phrases that appear in the copy as worded (a phrase the template did not use is left
   * out), each once.
   */
  public static List<Phrase> inCopy(Draft story) {
    String copy = story.text();
    Map<String, Phrase> seen = new LinkedHashMap<>();
    Map<String, Boolean> printedByText = new java.util.HashMap<>(); // phrases repeat their text: one scan each
    for (Phrase p : story.phrases()) {
      boolean printed = printedByText.computeIfAbsent(p.text(), t -> standsAlone(copy, t));
      if (printed && !p.text().isEmpty()) {
        seen.putIfAbsent(p.fact() + "\u0000" + p.text(), p);
      }
    }
    return List.copyOf(seen.values());
  }

  /** {@code words} occurs in {@code copy} not as part of a longer word or number ("12" is not in "1,123"). */
  static boolean standsAlone(String copy, String words) {
    if (words.isEmpty()) {
      return false;
    }
    for (int i = copy.indexOf(words); i >= 0; i = copy.indexOf(words, i + 1)) {
      int before = i - 1;
      int after = i + words.length();
      boolean startOk = before < 0 || !(Character.isLetterOrDigit(copy.charAt(before)) || copy.charAt(before) == '_'
          || ((copy.charAt(before) == ',' || copy.charAt(before) == '.') && before > 0
              && Character.isDigit(copy.charAt(before - 1))));
      boolean endOk = after >= copy.length() || !(Character.isLetterOrDigit(copy.charAt(after))
          || copy.charAt(after) == '_'
          || ((copy.charAt(after) == ',' || copy.charAt(after) == '.') && after + 1 < copy.length()
              && Character.isDigit(copy.charAt(after + 1))));
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cells repeat from story to story (a force's total, the 43 forces of the national figure, every
   * area of a force in its ranks): each is quoted and encoded for JSON once, up to a bound, so that
   * a million areas cannot fill memory with them.
   */
  private static final java.util.concurrent.ConcurrentHashMap<Cell, com.fasterxml.jackson.core.io.SerializedString>
      CELLS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CELLS_KEPT = 1 << 16;

  private static Object cell(Cell c) {
    com.fasterxml.jackson.core.io.SerializedString s = CELLS.get(c);
    if (s == null) {
      s = new com.fasterxml.jackson.core.io.SerializedString(c.toString());
      if (CELLS.size() < CELLS_KEPT) {
        CELLS.putIfAbsent(c, s);
      }
    }
    return s;
  }

  private static Map<String, Object> phrase(Phrase p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fact", p.fact());
    m.put("wording", p.text());
    m.put("exact", p.exact());
    List<Object> cells = new java.util.ArrayList<>(p.cells().size());
    for (Cell c : p.cells()) {
      cells.add(cell(c));
    }
    m.put("cells", cells);
    return m;
  }
}
