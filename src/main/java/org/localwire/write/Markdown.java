package org.localwire.write;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localwire.render.Story;

/**
 * A story as Markdown: the headline as a level-one heading, then the paragraphs. Every
 * character Markdown could read as markup is backslash-escaped, so a data value such as
 * {@code *Bad* [x](javascript:alert(1))} prints literally (CommonMark: any ASCII punctuation
 * may be escaped).
 */
public final class Markdown {
  // CommonMark "backslash escapes": these ASCII punctuation characters may carry meaning
  private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_{}\\[\\]()#+\\-.!|<>~&\"']");

  private Markdown() {}

  public static String of(Story story) {
    StringBuilder sb = new StringBuilder("# ").append(escape(story.headline())).append("\n\n");
    for (Story.Paragraph p : story.paragraphs()) {
      sb.append(escape(p.text())).append("\n\n");
    }
    return sb.substring(0, sb.length() - 1);
  }

  static String escape(String text) {
    return SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
  }
}
