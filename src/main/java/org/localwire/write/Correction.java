package org.localwire.write;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a re-issued story differs from its last issue: the figures whose wording in the copy
 * changed (old and new, "" where one issue does not state it), whether the quote changed, and
 * whether the rest of the wording did. None of them, with different files, is a change of the
 * item's details only (the byline, say), not of its copy.
 */
record Correction(List<Figure> figures, boolean quote, boolean wording) {
  /** One stated figure, as worded in the last issue ({@code was}) and in this one ({@code now}). */
  record Figure(String fact, String was, String now) {}

  Correction {
    figures = List.copyOf(figures);
  }

  /** What changed from {@code before} to {@code after}: pure, in the order the copy states the figures. */
  static Correction between(Content before, Content after) {
    Set<String> facts = new LinkedHashSet<>(after.figures().keySet());
    facts.addAll(before.figures().keySet());
    List<Figure> figures = new ArrayList<>();
    for (String fact : facts) {
      String was = before.figures().getOrDefault(fact, "");
      String now = after.figures().getOrDefault(fact, "");
      if (!was.equals(now)) {
        figures.add(new Figure(fact, was, now));
      }
    }
    return new Correction(figures, !before.quote().equals(after.quote()), !before.copy().equals(after.copy()));
  }

  /** "figure", "quote", "wording", or "details" when the copy is the same. */
  List<String> what() {
    List<String> what = new ArrayList<>();
    if (!figures.isEmpty()) {
      what.add("figure");
    }
    if (quote) {
      what.add("quote");
    }
    if (wording) {
      what.add("wording");
    }
    return what.isEmpty() ? List.of("details") : what;
  }

  /**
   * The ednote of the re-issue: "Correction: figures: offences recorded in Newport 2,150 (was
   * 2,141); the wording changed." A change of details only is "Re-issued", not a correction.
   */
  String note() {
    List<String> parts = new ArrayList<>();
    if (!figures.isEmpty()) {
      List<String> each = new ArrayList<>();
      for (Figure f : figures) {
        each.add(f.now().isEmpty() ? f.fact() + " no longer stated (was " + f.was() + ")"
            : f.was().isEmpty() ? f.fact() + " now stated, " + f.now()
            : f.fact() + " " + f.now() + " (was " + f.was() + ")");
      }
      parts.add((figures.size() == 1 ? "figure: " : "figures: ") + String.join("; ", each));
    }
    if (quote) {
      parts.add("the quote changed");
    }
    if (wording) {
      parts.add("the wording changed");
    }
    if (parts.isEmpty()) {
      return "Re-issued: details of the item changed; its copy did not.";
    }
    return "Correction: " + String.join("; ", parts) + ".";
  }

  static List<Map<String, Object>> json(List<Figure> figures) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Figure f : figures) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("fact", f.fact());
      m.put("was", f.was());
      m.put("now", f.now());
      out.add(m);
    }
    return out;
  }
}
