package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Force stories of a rare offence: a change on a small base (Surrey's homicides, five to nine) is
 * not the headline, and a count of nothing is "none", never "zero".
 */
class ForceSmallNumbersTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Surrey         | Spelthorne records the most homicides in Surrey
      Cumbria        | Eden records the most homicides in Cumbria
      City of London | No homicides recorded in the City of London
      """)
  void aHandfulOfHomicidesIsToldByCountNotByChange(String force, String headlineStart) {
    Cli r = Cli.run("story", "--force", force, "--offence", "Homicide");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith(headlineStart), r.out());
    assertFalse(r.out().lines().findFirst().orElseThrow().matches(".*(doubled|tripled|quadrupled| up | down ).*"),
        r.out());
    assertFalse(r.out().contains("zero"), r.out());
  }
}
