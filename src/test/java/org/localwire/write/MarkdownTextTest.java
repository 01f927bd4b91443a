package org.localwire.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 5: a data value in Markdown prints literally. Each hostile value is escaped, parsed back
 * with the CommonMark reference parser, and must come back as one paragraph holding only text
 * nodes that spell the value: no link, emphasis, HTML, code, list or heading.
 */
class MarkdownTextTest {
  static final Parser PARSER = Parser.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"*Bad* [x](javascript:alert(1))", "<script>alert(1)</script>", "_under_ and __bold__",
      "`code`", "# not a heading", "- not a list", "1. not a list", "> not a quote", "![img](x.png)",
      "&amp; &lt;", "\\*escaped\\*", "<https://example.com>", "[x]: https://example.com", "~~strike~~",
      "King's Lynn and West Norfolk", "Ynys Môn", "1,030 offences, 15.8%", "a | b", "---", "===", "Foo #"})
  void aValueInAParagraphIsLiteral(String value) {
    Node doc = PARSER.parse(MarkdownText.escape(value));
    Paragraph p = assertInstanceOf(Paragraph.class, doc.getFirstChild(), MarkdownText.escape(value));
    assertNull(p.getNext());
    assertEquals(value, text(p));
  }

  @Test
  void theReadableValuesAreLeftAsTheyAre() {
    assertEquals("King's Lynn and West Norfolk", MarkdownText.escape("King's Lynn and West Norfolk"));
    assertEquals("1,030 offences, 15.8%", MarkdownText.escape("1,030 offences, 15.8%"));
    assertEquals("\\*Bad\\* \\[x\\](javascript:alert(1))", MarkdownText.escape("*Bad* [x](javascript:alert(1))"));
  }

  @Test
  void aStoryIsAHeadingThenParagraphsAllLiteral() {
    String headline = "*Bad* [x](javascript:alert(1)) has Gwent's biggest rise #";
    List<String> paragraphs = List.of("- Police in *Bad* recorded 1,030", "1. <b>more</b>", "Line\nbreak");
    Node doc = PARSER.parse(MarkdownText.story(headline, paragraphs));
    Heading h = assertInstanceOf(Heading.class, doc.getFirstChild());
    assertEquals(1, h.getLevel());
    assertEquals(headline, text(h));
    Node n = h.getNext();
    for (String p : paragraphs) {
      assertEquals(p.replace("\n", " "), text(assertInstanceOf(Paragraph.class, n)));
      n = n.getNext();
    }
    assertNull(n);
  }

  /** The node's text, failing on any node that is not plain text. */
  private static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        sb.append(text.getLiteral());
      }

      @Override
      protected void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
          if (!(child instanceof Text)) {
            throw new AssertionError("markup in the output: " + child);
          }
          child.accept(this);
        }
      }
    });
    return sb.toString();
  }
}
