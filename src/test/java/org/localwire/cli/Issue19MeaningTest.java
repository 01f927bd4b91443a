package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the words of the bundled batch mean what the numbers say. Runs the README's batch
 * (and the homicide batch) from the CLI and audits every draft against an oracle read here,
 * straight from the Table C2 cells: "most" only for a majority, every "Nth most common of the 19
 * types of crime" true among the 19 categories that make up all recorded crime, no ONS jargon,
 * the right flags and leads for places that are not like the others, and no "0.0" or "zero".
 */
class Issue19MeaningTest {
  static final Path TABLE = Path.of("data/csp_offence_group_ye_jun2025_ons_tableC2.csv");
  /** The 19 Table C2 categories below the groups: together they are all recorded crime. */
  static final List<String> TYPES = List.of("Homicide", "Death or serious injury caused by illegal driving",
      "Violence with injury", "Violence without injury", "Stalking and harassment", "Sexual offences", "Robbery",
      "Residential burglary", "Non-residential burglary", "Vehicle offences", "Theft from the person", "Bicycle theft",
      "Shoplifting", "All other theft offences", "Criminal damage and arson", "Drug offences",
      "Possession of weapons offences", "Public order offences", "Miscellaneous crimes against society");
  static final List<String> ORDINALS = List.of("", "second ", "third ", "fourth ", "fifth ", "sixth ", "seventh ",
      "eighth ", "ninth ");

  @TempDir static Path out;
  static Map<String, CSVRecord> rows = new HashMap<>();
  static Map<String, Long> forceTotals = new HashMap<>();
  /** Official area name to its draft (headline and paragraphs) and its facts sidecar. */
  static Map<String, String> drafts = new HashMap<>();
  static Map<String, JsonNode> sidecars = new HashMap<>();
  static Map<String, String> homicide = new HashMap<>();

  @BeforeAll
  static void batch() throws IOException {
    try (Reader in = Files.newBufferedReader(TABLE, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String force = r.get("pfa_name").replace(" [note 4]", "");
        if (r.get("row_type").equals("csp_la")) {
          rows.put(r.get("csp_name"), r);
        } else if (r.get("row_type").equals("force_total")) {
          forceTotals.put(force, Long.parseLong(r.get("Stalking and harassment")));
        }
      }
    }
    Cli stalking = Cli.run("batch", "--out", out.resolve("s").toString(), "--formats", "txt,json", "--no-progress",
        "--release", "s");
    assertEquals(0, stalking.exit(), stalking.err());
    read(out.resolve("s/s"), drafts, sidecars);
    Cli homicides = Cli.run("batch", "--out", out.resolve("h").toString(), "--formats", "txt,json", "--no-progress",
        "--offence", "Homicide", "--release", "h");
    assertEquals(0, homicides.exit(), homicides.err());
    read(out.resolve("h/h"), homicide, new HashMap<>());
  }

  private static void read(Path release, Map<String, String> texts, Map<String, JsonNode> facts) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> sidecarFiles;
    try (Stream<Path> files = Files.walk(release)) {
      sidecarFiles = files.filter(p -> p.toString().endsWith(".facts.json")).toList();
    }
    for (Path f : sidecarFiles) {
      JsonNode node = json.readTree(f.toFile());
      String name = node.get("area").asText();
      if (name.endsWith(" police force area")) {
        continue; // force stories: audited through their own tests
      }
      Path txt = Path.of(f.toString().replace(".facts.json", ".txt"));
      texts.put(name, Files.readString(txt, StandardCharsets.UTF_8));
      facts.put(name, node);
    }
  }

  @Test
  void everyCouncilHasADraftInBothReleases() {
    assertEquals(rows.keySet(), drafts.keySet());
    assertEquals(rows.keySet(), homicide.keySet(), "a zero in one area never stops a release");
  }

  @Test
  void noOnsJargon() {
    drafts.forEach((area, text) -> assertFalse(text.contains("offence subgroup"), area + ":\n" + text));
  }

  @Test
  void mostMeansAMajority() {
    Pattern most = Pattern.compile("(?m)^Most stalking and harassment offences in (.+) are recorded in (.+)$");
    int checked = 0;
    for (Map.Entry<String, String> d : drafts.entrySet()) {
      Matcher m = most.matcher(d.getValue());
      while (m.find()) {
        CSVRecord row = rows.get(d.getKey());
        long count = Long.parseLong(row.get("Stalking and harassment"));
        long total = forceTotals.get(row.get("pfa_name").replace(" [note 4]", ""));
        assertTrue(2 * count > total, d.getKey() + " has " + count + " of " + total + ": not a majority\n" + m.group());
        assertFalse(m.group(1).equalsIgnoreCase(m.group(2)), "a tautology: " + m.group());
        checked++;
      }
    }
    // the bundled data has majorities (North Yorkshire, 3,188 of the force's figure): the check is not idle
    assertTrue(checked >= 1, "no 'Most ...' sentence was found to check");
  }

  @Test
  void everyRankAmongTypesOfCrimeIsTrueAmongThe19() {
    Pattern rank = Pattern.compile("(joint )?(first |second |third |fourth |fifth |sixth |seventh |eighth |ninth "
        + "|\\d+(?:st|nd|rd|th) )?(most|least) common (?:of the 19 types of crime|type of crime)");
    int checked = 0;
    for (Map.Entry<String, String> d : drafts.entrySet()) {
      Matcher m = rank.matcher(d.getValue());
      CSVRecord row = rows.get(d.getKey());
      long own = Long.parseLong(row.get("Stalking and harassment"));
      long above = 0;
      long same = 0;
      long sum = 0;
      for (String type : TYPES) {
        long c = Long.parseLong(row.get(type));
        sum += c;
        above += c > own ? 1 : 0;
        same += c == own && !type.equals("Stalking and harassment") ? 1 : 0;
      }
      assertEquals(Long.parseLong(row.get("Total recorded crime (excluding fraud)")), sum, "the 19 add up");
      while (m.find()) {
        String ordinal = m.group(2) == null ? "" : m.group(2);
        int stated = ORDINALS.indexOf(ordinal) >= 0 ? ORDINALS.indexOf(ordinal) + 1
            : Integer.parseInt(ordinal.replaceAll("\\D", ""));
        long below = TYPES.size() - 1 - above - same;
        assertEquals(m.group(3).equals("most") ? above + 1 : below + 1, stated, d.getKey() + ": " + m.group());
        assertEquals(same > 0, m.group(1) != null, d.getKey() + ": tie said or not said: " + m.group());
        checked++;
      }
    }
    assertTrue(checked > 100, "only " + checked + " ranks among types of crime were found");
  }

  @Test
  void placesThatAreNotLikeTheOthersAreFlaggedAndLedOnAnAngleThatFits() {
    Set<String> rateLeads = Set.of("HIGHEST_RATE_IN_FORCE", "ABOVE_NATIONAL_RATE", "BELOW_NATIONAL_RATE");
    Set<String> rankLeads = Set.of("HIGHEST_COUNT_IN_FORCE", "HIGHEST_RATE_IN_FORCE", "TOP_CRIME_TYPE",
        "LARGEST_RISE_IN_FORCE");
    for (String place : List.of("City of London", "Westminster", "Manchester Airport")) {
      assertTrue(flags(place).contains("non-residential-population"), place + " " + flags(place));
      assertFalse(rateLeads.contains(lead(place)), place + " leads on " + lead(place));
    }
    assertTrue(flags("Isles of Scilly").contains("small-numbers"), flags("Isles of Scilly").toString());
    assertFalse(rankLeads.contains(lead("Isles of Scilly")), "six offences lead on " + lead("Isles of Scilly"));
    assertTrue(flags("Manchester Airport").contains("no-rate"));
    // an ordinary place: only the flags every stalking story of this release has (its change crosses the
    // April 2023 counting-rule change, and its quote is a sample)
    assertTrue(flags("Newport").equals(List.of("series-break", "sample-quote")), flags("Newport").toString());
    assertTrue(drafts.get("Westminster").contains("The rate per resident is a poor guide here: "),
        drafts.get("Westminster"));
  }

  @Test
  void namesThatTakeTheArticleHaveIt() {
    assertTrue(drafts.get("Isles of Scilly").contains("in the Isles of Scilly"), drafts.get("Isles of Scilly"));
    assertFalse(drafts.get("Isles of Scilly").contains("in Isles of Scilly"), drafts.get("Isles of Scilly"));
    assertFalse(drafts.get("Isle of Anglesey").contains("in Isle of Anglesey"), drafts.get("Isle of Anglesey"));
    drafts.forEach((area, text) -> assertFalse(text.contains(".csv"), area + ": a file name in the copy"));
  }

  @Test
  void rareAndZeroCountsAreCountsNotRates() {
    List<String> wrong = new ArrayList<>();
    homicide.forEach((area, text) -> {
      if (text.contains("0.0") || text.contains("zero") || text.contains(" 0%") || text.contains("a day")
          || text.contains("for every 1,000 people")) {
        wrong.add(area);
      }
    });
    assertEquals(List.of(), wrong);
    long none = rows.values().stream().filter(r -> r.get("Homicide").equals("0")).count();
    assertEquals(none, homicide.values().stream().filter(t -> t.startsWith("No homicides recorded in ")).count());
  }

  @Test
  void noHeadlineOrIntroShapeServesMoreThanATenthOfTheCouncils() {
    Map<String, Integer> headlines = new HashMap<>();
    Map<String, Integer> intros = new HashMap<>();
    drafts.forEach((area, text) -> {
      String[] blocks = text.split("\n\n");
      JsonNode facts = sidecars.get(area);
      headlines.merge(shape(blocks[0], area, facts.get("force").asText()), 1, Integer::sum);
      intros.merge(shape(blocks[1], area, facts.get("force").asText()), 1, Integer::sum);
    });
    int limit = drafts.size() * 11 / 100; // "about a tenth"
    headlines.forEach((shape, n) -> assertTrue(n <= limit, n + " headlines: " + shape));
    intros.forEach((shape, n) -> assertTrue(n <= limit, n + " intros: " + shape));
  }

  /** The sentence with place names, numbers, number words and ordinals masked. */
  private static String shape(String sentence, String area, String force) {
    String s = sentence;
    for (String name : List.of("the " + area, area, force)) {
      s = s.replace(name, "PLACE").replace(Character.toUpperCase(name.charAt(0)) + name.substring(1), "PLACE");
    }
    s = s.replaceAll("\\b[A-Z][a-z]+(?: [A-Za-z]+)*\\b(?= had| recorded| \\()", "NAME");
    s = s.replaceAll("[\\d,.]+%?", "N");
    return s.replaceAll("\\b(one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth"
        + "|seventh|eighth|ninth|joint|\\d+(st|nd|rd|th))\\b", "W");
  }

  private static List<String> flags(String area) {
    List<String> flags = new ArrayList<>();
    sidecars.get(area).get("flags").forEach(f -> flags.add(f.asText()));
    return flags;
  }

  private static String lead(String area) {
    return sidecars.get(area).get("angles").get(0).get("kind").asText();
  }
}
