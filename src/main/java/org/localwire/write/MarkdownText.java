package org.localwire.write;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Plain story text as Markdown, escaped by the CommonMark renderer rather than by hand: the text
 * goes into the document as text nodes, and the renderer backslash-escapes whatever would
 * otherwise be read as markup in its place, so an area named {@code *Bad* [x](javascript:alert(1))}
 * prints as those characters, never as emphasis or a link, and "King's Lynn" or "1,030" are left
 * as they are. Line breaks inside a value become spaces so that no value can start a new block.
 */
public final class MarkdownText {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

  private MarkdownText() {}

  /** A story: the headline as a level-1 heading, then one paragraph per entry. */
  public static String story(String headline, List<String> paragraphs) {
    return story(List.of(), headline, paragraphs);
  }

  /** A story under {@code header}: each header line a paragraph above the headline. */
  public static String story(List<String> header, String headline, List<String> paragraphs) {
    Document doc = new Document();
    for (String line : header) {
      Paragraph p = new Paragraph();
      p.appendChild(text(line));
      doc.appendChild(p);
    }
    Heading heading = new Heading();
    heading.setLevel(1);
    heading.appendChild(text(headline));
    doc.appendChild(heading);
    for (String paragraph : paragraphs) {
      Paragraph p = new Paragraph();
      p.appendChild(text(paragraph));
      doc.appendChild(p);
    }
    return RENDERER.render(doc);
  }

  /** One value escaped for use inside a paragraph of Markdown. */
  public static String escape(String value) {
    Document doc = new Document();
    Paragraph p = new Paragraph();
    p.appendChild(text(value));
    doc.appendChild(p);
    return RENDERER.render(doc).strip();
  }

  private static Node text(String value) {
    boolean breaks = value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    return new Text(breaks ? LINE_BREAKS.matcher(value).replaceAll(" ") : value);
  }
}
