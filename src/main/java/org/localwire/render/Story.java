package org.localwire.render;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.localwire.angles.Angle;
import org.localwire.facts.PlaceFacts;

/**
 * A rendered draft about any place, an area or a police force: the headline, the body paragraphs
 * in order, and what it was made from (the facts, the ranked angles and every worded phrase with
 * its cells) so that writers can emit provenance beside the copy. {@code sampleQuote} is true
 * when the draft carries a quote that is not an approved statement; {@code flags} are the review
 * flags it carries, {@code subjects} its ninjs topics.
 */
public record Story(
    String slug,
    String headline,
    List<Paragraph> paragraphs,
    boolean sampleQuote,
    PlaceFacts facts,
    List<Angle> angles,
    List<Phrase> phrases,
    java.util.Set<org.localwire.facts.Flag> flags,
    List<String> subjects) {

  public Story {
    subjects = List.copyOf(subjects);
    flags = flags.isEmpty() ? java.util.Set.of()
        : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
    requireNonNull(slug, "slug");
    requireNonNull(headline, "headline");
    requireNonNull(facts, "facts");
    paragraphs = List.copyOf(paragraphs);
    angles = List.copyOf(angles);
    phrases = List.copyOf(phrases);
  }

  /** The lead angle's kind (for a force, its story type); cases per day when there are no angles. */
  public Angle.Kind lead() {
    return lead(angles);
  }

  static Angle.Kind lead(List<Angle> angles) {
    return angles.isEmpty() ? Angle.Kind.PER_DAY : angles.get(0).kind();
  }

  /**
   * One paragraph of copy. {@code boilerplate} marks fixed text every story shares (context,
   * helplines, sourcing), which the variation measure leaves out.
   */
  public record Paragraph(String text, boolean boilerplate) {
    public Paragraph {
      requireNonNull(text, "text");
    }
  }

  /** Marks a boilerplate block in template output; stripped here. */
  static final String BOILERPLATE = "\u00a7";

  /** A story from its blocks ({@link #blocks}): the first is the headline. */
  static Story of(List<Paragraph> blocks, String slug, boolean sampleQuote, PlaceFacts facts, List<Angle> angles,
      List<Phrase> phrases, java.util.Set<org.localwire.facts.Flag> flags, List<String> subjects) {
    if (blocks.isEmpty()) {
      throw new IllegalStateException("the story template produced no text for " + slug);
    }
    return new Story(slug, blocks.get(0).text(), blocks.subList(1, blocks.size()), sampleQuote, facts, angles,
        phrases, flags, subjects);
  }

  /** Template output as blocks: separated by blank lines, lines joined by spaces, boilerplate flagged. */
  static List<Paragraph> blocks(String text) {
    // blocks are separated by blank lines; a block's lines, stripped, join with single spaces
    // (no regex, no string per line: hot path)
    List<Paragraph> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder(256);
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      // String.strip's white space; none is outside the BMP, so char by char is the same
      int from = start;
      int to = end;
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (from == to) {
        addBlock(blocks, block);
      } else {
        if (block.length() > 0) {
          block.append(' ');
        }
        block.append(text, from, to);
      }
      start = end + 1;
    }
    addBlock(blocks, block);
    return blocks;
  }

  private static void addBlock(List<Paragraph> blocks, StringBuilder block) {
    if (block.length() == 0) {
      return;
    }
    String joined = block.toString();
    block.setLength(0);
    boolean boilerplate = joined.startsWith(BOILERPLATE);
    if (boilerplate) {
      joined = joined.substring(BOILERPLATE.length()).strip();
    }
    if (!joined.isEmpty()) {
      blocks.add(new Paragraph(joined, boilerplate));
    }
  }

  /** Plain text: the headline, a blank line, then the paragraphs separated by blank lines. */
  public String text() {
    return text("");
  }

  /** {@link #text()} followed by {@code after} (the batch's separator line), built in one go. */
  public String text(String after) {
    return text(headline, paragraphs, after);
  }

  static String text(String headline, List<Paragraph> paragraphs, String after) {
    int size = headline.length() + 1 + after.length();
    for (Paragraph p : paragraphs) {
      size += 2 + p.text().length();
    }
    StringBuilder sb = new StringBuilder(size).append(headline).append('\n');
    for (Paragraph p : paragraphs) {
      sb.append('\n').append(p.text()).append('\n');
    }
    return sb.append(after).toString();
  }
}
