package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "one missing cell costs only what needs it": the other areas of the force keep their
 * stories, the sentences that need the missing figure are left out or say it is not published,
 * the force story names the area, and the warning is printed once per cell.
 */
class Issue14MissingCellTest {
  @TempDir Path dir;

  /** Bundled Table C2 with Torfaen's stalking and harassment cell suppressed; the Gwent total stays published. */
  Path tableC2WithTorfaenSuppressed() throws IOException {
    Path file = dir.resolve("csp_offence_group_ye_jun2025_ons_tableC2.csv");
    List<String> lines = Files.readAllLines(Path.of("data/csp_offence_group_ye_jun2025_ons_tableC2.csv"));
    int column = List.of(lines.get(0).split(",")).indexOf("Stalking and harassment");
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      if (line.contains(",csp_la,W15000002,Gwent,W14000020,Torfaen,")) {
        String[] cells = line.split(",", -1);
        cells[column] = "[x]";
        line = String.join(",", cells);
      }
      sb.append(line).append('\n');
    }
    return Files.writeString(file, sb.toString());
  }

  @Test
  void theOtherAreasOfTheForceKeepTheirStoriesAndTheWarningIsOnePerCell() throws IOException {
    Path data = tableC2WithTorfaenSuppressed();
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--data", data.toString(), "--out", out.toString(), "--force", "Gwent", "--formats", "txt",
        "--release", "r");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Wrote 5 stories (5 areas, 1 skipped, 1 force)"), r.out());
    assertEquals(List.of("localwire: warning: Torfaen's stalking and harassment figure in the year to June 2025 is not "
        + "published (" + data + ":121:16 holds [x]): no story for Torfaen; the other stories of Gwent leave out what "
        + "needs it (ranks in the force, and the force total unless it is published)",
        "localwire: warning: 1 of 5 area stories skipped because a figure they need is not published; the review page "
        + "lists them"), r.err().lines().toList());
    for (String area : List.of("newport", "caerphilly", "blaenau-gwent", "monmouthshire")) {
      String story = Files.readString(out.resolve("r/gwent/" + area + ".txt"));
      assertFalse(story.contains(" of the five areas in"), area + ": no rank\n" + story);
      assertFalse(story.contains(" of the four areas in"), area + ": no rank among the areas with a figure\n" + story);
      assertTrue(story.contains("place among the five areas in the Gwent police force area cannot be given, because "
          + "the figure for Torfaen is not published."), area + "\n" + story);
    }
    assertFalse(Files.exists(out.resolve("r/gwent/torfaen.txt")));
    // the published force total is still right and still said
    assertTrue(Files.readString(out.resolve("r/gwent/newport.txt")).contains("8,022"));
    String force = Files.readString(out.resolve("r/gwent/gwent-force.txt"));
    assertTrue(force.contains("The figures give no count for Torfaen in the year to June 2025, so the areas of the "
        + "Gwent police force area are not compared here."), force);
  }

  @Test
  void withoutAPublishedForceTotalNoTotalOrShareIsPrinted() throws IOException {
    Path data = Files.writeString(dir.resolve("wide.csv"), "area,force,2016,2017\nNewport,Gwent,10,12\n"
        + "Torfaen,Gwent,5,[x]\nCaerphilly,Gwent,7,9\n");
    Cli r = Cli.run("story", "--area", "Newport", "--data", data.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Newport's place among the three areas in the Gwent police force area and its share "
        + "of their total cannot be given, because the figure for Torfaen is not published."), r.out());
    // 12 + 9 would be a wrong total, and 12 of it a wrong share
    assertFalse(r.out().contains("21"), r.out());
    assertFalse(r.out().contains("% of"), r.out());
    Cli facts = Cli.run("facts", "--area", "Newport", "--data", data.toString());
    assertTrue(facts.out().contains("  force total: not known: no figure for Torfaen\n"), facts.out());
    assertTrue(facts.out().contains("  rank in force by count: not known: no figure for Torfaen\n"), facts.out());
  }

  @Test
  void theForceStoryWithoutAPublishedTotalNamesTheMissingArea() throws IOException {
    Path data = Files.writeString(dir.resolve("wide.csv"), "area,force,2017\nNewport,Gwent,12\nTorfaen,Gwent,[x]\n");
    Cli r = Cli.run("story", "--force", "Gwent", "--data", data.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: " + data + ":3:3: the stalking and harassment figure for Torfaen in 2017 is not published "
        + "([x]) and the data gives no Gwent total, so the force's figure is not known; the area stories are written "
        + "without it; for a force story add the force's total, or fill in the figure\n", r.err());
  }
}
