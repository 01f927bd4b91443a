package org.localwire.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ninjs HTML body's escaping skips the library's call only for a paragraph the library
 * would return unchanged: its answer is the library's for every text.
 */
class NinjsEscapeTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "Newport recorded 2,141 offences.", "King's Lynn", "\"quoted\"", "a & b", "<p>",
      "x > y", "Ynys Môn", "Ynys Mon", "caf\u00e9\u0301", "tab\there", "line\nbreak", "cr\rhere", "\u0000nul",
      "\u0007bell", "\u007fdel", "\u0085nel", "\u0090dcs", "\u00a0nbsp", "\u00ffy", "\u0100A", "\u2019curly",
      "\ud83d\ude00 emoji", "lone \ud83d high", "lone \ude00 low", "\ufffe\uffff", "\u200bzero width"})
  void sameAsTheLibrary(String text) {
    assertEquals(StringEscapeUtils.escapeXml10(text), Ninjs.escaped(text));
  }

  @Test
  void everyCharacterBelowU0100AloneAndInText() {
    for (char c = 0; c < 0x300; c++) {
      for (String text : new String[] {String.valueOf(c), "a" + c + "b", c + "" + c}) {
        assertEquals(StringEscapeUtils.escapeXml10(text), Ninjs.escaped(text), "U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void randomTextsOfEveryKind() {
    Random random = new Random(15);
    String pool = "aZ09 ,.;:'\"&<>\t\n\r\u0000\u0001\u001f\u007f\u0080\u0084\u0085\u0086\u009f\u00a0\u00e9\u00ff"
        + "\u0100\u2019\ud83d\ude00\ufffe\uffff";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        sb.append(pool.charAt(random.nextInt(pool.length())));
      }
      String text = sb.toString();
      assertEquals(StringEscapeUtils.escapeXml10(text), Ninjs.escaped(text), text);
    }
  }

  @Test
  void aPlainParagraphIsReturnedItself() {
    String plain = "Newport recorded 2,141 stalking and harassment offences in the year to June 2025.";
    assertSame(plain, Ninjs.escaped(plain));
  }
}
