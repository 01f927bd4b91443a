package org.localwire.write;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localwire.render.Phrase;

/**
 * What the manifest keeps of one issued story to tell, on a re-run, whether and how it changed:
 * {@code hash}, the content fingerprint of its wire files ({@link StoryFiles#wireHash}); {@code
 * figures}, each fact the copy states and its wording ("offences recorded in Newport" to
 * "2,141"); {@code copy}, a fingerprint of the copy other than the quote with every figure's wording
 * masked, so that a change of wording is told from a change of figures; {@code quote}, a
 * fingerprint of the quote paragraph ({@link Fingerprint}).
 */
record Content(String hash, Map<String, String> figures, String copy, String quote) {
  Content {
    requireNonNull(hash, "hash");
    figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    requireNonNull(copy, "copy");
    requireNonNull(quote, "quote");
  }

  /** The quote paragraph is the one that attributes a statement: ', said: "' (templates/story.ftl, force-story.ftl). */
  static boolean isQuote(String paragraph) {
    return paragraph.contains(", said: \"");
  }

  static Content of(Draft draft, StoryFiles files) {
    return of(draft, files, Fingerprint.CURRENT);
  }

  /** With {@code fingerprint}: to compare with a manifest entry written with it ({@link Fingerprint#usedBy}). */
  static Content of(Draft draft, StoryFiles files, Fingerprint fingerprint) {
    Map<String, String> figures = new LinkedHashMap<>();
    for (Phrase p : files.inCopy()) {
      figures.merge(p.fact(), p.text(), (a, b) -> a.equals(b) ? a : a + "; " + b);
    }
    StringBuilder copy = new StringBuilder(draft.headline());
    StringBuilder quote = new StringBuilder();
    for (String p : draft.paragraphs()) {
      (isQuote(p) ? quote : copy).append("\n\n").append(p);
    }
    return new Content(files.wireHash(fingerprint), figures, fingerprint.ofText(mask(copy.toString(), figures)),
        fingerprint.ofText(quote));
  }

  /** The copy with each figure's wording, longest first, replaced by its fact's name. */
  static String mask(String copy, Map<String, String> figures) {
    List<Map.Entry<String, String>> byLength = new ArrayList<>(figures.entrySet());
    byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed()
        .thenComparing(Map.Entry::getKey));
    String masked = copy;
    for (Map.Entry<String, String> f : byLength) {
      for (String wording : f.getValue().split("; ")) {
        if (!wording.isEmpty()) {
          masked = masked.replace(wording, "\u0000" + f.getKey() + "\u0000");
        }
      }
    }
    return masked;
  }
}
