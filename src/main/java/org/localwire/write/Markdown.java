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
  // CommonMark inline markup: emphasis, code, links and images, raw HTML, entities, tables
  private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>!|~&]");
  // block markup that only counts at the start of a paragraph: lists, headings, quotes
  private static final Pattern LEADING = Pattern.compile("^(\\s*)([-+#>=]|\\d+[.)])");

  private Markdown() {}

  public static String of(Story story) {
    StringBuilder sb = new StringBuilder("# ").append(escape(story.headline())).append("\n\n");
    for (Story.Paragraph p : story.paragraphs()) {
      sb.append(escape(p.text())).append("\n\n");
    }
    return sb.substring(0, sb.length() - 1);
  }

  static String escape(String text) {
    String inline = SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    Matcher lead = LEADING.matcher(inline);
    if (lead.find()) {
      String marker = lead.group(2);
      // "1." becomes "1\." and "-" becomes "\-": the character after the digits is the marker
      String escaped = Character.isDigit(marker.charAt(0))
          ? marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1)
          : "\\" + marker;
      return lead.group(1) + escaped + inline.substring(lead.end());
    }
    return inline;
  }
}
