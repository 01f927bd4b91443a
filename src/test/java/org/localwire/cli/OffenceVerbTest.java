package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An offence named in the plural takes a plural verb and pronoun: "Sexual offences were ... They made up". */
class OffenceVerbTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Sexual offences         | --area=Newport | Sexual offences were the 11th most common of the 19 types of crime in the figures for Newport. They made up
      Robbery                 | --area=Newport | Robbery was the 14th most common of the 19 types of crime in the figures for Newport. It made up
      Drug offences           | --force=Gwent  | Drug offences were the 11th most common of the 19 types of crime in the figures for Gwent. They made up
      Stalking and harassment | --force=Gwent  | Stalking and harassment was the
      """)
  void theVerbAgreesWithTheOffenceName(String offence, String place, String words) {
    Cli r = Cli.run("story", place, "--offence", offence);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains(words), r.out());
  }
}
