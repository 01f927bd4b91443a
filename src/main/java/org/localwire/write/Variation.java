package org.localwire.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.localwire.render.Story;

/**
 * How alike the drafts of one release read: the share of sentences (headline and data
 * paragraphs; boilerplate such as the context, the quote, the helplines and the sourcing line
 * left out) whose exact text appears in more than 10% of the stories. Streams: stories are
 * added one at a time and only two counts per distinct sentence are kept, in primitive arrays
 * keyed by a 64-bit fingerprint of the sentence (a batch of 100,000 areas has about 800,000
 * distinct sentences; two colliding by chance is about one in ten million). Not thread-safe.
 */
public final class Variation {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+(?=[A-Z\\[\"])");

  /** Open addressing: fingerprint (0 = empty slot), stories it appears in, times it appears. */
  private long[] keys = new long[1 << 12];
  private long[] inStories = new long[1 << 12];
  private long[] times = new long[1 << 12];
  private int distinct;
  private long stories;
  private long sentences;

  public void add(Story story) {
    add(sentences(story));
  }

  /** Adds one story given as its sentences. */
  void add(List<String> sentencesOfStory) {
    stories++;
    Set<String> seen = new HashSet<>();
    for (String s : sentencesOfStory) {
      sentences++;
      int slot = slot(fingerprint(s));
      times[slot]++;
      if (seen.add(s)) {
        inStories[slot]++;
      }
    }
  }

  /** The slot of {@code key}, claimed if new; the table doubles at half full. */
  private int slot(long key) {
    if (2 * (distinct + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      keys[i] = key;
      distinct++;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldStories = inStories;
    long[] oldTimes = times;
    keys = new long[oldKeys.length * 2];
    inStories = new long[keys.length];
    times = new long[keys.length];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        inStories[i] = oldStories[j];
        times[i] = oldTimes[j];
      }
    }
  }

  /** Per cent, one decimal place, of sentence instances whose text is in over 10% of the stories. */
  public double sharedPercent() {
    if (stories < 2 || sentences == 0) {
      return 0;
    }
    long shared = 0;
    for (int i = 0; i < keys.length; i++) {
      // shared means in two stories at least: in a small batch one story is already over 10%
      if (keys[i] != 0 && inStories[i] >= 2 && 10 * inStories[i] > stories) {
        shared += times[i];
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

  /** CRC-32C of the UTF-8 text and Java's string hash, side by side; never 0 (the empty slot). */
  static long fingerprint(String sentence) {
    CRC32C crc = new CRC32C();
    crc.update(sentence.getBytes(StandardCharsets.UTF_8));
    long key = (crc.getValue() << 32) | (sentence.hashCode() & 0xFFFFFFFFL);
    return key == 0 ? 1 : key;
  }
}
