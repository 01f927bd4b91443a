package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a file that holds only some of a force's areas (two of Gwent's five, by the ONS
 * lookup) ranks and totals among "the areas in the data", never claims the force, is flagged
 * partial-force, and gets no force story.
 */
class PartialForceTest {
  @TempDir Path dir;

  Path twoOfGwent() throws IOException {
    return Files.writeString(dir.resolve("two.csv"), "area,force,2016,2017\nNewport,Gwent,10,12\nTorfaen,Gwent,5,7\n");
  }

  @Test
  void theAreaStorySaysTheAreasInTheData() throws IOException {
    Cli r = Cli.run("story", "--area", "Newport", "--data", twoOfGwent().toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Newport's total was the highest of the two areas in the Gwent police force area in the "
        + "data."), r.out());
    assertTrue(r.out().contains("63.2% of the 19 recorded across the Gwent police force area in the data"), r.out());
    // no rank or total of the force is claimed
    assertFalse(r.out().contains("anywhere else in Gwent"), r.out());
    assertFalse(r.out().contains("Gwent's biggest"), r.out());
    assertFalse(r.out().contains("as a whole"), r.out());
  }

  @Test
  void theFactsCarryTheFlag() throws IOException {
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--data", twoOfGwent().toString(), "--out", out.toString(), "--formats", "json",
        "--release", "r");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("no story for the Gwent force"), r.err());
    String facts = Files.readString(out.resolve("r/gwent/newport.facts.json"));
    assertTrue(facts.contains("\"partial-force\""), facts);
    assertFalse(Files.exists(out.resolve("r/gwent/gwent-force.json")));
  }

  @Test
  void aForceStoryIsRefusedWithWhatToDo() throws IOException {
    Path data = twoOfGwent();
    Cli r = Cli.run("story", "--force", "Gwent", "--data", data.toString());
    assertEquals(1, r.exit(), r.out());
    assertEquals("localwire: " + data + ": holds 2 of the areas of the Gwent police force area (the ONS lookup of "
        + "December 2023 gives it more) and no Gwent total, so the force's figure is not known; the area stories rank "
        + "their areas among those in the data; for a force story add the force's total, or its other areas\n",
        r.err());
  }
}
