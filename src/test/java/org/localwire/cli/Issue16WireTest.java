package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 2: wire-ready ninjs. versioncreated is the run's time or --release-time, never
 * the period's last day; --embargo reaches every item, the text and Markdown header and the
 * review page; pubstatus is withheld while a sample quote is carried; two bodies; copyright
 * holder, byline and dateline from the network config file.
 */
class Issue16WireTest {
  static final String RELEASE = "stalking-and-harassment-year-to-june-2025";
  static final String TIME = "2025-10-23T09:30:00+01:00";
  static final String EMBARGO = "2025-10-24T00:01:00+01:00";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path release;
  static Path config;
  static Cli run;

  @BeforeAll
  static void batch() throws IOException {
    config = Files.writeString(dir.resolve("network.json"),
        "{\"copyrightholder\": \"Example Holder Ltd\", \"byline\": \"Data desk\", \"located\": \"Cardiff\"}\n");
    run = Cli.run("batch", "--force", "Gwent", "--out", dir.resolve("out").toString(), "--release-time", TIME,
        "--embargo", EMBARGO, "--config", config.toString(), "--no-progress");
    assertEquals(0, run.exit(), run.err());
    release = dir.resolve("out").resolve(RELEASE);
  }

  static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      // stories are in force folders; manifest.json at the root is not one
      return s.filter(p -> p.toString().endsWith(suffix) && !p.toString().endsWith(".facts.json")
          && !p.getParent().equals(root)).sorted().toList();
    }
  }

  @Test
  void everyItemIsValidAndCarriesTheWireFields() throws IOException {
    List<Path> items = files(release, ".json");
    assertEquals(6, items.size(), "five Gwent areas and the force: " + items);
    for (Path item : items) {
      JsonNode doc = JSON.readTree(item.toFile());
      assertEquals(Set.of(), NinjsSchema.errors(doc), item.toString());
      assertEquals("1", doc.get("version").asText(), item.toString());
      assertEquals(TIME, doc.get("versioncreated").asText(), item.toString());
      assertEquals(EMBARGO, doc.get("embargoed").asText(), item.toString());
      assertEquals("Example Holder Ltd", doc.get("copyrightholder").asText());
      assertEquals("Data desk", doc.get("by").asText());
      assertEquals("Cardiff", doc.get("located").asText());
      JsonNode facts = JSON.readTree(Path.of(item.toString().replace(".json", ".facts.json")).toFile());
      // the bundled quote library has only sample quotes for Gwent: every item is withheld, and says why
      assertTrue(facts.get("sampleQuote").asBoolean(), item.toString());
      assertEquals("withheld", doc.get("pubstatus").asText(), item.toString());
      assertTrue(doc.get("ednote").asText().contains("The quote is a sample"), item.toString());
      JsonNode bodies = doc.get("bodies");
      assertEquals(2, bodies.size());
      assertEquals("text/plain", bodies.get(0).get("contenttype").asText());
      assertEquals("text/html", bodies.get(1).get("contenttype").asText());
      String html = bodies.get(1).get("value").asText();
      assertEquals(bodies.get(0).get("value").asText().split("\n\n").length, html.split("\n").length, item.toString());
      assertTrue(html.startsWith("<p>") && html.endsWith("</p>"), html);
      assertFalse(html.contains("\"Behind"), "quotes in the copy are escaped: " + html);
    }
  }

  @Test
  void theEmbargoHeadsEveryTextAndMarkdownFileAndTheReviewPage() throws IOException {
    String notice = "Embargoed: not for publication before 00:01 on 24 October 2025 (UTC+01:00).";
    for (Path txt : files(release, ".txt")) {
      assertTrue(Files.readString(txt).startsWith(notice + "\n\n"), txt.toString());
    }
    for (Path md : files(release, ".md")) {
      assertTrue(Files.readString(md).startsWith(notice + "\n\n# "), md.toString());
    }
    assertTrue(Files.readString(release.resolve("index.html")).contains(notice));
    // the copy itself, and so the facts read from it, are the same as without an embargo
    assertFalse(Files.readString(release.resolve("gwent/newport.html")).contains("Embargoed"));
  }

  @Test
  void withoutReleaseTimeTheItemIsStampedWithTheRunsTimeNotThePeriodsEnd() throws IOException {
    Path out = dir.resolve("now");
    Cli r = Cli.run("batch", "--force", "Gwent", "--formats", "json", "--out", out.toString(), "--no-progress");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = JSON.readTree(out.resolve(RELEASE + "/gwent/newport.json").toFile());
    String created = doc.get("versioncreated").asText();
    OffsetDateTime.parse(created); // RFC 3339, seconds and offset
    assertTrue(created.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), created);
    assertFalse(created.startsWith("2025-06-30"), "never the last day of the period: " + created);
    assertFalse(doc.has("embargoed"));
    assertEquals(Set.of(), NinjsSchema.errors(doc));
  }

  @Test
  void theSameReleaseTimeGivesTheSameBytes() throws IOException {
    Path out = dir.resolve("again");
    Cli r = Cli.run("batch", "--force", "Gwent", "--out", out.toString(), "--release-time", TIME, "--embargo",
        EMBARGO, "--config", config.toString(), "--no-progress");
    assertEquals(0, r.exit(), r.err());
    List<String> differ = new ArrayList<>();
    List<Path> all;
    try (Stream<Path> s = Files.walk(release)) {
      all = s.filter(Files::isRegularFile).toList();
    }
    assertEquals(6 * 5 + 3, all.size(), "six stories in five files, the review page, manifest and marker: " + all);
    for (Path p : all) {
      if (!Files.readString(p).equals(Files.readString(out.resolve(RELEASE).resolve(
          release.relativize(p))))) {
        differ.add(release.relativize(p).toString());
      }
    }
    assertEquals(List.of(), differ);
  }

  /** The committed config is an example with a made-up network: it is never read unless named. */
  @Test
  void withoutAConfigFileTheItemsNameNoNetworkAndTheExampleIsReadWhenNamed() throws IOException {
    Path out = dir.resolve("bundled");
    Cli r = Cli.run("batch", "--force", "Gwent", "--formats", "json", "--out", out.toString(), "--release-time", TIME,
        "--no-progress");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = JSON.readTree(out.resolve(RELEASE + "/gwent/newport.json").toFile());
    assertFalse(doc.has("copyrightholder"), doc.toString());
    assertFalse(doc.has("by"), doc.toString());
    assertFalse(doc.has("located"), doc.toString());
    Path named = dir.resolve("named");
    Cli e = Cli.run("batch", "--force", "Gwent", "--formats", "json", "--out", named.toString(), "--release-time",
        TIME, "--no-progress", "--config", "localwire.example.json");
    assertEquals(0, e.exit(), e.err());
    JsonNode item = JSON.readTree(named.resolve(RELEASE + "/gwent/newport.json").toFile());
    JsonNode example = JSON.readTree(Path.of("localwire.example.json").toFile());
    assertEquals(example.get("copyrightholder").asText(), item.get("copyrightholder").asText());
    assertEquals(example.get("byline").asText(), item.get("by").asText());
    assertEquals(example.get("located").asText(), item.get("located").asText());
  }

  @Test
  void aBadEmbargoIsAnErrorAndNothingIsWritten() {
    Path out = dir.resolve("bad-embargo");
    Cli r = Cli.run("batch", "--force", "Gwent", "--out", out.toString(), "--embargo", "24/10/2025 00:01");
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: --embargo: \"24/10/2025 00:01\" is not a date and time with an offset; write it as "
        + "ISO 8601, e.g. 2025-10-23T09:30:00+01:00 (or ...Z for UTC)\n", r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anEmbargoWithoutAnOffsetIsAnError() {
    Cli r = Cli.run("batch", "--force", "Gwent", "--out", dir.resolve("no-offset").toString(), "--embargo",
        "2025-10-24T00:01:00");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("is not a date and time with an offset"), r.err());
  }

  @Test
  void anEmbargoThatHasLiftedIsAnError() {
    Cli r = Cli.run("batch", "--force", "Gwent", "--out", dir.resolve("lifted").toString(), "--release-time", TIME,
        "--embargo", "2025-10-23T08:00:00Z");
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: --embargo: \"2025-10-23T08:00:00Z\" is not after the release time, "
        + "2025-10-23T09:30:00+01:00, so the embargo would already have lifted; give a later time, or leave out "
        + "--embargo\n", r.err());
  }

  @Test
  void aBadReleaseTimeIsAnError() {
    Cli r = Cli.run("batch", "--force", "Gwent", "--out", dir.resolve("bad-time").toString(), "--release-time",
        "tomorrow");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("localwire: --release-time: \"tomorrow\" is not a date and time with an offset"),
        r.err());
  }

  @Test
  void anUnknownKeyInTheConfigIsNamedWithItsLineAndColumn() throws IOException {
    Path bad = Files.writeString(dir.resolve("unknown.json"), "{\n  \"byline\": \"Data desk\",\n  \"dateline\": \"X\"\n}\n");
    Cli r = Cli.run("batch", "--force", "Gwent", "--out", dir.resolve("cfg1").toString(), "--config", bad.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: " + bad + ":3:3: unknown key \"dateline\"; use only copyrightholder, byline, located "
        + "(docs/batch-output.md, \"Network config\")\n", r.err());
    assertFalse(Files.exists(dir.resolve("cfg1")));
  }

  @Test
  void badJsonInTheConfigIsNamedWithItsLineAndColumn() throws IOException {
    Path bad = Files.writeString(dir.resolve("broken.json"), "{\n  \"byline\": \"Data desk\"\n  \"located\": \"X\"\n}\n");
    Cli r = Cli.run("batch", "--force", "Gwent", "--out", dir.resolve("cfg2").toString(), "--config", bad.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("localwire: " + bad + ":3:3: is not valid JSON ("), r.err());
    assertTrue(r.err().endsWith("; fix the JSON; see docs/batch-output.md, \"Network config\"\n"), r.err());
  }

  @Test
  void aValueThatIsNotAStringIsAnError() throws IOException {
    Path bad = Files.writeString(dir.resolve("number.json"), "{\"byline\": 7}");
    Cli r = Cli.run("batch", "--force", "Gwent", "--out", dir.resolve("cfg3").toString(), "--config", bad.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: " + bad + ":1:12: \"byline\" must be a non-empty string; write it in quotes, or leave "
        + "the key out\n", r.err());
  }

  @Test
  void aMissingConfigNamedWithConfigIsAnError() {
    Path none = dir.resolve("none.json");
    Cli r = Cli.run("batch", "--force", "Gwent", "--out", dir.resolve("cfg4").toString(), "--config", none.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: " + none + ": does not exist; give --config the network config file, e.g. localwire.json "
        + "(docs/batch-output.md, \"Network config\")\n", r.err());
  }

  /** Done when: every story's ninjs is valid against the official schema and, with --embargo, carries it. */
  @Test
  void everyStoryOfTheWholeBatchIsValidAndEmbargoed() throws IOException {
    Path out = dir.resolve("all");
    Cli r = Cli.run("batch", "--formats", "json", "--out", out.toString(), "--release-time", TIME, "--embargo",
        EMBARGO, "--no-progress");
    assertEquals(0, r.exit(), r.err());
    List<Path> items = files(out.resolve(RELEASE), ".json");
    assertEquals(358, items.size());
    for (Path item : items) {
      JsonNode doc = JSON.readTree(item.toFile());
      assertEquals(Set.of(), NinjsSchema.errors(doc), item.toString());
      assertEquals(EMBARGO, doc.get("embargoed").asText(), item.toString());
      assertEquals(TIME, doc.get("versioncreated").asText(), item.toString());
      assertTrue(Set.of("usable", "withheld").contains(doc.get("pubstatus").asText()), item.toString());
      assertEquals(2, doc.get("bodies").size(), item.toString());
    }
  }

  @Test
  void onlyChangedOverSeveralOffencesNeedsAnEarlierIssueOfEach() {
    Path out = dir.resolve("several");
    Cli r = Cli.run("batch", "--offence", "Shoplifting,Robbery", "--force", "Gwent", "--out", out.toString(),
        "--only-changed", "--no-progress");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("localwire: " + out.resolve("shoplifting-year-to-june-2025") + ": holds no earlier "
        + "issue of this release to compare with (no manifest.json), so nothing was written"), r.err());
    assertFalse(Files.exists(out.resolve("shoplifting-year-to-june-2025")));
  }
}
