package org.localwire.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.localwire.render.Story;

/**
 * How alike the drafts of one release read: the share of sentences (headline and data
 * paragraphs; boilerplate such as the context, the quote, the helplines and the sourcing line
 * left out) whose exact text appears in more than 10% of the stories. Streams: stories are
 * added one at a time and only a count per distinct sentence is kept. Not thread-safe.
 */
public final class Variation {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+(?=[A-Z\\[\"])");

  /** Per distinct sentence: [stories it appears in, times it appears]. */
  private final Map<String, long[]> counts = new HashMap<>();
  private long stories;
  private long sentences;

  public void add(Story story) {
    stories++;
    Set<String> seen = new HashSet<>();
    for (String s : sentences(story)) {
      sentences++;
      long[] c = counts.computeIfAbsent(key(s), k -> new long[2]);
      c[1]++;
      if (seen.add(s)) {
        c[0]++;
      }
    }
  }

  /** Per cent, one decimal place, of sentence instances whose text is in over 10% of the stories. */
  public double sharedPercent() {
    if (stories < 2 || sentences == 0) {
      return 0;
    }
    long shared = 0;
    for (long[] c : counts.values()) {
      // shared means in two stories at least: in a small batch one story is already over 10%
      if (c[0] >= 2 && 10 * c[0] > stories) {
        shared += c[1];
      }
    }
    return Math.round(1000.0 * shared / sentences) / 10.0;
  }

  public long stories() {
    return stories;
  }

  static List<String> sentences(Story story) {
    List<String> out = new ArrayList<>();
    out.add(story.headline());
    for (Story.Paragraph p : story.paragraphs()) {
      if (!p.boilerplate()) {
        for (String s : SENTENCE_END.split(p.text())) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  /** Short sentences are kept whole; long ones by length and checksum, to bound memory. */
  private static String key(String sentence) {
    if (sentence.length() <= 32) {
      return sentence;
    }
    CRC32C crc = new CRC32C();
    crc.update(sentence.getBytes(StandardCharsets.UTF_8));
    return sentence.length() + ":" + Long.toHexString(crc.getValue()) + ":" + sentence.hashCode();
  }
}
