package org.localwire.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.load.DataLoader;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.Period;
import org.localwire.model.Place;

/** Seed files are valid localwire input (issue 4). */
class SeedLoaderTest {
  static final DataLoader LOADER = DataLoader.using(Path.of("data"));

  @TempDir Path dir;

  @Test
  void gwentSeedIsADatasetOfItsFiveAreasAndTheForceTotal() throws Exception {
    SeedCase seed = SeedLoader.load(Path.of("seeds/000_cb0c1a5ab4eb2516.json"), LOADER.offenceTree());
    Dataset data = seed.data();
    assertEquals("000_cb0c1a5ab4eb2516.txt", seed.seedFile());
    assertEquals("AREAS_ROUNDUP", seed.storyType());
    assertEquals(5, data.areasIn("Gwent").size());
    assertEquals("[2015, 2016, 2017]", data.periods().stream().map(Period::label).toList().toString());
    Figure total = data.figure(Place.forceTotal("Gwent"), "Stalking and harassment", Period.calendarYear(2017))
        .orElseThrow();
    assertEquals(3416, total.count());
    assertTrue(total.cell().toString().startsWith("seeds/000_cb0c1a5ab4eb2516.json:"), total.cell().toString());
    Figure missing = data.figure(Place.forceTotal("Gwent"), "Stalking and harassment", Period.calendarYear(2016))
        .orElseThrow();
    assertTrue(missing.isMissing(), "2016 is not in the article: missing, never invented");
    assertEquals("not in the article", missing.missing());
    assertEquals(ReportedFact.Measure.RATE, seed.facts().get(0).measure());
  }

  @Test
  void aSeedFileIsValidDataInput() throws Exception {
    Dataset data = SeedLoader.load(Path.of("seeds/004_53ef4dc31ab091da.json"), LOADER.offenceTree()).data();
    assertEquals("[Stalking]", data.offences().toString());
    assertEquals(33006, data.figure(Place.national(), "Stalking", Period.financialYear(2019)).orElseThrow().count());
    assertEquals(954, data.figure(Place.forceTotal("North Wales"), "Stalking",
        Period.parse("Apr 2021 to Sep 2021").orElseThrow()).orElseThrow().count());
  }

  @Test
  void cellsPointAtTheJsonValue() throws Exception {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, """
        {"seed": "x.txt", "about": "", "story_type": "MULTIPLE", "publisher": "p", "table": "t",
         "offence": "Stalking and harassment",
         "figures": [
           {"place": "force", "force": "Dorset", "period": "2015", "count": 1213},
           {"place": "force", "force": "Dorset", "period": "2017", "count": 2339}
         ],
         "facts": []}
        """, StandardCharsets.UTF_8);
    Figure f = SeedLoader.load(file, LOADER.offenceTree()).data().figure(Place.forceTotal("Dorset"),
        "Stalking and harassment", Period.calendarYear(2017)).orElseThrow();
    assertEquals(file + ":5:69", f.cell().toString());
  }

  @Test
  void aNegativeCountIsRefusedWithItsPlace() throws Exception {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, """
        {"seed": "x.txt", "story_type": "MULTIPLE", "publisher": "p", "table": "t",
         "offence": "Stalking and harassment",
         "figures": [
           {"place": "force", "force": "Dorset", "period": "2015", "count": -3}
         ],
         "facts": []}
        """, StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> SeedLoader.load(file, LOADER.offenceTree()).data());
    assertEquals(file + ":4:69: count -3 is not a whole number of offences, 0 or more; write the count as printed, "
        + "without separators: 1030", e.getMessage());
  }

  @Test
  void anUnknownFieldIsATypo() throws Exception {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, """
        {"seed": "x.txt", "story_type": "MULTIPLE", "publisher": "p", "table": "t",
         "offence": "Stalking and harassment",
         "figures": [{"place": "force", "force": "Dorset", "period": "2015", "cuont": 3}],
         "facts": []}
        """, StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> SeedLoader.load(file, LOADER.offenceTree()).data());
    assertTrue(e.getMessage().startsWith(file + ":3:79: field \"cuont\" is not part of a seed file"), e.getMessage());
  }
}
