package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 item 7: the machine's default locale never reaches the output. Every command's output
 * under Arabic (Egypt: Arabic-Indic digits), Turkish (dotless i in lower case) and German (comma
 * decimals) default locales is byte for byte what it is under en-GB.
 */
class DefaultLocaleTest {
  private static final String[] LOCALES = {"ar-EG", "tr-TR", "de-DE"};

  @ParameterizedTest
  @ValueSource(strings = {"angles --area Newport", "story --area Newport",
      "story --force Gwent --data data/pfa_offence_rolling12m_2003_2018.csv --period 2015/16",
      "facts --area Newport", "facts --area Newport --format json", "story --area Islington --offence Shoplifting",
      "angles --force Gwent", "areas"})
  void everyCommandWritesTheSameBytesWhateverTheDefaultLocale(String command) {
    Cli british = under("en-GB", () -> Cli.run(command.split(" ")));
    assertEquals(0, british.exit(), british.err());
    assertFalse(british.out().isBlank(), command);
    for (String tag : LOCALES) {
      Cli r = under(tag, () -> Cli.run(command.split(" ")));
      assertEquals(british.out(), r.out(), command + " under " + tag);
      assertEquals(british.err(), r.err(), command + " under " + tag);
      assertFalse(r.out().chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669'), r.out());
    }
  }

  @Test
  void aBatchWritesTheSameFilesWhateverTheDefaultLocale(@TempDir Path dir) throws IOException {
    Map<String, String> british = batch(dir.resolve("en-GB"), "en-GB");
    assertTrue(british.size() > 20, british.keySet().toString());
    for (String tag : LOCALES) {
      assertEquals(british, batch(dir.resolve(tag), tag), "batch under " + tag);
    }
  }

  /** Every file a batch of one force writes, in all four formats, by path relative to its folder. */
  private static Map<String, String> batch(Path out, String tag) throws IOException {
    Cli r = under(tag, () -> Cli.run("batch", "--force", "Gwent", "--out", out.toString(), "--no-progress",
        "--release-time", "2025-10-23T09:30:00+01:00"));
    assertEquals(0, r.exit(), r.err());
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }

  private static <T> T under(String tag, java.util.function.Supplier<T> work) {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(tag));
    try {
      return work.get();
    } finally {
      Locale.setDefault(before);
    }
  }
}
