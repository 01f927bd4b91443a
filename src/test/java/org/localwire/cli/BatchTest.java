package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.model.Dataset;
import org.localwire.wording.NumberWords;

/** The batch command end to end, on the bundled data and on hostile input. */
class BatchTest {
  static final String RELEASE = "stalking-and-harassment-year-to-june-2025";
  static final ObjectMapper JSON = new ObjectMapper();
  /** A fixed release time: versioncreated is otherwise the clock's (issue 16). */
  static final String TIME = "2025-10-23T09:30:00+01:00";

  @TempDir static Path shared;
  static Path release;

  @BeforeAll
  static void batch() {
    Cli r = Cli.run("batch", "--out", shared.toString(), "--release-time", TIME);
    assertEquals(0, r.exit(), r.err());
    release = shared.resolve(RELEASE);
    assertTrue(r.out().startsWith("Wrote 358 stories (315 areas, 43 forces) in 4 formats (txt, md, html, json) in "),
        r.out());
    assertTrue(r.out().contains("Review page: " + release.resolve("index.html")), r.out());
  }

  static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(release)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void everyAreaInEveryFormatAndNothingElse() throws IOException {
    // 315 areas and 43 forces
    assertEquals(358, files(".txt").size());
    assertEquals(358, files(".md").size());
    assertEquals(358, files(".html").size() - 1, "and index.html");
    assertEquals(358, files(".facts.json").size());
    assertEquals(717, files(".json").size(), "and the release's manifest.json");
    assertTrue(Files.exists(release.resolve("manifest.json")));
    assertFalse(Files.exists(release.resolve("CHANGES.md")), "a first issue has no changes");
    assertTrue(Files.exists(release.resolve("gwent/gwent-force.txt")));
    try (Stream<Path> s = Files.list(shared)) {
      assertEquals(List.of(release), s.filter(p -> !p.endsWith(".localwire.lock")).toList(),
          "no temporary folder is left beside the release, only the lock");
    }
    assertTrue(Files.exists(release.resolve("gwent/newport.txt")));
    assertTrue(Files.exists(release.resolve("london-city-of/city-of-london.txt"))
        || Files.exists(release.resolve("city-of-london/city-of-london.txt")));
  }

  @Test
  void everyNinjsFileValidatesAgainstTheOfficialSchema() throws IOException {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        b -> b.schemaMappers(m -> m.mapPrefix("https://geojson.org/schema/GeoJSON.json",
            "classpath:ninjs/geojson-placeholder.json")));
    JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:ninjs/ninjs-schema_2.2.json"), config);
    List<Path> items = files(".json").stream().filter(p -> !p.toString().endsWith(".facts.json"))
        .filter(p -> !p.getParent().equals(release)).toList(); // manifest.json is not an item
    assertEquals(358, items.size());
    for (Path item : items) {
      Set<ValidationMessage> errors = schema.validate(JSON.readTree(item.toFile()));
      assertEquals(Set.of(), errors, item.toString());
    }
    // the validator is live: an unknown root property must fail
    JsonNode bad = JSON.readTree("{\"uri\": \"urn:x\", \"facts\": []}");
    assertFalse(schema.validate(bad).isEmpty(), "unevaluatedProperties: false must reject a root 'facts'");
  }

  @Test
  void everyFactInTheSidecarIsInTheCopyAndTracesToItsCells() throws Exception {
    Map<String, List<CSVRecord>> tables = new TreeMap<>();
    DataLoader loader = DataLoader.using(Path.of("data"));
    Dataset data = loader.loadDefault(DataLoader.DEFAULT_OFFENCE, null);
    for (Path sidecar : files(".facts.json")) {
      JsonNode doc = JSON.readTree(sidecar.toFile());
      String copy = Files.readString(Path.of(sidecar.toString().replace(".facts.json", ".txt")));
      if (sidecar.getFileName().toString().endsWith("-force.facts.json")) {
        checkForceSidecar(sidecar, doc, copy, tables);
        continue;
      }
      AreaFacts engine = Facts.forArea(data, data.area(doc.get("area").asText()).orElseThrow(),
          DataLoader.DEFAULT_OFFENCE, data.latestPeriod());
      assertTrue(doc.get("facts").size() >= 5, sidecar.toString());
      boolean sawCount = false;
      for (JsonNode fact : doc.get("facts")) {
        String wording = fact.get("wording").asText();
        assertTrue(copy.contains(wording), sidecar + ": \"" + wording + "\" is not in the copy");
        List<Long> cells = new ArrayList<>();
        for (JsonNode cell : fact.get("cells")) {
          cells.add(cellValue(cell.asText(), tables));
        }
        List<Long> exact = integers(fact.get("exact").asText());
        if (fact.get("exact").asText().startsWith("position ")) {
          // a ranking: its basis lists every entry of the field, the area's own count among them
          assertTrue(exact.contains(engine.count().value()) || !fact.get("fact").asText().contains("offences recorded"),
              sidecar + ": " + fact);
        } else if (!cells.isEmpty()) {
          long sum = cells.stream().mapToLong(Long::longValue).sum();
          // the cells, their sum, or two sums (a numerator's cells, then a denominator's)
          boolean traced = exact.containsAll(cells) || exact.contains(sum);
          long prefix = 0;
          for (int k = 0; k < cells.size() - 1 && !traced; k++) {
            prefix += cells.get(k);
            traced = exact.contains(prefix) && exact.contains(sum - prefix);
          }
          assertTrue(traced, sidecar + ": " + fact + " does not follow from its cells " + cells);
        }
        if (fact.get("fact").asText().equals("offences recorded in " + engine.area().name())) {
          sawCount = true;
          assertEquals(NumberWords.count(engine.count().value()), wording, sidecar.toString());
          assertEquals(List.of(engine.count().value()), exact, sidecar.toString());
        }
      }
      assertTrue(sawCount, sidecar + " states the area's count");
    }
  }

  /**
   * Issue 18: every change an area's sidecar states traces to two cells of two files (the earlier
   * edition and the story's), holds "100 * (after - before) / before" with exactly those cells'
   * values, and is worded as WORDING.md says: the percentage rounded half up, "less than 1%"
   * below 0.5%.
   */
  @Test
  void everyChangeInTheSidecarTracesToTwoCellsOfTwoFiles() throws Exception {
    Map<String, List<CSVRecord>> tables = new TreeMap<>();
    int changes = 0;
    java.util.Set<String> areasWithYearOnYear = new java.util.HashSet<>();
    for (Path sidecar : files(".facts.json")) {
      if (sidecar.getFileName().toString().endsWith("-force.facts.json")) {
        continue;
      }
      JsonNode doc = JSON.readTree(sidecar.toFile());
      for (JsonNode fact : doc.get("facts")) {
        String name = fact.get("fact").asText();
        if (!name.startsWith("change since ")) {
          continue;
        }
        changes++;
        JsonNode cells = fact.get("cells");
        assertEquals(2, cells.size(), sidecar + ": " + fact);
        String before = cells.get(0).asText();
        String after = cells.get(1).asText();
        assertTrue(!before.split(":")[0].equals(after.split(":")[0]), sidecar + ": one file for both ends " + fact);
        long b = cellValue(before, tables);
        long a = cellValue(after, tables);
        assertEquals("100 * (" + a + " - " + b + ") / " + b, fact.get("exact").asText(), sidecar + ": " + fact);
        java.math.BigDecimal pct = java.math.BigDecimal.valueOf(Math.abs(a - b) * 100)
            .divide(java.math.BigDecimal.valueOf(b), 10, java.math.RoundingMode.HALF_UP);
        String expected = pct.compareTo(new java.math.BigDecimal("0.5")) < 0 ? "less than 1%"
            : pct.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        assertEquals(expected, fact.get("wording").asText(), sidecar + ": " + fact);
        if (name.equals("change since the year to June 2024")) {
          areasWithYearOnYear.add(doc.get("area").asText());
        }
      }
    }
    assertTrue(changes > 600, changes + " changes");
    // the bar: at least 300 of the 315 drafts state the change on the year to June 2024
    assertTrue(areasWithYearOnYear.size() >= 300, areasWithYearOnYear.size() + " areas");
  }

  /** A force story's facts: each in the copy as worded, each traced to its cells like an area's. */
  static void checkForceSidecar(Path sidecar, JsonNode doc, String copy, Map<String, List<CSVRecord>> tables)
      throws IOException {
    assertTrue(doc.get("facts").size() >= 3, sidecar.toString());
    for (JsonNode fact : doc.get("facts")) {
      assertTrue(copy.contains(fact.get("wording").asText()), sidecar + ": " + fact + " is not in the copy");
      for (JsonNode cell : fact.get("cells")) {
        if (cell.asText().startsWith("data/caveats.csv:")) {
          continue; // a caveat's cell is its text
        }
        cellValue(cell.asText(), tables); // every cell named exists and holds a number
      }
    }
  }

  static List<Long> integers(String text) {
    List<Long> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\d.])\\d+(?![\\d.]|\\.\\d)").matcher(text);
    while (m.find()) {
      out.add(Long.parseLong(m.group()));
    }
    return out;
  }

  /** The number in a cell named file:line:column, read straight from the CSV. */
  static long cellValue(String ref, Map<String, List<CSVRecord>> tables) throws IOException {
    String[] parts = ref.split(":");
    String file = parts[0];
    int line = Integer.parseInt(parts[1]);
    int column = Integer.parseInt(parts[2]);
    if (!tables.containsKey(file)) {
      try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        tables.put(file, CSVFormat.RFC4180.parse(in).getRecords());
      }
    }
    // no record in the bundled files spans lines, so record n is on line n
    return Long.parseLong(tables.get(file).get(line - 1).get(column - 1));
  }

  @Test
  void sameDataGivesByteIdenticalFiles(@TempDir Path again) throws IOException {
    Cli r = Cli.run("batch", "--out", again.toString(), "--force", "Gwent", "--release-time", TIME);
    assertEquals(0, r.exit(), r.err());
    for (String f : List.of("gwent/newport.txt", "gwent/newport.md", "gwent/newport.html", "gwent/newport.json",
        "gwent/newport.facts.json")) {
      assertEquals(Files.readString(release.resolve(f)), Files.readString(again.resolve(RELEASE).resolve(f)), f);
    }
  }

  @Test
  void hostileAreaNamesAreEscapedAndCannotLeaveTheOutputFolder(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("hostile.csv");
    Files.writeString(csv, "area,force,2016,2017\n"
        + "<script>alert(1)</script>,../../etc,10,20\n"
        + "\"*Bad* [x](javascript:alert(1))\",../../etc,30,20\n");
    Path out = dir.resolve("out");
    Cli r = Cli.run("batch", "--data", csv.toString(), "--out", out.toString(), "--release", "../../escape");
    assertEquals(0, r.exit(), r.err());
    List<Path> written;
    try (Stream<Path> s = Files.walk(dir)) {
      written = s.filter(Files::isRegularFile).filter(p -> !p.equals(csv)).toList();
    }
    for (Path p : written) {
      assertTrue(p.startsWith(out), p + " is outside --out");
    }
    Path folder = out.resolve("escape/etc");
    String html = Files.readString(folder.resolve("script-alert-1-script.html"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertFalse(html.contains("<script>alert(1)"), html);
    String index = Files.readString(out.resolve("escape/index.html"));
    assertFalse(index.contains("<script>alert(1)"), "review page escapes too");
    String md = Files.readString(folder.resolve("bad-x-javascript-alert-1.md"));
    assertTrue(md.contains("\\*Bad\\* \\[x\\](javascript:alert(1))"), md);
  }

  @Test
  void aBatchFailingHalfWayLeavesTheOutputFolderAsItWas(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("batch", "--out", out.toString(), "--force", "Gwent", "--formats", "txt").exit());
    String before = Files.readString(out.resolve(RELEASE + "/gwent/torfaen.txt"));
    // a template that fails for the fourth of the five Gwent areas only
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates);
    try (Stream<Path> s = Files.list(Path.of("templates"))) {
      for (Path t : s.toList()) {
        Files.copy(t, templates.resolve(t.getFileName()));
      }
    }
    Path story = templates.resolve("story.ftl");
    Files.writeString(story, Files.readString(story) + "\n<#if place.area == \"Newport\">${noSuchValue}</#if>\n");
    Cli r = Cli.run("batch", "--out", out.toString(), "--force", "Gwent", "--templates", templates.toString());
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().startsWith("localwire: " + templates.resolve("story.ftl") + ":"), r.err());
    assertTrue(r.err().contains("the template failed for Newport"), r.err());
    assertEquals(before, Files.readString(out.resolve(RELEASE + "/gwent/torfaen.txt")));
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(List.of(out.resolve(RELEASE)), s.filter(p -> !p.endsWith(".localwire.lock")).toList(),
          "no partial folder is left");
    }
    try (Stream<Path> s = Files.list(out.resolve(RELEASE + "/gwent"))) {
      assertEquals(6, s.count(), "still txt only, as before: five areas and the force");
    }
  }

  @Test
  void stdoutSeparatesStoriesWithALine() {
    Cli r = Cli.run("batch", "--force", "Gwent", "--stdout");
    assertEquals(0, r.exit(), r.err());
    assertEquals(5, r.out().lines().filter("====="::equals).count(), "the areas' stories only");
  }

  @Test
  void stdoutIsTheSameOnOneThreadOrTwoAcrossChunks(@TempDir Path dir) {
    // issue 6: several chunks of stories in flight at once must still come out in area order
    Path data = dir.resolve("areas.csv");
    assertEquals(0, Cli.run("generate-data", "--areas", "1500", "--seed", "7", "--out", data.toString()).exit());
    Cli one = Cli.run("batch", "--data", data.toString(), "--formats", "txt", "--stdout", "--threads", "1");
    Cli two = Cli.run("batch", "--data", data.toString(), "--formats", "txt", "--stdout", "--threads", "2");
    assertEquals(0, one.exit(), one.err());
    assertEquals(0, two.exit(), two.err());
    assertEquals(1500, one.out().lines().filter("====="::equals).count());
    assertEquals(one.out(), two.out());
  }

  @Test
  void stdoutAsBytesIsTheSameAsText(@TempDir Path dir) throws Exception {
    // the real standard output takes each story's UTF-8 bytes from the workers; a test's writer the text
    Path data = dir.resolve("areas.csv");
    Files.writeString(data, "area,force,2015,2016,2017\nYnys M\u00f4n,Gogledd Cymru,624,870,1011\n"
        + "Conwy,Gogledd Cymru,1694,2356,3468\nGwynedd,Gogledd Cymru,1497,1220,1450\n", StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    picocli.CommandLine cl = Localwire.commandLine();
    cl.setOut(new StdOut(bytes));
    cl.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));
    assertEquals(0, cl.execute("batch", "--data", data.toString(), "--stdout"));
    Cli text = Cli.run("batch", "--data", data.toString(), "--stdout");
    assertEquals(0, text.exit(), text.err());
    assertTrue(text.out().contains("Ynys M\u00f4n"), text.out());
    assertEquals(text.out(), bytes.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code batch --force Gwent --stdout} into a standard output that fails with {@code why}. */
  private static Cli stdoutFailing(String why) {
    java.io.OutputStream failing = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException(why);
      }
    };
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = Localwire.commandLine();
    cl.setOut(new StdOut(failing));
    cl.setErr(new java.io.PrintWriter(err, true));
    return new Cli(cl.execute("batch", "--force", "Gwent", "--stdout"), "", err.toString());
  }

  @Test
  void aReaderThatStopsEarlyEndsTheStreamQuietly() {
    // batch --stdout | head: the pipe closes; not a bug, nothing to say
    Cli r = stdoutFailing("Broken pipe");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void anyOtherFailureOfStandardOutputIsSaid() {
    Cli r = stdoutFailing("No space left on device");
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: standard output: cannot be written (No space left on device); check the disk or the"
        + " program reading the stories\n", r.err());
  }

  @Test
  void threadsBelowOneIsAUsageError() {
    Cli r = Cli.run("batch", "--threads", "0", "--stdout");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--threads must be 1 or more, not 0"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void unknownFormatIsAUsageError() {
    Cli r = Cli.run("batch", "--formats", "txt,pdf");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown format \"pdf\": use txt, md, html or json"), r.err());
  }

  @Test
  void unknownForceSuggestsTheClosest() {
    Cli r = Cli.run("batch", "--force", "Gwnet");
    assertEquals(1, r.exit());
    assertEquals("localwire: --force: no police force called \"Gwnet\" in data/csp_offence_group_ye_jun2025_ons_tableC2.csv;"
        + " did you mean Gwent?\n", r.err());
  }

  @Test
  void outThatIsAFileIsRefused(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("out"), "x");
    Cli r = Cli.run("batch", "--out", file.toString());
    assertEquals(1, r.exit());
    assertEquals("localwire: " + file + ": is a file, not a folder; give --out a folder (it is created if missing)\n",
        r.err());
  }
}
