package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "every number and hedge in every draft of every offence is true and tight": our own
 * audit of {@code batch --offence all}. Every fact of every sidecar (areas and forces, every
 * offence) is recomputed here from the cells it names, read straight from the CSV files, and its
 * wording is checked against the rules of WORDING.md written out again below (not the wording
 * code under test): counts, hedged rates in the right unit, rates per 1,000, shares, changes and
 * their direction, multiples, ranks in the force and among the 19 types of crime, and the counts
 * of areas and forces. A fact of a kind the audit does not know fails it, so nothing is skipped
 * silently.
 */
class Issue17AuditTest {
  static final String TIME = "2025-10-23T09:30:00+01:00";
  static final Path TABLE = Path.of("data/csp_offence_group_ye_jun2025_ons_tableC2.csv");
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> WORDS = List.of("none", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine");

  @TempDir static Path out;
  /** Every sidecar of the run, and the plain-text draft beside it. */
  static final Map<Path, JsonNode> sidecars = new TreeMap<>();
  static final Map<Path, String> drafts = new HashMap<>();
  static final Map<String, List<CSVRecord>> tables = new HashMap<>();
  /** The force of each Table C2 council row, and the number of council rows of each force. */
  static final Map<String, Integer> areasOfForce = new HashMap<>();
  static int forces;
  static final List<String> nonResidential = new ArrayList<>();
  static int welsh;

  @BeforeAll
  static void batch() throws IOException {
    Cli r = Cli.run("batch", "--offence", "all", "--formats", "txt,json", "--out", out.toString(), "--no-progress",
        "--release-time", TIME);
    assertEquals(0, r.exit(), r.err());
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".facts.json")).sorted().toList()) {
        sidecars.put(p, JSON.readTree(p.toFile()));
        drafts.put(p, Files.readString(Path.of(p.toString().replace(".facts.json", ".txt")), StandardCharsets.UTF_8));
      }
    }
    for (CSVRecord row : table(TABLE.toString())) {
      if (row.getRecordNumber() == 1) {
        continue;
      }
      if (row.get(2).equals("csp_la")) {
        areasOfForce.merge(force(row.get(4)), 1, Integer::sum);
        welsh += row.get(5).startsWith("W") ? 1 : 0;
      }
    }
    for (CSVRecord row : table("data/non-residential.csv")) {
      nonResidential.add(row.get(2));
    }
    // a force of one area (the City of London) has no force_total row of its own
    forces = areasOfForce.size();
  }

  static String force(String pfaName) {
    return pfaName.replace(" [note 4]", "").strip();
  }

  static List<CSVRecord> table(String file) throws IOException {
    List<CSVRecord> rows = tables.get(file);
    if (rows == null) {
      try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        rows = CSVFormat.RFC4180.parse(in).getRecords();
      }
      tables.put(file, rows);
    }
    return rows;
  }

  /** A cell named file:line:column. */
  record Cell(String file, int line, int column) {
    static Cell of(String ref) {
      int b = ref.lastIndexOf(':');
      int a = ref.lastIndexOf(':', b - 1);
      return new Cell(ref.substring(0, a), Integer.parseInt(ref.substring(a + 1, b)),
          Integer.parseInt(ref.substring(b + 1)));
    }

    /** The number the cell holds, read straight from the file, as BatchTest's audit reads it. */
    long value() throws IOException {
      return BatchTest.cellValue(file + ":" + line + ":" + column, tables);
    }

    boolean isPopulation() {
      return file.contains("population");
    }
  }

  static List<Cell> cells(JsonNode fact) {
    List<Cell> cells = new ArrayList<>();
    fact.get("cells").forEach(c -> cells.add(Cell.of(c.asText())));
    return cells;
  }

  static long sum(List<Cell> cells) throws IOException {
    long sum = 0;
    for (Cell c : cells) {
      sum += c.value();
    }
    return sum;
  }

  // ---- WORDING.md, written out again ----

  /** One to nine in words, 10 and above in digits with thousands separators. */
  static String count(long n) {
    return n < 10 ? WORDS.get((int) n) : String.format(Locale.UK, "%,d", n);
  }

  static long number(String words) {
    int i = WORDS.indexOf(words);
    return i >= 0 ? i : Long.parseLong(words.replace(",", ""));
  }

  /** p / q rounded half up to {@code places} decimal places, as text with grouping. */
  static String halfUp(long p, long q, int places) {
    java.math.BigDecimal v = new java.math.BigDecimal(p).divide(new java.math.BigDecimal(q), places,
        java.math.RoundingMode.HALF_UP);
    return String.format(Locale.UK, "%,." + places + "f", v);
  }

  static final Pattern HEDGED = Pattern.compile("(more than|almost|fewer than|at least|about) (.+)");

  /**
   * Why {@code wording} is not true and tight for the exact value p / q (WORDING.md, "Hedged
   * rates and amounts"), or null when it is.
   */
  static String hedgeProblem(String wording, long p, long q) {
    BigInteger bp = BigInteger.valueOf(p);
    BigInteger bq = BigInteger.valueOf(q);
    long floor = p / q;
    long ceil = p % q == 0 ? floor : floor + 1;
    Matcher m = HEDGED.matcher(wording);
    if (!m.matches()) {
      return number(wording) * q == p ? null : "\"" + wording + "\" is not exactly " + p + " / " + q;
    }
    long n = number(m.group(2));
    BigInteger nq = BigInteger.valueOf(n).multiply(bq);
    boolean ok = switch (m.group(1)) {
      case "more than" -> bp.compareTo(nq) > 0 && n == floor;
      case "at least" -> bp.compareTo(nq) >= 0 && n == floor;
      case "fewer than" -> bp.compareTo(nq) < 0 && n == ceil;
      // v < N, v >= 0.9 N and v > N - 1
      case "almost" -> bp.compareTo(nq) < 0 && bp.multiply(BigInteger.TEN).compareTo(nq.multiply(BigInteger.valueOf(9)))
          >= 0 && bp.compareTo(BigInteger.valueOf(n - 1).multiply(bq)) > 0;
      // round(v) = N and |v - N| <= 0.1 N
      case "about" -> Long.parseLong(halfUp(p, q, 0).replace(",", "")) == n
          && bp.subtract(nq).abs().multiply(BigInteger.TEN).compareTo(nq) <= 0;
      default -> false;
    };
    return ok ? null : "\"" + wording + "\" is not true and tight for " + p + " / " + q;
  }

  /** The unit WORDING.md picks for {@code count} offences over {@code days}: the first >= 0.95. */
  static String unit(long count, long days) {
    if (100 * count >= 95 * days) {
      return "day";
    }
    if (700 * count >= 95 * days) {
      return "week";
    }
    return 100 * count >= 95 * 12 ? "month" : "period";
  }

  static final Pattern ORDINAL = Pattern.compile("(?:the )?(joint )?(?:(\\d+)(?:st|nd|rd|th) |(second|third|fourth|"
      + "fifth|sixth|seventh|eighth|ninth) )?(highest|lowest|most common|least common)");
  static final List<String> ORDINAL_WORDS = List.of("", "", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth");

  /**
   * Why {@code wording} ("the second highest", "11th most common", "the lowest") is not the rank
   * of {@code own} among {@code values}, or null when it is.
   */
  static String rankProblem(String wording, long own, List<Long> values) {
    Matcher m = ORDINAL.matcher(wording);
    if (!m.matches()) {
      return "\"" + wording + "\" is not a rank";
    }
    long above = values.stream().filter(v -> v > own).count();
    long below = values.stream().filter(v -> v < own).count();
    long same = values.stream().filter(v -> v == own).count();
    int n = m.group(2) != null ? Integer.parseInt(m.group(2))
        : m.group(3) != null ? ORDINAL_WORDS.indexOf(m.group(3)) : 1;
    if (n >= 2 && n <= 9 && m.group(2) != null) {
      return "\"" + wording + "\": second to ninth are words";
    }
    boolean top = m.group(4).equals("highest") || m.group(4).equals("most common");
    boolean ok = (top ? above : below) + 1 == n && (same > 1) == (m.group(1) != null);
    return ok ? null : "\"" + wording + "\" for " + own + " among " + values;
  }

  // ---- the audit ----

  /** What the audit found wrong, one line each; and how many facts of each kind it checked. */
  static final List<String> problems = new ArrayList<>();
  static final Map<String, Integer> checked = new TreeMap<>();

  @Test
  void everyFactOfEveryDraftOfEveryOffenceIsTrueAndTight() throws IOException {
    assertTrue(sidecars.size() > 6000, sidecars.size() + " sidecars");
    for (Map.Entry<Path, JsonNode> e : sidecars.entrySet()) {
      audit(e.getKey(), e.getValue(), drafts.get(e.getKey()));
    }
    // one example of each kind of problem (numbers masked), so that a failure reads as a list of bugs
    Map<String, String> kinds = new TreeMap<>();
    problems.forEach(p -> kinds.putIfAbsent(p.replaceFirst("^[^:]*: ", "").replaceAll("[0-9]", "#"), p));
    assertEquals(List.of(), kinds.values().stream().limit(100).toList(), problems.size() + " problems");
    // every kind of fact was met, and met often
    for (String kind : List.of("count", "rate", "per 1,000", "share", "change", "multiple", "rank", "rank of types",
        "areas", "forces", "types", "caveat")) {
      assertTrue(checked.getOrDefault(kind, 0) >= 40, kind + ": " + checked);
    }
  }

  static void audit(Path file, JsonNode doc, String draft) throws IOException {
    LocalDate start = LocalDate.parse(doc.get("period").get("start").asText());
    LocalDate end = LocalDate.parse(doc.get("period").get("end").asText());
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    String offence = doc.get("offence").asText();
    boolean forceStory = file.getFileName().toString().endsWith("-force.facts.json");
    everyNumberIsAFact(file, doc, draft);
    Long own = null; // an area story's own count: its first fact
    List<Cell> ownCells = null;
    for (JsonNode fact : doc.get("facts")) {
      String name = fact.get("fact").asText();
      String wording = fact.get("wording").asText();
      List<Cell> cells = cells(fact);
      String where = file.getFileName() + " (" + offence + "): " + name + " = \"" + wording + "\": ";
      if (!draft.contains(wording)) {
        problems.add(where + "not in the draft");
      }
      String problem = check(name, wording, cells, days, own, ownCells, offence, draft);
      if (problem != null) {
        problems.add(where + problem);
      }
      if (own == null && !forceStory && name.startsWith("offences recorded in ")) {
        own = sum(cells);
        ownCells = cells;
      }
    }
  }

  /** A number in digits: "1,413", "13.7%", "0.2"; not part of a word, a code or a phone number. */
  static final Pattern DIGITS = Pattern.compile(
      "(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?%?(?![\\w%]|[.,]\\d)");
  /** Numbers that are not figures: years, "per 1,000 people", phone numbers, the police numbers. */
  static final Pattern NOT_A_FIGURE = Pattern.compile("(19|20)\\d\\d|1,000|101|999|0\\d{3}|\\d{2,3}");

  /** Every number in digits in the draft is the wording of one of its facts (or not a figure). */
  static void everyNumberIsAFact(Path file, JsonNode doc, String draft) {
    java.util.Set<String> worded = new java.util.HashSet<>();
    doc.get("facts").forEach(f -> worded.add(f.get("wording").asText()));
    // phone numbers (0808 16 89 111) and the source line are not figures
    String body = draft.replaceAll("0\\d{3}( \\d{2,4})+", "").replaceAll("(?m)^Figures: .*$", "");
    // an editor's reason a rate misleads (data/non-residential.csv) carries its own source
    for (String reason : nonResidential) {
      body = body.replace(reason, "");
    }
    Matcher m = DIGITS.matcher(body);
    while (m.find()) {
      String n = m.group();
      boolean isFact = worded.stream().anyMatch(w -> w.equals(n) || w.matches("(.* )?" + Pattern.quote(n) + "( .*)?"));
      if (!isFact && !NOT_A_FIGURE.matcher(n).matches()) {
        problems.add(file.getFileName() + " (" + doc.get("offence").asText() + "): " + n + " is in the draft but is "
            + "no fact's wording");
      }
    }
  }

  static final Pattern COUNT = Pattern.compile("(offences recorded (in|across|by) .+|all recorded crime in .+"
      + "|total recorded crime \\(excluding fraud\\) in .+|.+ offences recorded by .+)");
  static final Pattern RATE = Pattern.compile("offences (per (day|week|month|period)|in the period)( (in|across) .+)?");

  /** Why the fact is wrong, or null; counts the kind it checked. */
  static String check(String name, String wording, List<Cell> cells, long days, Long own, List<Cell> ownCells,
      String offence, String draft) throws IOException {
    Matcher rate = RATE.matcher(name);
    if (rate.matches()) {
      checked.merge("rate", 1, Integer::sum);
      long n = sum(cells);
      String unit = rate.group(2) == null ? "period" : rate.group(2);
      if (unit.equals("period")) {
        // told by count (rare offences, WORDING.md's unit rule, or both): the count itself
        return wording.equals(count(n)) ? null : "the count is " + n;
      }
      if (!unit.equals(unit(n, days))) {
        return n + " over " + days + " days is put a " + unit + ", where WORDING.md picks a " + unit(n, days);
      }
      long p = unit.equals("week") ? 7 * n : n;
      long q = unit.equals("month") ? 12 : days;
      return hedgeProblem(wording, p, q);
    }
    if (name.startsWith("offences per 1,000 people")) {
      checked.merge("per 1,000", 1, Integer::sum);
      long n = sum(cells.stream().filter(c -> !c.isPopulation()).toList());
      long people = sum(cells.stream().filter(Cell::isPopulation).toList());
      return wording.equals(halfUp(1000 * n, people, 1)) ? null : "1000 * " + n + " / " + people;
    }
    if (name.endsWith(" as one in N")) {
      checked.merge("one in N", 1, Integer::sum);
      return oneInProblem(wording, cells.get(0).value(), sum(cells.subList(1, cells.size())));
    }
    if (name.startsWith("share of")) {
      checked.merge("share", 1, Integer::sum);
      long part = cells.get(0).value();
      long whole = sum(cells.subList(1, cells.size()));
      return shareProblem(wording, part, whole);
    }
    if (name.startsWith("change ")) {
      checked.merge("change", 1, Integer::sum);
      int half = cells.size() / 2;
      long before = sum(cells.subList(0, half));
      long after = sum(cells.subList(half, cells.size()));
      return changeProblem(wording, before, after, draft);
    }
    if (name.startsWith("multiple ")) {
      checked.merge("multiple", 1, Integer::sum);
      return multipleProblem(wording, cells.get(1).value(), cells.get(0).value());
    }
    if (name.startsWith("rank among types of crime")) {
      checked.merge("rank of types", 1, Integer::sum);
      return typeRankProblem(wording, cells.get(0), offence);
    }
    if (name.startsWith("rank in ")) {
      checked.merge("rank", 1, Integer::sum);
      if (own == null) {
        return "a rank with no area count before it";
      }
      return forceRankProblem(name, wording, cells, ownCells.get(0));
    }
    if (COUNT.matcher(name).matches()) {
      checked.merge("count", 1, Integer::sum);
      long n = sum(cells);
      if (cells.isEmpty()) {
        return "a count with no cells";
      }
      return wording.equals(count(n)) ? null : "the cells sum to " + n;
    }
    if (name.startsWith("areas in ")) {
      checked.merge("areas", 1, Integer::sum);
      String force = name.substring("areas in ".length()).replaceFirst("^the ", "")
          .replace(" with a population estimate", "").replace(" with both figures", "")
          .replace(" police force area", "");
      Integer areas = force.equals("England and Wales") ? areasOfForce.values().stream().mapToInt(i -> i).sum()
          : force.equals("Wales") ? welsh : areasOfForce.get(force);
      if (name.endsWith(" with both figures")) {
        return number(wording) <= areas ? null : areas + " areas";
      }
      if (areas == null) {
        return "no force " + force + " in " + TABLE;
      }
      long n = number(wording);
      return name.endsWith(" with a population estimate") ? (n <= areas ? null : areas + " areas")
          : n == areas ? null : TABLE + " has " + areas + " areas in " + force;
    }
    if (name.equals("police forces in England and Wales")) {
      checked.merge("forces", 1, Integer::sum);
      return number(wording) == forces ? null : TABLE + " has " + forces + " forces";
    }
    if (name.equals("types of crime in the data")) {
      checked.merge("types", 1, Integer::sum);
      return number(wording) == Issue19MeaningTest.TYPES.size() ? null : "there are 19";
    }
    if (name.startsWith("recording-rule change ")) {
      checked.merge("caveat", 1, Integer::sum);
      return null; // its words are the caveat file's, and in the draft (checked above)
    }
    return "a kind of fact the audit does not know";
  }

  /** "13.7%", "4%" or "less than 0.1%" for part / whole (WORDING.md: rounded half up). */
  static String shareProblem(String wording, long part, long whole) {
    if (wording.equals("less than 0.1%")) {
      return 1000 * part * 2 < whole ? null : part + " / " + whole + " rounds to 0.1% or more";
    }
    String p = wording.replace("%", "");
    return p.equals(halfUp(100 * part, whole, 1)) || p.equals(halfUp(100 * part, whole, 0)) ? null
        : part + " / " + whole + " = " + halfUp(100 * part, whole, 3) + "%";
  }

  /**
   * "one in N", N = round(1 / share), with "almost", "about" or "more than" where 1 / share is
   * not whole (WORDING.md): the hedge is on the share, so "almost one in six" is a share a little
   * under 1/6 (whole / part a little over six).
   */
  static String oneInProblem(String wording, long part, long whole) {
    Matcher m = Pattern.compile("(more than |almost |about )?one in (.+)").matcher(wording);
    if (!m.matches()) {
      return "\"" + wording + "\" is not one in N";
    }
    long n = number(m.group(2));
    boolean rounds = halfUp(whole, part, 0).replace(",", "").equals(Long.toString(n));
    String hedge = m.group(1) == null ? "" : m.group(1).strip();
    boolean ok = switch (hedge) {
      case "" -> whole == n * part;
      case "more than" -> whole < n * part; // the share is above 1/N
      case "almost" -> whole > n * part && 10 * n * part >= 9 * whole; // share below 1/N, at least 0.9/N
      default -> whole > n * part;
    };
    return rounds && ok ? null : "\"" + wording + "\" for " + part + " / " + whole;
  }

  static final Pattern UP = Pattern.compile("(up|rise of|risen by|rose by|increase of|higher) $");
  static final Pattern DOWN = Pattern.compile("(down|fall of|fallen by|fell by|drop of|decrease of|lower) $");

  /**
   * A change: the percentage rounded half up, "less than 1%" below 0.5%; and somewhere in the
   * draft it is said in the right direction (never only "up" for a fall).
   */
  static String changeProblem(String wording, long before, long after, String draft) {
    long diff = Math.abs(after - before);
    String expected = 200 * diff < before ? "less than 1%" : halfUp(100 * diff, before, 0) + "%";
    if (!wording.equals(expected)) {
      return "100 * (" + after + " - " + before + ") / " + before + " is " + expected;
    }
    if (after == before) {
      return null;
    }
    Pattern wrong = after > before ? DOWN : UP;
    Pattern right = after > before ? UP : DOWN;
    int i = draft.indexOf(wording);
    boolean sawWrong = false;
    while (i >= 0) {
      String lead = draft.substring(Math.max(0, i - 16), i);
      if (right.matcher(lead).find()) {
        return null;
      }
      sawWrong |= wrong.matcher(lead).find();
      i = draft.indexOf(wording, i + 1);
    }
    return sawWrong ? "said only in the wrong direction (" + before + " to " + after + ")" : null;
  }

  static final Pattern MULTIPLE = Pattern.compile("(more than |almost )?(doubled|tripled|quadrupled|halved)"
      + "|(.+) times|(?:risen )?((?:more than |almost )?\\S+)fold");

  /** "more than doubled", "almost doubled", "more than seven times" for r = after / before. */
  static String multipleProblem(String wording, long after, long before) {
    Matcher m = MULTIPLE.matcher(wording);
    if (!m.matches()) {
      return "\"" + wording + "\" is not a multiple";
    }
    if (m.group(3) != null || m.group(4) != null) {
      return hedgeProblem(m.group(3) != null ? m.group(3) : m.group(4), after, before);
    }
    if (m.group(2).equals("halved")) {
      boolean ok = m.group(1) == null ? 2 * after == before
          : m.group(1).equals("more than ") ? 2 * after < before
          : 2 * after > before && 100 * after <= 55 * before;
      return ok ? null : "\"" + wording + "\" for " + after + " / " + before;
    }
    long n = List.of("", "", "doubled", "tripled", "quadrupled").indexOf(m.group(2));
    boolean ok = m.group(1) == null ? after == n * before
        : m.group(1).equals("more than ") ? after > n * before && after < (n + 1) * before
        // "almost doubled" is 1.8 <= r < 2; tripled and quadrupled the same pattern: 0.9 N
        : after < n * before && 10 * after >= 9 * n * before;
    return ok ? null : "\"" + wording + "\" for " + after + " / " + before;
  }

  /** The offence's rank among the 19 types of crime of the row the cell is on. */
  static String typeRankProblem(String wording, Cell cell, String offence) throws IOException {
    List<CSVRecord> rows = table(cell.file());
    CSVRecord header = rows.get(0);
    CSVRecord row = rows.get(cell.line() - 1);
    Map<String, Long> counts = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      if (Issue19MeaningTest.TYPES.contains(header.get(c))) {
        counts.put(header.get(c), Long.parseLong(row.get(c)));
      }
    }
    if (counts.size() != 19 || !counts.containsKey(offence)) {
      return offence + " is not one of the 19 types of crime of " + cell.file();
    }
    String wanted = wording.replaceFirst(" of the 19 types of crime.*", "");
    return rankProblem(wanted, counts.get(offence), new ArrayList<>(counts.values()));
  }

  /** A rank in the force by count (the cells of every area) or by rate (count and population, in pairs). */
  static String forceRankProblem(String name, String wording, List<Cell> cells, Cell ownCell) throws IOException {
    if (!name.endsWith(" by rate per 1,000 people")) {
      return rankProblem(wording, ownCell.value(), valuesOf(cells));
    }
    // each area's count cell, then its population cells (a council of several districts has
    // several); rates compared in billionths, exact enough for the bundled areas
    List<Long> rates = new ArrayList<>();
    Long own = null;
    for (int i = 0; i < cells.size(); ) {
      Cell count = cells.get(i++);
      long people = 0;
      while (i < cells.size() && cells.get(i).isPopulation()) {
        people += cells.get(i++).value();
      }
      long rate = new java.math.BigDecimal(1_000_000_000L * count.value())
          .divide(new java.math.BigDecimal(people), 0, java.math.RoundingMode.HALF_UP).longValue();
      rates.add(rate);
      if (count.equals(ownCell)) {
        own = rate;
      }
    }
    return own == null ? "the area is not in its own rank" : rankProblem(wording, own, rates);
  }

  static List<Long> valuesOf(List<Cell> cells) throws IOException {
    List<Long> values = new ArrayList<>();
    for (Cell c : cells) {
      values.add(c.value());
    }
    return values;
  }

  // ---- the oracle's own table tests ----

  @Test
  void theOraclesHedgesFollowWordingMd() {
    assertEquals(null, hedgeProblem("more than nine", 936, 100));
    assertTrue(hedgeProblem("more than six", 936, 100) != null, "true but loose");
    assertEquals(null, hedgeProblem("almost five", 499, 100));
    assertTrue(hedgeProblem("five", 499, 100) != null);
    assertTrue(hedgeProblem("almost two", 179, 100) != null, "1.79 is not almost two");
    assertEquals(null, hedgeProblem("fewer than one", 5, 10));
    assertEquals(null, hedgeProblem("22", 22, 1));
    assertEquals("week", unit(167, 365));
    assertEquals("day", unit(347, 365));
    assertEquals(null, rankProblem("the second highest", 5, List.of(9L, 5L, 3L)));
    assertTrue(rankProblem("the highest", 5, List.of(9L, 5L, 3L)) != null);
    assertEquals(null, rankProblem("the lowest", 3, List.of(9L, 5L, 3L)));
    assertEquals(null, rankProblem("11th most common", 3, List.of(9L, 8L, 7L, 6L, 5L, 5L, 5L, 5L, 5L, 4L, 3L)));
    assertTrue(rankProblem("the highest", 9, List.of(9L, 9L)) != null, "a tie is joint");
    assertEquals(null, multipleProblem("almost doubled", 1241, 641));
    assertTrue(multipleProblem("more than doubled", 1241, 641) != null);
    assertEquals(null, multipleProblem("more than doubled", 20, 9));
    assertEquals(null, shareProblem("13.7%", 1413, 10285));
    assertEquals(null, shareProblem("less than 0.1%", 3, 22176));
    assertTrue(shareProblem("13.8%", 1413, 10285) != null);
    assertEquals(null, changeProblem("6%", 7552, 7991, "up 6% on"));
    assertTrue(changeProblem("6%", 7552, 7991, "down 6% on") != null);
  }
}
