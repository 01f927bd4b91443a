package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "nothing lost": a re-run never destroys a release, a batch that skips stories says
 * so once and lists them, and nothing but localwire's own output is ever replaced or removed.
 */
class Issue14ReleaseTest {
  static final String GOOD = "area,force,2016,2017\nNewport,Gwent,10,12\nTorfaen,Gwent,5,7\n"
      + "Cardiff,South Wales,20,22\nSwansea,South Wales,8,9\n";

  @TempDir Path dir;

  Path data(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  Cli batch(Path data, Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("batch", "--data", data.toString(), "--out", out.toString(),
        "--release", "r", "--threads", "1"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aBatchWithNoStoryToWriteExitsOneAndLeavesTheEarlierReleaseUntouched() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, batch(data("good.csv", GOOD), out).exit());
    Map<String, String> before = OutFolder.snapshot(out);
    Path allSuppressed = data("x.csv", GOOD.replace(",12\n", ",[x]\n").replace(",7\n", ",[x]\n")
        .replace(",22\n", ",[x]\n").replace(",9\n", ",[x]\n"));
    Cli r = batch(allSuppressed, out);
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().endsWith("localwire: " + allSuppressed + ": no story can be written, so nothing was written and "
        + out.resolve("r") + " is as it was: a figure each of the 4 stories needs is not published (the first: "
        + "Newport's stalking and harassment figure in 2017 is not published (" + allSuppressed + ":2:4 holds [x])); "
        + "choose another period or offence, or fill in the figures if you have them\n"), r.err());
    assertEquals(before, OutFolder.snapshot(out));
  }

  @Test
  void aBatchThatSkipsAStorySaysHowManyOnceAndListsThemOnTheReviewPage() throws IOException {
    Path out = dir.resolve("out");
    Path data = data("one.csv", GOOD + "Powys,Dyfed-Powys,3,[x]\n");
    Cli r = batch(data, out);
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.err().lines().filter(l -> l.contains("stories skipped")).count(), r.err());
    assertTrue(r.err().contains("localwire: warning: 1 of 5 area stories skipped because a figure they need is not "
        + "published; the review page lists them\n"), r.err());
    String index = Files.readString(out.resolve("r/index.html"));
    assertTrue(index.contains("<h2 id=\"skipped\">Not written (1)</h2>"), index);
    assertTrue(index.contains("<tr><td>Powys</td><td>Dyfed-Powys</td><td>Powys&#39;s stalking and harassment "
        + "figure in 2017 is not published (" + data + ":6:4 holds [x])</td></tr>"), index);
  }

  @Test
  void aPlainFileWhereTheReleaseGoesIsAnErrorNamingItAndIsKept() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path file = Files.writeString(out.resolve("r"), "my notes");
    Cli r = batch(data("good.csv", GOOD), out);
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: " + file + ": is a file, and localwire replaces only its own releases; move or rename "
        + "it, or name the release otherwise with --release\n", r.err());
    assertEquals("my notes", Files.readString(file));
    assertEquals(Set.of(".localwire.lock", "r"), names(out), "no temporary folder left");
  }

  @Test
  void aForeignFolderWhereTheReleaseGoesIsAnErrorNamingItAndIsKept() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path mine = Files.createDirectories(out.resolve("r"));
    Files.writeString(mine.resolve("thesis.docx"), "years of work");
    Cli r = batch(data("good.csv", GOOD), out);
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: " + mine + ": is a folder that is not a localwire release, and localwire replaces only "
        + "its own releases; move or rename it, or name the release otherwise with --release\n", r.err());
    assertEquals("years of work", Files.readString(mine.resolve("thesis.docx")));
  }

  @Test
  void aReleaseIsReplacedByTheNextRunOfTheSameName() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, batch(data("good.csv", GOOD), out).exit());
    Cli again = batch(data("again.csv", GOOD.replace(",12\n", ",13\n")), out);
    assertEquals(0, again.exit(), again.err());
    assertTrue(Files.readString(out.resolve("r/gwent/newport.txt")).contains("13"));
    assertEquals(Set.of(".localwire.lock", "r"), names(out));
  }

  @Test
  void theNextRunRemovesTheLeftoversOfAKilledRunOfTheSameRelease() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, batch(data("good.csv", GOOD), out).exit());
    // a run killed (kill -9) while writing, and one killed between moving the old release aside and the new in
    Files.createDirectories(out.resolve(".r.partial-99999999/gwent"));
    Files.writeString(out.resolve(".r.partial-99999999/gwent/newport.txt"), "half");
    Files.createDirectories(out.resolve(".other.partial-1"));
    assertEquals(0, batch(data("good.csv", GOOD), out).exit());
    assertEquals(Set.of(".localwire.lock", "r", ".other.partial-1"), names(out),
        "only this release's leftovers are removed");
  }

  @Test
  void anEarlierReleaseAKilledRunHadMovedAsideIsPutBack() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, batch(data("good.csv", GOOD), out).exit());
    Files.move(out.resolve("r"), out.resolve(".r.old-99999999"));
    // the next run fails half-way, and yet the earlier release is back in place
    Cli r = batch(data("good.csv", GOOD), out, "--templates", brokenTemplates().toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(Files.exists(out.resolve("r/gwent/newport.txt")), names(out).toString());
  }

  @Test
  void releaseFoldersGetTheSamePermissionsAsTheirSubfoldersNotOwnerOnly() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, batch(data("good.csv", GOOD), out).exit());
    Set<PosixFilePermission> release = Files.getPosixFilePermissions(out.resolve("r"));
    assertEquals(Files.getPosixFilePermissions(out.resolve("r/gwent")), release);
    assertFalse(release.equals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_EXECUTE)), release.toString());
  }

  @Test
  void aReleaseNameWithNothingToSlugIsAUsageError() throws IOException {
    for (String name : List.of("..", "/", "...", "-")) {
      Cli r = Cli.run("batch", "--data", data("good.csv", GOOD).toString(), "--out", dir.resolve("out").toString(),
          "--release", name);
      assertEquals(2, r.exit(), name + ": " + r.err());
      assertTrue(r.err().startsWith("--release \"" + name + "\" has no letter or digit to name a folder with; give a "
          + "name such as gwent-june-2025\n"), r.err());
    }
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aSecondBatchIntoTheSameFolderRefusesWithNoWaitAndLeavesTheFirstsWork() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, batch(data("good.csv", GOOD), out).exit());
    Map<String, String> before = OutFolder.snapshot(out);
    try (var first = org.localwire.write.OutLock.acquire(out, true, line -> {})) {
      Cli r = batch(data("good.csv", GOOD), out, "--no-wait");
      assertEquals(1, r.exit(), r.err());
      assertEquals("localwire: " + out + ": another localwire batch is writing into this folder (it holds "
          + out.resolve(".localwire.lock") + "); run again when it has finished, or leave out --no-wait to wait for "
          + "it\n", r.err());
    }
    assertEquals(before, OutFolder.snapshot(out));
  }

  /** A copy of the templates whose story fails for Newport. */
  Path brokenTemplates() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    try (Stream<Path> s = Files.list(Path.of("templates"))) {
      for (Path t : s.toList()) {
        Files.copy(t, templates.resolve(t.getFileName()));
      }
    }
    Path story = templates.resolve("story.ftl");
    Files.writeString(story, Files.readString(story) + "\n<#if place.area == \"Newport\">${noSuchValue}</#if>\n");
    return templates;
  }

  static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    }
  }
}
