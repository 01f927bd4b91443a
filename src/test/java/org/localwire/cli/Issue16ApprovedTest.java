package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, {@code batch --approved FILE}: the list the review page exports. Only the approved
 * stories go to each release's wire/ folder; a line naming no story of the run is an error
 * naming file, line and column, and nothing is written.
 */
class Issue16ApprovedTest {
  static final String ROBBERY = "robbery-year-to-june-2025";
  static final String SHOPLIFTING = "shoplifting-year-to-june-2025";

  @TempDir Path dir;

  Path list(String text) throws Exception {
    Path file = dir.resolve("approved.txt");
    Files.writeString(file, text);
    return file;
  }

  static List<String> files(Path folder) throws Exception {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void onlyApprovedStoriesGoToTheWireWithCommentsAndBlankLinesIgnored() throws Exception {
    Path file = list("# approved by the news desk\n\n  " + ROBBERY + "/gwent/newport  \n" + ROBBERY
        + "/gwent/gwent-force\n" + ROBBERY + "/gwent/newport\n");
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "Robbery", "--force", "Gwent", "--approved", file.toString(), "--out",
        out.toString(), "--formats", "txt,html,json", "--no-progress");
    assertEquals(0, r.exit(), r.err());
    Path wire = out.resolve(ROBBERY).resolve("wire");
    assertEquals(List.of("gwent/gwent-force.facts.json", "gwent/gwent-force.json", "gwent/gwent-force.txt",
        "gwent/newport.facts.json", "gwent/newport.json", "gwent/newport.txt", "stories.txt"), files(wire),
        "no HTML page: it is for review");
    assertEquals(List.of(ROBBERY + "/gwent/newport", ROBBERY + "/gwent/gwent-force"),
        Files.readAllLines(wire.resolve("stories.txt")));
    assertEquals(Files.readString(out.resolve(ROBBERY).resolve("gwent/newport.txt")),
        Files.readString(wire.resolve("gwent/newport.txt")));
    // every story is still written for review
    assertTrue(Files.isRegularFile(out.resolve(ROBBERY).resolve("gwent/torfaen.txt")));
  }

  @Test
  void withoutApprovedThereIsNoWire() throws Exception {
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "Robbery", "--force", "Gwent", "--out", out.toString(), "--formats", "txt");
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(out.resolve(ROBBERY).resolve("wire")));
  }

  @Test
  void anEmptyListSyndicatesNothing() throws Exception {
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "Robbery", "--force", "Gwent", "--approved", list("# none yet\n").toString(),
        "--out", out.toString(), "--formats", "txt");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("stories.txt"), files(out.resolve(ROBBERY).resolve("wire")));
    assertEquals("", Files.readString(out.resolve(ROBBERY).resolve("wire/stories.txt")));
  }

  @Test
  void aLineNamingNoStoryIsAnErrorNamingFileLineAndColumnAndWritesNothing() throws Exception {
    Path file = list(ROBBERY + "/gwent/newport\n# a comment\n  " + ROBBERY + "/gwent/newprt\n"
        + ROBBERY + "/gwent/torfaen.txt\n");
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "Robbery", "--force", "Gwent", "--approved", file.toString(), "--out",
        out.toString(), "--formats", "txt");
    assertEquals(1, r.exit(), r.err());
    String hint = "; a story's id is its files' path under --out without the extension, e.g. " + ROBBERY
        + "/gwent/blaenau-gwent, as the review page's approved list gives it; correct the line or remove it (start "
        + "it with # to keep it as a comment)";
    assertEquals("localwire: " + file + ":3:3: \"" + ROBBERY + "/gwent/newprt\" names no story this batch writes" + hint
        + "\nlocalwire: " + file + ":4:1: \"" + ROBBERY + "/gwent/torfaen.txt\" names no story this batch writes" + hint
        + "\n", r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(out), "an error wrote into " + out);
  }

  @Test
  void aStoryOfAnotherForceIsNotOneThisBatchWrites() throws Exception {
    Path file = list(ROBBERY + "/south-wales/cardiff\n");
    Cli r = Cli.run("batch", "--offence", "Robbery", "--force", "Gwent", "--approved", file.toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("localwire: " + file + ":1:1: \"" + ROBBERY + "/south-wales/cardiff\" names no "
        + "story this batch writes"), r.err());
  }

  @Test
  void severalOffencesAreCheckedBeforeAnyReleaseIsWritten() throws Exception {
    Path file = list(ROBBERY + "/gwent/newport\n" + SHOPLIFTING + "/gwent/nowhere\n");
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "Robbery,Shoplifting", "--force", "Gwent", "--approved", file.toString(),
        "--out", out.toString(), "--formats", "txt");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(file + ":2:1: \"" + SHOPLIFTING + "/gwent/nowhere\" names no story"), r.err());
    assertFalse(Files.exists(out), "the first release was written before the list was checked");

    Files.writeString(file, ROBBERY + "/gwent/newport\n" + SHOPLIFTING + "/gwent/torfaen\n");
    assertEquals(0, Cli.run("batch", "--offence", "Robbery,Shoplifting", "--force", "Gwent", "--approved",
        file.toString(), "--out", out.toString(), "--formats", "txt").exit());
    assertEquals(List.of(ROBBERY + "/gwent/newport"), Files.readAllLines(out.resolve(ROBBERY).resolve("wire/stories.txt")));
    assertEquals(List.of(SHOPLIFTING + "/gwent/torfaen"),
        Files.readAllLines(out.resolve(SHOPLIFTING).resolve("wire/stories.txt")));
  }

  @Test
  void aMissingFileIsAnError() {
    Path missing = dir.resolve("nope.txt");
    Cli r = Cli.run("batch", "--approved", missing.toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: " + missing + ": cannot be read (NoSuchFileException: " + missing
        + "); check the path given to --approved\n", r.err());
  }

  @Test
  void notWithStdout() throws Exception {
    Cli r = Cli.run("batch", "--stdout", "--approved", list("").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--approved chooses the stories copied to each release's wire/ folder, and --stdout "
        + "writes no folder"), r.err());
  }
}
