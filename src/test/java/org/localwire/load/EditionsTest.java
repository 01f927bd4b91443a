package org.localwire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Change;
import org.localwire.facts.Facts;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.Period;

/**
 * Issue 18: every edition of the council table in data/ joined into one history per area, and
 * comparability as data. Each row is an area of a release (the year to June 2025, or calendar
 * 2022), the earlier period asked about, and what the history holds for it: the count (the same
 * place), "not published" (the cell is [x]), or "no comparison" (not the same place, with the
 * reason from data/comparability.csv or from the codes).
 */
class EditionsTest {
  static final String OFFENCE = DataLoader.DEFAULT_OFFENCE;
  static final DataLoader LOADER = DataLoader.using(Path.of("data"));
  static Dataset latest;
  static Dataset calendar2022;

  @BeforeAll
  static void load() throws InputException {
    latest = LOADER.loadDefault(OFFENCE, null);
    calendar2022 = LOADER.loadDefault(OFFENCE, "2022");
  }

  static AreaFacts facts(Dataset data, String area) throws InputException {
    return Facts.of(data, LOADER.caveats()).forArea(data.area(area).orElseThrow(), OFFENCE, data.latestPeriod());
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      same code, same name             | Newport                | 2021              | 2307
      same code, same name             | Newport                | 12m to Jun 2024   | 2366
      renamed by case only             | Barrow-In-Furness      | 2022              | 1063
      no code: force and name          | Manchester Airport     | 2022              | 20
      split since 2022: part of BCP    | Bournemouth            | 2022              | no comparison
      split since 2022: Christchurch   | Dorset                 | 2021              | no comparison
      split since 2022: Buckinghamshire | Aylesbury Vale        | 2022              | no comparison
      split since 2022: East Suffolk   | Waveney                | 2021              | no comparison
      code reused for another place    | Corby                  | 2022              | no comparison
      split, same area later           | Bournemouth            | 12m to Jun 2023   | 2020
      withheld force                   | Exeter                 | 2021              | not published
      withheld force                   | Exeter                 | 2022              | not published
      withheld force, later years      | Exeter                 | 12m to Jun 2024   | 1024
      """)
  void theLatestReleaseComparesOnlyLikeWithLike(String rule, String area, String period, String expected)
      throws InputException {
    check(latest, area, period, expected);
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      merged council, same edition     | Buckinghamshire                     | 2021 | 4081
      merged council, same edition     | Bournemouth, Christchurch and Poole | 2021 | 3376
      renamed code, comparability.csv  | West Northamptonshire               | 2021 | 4725
      same code                        | North Northamptonshire              | 2021 | 4325
      """)
  void theCalendar2022ReleaseComparesWithCalendar2021(String rule, String area, String period, String expected)
      throws InputException {
    check(calendar2022, area, period, expected);
  }

  private static void check(Dataset data, String area, String period, String expected) throws InputException {
    AreaFacts f = facts(data, area);
    Period p = Period.pick(data.periods(), period).orElseThrow();
    Optional<AreaFacts.PeriodCount> h = f.history().stream().filter(c -> c.period().equals(p)).findFirst();
    switch (expected) {
      case "no comparison" -> {
        assertTrue(h.isEmpty(), area + " " + period + ": " + h);
        assertTrue(f.notes().stream().anyMatch(n -> n.startsWith("No comparison with " + p.label() + ": ")),
            f.notes().toString());
      }
      case "not published" -> {
        assertTrue(h.orElseThrow().count().isEmpty(), h.toString());
        assertTrue(f.change().map(c -> !c.from().equals(p)).orElse(true), f.change().toString());
      }
      default -> assertEquals(Long.parseLong(expected), h.orElseThrow().count().orElseThrow().value(), area);
    }
  }

  @Test
  void theReasonForNoComparisonComesFromTheDataFileAndNamesIt() throws InputException {
    List<String> notes = facts(latest, "Bournemouth").notes();
    assertTrue(notes.contains("No comparison with 2022: ONS published one figure for Bournemouth, Christchurch and"
        + " Poole in 2021 and 2022, not one for Bournemouth, and that figure includes Christchurch, which the 2023 to"
        + " 2025 tables count in the Dorset partnership (ONS lookup, December 2023) (data/comparability.csv:3)"),
        notes.toString());
    // a code that names another place is caught even with no line in comparability.csv
    assertTrue(facts(latest, "East Northamptonshire").notes().stream().anyMatch(n -> n.startsWith(
        "No comparison with 2021: ")), "East Northamptonshire");
  }

  @Test
  void yearOnYearIsTheMainChangeAndTwoYearsTheOther() throws InputException {
    AreaFacts f = facts(latest, "Newport");
    Change year = f.change().orElseThrow();
    assertEquals("12m to Jun 2024", year.from().label());
    assertEquals(2366, year.before().value());
    assertEquals("data/csp_offence_group_ye_jun2023_jun2024_ons_tablesC5_C2.csv:519:19",
        year.before().cells().get(0).toString());
    assertEquals("data/csp_offence_group_ye_jun2025_ons_tableC2.csv:120:16", year.after().cells().get(0).toString());
    assertEquals("12m to Jun 2023", f.lastChange().orElseThrow().from().label());
    // the two-year comparison crosses the spring 2023 counting-rule change, the year on year does not
    assertEquals(List.of("May 2023 to May 2023"), f.caveats().stream().map(c -> c.from().label()).toList());
    AreaFacts y2022 = facts(calendar2022, "Newport");
    assertEquals("2021", y2022.change().orElseThrow().from().label());
    assertTrue(y2022.lastChange().isEmpty());
  }

  @Test
  void aFallWhenTheNationalFigureAlsoFellIsNotAgainstTheTrend() throws InputException {
    AreaFacts f = facts(latest, "Newport");
    Change national = f.nationalChange().orElseThrow();
    assertEquals(620585, national.before().value());
    assertEquals(605320, national.after().value());
  }

  @Test
  void greaterManchesterAndStaffordshireCarryTheEditionsNotes() throws InputException {
    assertTrue(facts(calendar2022, "Manchester").caveats().stream().anyMatch(c -> c.text().contains("counted in two")));
    assertTrue(facts(calendar2022, "Stafford").caveats().stream().anyMatch(c -> c.text().contains("Staffordshire")));
    assertTrue(facts(latest, "Manchester").caveats().stream().noneMatch(c -> c.text().contains("counted in two")),
        "the year to June 2025 story compares no 2021 or 2022 figure");
  }

  @Test
  void aWithheldAreaHasNoStoryIn2022() {
    InputException e = assertThrows(InputException.class, () -> facts(calendar2022, "Exeter"));
    assertTrue(e.getMessage().contains("is not published"), e.getMessage());
  }

  @Test
  void aBareYearPicksTheCalendarYearElseTheOneYearToJune() throws InputException {
    assertEquals("2022", LOADER.loadDefault(OFFENCE, "2022").latestPeriod().label());
    assertEquals("12m to Jun 2024", LOADER.loadDefault(OFFENCE, "2024").latestPeriod().label());
    assertEquals("12m to Jun 2024", LOADER.loadDefault(OFFENCE, "year ending June 2024").latestPeriod().label());
    InputException e = assertThrows(InputException.class, () -> LOADER.loadDefault(OFFENCE, "2019"));
    assertEquals("--period: the data has no period \"2019\"; choose one of: 2021, 2022, 12m to Jun 2023, "
        + "12m to Jun 2024, 12m to Jun 2025", e.getMessage());
  }

  @TempDir Path dir;

  @Test
  void aLaterEditionDroppedInTheDataFolderJoinsTheHistory() throws IOException, InputException {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(Path.of("data"))) {
      for (Path f : files.toList()) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
    // a made-up June 2026 edition: the June 2025 table one year on, every count plus one
    List<String> lines = Files.readAllLines(Path.of("data/csp_offence_group_ye_jun2025_ons_tableC2.csv"));
    StringBuilder later = new StringBuilder(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      later.append(line.replaceFirst("^2024-07-01,2025-06-30,", "2025-07-01,2026-06-30,")).append('\n');
    }
    Files.writeString(data.resolve("csp_offence_group_ye_jun2026_ons_tableC2.csv"), later, StandardCharsets.UTF_8);
    DataLoader loader = DataLoader.using(data);
    Dataset joined = loader.loadDefault(OFFENCE, null);
    assertEquals("12m to Jun 2026", joined.latestPeriod().label());
    assertEquals(6, joined.periods().size());
    AreaFacts f = Facts.of(joined).forArea(joined.area("Newport").orElseThrow(), OFFENCE, joined.latestPeriod());
    assertEquals("12m to Jun 2025", f.change().orElseThrow().from().label());
    assertEquals(2141, f.change().orElseThrow().before().value());
  }

  @Test
  void aBadComparabilityLineIsRefusedWithItsFileAndLine() throws IOException {
    Path file = dir.resolve("comparability.csv");
    Files.writeString(file, "force,area,period,compare,same_as,reason\n"
        + "Dorset,Poole,2022,maybe,,a reason\n"
        + "Dorset,Poole,sometime,no,,a reason\n"
        + "Dorset,Poole,2022,yes,,renamed\n"
        + "Dorset,Poole,2022,no,,\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> ComparabilityLoader.load(file));
    String f = file.toString();
    assertEquals(f + ":2:4: compare is \"maybe\"; write yes or no\n"
        + f + ":3:3: \"sometime\" is not a period; give the other period as the tables name it, e.g. 2022 or year"
        + " ending June 2023\n"
        + f + ":4:5: a yes needs the name of the same place in 2022; write the area's name as that period's rows give it\n"
        + f + ":5:6: the reason is empty; say why, in a sentence a reporter can repeat", e.getMessage());
  }
}
