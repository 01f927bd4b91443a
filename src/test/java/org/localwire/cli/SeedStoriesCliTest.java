package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.localwire.render.Golden;

/** 'story --data seeds/FILE', 'story --force' and 'seeds' from the command line (issue 4). */
class SeedStoriesCliTest {
  static final String[] SEEDS = {"000_cb0c1a5ab4eb2516", "001_1debd2e3c14f85a2", "002_866d698726dd8433",
      "003_446cf921fde0ef3d", "004_53ef4dc31ab091da"};

  /** One golden file per seed draft; regenerate with -Dgolden.update=true and read git diff. */
  @TestFactory
  Stream<DynamicTest> eachSeedFileIsValidDataAndItsDraftMatchesItsGolden() {
    return Stream.of(SEEDS).map(seed -> DynamicTest.dynamicTest(seed, () -> {
      Cli r = Cli.run("story", "--data", "seeds/" + seed + ".json");
      assertEquals(0, r.exit(), r.err());
      assertEquals("", r.err());
      Golden.check("seed-" + seed + ".txt", r.out());
    }));
  }

  @Test
  void seedsListsEveryFactAndExitsZero() {
    Cli r = Cli.run("seeds");
    assertEquals(0, r.exit(), r.err() + r.out());
    for (String seed : SEEDS) {
      assertTrue(r.out().contains(seed + "  (encodes " + seed + ".txt)"), seed);
    }
    assertTrue(r.out().contains("\"at least six people a day\"  -> loose but true"), r.out());
    assertTrue(r.out().contains("\"more than nine a day\"  -> exact"), r.out());
    assertTrue(r.out().contains("\"15 percent\"  -> false"), r.out());
    assertTrue(r.out().contains("\"double the figure from 2015\"  -> false"), r.out());
    assertTrue(r.out().contains("\"five ... cases reported every day\"  -> false"), r.out());
    assertTrue(r.out().contains("\"almost five a day\"  -> exact"), r.out());
    assertTrue(r.out().contains("\"almost tripled\"  -> exact"), r.out());
    assertTrue(r.out().contains("Gwent, stalking and harassment, 2017: seed 3,416, bundled 3,416"), r.out());
    assertTrue(r.out().contains("they agree"), r.out());
    assertTrue(r.out().contains("Dorset, stalking and harassment, 2015: seed 1,213, bundled 1,224"), r.out());
    assertTrue(r.out().contains("the seed's figure is 11 lower"), r.out());
    assertTrue(r.out().contains("summary: 50 facts; localwire's wording exact for 50 of 50"), r.out());
  }

  @Test
  void aSeedWhoseExactValueIsWrongFailsWithItsPlace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String json = java.nio.file.Files.readString(java.nio.file.Path.of("seeds/002_866d698726dd8433.json"))
        .replace("2339 / 365 days = 6.4082 a day", "2339 / 365 days = 6.4 a day");
    java.nio.file.Files.writeString(dir.resolve("002.json"), json);
    Cli r = Cli.run("seeds", "--seeds", dir.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("fact \"a-day\" records the exact value \"2339 / 365 days = 6.4 a day\" but the "
        + "figures give \"2339 / 365 days = 6.4082 a day\""), r.err());
  }

  @Test
  void anAreaOfAForceTheDataCoversInPartIsNeverItsOnlyArea() {
    Cli r = Cli.run("story", "--data", "seeds/003_446cf921fde0ef3d.json", "--area", "Newham");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.out().contains("only area"), r.out());
    assertEquals(Cli.run("story", "--data", "seeds/003_446cf921fde0ef3d.json").out(), r.out());
  }

  /** A fictional area of a fictional force, with the earlier count the Newham article lacks. */
  @Test
  void oneAreaOfALargeForceWithItsChangeOverFiveYears(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("riverside.json");
    java.nio.file.Files.writeString(file, """
        {"seed": "none", "story_type": "AREA_IN_FORCE", "publisher": "p", "table": "t",
         "offence": "Stalking and harassment",
         "figures": [
           {"place": "area", "area": "Riverside", "force": "Westmoor Police", "period": "12m to Sep 2013", "count": 800},
           {"place": "area", "area": "Riverside", "force": "Westmoor Police", "period": "12m to Sep 2018", "count": 1821},
           {"place": "force", "force": "Westmoor Police", "period": "12m to Sep 2018", "count": 46100}
         ],
         "facts": []}
        """);
    Cli r = Cli.run("story", "--data", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Police record almost five stalking and harassment offences a day in Riverside"),
        r.out());
    assertTrue(r.out().contains("The number in Riverside has more than doubled in five years, from 800 in the year "
        + "to September 2013."), r.out());
    assertTrue(r.out().contains("April 2015"), "the five years cross the April 2015 change: " + r.out());
    assertFalse(r.out().contains("[note for the reporter"), r.out());
  }

  @Test
  void forceStoryFromTheRollingSeries() {
    Cli r = Cli.run("story", "--force", "Dorset", "--data", "data/pfa_offence_rolling12m_2003_2018.csv", "--period",
        "2017");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("from 1,224 in 2015 to 2,336 in 2017"), r.out());
    assertTrue(r.out().contains("the total of the figures for all 43 police forces"), r.out());
    assertTrue(r.out().contains("April 2015"), "the recording-rule change is mentioned: " + r.out());
  }

  @Test
  void forceStoryOfStalkingAloneFromQuarters() {
    Cli r = Cli.run("story", "--force", "North Wales", "--data", "data/pfa_offence_code_quarterly_2017_18.csv",
        "--offence", "Stalking", "--period", "2017/18");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("78 stalking offences"), r.out());
    assertTrue(r.out().contains("the sum of its four quarterly figures"), r.out());
  }

  @Test
  void unknownForceSuggestsTheClosest() {
    Cli r = Cli.run("story", "--force", "Gwnet");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no police force called \"Gwnet\""), r.err());
    assertTrue(r.err().contains("did you mean Gwent?"), r.err());
  }

  @Test
  void neitherAreaNorForceOnDataOfManyForcesIsUsage() {
    Cli r = Cli.run("story");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("give --area NAME or --force NAME: the data covers 43 police forces"), r.err());
  }

  @Test
  void areaAndForceTogetherIsUsage() {
    assertEquals(2, Cli.run("story", "--area", "Newport", "--force", "Gwent").exit());
  }
}
