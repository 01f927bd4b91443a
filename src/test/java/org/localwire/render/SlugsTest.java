package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Issue 5: no name, however hostile, makes a slug that is not one plain file name. */
class SlugsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Newport                          | newport
      Ynys Môn                         | ynys-mon
      Rhondda Cynon Taf                | rhondda-cynon-taf
      King's Lynn and West Norfolk     | king-s-lynn-and-west-norfolk
      'Bristol, City of'               | bristol-city-of
      ../../etc/passwd                 | etc-passwd
      ..                               | area-9608161c
      /                                | area-79d3d2d4
      C:\\Windows\\System32             | c-windows-system32
      'a/../b'                         | a-b
      Con                              | con-area
      nul                              | nul-area
      '*Bad* [x](javascript:alert(1))' | bad-x-javascript-alert-1
      <script>alert(1)</script>        | script-alert-1-script
      """)
  void slugs(String name, String slug) {
    assertEquals(slug, Slugs.of(name));
  }

  static Stream<String> hostileNames() {
    return Stream.of("..", ".", "/", "\\", "../", "..\\..", "~", "\u0000", "a\u0000b", "\u2215etc\u2215passwd",
        "\uFF0E\uFF0E\uFF0F", "\u2025", "\u202Eevil", "-rf", "--help", " ", "\n", "Москва", "東京", "\uD83D\uDE00",
        "x".repeat(400), "é".repeat(300), "a-".repeat(200), "../".repeat(100));
  }

  @ParameterizedTest
  @MethodSource("hostileNames")
  void aHostileNameIsOnePlainFileName(String name) {
    String slug = Slugs.of(name);
    assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
    assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
    Path out = Path.of("out");
    Path file = out.resolve(slug + ".txt").normalize();
    assertEquals(out, file.getParent(), file.toString());
    assertFalse(slug.contains(".."), slug);
  }

  @Test
  void twoLongNamesThatShareABeginningGetDifferentSlugs() {
    String a = "area ".repeat(30) + "north";
    String b = "area ".repeat(30) + "south";
    assertNotEquals(Slugs.of(a), Slugs.of(b));
    assertEquals(Slugs.of(a), Slugs.of(a), "the same name always gives the same slug");
  }

  @Test
  void namesInOtherScriptsDoNotAllCollide() {
    assertNotEquals(Slugs.of("Москва"), Slugs.of("東京"));
  }
}
