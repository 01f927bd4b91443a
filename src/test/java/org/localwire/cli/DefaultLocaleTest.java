package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13: the machine's default locale never reaches the output (no "٩٠" for a score, no "2015/١٦"). */
class DefaultLocaleTest {
  @ParameterizedTest
  @ValueSource(strings = {"angles --area Newport", "story --area Newport",
      "story --force Gwent --data data/pfa_offence_rolling12m_2003_2018.csv --period 2015/16",
      "facts --area Newport"})
  void outputUnderAnArabicLocaleHasWesternDigits(String command) {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("ar-EG"));
    try {
      Cli r = Cli.run(command.split(" "));
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.out().chars().anyMatch(Character::isDigit), r.out());
      assertFalse(r.out().chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669'), r.out());
      assertFalse(r.out().chars().anyMatch(c -> c >= '\u06f0' && c <= '\u06f9'), r.out());
    } finally {
      Locale.setDefault(before);
    }
  }
}
