package org.localwire.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localwire.angles.Angle;
import org.localwire.angles.Angles;
import org.localwire.load.DataLoader;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.Period;
import org.localwire.seeds.SeedLoader;

/** Force-level facts and the story-type selector on the bundled files and the seeds (issue 4). */
class ForceFactsTest {
  static final DataLoader LOADER = DataLoader.using(Path.of("data"));
  static Dataset rolling;
  static Dataset quarterly;
  static Dataset tableC2;
  static List<Caveat> caveats;

  @BeforeAll
  static void load() throws Exception {
    rolling = LOADER.load(Path.of("data", DataLoader.ROLLING_FILE), DataLoader.DEFAULT_OFFENCE);
    quarterly = LOADER.load(Path.of("data", DataLoader.QUARTERLY_FILE), DataLoader.DEFAULT_OFFENCE);
    tableC2 = LOADER.load(LOADER.defaultFile(), DataLoader.DEFAULT_OFFENCE);
    caveats = LOADER.caveats();
  }

  static ForceFacts facts(Dataset data, String force, String offence, Period period) throws Exception {
    return Facts.of(data, caveats).forForce(force, offence, period, Optional.empty());
  }

  @Test
  void dorsetOverThreeYearsFromTheRollingSeries() throws Exception {
    ForceFacts f = facts(rolling, "Dorset", "Stalking and harassment", Period.calendarYear(2017));
    assertEquals(2336, f.count().value());
    assertEquals(Total.Basis.PUBLISHED, f.total().basis());
    assertEquals("[2015, 2016, 2017]", f.history().stream().map(h -> h.period().label()).toList().toString());
    Change c = f.change().orElseThrow();
    assertEquals(1224, c.before().value());
    assertEquals(Period.calendarYear(2015), c.from());
    assertEquals(294, f.fiveYearsBefore().orElseThrow().count().orElseThrow().value());
    // the national figure is the sum of the 43 territorial forces
    Total national = f.national().orElseThrow();
    assertEquals(Total.Basis.SUM_OF_FORCES, national.basis());
    assertEquals(43, national.parts());
    assertTrue(f.shareOfAllCrime().isEmpty(), "the rolling series has no all-crime total");
    assertTrue(f.typeRank().isEmpty(), "burglary as a whole is missing, so no rank");
    assertEquals(1, f.caveats().size(), "2015 to 2017 crosses April 2015");
    assertEquals(Angle.Kind.MULTIPLE, Angles.rank(f).get(0).kind());
  }

  @Test
  void aYearOfQuartersIsTheirSumWithFourCells() throws Exception {
    assertTrue(Totals.years(quarterly).contains(Period.financialYear(2017)));
    ForceFacts f = facts(quarterly, "North Wales", "Stalking", Period.financialYear(2017));
    assertEquals(78, f.count().value(), "16 + 13 + 25 + 24");
    assertEquals(Total.Basis.SUM_OF_QUARTERS, f.total().basis());
    assertEquals(4, f.count().cells().size());
    assertEquals(10271, f.national().orElseThrow().value(), "8Q across the 43 territorial forces");
  }

  @Test
  void aForceFromTableC2HasItsShareOfAllCrimeAndItsRank() throws Exception {
    ForceFacts f = facts(tableC2, "Gwent", "Stalking and harassment", tableC2.latestPeriod());
    assertEquals(8022, f.count().value());
    Share share = f.shareOfAllCrime().orElseThrow();
    assertEquals(56961, share.whole().value());
    assertEquals(2, f.typeRank().orElseThrow().rank().position());
    assertEquals(19, f.typeRank().orElseThrow().rank().size(), "the 19 types of crime in Table C2 (issue 19)");
    assertEquals(5, f.areas().size());
    assertFalse(f.partial());
    assertEquals("Caerphilly", f.areas().get(0).name());
  }

  @Test
  void eachSeedGetsItsStoryType() throws Exception {
    for (String[] seed : new String[][] {
        {"000_cb0c1a5ab4eb2516", "Gwent", "Stalking and harassment", "2017", "AREAS_ROUNDUP"},
        {"001_1debd2e3c14f85a2", "Gwent", "Stalking and harassment", "2023/24", "SHARE_OF_ALL_CRIME"},
        {"002_866d698726dd8433", "Dorset", "Stalking and harassment", "2017", "MULTIPLE"},
        {"003_446cf921fde0ef3d", "Metropolitan Police", "Stalking and harassment", "12m to Sep 2018", "AREA_IN_FORCE"},
        {"004_53ef4dc31ab091da", "North Wales", "Stalking", "2020/21", "AGAINST_NATIONAL"}}) {
      Dataset data = SeedLoader.load(Path.of("seeds", seed[0] + ".json"), LOADER.offenceTree()).data();
      ForceFacts f = facts(data, seed[1], seed[2], Period.parse(seed[3]).orElseThrow());
      assertEquals(seed[4], Angles.rank(f).get(0).kind().name(), seed[0]);
    }
  }

  @Test
  void gwentSeedComparesTheSumsOfItsAreas() throws Exception {
    Dataset data = SeedLoader.load(Path.of("seeds/000_cb0c1a5ab4eb2516.json"), LOADER.offenceTree()).data();
    ForceFacts f = facts(data, "Gwent", "Stalking and harassment", Period.calendarYear(2017));
    assertEquals(Total.Basis.PUBLISHED, f.total().basis());
    assertEquals(Total.Basis.SUM_OF_AREAS, f.changeBasis());
    assertEquals(1753, f.change().orElseThrow().before().value(), "496 + 201 + 281 + 575 + 200");
    assertEquals(3416, f.change().orElseThrow().after().value());
    assertTrue(f.history().get(1).count().isEmpty(), "2016 is missing, never invented");
  }

  @Test
  void newhamIsOneAreaOfALargeForce() throws Exception {
    Dataset data = SeedLoader.load(Path.of("seeds/003_446cf921fde0ef3d.json"), LOADER.offenceTree()).data();
    ForceFacts f = facts(data, "Metropolitan Police", "Stalking and harassment", Period.parse("12m to Sep 2018")
        .orElseThrow());
    assertTrue(f.partial());
    assertEquals("Newham", f.focus().orElseThrow());
    assertTrue(f.focusLine().orElseThrow().fiveYearsBefore().orElseThrow().count().isEmpty());
    assertEquals(1329, f.parts().get(0).count().value());
  }
}
