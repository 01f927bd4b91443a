package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.load.DataLoader;
import org.localwire.model.Dataset;
import org.localwire.model.OffenceCopies;
import org.localwire.render.Slugs;

/**
 * Issue 17 item 5, releases for many offences: {@code batch --offence all} or a comma list writes
 * each offence's release folder and one review page of every story, strongest lead angle first.
 */
class Issue17ManyOffencesTest {
  static final String PERIOD = "-year-to-june-2025";

  @TempDir Path dir;

  /** A row of the review page of every offence: its offence and score. */
  record Row(String offence, int score) {}

  static final Pattern ROW = Pattern.compile(
      "<tr data-id=\"[^\"]*\" data-offence=\"([^\"]*)\"[^>]*>\\s*<td class=\"score\">(-?\\d+)</td>");

  static List<Row> rows(Path page) throws IOException {
    Matcher m = ROW.matcher(Files.readString(page));
    List<Row> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(new Row(m.group(1), Integer.parseInt(m.group(2))));
    }
    return rows;
  }

  /** The release folders in {@code out}: every folder not hidden. */
  static Set<String> folders(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  static List<Path> txt(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static Dataset bundled() throws Exception {
    return DataLoader.using(Path.of("data")).loadDefault(DataLoader.DEFAULT_OFFENCE, null);
  }

  @Test
  void aListOfOffencesWritesEachReleaseAndOnePageOfEveryStoryStrongestFirst() throws Exception {
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "Shoplifting, Robbery", "--out", out.toString(), "--formats", "txt",
        "--threads", "2");
    assertEquals(0, r.exit(), r.err());
    assertEquals(Set.of("shoplifting" + PERIOD, "robbery" + PERIOD), folders(out));
    int areas = bundled().areas().size();
    int stories = 0;
    for (String release : folders(out)) {
      List<Path> files = txt(out.resolve(release));
      // one story per council, and one per force beside them
      assertEquals(areas, files.stream().filter(p -> !p.getFileName().toString().endsWith("-force.txt")).count(),
          release);
      assertTrue(Files.isRegularFile(out.resolve(release).resolve("index.html")), release);
      stories += files.size();
    }
    List<Row> rows = rows(out.resolve("index.html"));
    assertEquals(stories, rows.size());
    assertEquals(Set.of("Shoplifting", "Robbery"), rows.stream().map(Row::offence).collect(Collectors.toSet()));
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i - 1).score() >= rows.get(i).score(), "row " + i + " outranks the one above it: " + rows);
    }
    assertTrue(rows.get(0).score() > rows.get(rows.size() - 1).score(), "every score the same: " + rows.get(0));
    // every row links to a story of its release
    String page = Files.readString(out.resolve("index.html"));
    Matcher href = Pattern.compile("<a class=\"story\" href=\"([^\"]+)\">").matcher(page);
    int links = 0;
    while (href.find()) {
      assertTrue(Files.isRegularFile(out.resolve(href.group(1))), href.group(1));
      links++;
    }
    assertEquals(stories, links);
    assertTrue(r.out().contains("Shoplifting: "), r.out());
    assertTrue(r.out().contains("Robbery: "), r.out());
    assertTrue(r.out().contains("Wrote " + stories + " stories about 2 offences in 1 format (txt)"), r.out());
    assertTrue(r.out().contains("Review page of every offence: " + out.resolve("index.html")), r.out());

    // a re-run replaces its own page
    assertEquals(0, Cli.run("batch", "--offence", "Robbery,Shoplifting", "--out", out.toString(), "--formats", "txt")
        .exit());
    assertEquals(stories, rows(out.resolve("index.html")).size());
  }

  @Test
  void oneForceOfSeveralOffences() throws Exception {
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "Robbery,Shoplifting,robbery", "--force", "gwent", "--out", out.toString(),
        "--formats", "txt,html", "--no-progress");
    assertEquals(0, r.exit(), r.err());
    assertEquals(Set.of("shoplifting" + PERIOD, "robbery" + PERIOD), folders(out));
    int gwent = bundled().areasIn("Gwent").size();
    List<Row> rows = rows(out.resolve("index.html"));
    // each area of the force and the force story, for each offence named once
    assertEquals(2 * (gwent + 1), rows.size(), rows.toString());
    String page = Files.readString(out.resolve("index.html"));
    assertTrue(page.contains("href=\"robbery" + PERIOD + "/gwent/newport.html\""), page);
    assertTrue(page.contains("<td>All of Gwent</td>"), page);
    Cli bad = Cli.run("batch", "--offence", "Robbery,Shoplifting", "--force", "Gwnet", "--out", out.toString());
    assertEquals(1, bad.exit());
    assertTrue(bad.err().contains("did you mean Gwent?"), bad.err());
  }

  @Test
  void aTypoInTheListSuggestsTheRightNameAndWritesNothing() {
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "Shoplifting,Robbbery", "--out", out.toString(), "--formats", "txt");
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: --offence: the data has no figures for \"Robbbery\"; did you mean Robbery?\n", r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(out), "the typo wrote into " + out);
  }

  @Test
  void severalOffencesTakeNoReleaseNameAndNoStdout() {
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "all", "--out", out.toString(), "--release", "mine");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--release works with one offence"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aPageNotOursIsNeverReplaced() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("index.html"), "<p>our newsroom's own page</p>");
    Cli r = Cli.run("batch", "--offence", "Robbery,Shoplifting", "--out", out.toString(), "--formats", "txt");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(out.resolve("index.html") + ": is not a review page localwire wrote"), r.err());
    assertEquals("<p>our newsroom's own page</p>", Files.readString(out.resolve("index.html")));
    assertEquals(Set.of(), folders(out));
  }

  @Test
  void allIsEveryOffenceWithCopyAndFigures() throws Exception {
    Dataset data = bundled();
    OffenceCopies copies = DataLoader.using(Path.of("data")).offenceCopies();
    Set<String> expected = data.offences().stream().filter(o -> copies.find(o).isPresent())
        .map(o -> Slugs.of(o) + PERIOD).collect(Collectors.toCollection(TreeSet::new));
    // a copy file without figures (stalking alone is not in the council table) gets no release
    assertTrue(copies.find("Stalking").isPresent());
    assertFalse(data.offences().contains("Stalking"));
    long files;
    try (Stream<Path> list = Files.list(Path.of("data/offences"))) {
      files = list.filter(p -> p.toString().endsWith(".json")).count();
    }
    assertTrue(expected.size() > 1 && expected.size() < files, expected.size() + " of " + files);

    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--offence", "ALL", "--out", out.toString(), "--formats", "txt");
    assertEquals(0, r.exit(), r.err());
    assertEquals(expected, folders(out));
    assertEquals(expected.size(), folders(out).size());
    Set<String> onPage = rows(out.resolve("index.html")).stream().map(Row::offence).collect(Collectors.toSet());
    assertEquals(expected.size(), onPage.size());
  }
}
