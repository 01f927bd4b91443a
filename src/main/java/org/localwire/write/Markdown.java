package org.localwire.write;

import org.localwire.render.Story;

/**
 * A story as Markdown: the headline as a level-one heading, then the paragraphs, every data
 * value escaped by the CommonMark renderer ({@link MarkdownText}), so a name such as
 * {@code *Bad* [x](javascript:alert(1))} prints literally.
 */
public final class Markdown {
  private Markdown() {}

  public static String of(Story story) {
    return of(Draft.of(story));
  }

  public static String of(Draft draft) {
    return MarkdownText.story(draft.headline(), draft.paragraphs());
  }

  /** The story under its header lines ({@link Header}), each a paragraph above the headline. */
  static String of(Draft draft, Stamp stamp) {
    return MarkdownText.story(Header.lines(stamp), draft.headline(), draft.paragraphs());
  }
}
