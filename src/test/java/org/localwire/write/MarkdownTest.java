package org.localwire.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      *Bad* [x](javascript:alert(1))      | \\*Bad\\* \\[x\\](javascript:alert(1))
      <script>alert(1)</script>           | \\<script\\>alert(1)\\</script\\>
      Police recorded 13.4 offences.     | Police recorded 13.4 offences.
      King's Lynn and West Norfolk       | King's Lynn and West Norfolk
      - not a list                        | \\- not a list
      1. not a list either                | 1\\. not a list either
      # not a heading                     | \\# not a heading
      Tom & Jerry_s `code` !img ~strike~  | Tom \\& Jerry\\_s \\`code\\` \\!img \\~strike\\~
      """)
  void escapesEveryMarkupCharacterSoDataPrintsLiterally(String text, String expected) {
    assertEquals(expected, Markdown.escape(text));
  }
}
