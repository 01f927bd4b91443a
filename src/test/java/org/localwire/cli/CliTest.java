package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliTest {
  @Test
  void unknownAreaSuggestsTheClosestNameAndExitsOne() {
    Cli r = Cli.run("story", "--area", "Nwport");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertEquals("localwire: --area: no area called \"Nwport\" in data/csp_offence_group_ye_jun2025_ons_tableC2.csv;"
        + " did you mean Newport?\n", r.err());
  }

  @Test
  void areaNamesMatchIgnoringCase() {
    Cli r = Cli.run("story", "--area", "newport");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("in Newport"), r.out());
  }

  @Test
  void areasListsAll315WithTheirForce() {
    Cli r = Cli.run("areas");
    assertEquals(0, r.exit(), r.err());
    assertEquals(315, r.out().lines().count());
    assertTrue(r.out().lines().anyMatch("Newport\tGwent"::equals), r.out());
  }

  @Test
  void unknownOptionIsUsageExitTwo() {
    Cli r = Cli.run("story", "--area", "Newport", "--colour", "red");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Unknown options: '--colour', 'red'"), r.err());
  }

  @Test
  void missingDataFileNamesTheFile() {
    Cli r = Cli.run("areas", "--data", "no/such.csv");
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("localwire: no/such.csv: no such file;"), r.err());
  }

  @Test
  void unknownPeriodListsTheOnesAvailable() {
    Cli r = Cli.run("story", "--area", "Newport", "--period", "2019");
    assertEquals(1, r.exit());
    assertEquals("localwire: --period: the data has no period \"2019\"; choose one of: 2021, 2022, 12m to Jun 2023, 12m to Jun 2024, 12m to Jun 2025\n", r.err());
  }

  @Test
  void unknownOffenceListsTheOnesAvailable() {
    Cli r = Cli.run("facts", "--area", "Newport", "--offence", "Piracy");
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("localwire: --offence: the data has no figures for \"Piracy\"; choose one of: "
        + "Total recorded crime (excluding fraud), Violence against the person"), r.err());
  }

  @Test
  void factsNameTheirCells() {
    Cli r = Cli.run("facts", "--area", "Newport");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.matches(
        "  count: \\d+  \\[data/csp_offence_group_ye_jun2025_ons_tableC2.csv:\\d+:16]")), r.out());
  }

  @Test
  void factsAsJson() {
    Cli r = Cli.run("facts", "--area", "Newport", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"area\" : \"Newport\""), r.out());
    assertTrue(r.out().contains("\"periodEnd\" : \"2025-06-30\""), r.out());
  }

  @Test
  void anglesAreRankedWithReasons() {
    Cli r = Cli.run("angles", "--area", "Blaenau Gwent");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().lines().findFirst().orElseThrow().contains("Blaenau Gwent:"), r.out());
  }

  @Test
  void wideCsvWithThreeYearsWritesTheRiseStory() {
    Cli r = Cli.run("story", "--data", "src/test/resources/wide/three-years.csv", "--area", "Juniper Coast");
    assertEquals(0, r.exit(), r.err());
    // year on year (issue 18): 247 to 329 is a rise of 33%, the largest of the three Westmoor areas;
    // over two years, 193 to 329 is a rise of 70%
    assertTrue(r.out().contains("247 in 2016 to 329 in 2017, up 33%"), r.out());
    assertTrue(r.out().contains("Over two years the figure is up 70%, against 193 in 2015."), r.out());
  }

  @Test
  void aForceWhoseAreasDoNotAddUpIsReported() {
    Cli r = Cli.run("areas", "--data", "src/test/resources/c2/gwent_ye_mar2024_tableC2.csv");
    assertEquals(0, r.exit(), r.err());
    assertEquals(5, r.out().lines().count());
    assertEquals("localwire: warning: Gwent: the areas and unassigned offences add up to 56962 total recorded crime "
        + "(excluding fraud) offences, the published force total is 56961 "
        + "(src/test/resources/c2/gwent_ye_mar2024_tableC2.csv:2:8)\n", r.err());
  }

  @Test
  void tableC2PeriodComesFromTheFileName() {
    Cli r = Cli.run("facts", "--data", "src/test/resources/c2/gwent_ye_mar2024_tableC2.csv", "--area", "Torfaen");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Torfaen (Gwent), Stalking and harassment, 2023/24 (2023-04-01 to 2024-03-31)"), r.out());
  }

  @Test
  void theCopyUsesTheNewsroomNameWhereTheOfficialOneReadsBadly() {
    Cli r = Cli.run("story", "--area", "Bristol, City of");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Bristol had the biggest rise"), r.out());
    assertFalse(r.out().contains("City of"), r.out());
  }

  @Test
  void versionAndHelp() {
    assertEquals(0, Cli.run("--version").exit());
    Cli help = Cli.run("story", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--area=NAME"), help.out());
  }

  @Test
  void noSubcommandPrintsUsage() {
    Cli r = Cli.run();
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("Commands:"), r.out());
  }
}
