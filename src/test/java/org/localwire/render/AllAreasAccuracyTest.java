package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Dataset;

/**
 * Renders the story for every one of the 315 bundled areas, in every offence that has copy in
 * data/offences (issue 17: "every number and hedge in every draft of every offence"), and checks
 * each number in it against an oracle computed here, independently of the loader and the fact
 * engine, straight from the CSV cells: the count, the hedged rate per day/week/month (true and tight by WORDING.md), the
 * rank in the force, the share of the force total, the force and national totals and the rate
 * per 1,000 people. Every other number in the copy must be one the story's phrases account for.
 */
class AllAreasAccuracyTest {
  static final String OFFENCE = "Stalking and harassment";
  /** The offences with copy in data/offences that Table C2 counts by area. */
  static final List<String> OFFENCES = List.of("Total recorded crime (excluding fraud)", "Violence against the person",
      "Homicide", "Violence with injury", "Violence without injury", "Stalking and harassment", "Sexual offences",
      "Robbery", "Residential burglary", "Vehicle offences", "Theft from the person", "Bicycle theft", "Shoplifting",
      "Criminal damage and arson", "Drug offences", "Possession of weapons offences", "Public order offences");
  static final Path TABLE = Path.of("data/csp_offence_group_ye_jun2025_ons_tableC2.csv");
  static final long DAYS = 365; // 1 July 2024 to 30 June 2025
  static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  // numbers the copy prints that are not data: helplines, "per 1,000 people", the period's year
  static final Set<String> FIXED = new HashSet<>(Set.of("101", "999", "1,000", "2021", "2022", "2023", "2024",
      "2025")); // and every helpline's digits, from data/helplines.csv
  static final Path EARLIER = Path.of("data/csp_offence_group_ye_jun2023_jun2024_ons_tablesC5_C2.csv");

  record Row(String area, String force, long count, long allCrime, String laCode, String cspCode) {}

  /** One offence's figures, straight from the CSV cells. */
  record Oracle(String offence, Map<String, Row> areas, Map<String, Long> forceTotals, Map<String, Long> june2024,
      Map<String, Long> june2023, boolean rare, String caveat) {}

  static Map<String, Long> population = new HashMap<>();
  static Map<String, List<String>> councils = new HashMap<>();
  static Map<String, Integer> partnershipsOfCouncil = new HashMap<>();
  static Map<String, String> lookupName = new HashMap<>();
  static List<CSVRecord> latest;
  static final List<String> CONTACTS = new ArrayList<>();
  /** Official name to the name copy uses, from data/area-names.csv ("Kingston upon Hull, City of" is "Hull"). */
  static final Map<String, String> IN_COPY = new HashMap<>();
  static List<CSVRecord> earlier;
  static List<CSVRecord> caveatRows;
  static Dataset data;
  static Renderer renderer;

  @BeforeAll
  static void oracle() throws Exception {
    latest = csv(TABLE);
    for (CSVRecord r : csv(Path.of("data/area-names.csv"))) {
      IN_COPY.put(r.get(1), r.get(2)); // code, name, in_copy, article
    }
    earlier = csv(EARLIER);
    caveatRows = csv(Path.of("data/caveats.csv"));
    // rates per 1,000 for the year to June 2025: the mid-2023 estimates, the latest, by the 2023 lookup
    for (CSVRecord r : csv(Path.of("data/population_la_mid2011_2023_ons_mye4.csv"))) {
      population.put(r.get("area_code"), Long.parseLong(r.get("population_mid2023")));
    }
    for (CSVRecord r : csv(Path.of("data/lookup_lad23_csp23_pfa23_dec2023.csv"))) {
      councils.computeIfAbsent(r.get("CSP23CD"), k -> new ArrayList<>()).add(r.get("LAD23CD"));
      partnershipsOfCouncil.merge(r.get("LAD23CD"), 1, Integer::sum);
      lookupName.put(r.get("CSP23CD"), r.get("CSP23NM"));
    }
    DataLoader loader = DataLoader.using(Path.of("data"));
    data = loader.loadDefault(OFFENCE, null);
    caveats = loader.caveats();
    // as the CLI makes it: with the names copy uses ("Bristol" for "Bristol, City of")
    renderer = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")), caveats, loader.areaNames().in(data.areas()))
        .withOffences(loader.offenceCopies());
    for (CSVRecord r : csv(Path.of("data/helplines.csv"))) {
      CONTACTS.add(r.get("contact"));
      CONTACTS.add("police on 101");
      Matcher m = NUMBER.matcher(r.get("contact"));
      while (m.find()) {
        FIXED.add(m.group());
      }
    }
  }

  static Oracle oracle(String offence) {
    Map<String, Row> areas = new LinkedHashMap<>();
    Map<String, Long> forceTotals = new HashMap<>();
    for (CSVRecord r : latest) {
      String force = r.get("pfa_name").replace(" [note 4]", "");
      String type = r.get("row_type");
      if (type.equals("force_total")) {
        forceTotals.put(force, Long.parseLong(r.get(offence)));
      } else if (type.equals("csp_la")) {
        areas.put(r.get("csp_name"), new Row(r.get("csp_name"), force, Long.parseLong(r.get(offence)),
            Long.parseLong(r.get("Total recorded crime (excluding fraud)")), r.get("la_code"), r.get("csp_code")));
      }
    }
    // the City of London has no force-total row: the force is its one area
    areas.values().stream().filter(a -> !forceTotals.containsKey(a.force()))
        .forEach(a -> forceTotals.put(a.force(), a.count()));
    Map<String, Long> june2024 = new HashMap<>();
    Map<String, Long> june2023 = new HashMap<>();
    for (CSVRecord r : earlier) {
      if (r.get("row_type").equals("csp_la")) {
        String key = r.get("pfa_name").replace(" [note 4]", "") + "|" + r.get("csp_code") + "|" + r.get("csp_name");
        (r.get("period_end").equals("2024-06-30") ? june2024 : june2023).put(key, Long.parseLong(r.get(offence)));
      }
    }
    // WORDING.md / README flags: rare when the median area records fewer than 12 a year
    long[] counts = areas.values().stream().mapToLong(Row::count).sorted().toArray();
    double median = counts.length % 2 == 1 ? counts[counts.length / 2]
        : (counts[counts.length / 2 - 1] + counts[counts.length / 2]) / 2.0;
    // the spring 2023 counting-rule change: the caveat a comparison with June 2023 must print
    String caveat = caveatRows.stream().filter(c -> c.get("offence").equals(offence) && c.get("from").equals("May 2023"))
        .map(c -> c.get("text").substring(0, 60)).findFirst().orElse(null);
    return new Oracle(offence, areas, forceTotals, june2024, june2023, median < 12, caveat);
  }

  static java.util.List<org.localwire.model.Caveat> caveats;

  static List<CSVRecord> csv(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  @TestFactory
  Stream<DynamicContainer> everyOffenceEveryAreaEveryNumber() {
    Facts engine = Facts.of(data, caveats);
    return OFFENCES.stream().map(offence -> {
      Oracle o = oracle(offence);
      assertEquals(315, o.areas().size(), offence);
      return DynamicContainer.dynamicContainer(offence, o.areas().values().stream()
          .map(row -> DynamicTest.dynamicTest(row.area(), () -> check(o, row, engine))));
    });
  }

  static void check(Oracle o, Row row, Facts engine) throws Exception {
    AreaFacts facts = engine.forArea(data.area(row.area()).orElseThrow(), o.offence(), data.latestPeriod());
    Story story = renderer.render(facts, Angles.rank(facts));
    String text = story.text();
    String where = o.offence() + ", " + row.area() + ":\n" + text;
    Map<String, Row> areas = o.areas();
    Map<String, Long> forceTotals = o.forceTotals();
    if (row.count() == 0) {
      // WORDING.md: none recorded is said as none, never "zero offences" or "0.0"
      assertTrue(text.startsWith("No "), where);
      assertFalse(Pattern.compile("\\b(zero|0\\.0)\\b").matcher(text).find(), where);
      checkNumbersTrace(story, text, where);
      return;
    }

    assertTrue(hasNumber(text, number(row.count())), "count " + row.count() + " in " + where);
    long forceTotal = forceTotals.get(row.force());
    assertTrue(hasNumber(text, number(forceTotal)), "force total in " + where);
    // said once: a story leading on the highest count used to say it twice in two paragraphs (a
    // force of one area says its count, which is the force total; helpline numbers are not figures)
    String figures = text;
    for (String contact : CONTACTS) {
      figures = figures.replace(contact, "");
    }
    if (forceTotal != row.count() && forceTotal >= 10) { // a small number in words may be another figure too
      assertEquals(1, Pattern.compile("(?<![\\w,.])" + Pattern.quote(number(forceTotal))
          + "(?![\\w]|[,.]\\d)").matcher(figures).results().count(), "force total said once in " + where);
    }
    long national = forceTotals.values().stream().mapToLong(Long::longValue).sum();
    assertTrue(hasNumber(text, digits(national)), "national total in " + where);

    checkRateClaim(row.count(), o.rare(), text, where);

    List<Row> force = areas.values().stream().filter(a -> a.force().equals(row.force())).toList();
    if (force.size() > 1) {
      long above = force.stream().filter(a -> a.count() > row.count()).count();
      long same = force.stream().filter(a -> a.count() == row.count()).count();
      long below = force.stream().filter(a -> a.count() < row.count()).count();
      // counted from the nearer end: "the second lowest", not "the 30th highest of 31"
      String expected = "the " + (same > 1 ? "joint " : "")
          + (above == 0 ? "highest" : below == 0 ? "lowest"
              : below < above ? ordinal(below + 1) + " lowest" : ordinal(above + 1) + " highest");
      String areasInForce = number(force.size()) + " areas";
      assertTrue(text.contains(expected + " of the " + areasInForce) || text.contains(expected + " number of the " + areasInForce)
          || text.contains(expected + " of its " + areasInForce)
          || (text.contains("Of the " + areasInForce) && text.contains(expected + " number"))
          || (above == 0 && same == 1 && text.contains(" than " + IN_COPY.getOrDefault(row.area(), row.area()))
              && text.contains("recorded more ")),
          expected + " in " + where);
    }

    Long people = population(row);
    if (o.rare()) {
      // told by count: no rate per 1,000 people (README, review flags)
      assertFalse(text.contains("for every 1,000 people"), "a rare offence's rate in " + where);
    } else if (people != null) {
      String rate = new BigDecimal(1000 * row.count()).divide(new BigDecimal(people), 1, RoundingMode.HALF_UP).toPlainString();
      assertTrue(Pattern.compile("\\b" + Pattern.quote(rate) + " [a-z ]*for every 1,000 people").matcher(text).find(),
          "rate " + rate + " in " + where);
    } else {
      assertTrue(text.contains("No rate per head of population can be given for " + row.area()), "no rate in " + where);
    }

    // issue 18: the change on the year to June 2024, and over two years on the year to June 2023,
    // each with its earlier count and its percentage as WORDING.md words it
    String key = row.force() + "|" + row.cspCode() + "|" + row.area();
    checkChange(text, where, o.june2024().get(key), row.count(), "the year to June 2024");
    checkChange(text, where, o.june2023().get(key), row.count(), "the year to June 2023");
    // a comparison with June 2023 crosses the spring 2023 counting-rule change: its caveat is said
    if (o.caveat() != null) {
      assertTrue(text.contains(o.caveat()), "rule-change caveat in " + where);
    }

    // offences, not people
    assertFalse(Pattern.compile("(?i)(people|victims|women|men|residents) (were|was) (stalked|harassed)").matcher(text).find(),
        where);

    checkNumbersTrace(story, text, where);
  }

  /** Every number printed is accounted for by a phrase of the story, or is a fixed code. */
  static void checkNumbersTrace(Story story, String text, String where) {
    Set<String> allowed = new HashSet<>(FIXED);
    for (Phrase p : story.phrases()) {
      Matcher m = NUMBER.matcher(p.text());
      while (m.find()) {
        allowed.add(m.group());
      }
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      assertTrue(allowed.contains(m.group()), "number " + m.group() + " traces to no fact in " + where);
    }
  }

  static void checkChange(String text, String where, Long before, long after, String period) {
    assertTrue(before != null, "an earlier count for " + where);
    assertTrue(text.contains(period), period + " in " + where);
    assertTrue(before == 0 ? text.contains("none " + "in " + period) : hasNumber(text, number(before)),
        period + ": count " + before + " in " + where);
    if (before == 0 || 2 * after >= 3 * before || 2 * after <= before) {
      return; // from none, or worded as a multiple: the phrase check below covers its numbers
    }
    BigDecimal pct = BigDecimal.valueOf(Math.abs(after - before) * 100).divide(BigDecimal.valueOf(before), 10,
        RoundingMode.HALF_UP);
    String expected = pct.compareTo(new BigDecimal("0.5")) < 0 ? "less than 1%"
        : pct.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    String direction = after > before ? "up" : after < before ? "down" : "";
    assertTrue(text.contains(direction + " " + expected) || text.contains("rose by " + expected)
            || text.contains("fell by " + expected) || (after == before),
        direction + " " + expected + " on " + period + " in " + where);
  }

  static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])\\d+(,\\d{3})*(\\.\\d+)?%?");
  static final Pattern RATE = Pattern.compile(
      "(more than|almost|fewer than)?\\s*\\b(one|two|three|four|five|six|seven|eight|nine|\\d[\\d,]*) (?:[a-z]+ ){0,5}?(a day|a week|a month)");

  /** The per-day (or week, month) claim is in the right unit, true and tight for the exact value. */
  static void checkRateClaim(long count, boolean rare, String text, String where) {
    Matcher m = RATE.matcher(text);
    if (rare) {
      assertFalse(m.find(), "a rare offence is told by count, not " + (m.find(0) ? m.group() : "") + ", in " + where);
      return;
    }
    if (!m.find()) {
      // no rate at all only when there is not almost one offence a month
      assertTrue(100 * count < 95 * 12, "a rate claim in " + where);
      return;
    }
    String hedge = m.group(1) == null ? "" : m.group(1);
    long n = WORDS.contains(m.group(2)) ? WORDS.indexOf(m.group(2)) : Long.parseLong(m.group(2).replace(",", ""));
    // v = num / den in the unit used; the unit is the largest one in which v >= 0.95
    long num;
    long den;
    switch (m.group(3)) {
      case "a day" -> { num = count; den = DAYS; }
      case "a week" -> { num = 7 * count; den = DAYS; assertTrue(100 * count < 95 * DAYS, "should be a day: " + where); }
      default -> { num = count; den = 12; assertTrue(100 * 7 * count < 95 * DAYS, "should be a week: " + where); }
    }
    BigDecimal v = new BigDecimal(num).divide(new BigDecimal(den), 12, RoundingMode.HALF_UP);
    BigDecimal big = BigDecimal.valueOf(n);
    switch (hedge) {
      case "more than" -> assertEquals(n, v.setScale(0, RoundingMode.FLOOR).longValueExact(),
          "more than " + n + " for " + v + ": not true and tight in " + where);
      case "almost" -> assertTrue(v.compareTo(big) < 0 && v.compareTo(big.multiply(new BigDecimal("0.9"))) >= 0
          && v.compareTo(big.subtract(BigDecimal.ONE)) > 0, "almost " + n + " for " + v + " in " + where);
      case "fewer than" -> assertTrue(v.compareTo(big) < 0 && v.setScale(0, RoundingMode.CEILING).longValueExact() == n,
          "fewer than " + n + " for " + v + " in " + where);
      default -> assertEquals(0, v.compareTo(big), n + " with no hedge for " + v + " in " + where);
    }
  }

  /** The number (or word) stands alone in the text, not as part of a longer number. */
  static boolean hasNumber(String text, String number) {
    return Pattern.compile("(?<![\\w,.])" + Pattern.quote(number) + "(?![\\w]|[,.]\\d)").matcher(text).find();
  }

  /**
   * The partnership's people by the 2023 lookup: the sum of its councils when each lies wholly in
   * it; none when a council is split over several partnerships, or the code is not the lookup's.
   */
  static Long population(Row row) {
    // the 2023 to 2025 tables use exactly the lookup's partnership codes (its names may be older:
    // Shepway for Folkestone and Hythe)
    if (!councils.containsKey(row.cspCode())) {
      return null;
    }
    long sum = 0;
    for (String council : councils.get(row.cspCode())) {
      Long p = population.get(council);
      if (p == null || partnershipsOfCouncil.get(council) > 1) {
        return null;
      }
      sum += p;
    }
    return sum;
  }

  static String number(long n) {
    return n < 10 ? WORDS.get((int) n) : digits(n);
  }

  static String digits(long n) {
    return String.format(java.util.Locale.UK, "%,d", n);
  }

  static String ordinal(long n) {
    List<String> words = List.of("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
    if (n < 10) {
      return words.get((int) n);
    }
    long h = n % 100;
    long t = n % 10;
    String suffix = (h >= 11 && h <= 13) ? "th" : t == 1 ? "st" : t == 2 ? "nd" : t == 3 ? "rd" : "th";
    return n + suffix;
  }
}
