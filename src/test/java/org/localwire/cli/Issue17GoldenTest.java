package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.render.Golden;

/**
 * Issue 17: golden drafts of three offences in one area, as {@code story --area Newport --offence
 * X} prints them: each with its own context, caveats and helplines (Rape Crisis for sexual
 * offences, Crimestoppers for weapons, none but the general ones for shoplifting).
 */
class Issue17GoldenTest {
  @ParameterizedTest
  @CsvSource({
      "Sexual offences, offence-newport-sexual-offences.txt",
      "Shoplifting, offence-newport-shoplifting.txt",
      "Possession of weapons offences, offence-newport-possession-of-weapons-offences.txt"})
  void threeOffencesInNewport(String offence, String golden) throws java.io.IOException {
    Cli r = Cli.run("story", "--area", "Newport", "--offence", offence);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err(), "an offence with its own copy gets no warning");
    Golden.check(golden, r.out());
  }
}
