package org.localwire.render;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.localwire.angles.Angle;
import org.localwire.facts.ForceFacts;

/**
 * A rendered force story: the headline, the body paragraphs in order, and what it was made from
 * (the facts, the ranked angles, every worded phrase with its cells). {@code sampleQuote} is
 * true when the draft carries a quote that is not an approved statement.
 */
public record ForceStory(
    String slug,
    String headline,
    List<String> paragraphs,
    boolean sampleQuote,
    ForceFacts facts,
    List<Angle> angles,
    List<Phrase> phrases) {

  public ForceStory {
    requireNonNull(slug, "slug");
    requireNonNull(headline, "headline");
    requireNonNull(facts, "facts");
    paragraphs = List.copyOf(paragraphs);
    angles = List.copyOf(angles);
    phrases = List.copyOf(phrases);
  }

  /** The story type the angle selector chose: the top angle's kind. */
  public Angle.Kind type() {
    return angles.isEmpty() ? Angle.Kind.PER_DAY : angles.get(0).kind();
  }

  static ForceStory parse(String text, String slug, boolean sampleQuote, ForceFacts facts, List<Angle> angles,
      List<Phrase> phrases) {
    List<String> blocks = Story.blocks(text).stream().map(Story.Paragraph::text).toList();
    if (blocks.isEmpty()) {
      throw new IllegalStateException("the force story template produced no text for " + slug);
    }
    return new ForceStory(slug, blocks.get(0), blocks.subList(1, blocks.size()), sampleQuote, facts, angles, phrases);
  }

  /** Plain text: the headline, a blank line, then the paragraphs separated by blank lines. */
  public String text() {
    StringBuilder sb = new StringBuilder(headline).append("\n\n");
    for (String p : paragraphs) {
      sb.append(p).append("\n\n");
    }
    return sb.substring(0, sb.length() - 1);
  }
}
