package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 3: corrections. A re-run into a folder that holds the same release compares
 * story by story against its manifest: unchanged stories keep version and bytes, changed ones
 * get version + 1 and a correction note, both listed in CHANGES.md and changes.json; a story no
 * longer written is withdrawn; --only-changed adds a wire folder of just the re-issued stories.
 */
class Issue16CorrectionsTest {
  static final String T1 = "2025-10-23T09:30:00+01:00";
  static final String T2 = "2025-10-24T10:00:00+01:00";
  static final ObjectMapper JSON = new ObjectMapper();
  /** Newport's stalking and harassment cell in the bundled Table C2, year to June 2025 (line 120). */
  static final String NEWPORT = ",W14000022,Newport,W06000022,Newport,18878,6815,1,1,1869,2803,2141,";

  @TempDir static Path dir;
  static Path data;
  static Path first;
  static Path second;
  static Cli rerun;

  /** The bundled table, in a folder of its own: the same file name in every run, as the sidecars name it. */
  static Path table(String name, String from, String to) throws IOException {
    String csv = Files.readString(Path.of("data/csp_offence_group_ye_jun2025_ons_tableC2.csv"));
    assertTrue(csv.contains(from), from);
    Path folder = Files.createDirectories(dir.resolve(name));
    return Files.writeString(folder.resolve("c2.csv"), csv.replace(from, to));
  }

  static Cli batch(Path csv, Path out, String time, String... more) {
    List<String> args = new ArrayList<>(List.of("batch", "--data", csv.toString(), "--out", out.toString(),
        "--release", "r", "--release-time", time, "--no-progress"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @BeforeAll
  static void issueThenCorrect() throws IOException {
    data = table("data", NEWPORT, NEWPORT);
    Path out = dir.resolve("out");
    assertEquals(0, batch(data, out, T1).exit());
    first = Files.createDirectories(dir.resolve("first"));
    copy(out.resolve("r"), first);
    // the same file, Newport's figure revised from 2,141 to 2,150
    Files.writeString(data, Files.readString(data).replace(NEWPORT, NEWPORT.replace(",2141,", ",2150,")));
    rerun = batch(data, out, T2);
    assertEquals(0, rerun.exit(), rerun.err());
    second = out.resolve("r");
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Every file under {@code root} by relative path, with its text. */
  static Map<String, String> files(Path root) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        all.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return all;
  }

  static JsonNode json(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }

  @Test
  void theChangedStoryIsVersionTwoWithACorrectionNote() throws IOException {
    JsonNode item = json(second.resolve("gwent/newport.json"));
    assertEquals(Set.of(), NinjsSchema.errors(item));
    assertEquals("2", item.get("version").asText());
    assertEquals(T2, item.get("versioncreated").asText());
    assertTrue(item.get("ednote").asText().startsWith("Correction: figures: offences recorded in Newport 2,150 "
        + "(was 2,141); "), item.get("ednote").asText());
    assertTrue(Files.readString(second.resolve("gwent/newport.txt")).startsWith("Version 2. Correction: figures: "
        + "offences recorded in Newport 2,150 (was 2,141); "));
    assertTrue(Files.readString(second.resolve("gwent/newport.txt")).contains("In all, 2,150 stalking and harassment"));
    assertTrue(Files.readString(second.resolve("gwent/newport.md")).startsWith("Version 2. Correction: "));
    assertTrue(rerun.out().contains("Against the release already there: 357 unchanged, 1 corrected, 0 new, 0 "
        + "withdrawn; see " + second.resolve("CHANGES.md")), rerun.out());
  }

  @Test
  void everyOtherStoryKeepsVersionOneAndItsBytes() throws IOException {
    Map<String, String> before = files(first);
    Map<String, String> after = files(second);
    List<String> changed = new ArrayList<>();
    int items = 0;
    for (Map.Entry<String, String> f : before.entrySet()) {
      String name = f.getKey();
      if (!f.getValue().equals(after.get(name))) {
        changed.add(name);
      }
      if (name.endsWith(".json") && !name.endsWith(".facts.json") && !name.equals("manifest.json")
          && !name.startsWith("gwent/newport.")) {
        JsonNode item = json(second.resolve(name));
        assertEquals("1", item.get("version").asText(), name);
        assertEquals(T1, item.get("versioncreated").asText(), name);
        items++;
      }
    }
    assertEquals(357, items);
    // Newport's files; the review page and manifest; and the sidecars of the four other Gwent areas, whose
    // rankings list Newport's figure among their cells (their copy does not state it: not re-issued)
    assertEquals(List.of("gwent/blaenau-gwent.facts.json", "gwent/caerphilly.facts.json",
        "gwent/monmouthshire.facts.json", "gwent/newport.facts.json", "gwent/newport.html", "gwent/newport.json",
        "gwent/newport.md", "gwent/newport.txt", "gwent/torfaen.facts.json", "index.html", "manifest.json"), changed);
    assertTrue(after.get("gwent/caerphilly.facts.json").contains("Newport 2150"));
  }

  @Test
  void changesListExactlyTheReissuedStoryWithItsOldAndNewFigures() throws IOException {
    String md = Files.readString(second.resolve("CHANGES.md"));
    List<String> stories = md.lines().filter(l -> l.startsWith("- ")).toList();
    assertEquals(1, stories.size(), md);
    assertTrue(stories.get(0).startsWith("- Newport (`gwent/newport`), corrected, version 2: Correction: figures: "),
        md);
    assertTrue(md.contains("\n  - offences recorded in Newport: was 2,141, now 2,150\n"), md);
    assertTrue(md.startsWith("# Changes to r\n\n## Re-issued " + T2 + "\n"), md);
    JsonNode changes = json(second.resolve("changes.json"));
    assertEquals(1, changes.get("rounds").size());
    JsonNode story = changes.get("rounds").get(0).get("stories").get(0);
    assertEquals(1, changes.get("rounds").get(0).get("stories").size());
    assertEquals("gwent/newport", story.get("path").asText());
    assertEquals("corrected", story.get("change").asText());
    assertEquals(2, story.get("version").asInt());
    JsonNode figure = story.get("figures").get(0);
    assertEquals("offences recorded in Newport", figure.get("fact").asText());
    assertEquals("2,141", figure.get("was").asText());
    assertEquals("2,150", figure.get("now").asText());
  }

  @Test
  void aRerunOnTheSameDataChangesNoFileAndAddsNoRound() throws IOException {
    Path out = dir.resolve("same");
    assertEquals(0, batch(data, out, T1).exit());
    Map<String, String> before = files(out.resolve("r"));
    Cli r = batch(data, out, "2025-10-30T08:00:00Z", "--embargo", "2025-10-31T00:00:00Z");
    assertEquals(0, r.exit(), r.err());
    Map<String, String> after = files(out.resolve("r"));
    after.remove("index.html"); // the review page shows this run's embargo; no story does
    before.remove("index.html");
    assertEquals(before, after);
    assertFalse(Files.exists(out.resolve("r/CHANGES.md")));
    assertTrue(r.out().contains("Against the release already there: 358 unchanged, 0 corrected, 0 new, 0 withdrawn\n"),
        r.out());
  }

  @Test
  void aStoryNoLongerWrittenIsWithdrawnAndStaysWithdrawn() throws IOException {
    Path csv = table("suppressed", NEWPORT, NEWPORT);
    Path out = dir.resolve("withdrawn");
    assertEquals(0, batch(csv, out, T1, "--force", "Gwent").exit());
    Files.writeString(csv, Files.readString(csv).replace(NEWPORT, NEWPORT.replace(",2141,", ",[x],")));
    Cli r = batch(csv, out, T2, "--force", "Gwent");
    assertEquals(0, r.exit(), r.err());
    JsonNode item = json(out.resolve("r/gwent/newport.json"));
    assertEquals(Set.of(), NinjsSchema.errors(item));
    assertEquals("canceled", item.get("pubstatus").asText());
    assertEquals("2", item.get("version").asText());
    assertEquals(T2, item.get("versioncreated").asText());
    assertTrue(item.get("ednote").asText().startsWith("Withdrawn: Newport's stalking and harassment figure in the "
        + "year to June 2025 is not published ("), item.get("ednote").asText());
    assertFalse(Files.exists(out.resolve("r/gwent/newport.txt")));
    String md = Files.readString(out.resolve("r/CHANGES.md"));
    assertTrue(md.contains("- Newport (`gwent/newport`), withdrawn, version 2: Withdrawn: "), md);
    String canceled = Files.readString(out.resolve("r/gwent/newport.json"));
    // a third run on the same data: still withdrawn, the same bytes, no new round
    Cli again = batch(csv, out, "2025-10-25T10:00:00+01:00", "--force", "Gwent");
    assertEquals(0, again.exit(), again.err());
    assertEquals(canceled, Files.readString(out.resolve("r/gwent/newport.json")));
    assertEquals(md, Files.readString(out.resolve("r/CHANGES.md")));
    assertTrue(again.out().contains("5 unchanged, 0 corrected, 0 new, 0 withdrawn"), again.out());
  }

  @Test
  void onlyChangedWritesJustTheReissuedStoriesForTheWire() throws IOException {
    Path csv = table("wire", NEWPORT, NEWPORT);
    Path out = dir.resolve("wire-out");
    assertEquals(0, batch(csv, out, T1, "--force", "Gwent").exit());
    Files.writeString(csv, Files.readString(csv).replace(NEWPORT, NEWPORT.replace(",2141,", ",2150,")));
    Cli r = batch(csv, out, T2, "--force", "Gwent", "--only-changed");
    assertEquals(0, r.exit(), r.err());
    Path wire = out.resolve("r/wire");
    assertEquals(Set.of("CHANGES.md", "changes.json", "gwent/newport.txt", "gwent/newport.md",
        "gwent/newport.json", "gwent/newport.facts.json"), files(wire).keySet());
    assertEquals(Files.readString(out.resolve("r/gwent/newport.json")), Files.readString(wire.resolve(
        "gwent/newport.json")));
    assertTrue(r.out().contains("For the wire: 1 re-issued story in " + wire), r.out());
    // the release itself is whole: every story is still there
    assertTrue(Files.exists(out.resolve("r/gwent/caerphilly.txt")));
  }

  /** A new --embargo on a re-run does not reach unchanged stories (their bytes stay): the run says so. */
  @Test
  void aNewEmbargoOnAReRunWarnsThatUnchangedStoriesKeepTheirs() throws IOException {
    Path csv = table("embargo", NEWPORT, NEWPORT);
    Path out = dir.resolve("embargo-out");
    assertEquals(0, batch(csv, out, T1, "--force", "Gwent").exit());
    Cli r = batch(csv, out, T2, "--force", "Gwent", "--embargo", "2025-10-30T09:30:00+00:00");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("localwire: warning: --embargo applies only to the stories this run issues or "
        + "re-issues; the 6 unchanged stories keep the embargo of their first issue (or none)"), r.err());
    assertFalse(Files.readString(out.resolve("r/gwent/newport.json")).contains("embargoed"));
  }

  /** --approved with --only-changed: the wire gets the re-issued stories that are approved, no others. */
  @Test
  void approvedAndOnlyChangedTogetherSendTheReissuedStoriesThatAreApproved() throws IOException {
    Path csv = table("both", NEWPORT, NEWPORT);
    Path out = dir.resolve("both-out");
    assertEquals(0, batch(csv, out, T1, "--force", "Gwent").exit());
    Files.writeString(csv, Files.readString(csv).replace(NEWPORT, NEWPORT.replace(",2141,", ",2150,")));
    Path notNewport = dir.resolve("approved-torfaen.txt");
    Files.writeString(notNewport, "r/gwent/torfaen\n");
    Cli r = batch(csv, out, T2, "--force", "Gwent", "--only-changed", "--approved", notNewport.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(Set.of("CHANGES.md", "changes.json"), files(out.resolve("r/wire")).keySet(),
        "Newport was re-issued but not approved; Torfaen approved but not re-issued");
    // the same correction again, now approved: Newport (version 3 after this run) goes to the wire
    Files.writeString(csv, Files.readString(csv).replace(",2150,", ",2151,"));
    Path newport = dir.resolve("approved-newport.txt");
    Files.writeString(newport, "# approved at 10.15\nr/gwent/newport\n");
    Cli again = batch(csv, out, "2025-10-25T10:00:00+01:00", "--force", "Gwent", "--only-changed", "--approved",
        newport.toString());
    assertEquals(0, again.exit(), again.err());
    assertEquals(Set.of("CHANGES.md", "changes.json", "gwent/newport.txt", "gwent/newport.md", "gwent/newport.json",
        "gwent/newport.facts.json"), files(out.resolve("r/wire")).keySet());
  }

  @Test
  void onlyChangedWithoutAnEarlierReleaseIsAnErrorAndWritesNothing() {
    Path out = dir.resolve("nothing");
    Cli r = batch(data, out, T1, "--force", "Gwent", "--only-changed");
    assertEquals(1, r.exit(), r.err());
    assertEquals("localwire: " + out.resolve("r") + ": holds no earlier issue of this release to compare with (no "
        + "manifest.json), so nothing was written; run the batch without --only-changed first; --only-changed then "
        + "writes the stories a re-run re-issues into r/wire/\n", r.err());
    assertFalse(Files.exists(out.resolve("r")));
  }

  @Test
  void aBrokenManifestIsAnErrorAndLeavesTheReleaseAsItWas() throws IOException {
    Path out = dir.resolve("broken");
    assertEquals(0, batch(data, out, T1, "--force", "Gwent").exit());
    Path manifest = out.resolve("r/manifest.json");
    Files.writeString(manifest, "{\n  \"release\": \"r\",\n  \"stories\": [ {\n");
    Map<String, String> before = OutFolder.snapshot(out.resolve("r"));
    Cli r = batch(data, out, T2, "--force", "Gwent");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("localwire: " + manifest + ":4:1: is not valid JSON ("), r.err());
    assertTrue(r.err().endsWith("; restore the release folder's manifest.json, or move the folder aside to issue "
        + "every story afresh as version 1\n"), r.err());
    assertEquals(before, OutFolder.snapshot(out.resolve("r")));
  }

  /**
   * Where the force total is the sum of its areas (a wide CSV), one area's revised figure changes
   * the force story and every story of the force that states the total: each is corrected and
   * says so; the stories of the other force keep version 1 and their bytes.
   */
  @Test
  void theForceStoryWhoseTotalChangedIsCorrectedToo() throws IOException {
    Path csv = Files.writeString(Files.createDirectories(dir.resolve("wide")).resolve("w.csv"), """
        area,force,2016,2017
        Blaenau Gwent,Gwent,900,1000
        Caerphilly,Gwent,2000,2100
        Monmouthshire,Gwent,600,650
        Newport,Gwent,1900,2000
        Torfaen,Gwent,1300,1400
        Carmarthenshire,Dyfed-Powys,800,850
        Ceredigion,Dyfed-Powys,300,320
        Pembrokeshire,Dyfed-Powys,500,560
        Powys,Dyfed-Powys,450,470
        """);
    Path out = dir.resolve("wide-out");
    assertEquals(0, batch(csv, out, T1).exit());
    Map<String, String> before = files(out.resolve("r"));
    Files.writeString(csv, Files.readString(csv).replace("Newport,Gwent,1900,2000", "Newport,Gwent,1900,2010"));
    Cli r = batch(csv, out, T2);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("5 unchanged, 6 corrected, 0 new, 0 withdrawn"), r.out());
    JsonNode force = json(out.resolve("r/gwent/gwent-force.json"));
    assertEquals("2", force.get("version").asText());
    assertTrue(force.get("ednote").asText().startsWith("Correction: figures: offences recorded by Gwent in 2017 (the "
        + "sum of its areas) 7,160 (was 7,150); "), force.get("ednote").asText());
    assertTrue(json(out.resolve("r/gwent/torfaen.json")).get("ednote").asText().startsWith("Correction: figure: "
        + "offences recorded across Gwent 7,160 (was 7,150)."));
    Map<String, String> after = files(out.resolve("r"));
    for (String name : before.keySet()) {
      boolean wireFile = !name.endsWith(".facts.json") && name.contains("/");
      if (wireFile && name.startsWith("dyfed-powys/")) {
        assertEquals(before.get(name), after.get(name), name);
      } else if (wireFile) {
        assertFalse(before.get(name).equals(after.get(name)), name);
      }
    }
    String md = Files.readString(out.resolve("r/CHANGES.md"));
    assertEquals(6, md.lines().filter(l -> l.startsWith("- ")).count(), md);
    assertFalse(md.contains("dyfed-powys/"), md);
  }
}
