package org.localwire.write;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

  /** Between two wordings of one fact ({@link #of}). */
  private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("; ",
      java.util.regex.Pattern.LITERAL);

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

  /**
   * The copy with each figure's wording replaced by its fact's name, in one pass: at each
   * place, the longest wording that starts there (on a tie, the first fact by name), so "2,141"
   * is masked whole, not as "2," and "141".
   */
  static String mask(String copy, Map<String, String> figures) {
    List<String[]> byLength = new ArrayList<>(); // wording, fact
    for (Map.Entry<String, String> f : figures.entrySet()) {
      for (String wording : SEPARATOR.split(f.getValue())) {
        if (!wording.isEmpty()) {
          byLength.add(new String[] {wording, f.getKey()});
        }
      }
    }
    byLength.sort(Comparator.comparingInt((String[] w) -> w[0].length()).reversed()
        .thenComparing((String[] w) -> w[1]));
    // the wordings by their first character: an array for ASCII, where nearly every character is
    List<List<String[]>> ascii = new ArrayList<>(java.util.Collections.nCopies(128, List.<String[]>of()));
    Map<Character, List<String[]>> other = new HashMap<>();
    for (String[] w : byLength) {
      char first = w[0].charAt(0);
      if (first < 128) {
        if (ascii.get(first).isEmpty()) {
          ascii.set(first, new ArrayList<>());
        }
        ascii.get(first).add(w);
      } else {
        other.computeIfAbsent(first, c -> new ArrayList<>()).add(w);
      }
    }
    StringBuilder masked = new StringBuilder(copy.length());
    int copied = 0; // copy[copied, i) is yet to be appended: runs of plain text go in whole
    int i = 0;
    scan:
    while (i < copy.length()) {
      char c = copy.charAt(i);
      List<String[]> starting = c < 128 ? ascii.get(c) : other.getOrDefault(c, List.of());
      for (int k = 0; k < starting.size(); k++) { // indexed: no iterator made per character
        String[] w = starting.get(k);
        if (copy.startsWith(w[0], i)) {
          masked.append(copy, copied, i).append('\u0000').append(w[1]).append('\u0000');
          i += w[0].length();
          copied = i;
          continue scan;
        }
      }
      i++;
    }
    masked.append(copy, copied, copy.length());
    return masked.toString();
  }
}
