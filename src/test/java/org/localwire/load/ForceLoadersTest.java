package org.localwire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.Period;
import org.localwire.model.Place;

/** The two force-level files, read as published (issue 4). */
class ForceLoadersTest {
  static final DataLoader LOADER = DataLoader.using(Path.of("data"));
  static Dataset rolling;
  static Dataset quarterly;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    rolling = LOADER.load(Path.of("data", DataLoader.ROLLING_FILE), DataLoader.DEFAULT_OFFENCE);
    quarterly = LOADER.load(Path.of("data", DataLoader.QUARTERLY_FILE), DataLoader.DEFAULT_OFFENCE);
  }

  static long count(Dataset data, String force, String offence, String period) {
    return data.figure(Place.forceTotal(force), offence, Period.parse(period).orElseThrow()).orElseThrow().count();
  }

  @Test
  void rollingSeriesHasTheFortyThreeTerritorialForcesOnly() {
    assertEquals(43, rolling.forces().size(), rolling.forces().toString());
    assertFalse(rolling.forces().contains("British Transport Police"));
    assertFalse(rolling.forces().contains("Action Fraud"));
    assertFalse(rolling.forces().contains("CIFAS"));
    assertFalse(rolling.forces().contains("UK Finance"));
    assertTrue(rolling.areas().isEmpty(), "a force-level file has no council areas");
    assertFalse(rolling.offences().contains("Fraud offences"));
  }

  @Test
  void thirtiethOfDecember2017IsCalendar2017() {
    Period calendar2017 = Period.calendarYear(2017);
    assertTrue(rolling.periods().contains(calendar2017));
    assertEquals(3416, count(rolling, "Gwent", "Stalking and harassment", "2017"), "the Gwent seed's 3,416");
    assertEquals(2336, count(rolling, "Dorset", "Stalking and harassment", "2017"));
    assertEquals(46425, count(rolling, "Metropolitan Police", "Stalking and harassment", "12m to Sep 2018"));
    assertEquals("data/pfa_offence_rolling12m_2003_2018.csv", rolling.figure(Place.forceTotal("Gwent"),
        "Stalking and harassment", calendar2017).orElseThrow().cell().file());
  }

  @Test
  void periodsAreCalendarFinancialOrTwelveMonths() {
    assertEquals(52, rolling.periods().size());
    assertTrue(rolling.periods().stream().allMatch(Period::isYear));
    assertEquals(Period.financialYear(2002), rolling.periods().get(0));
    assertEquals(Period.calendarYear(2018), rolling.latestPeriod());
  }

  @Test
  void negativeNetCountsAreMissingNotZero() {
    var figure = rolling.figure(Place.forceTotal("Leicestershire"), "Death or serious injury caused by illegal driving",
        Period.parse("12m to Sep 2009").orElseThrow()).orElseThrow();
    assertTrue(figure.isMissing());
    assertEquals("-21 (a negative net count)", figure.missing());
  }

  @Test
  void quarterlyTableReadsStalkingAloneByQuarter() {
    assertEquals(43, quarterly.forces().size(), quarterly.forces().toString());
    assertTrue(quarterly.forces().contains("City of London"), "named as in the other ONS tables");
    assertEquals("[Harassment, Malicious communications, Racially or religiously aggravated harassment, Stalking]",
        quarterly.offences().stream().sorted().toList().toString());
    assertEquals(4, quarterly.periods().size());
    assertEquals("Apr 2017 to Jun 2017", quarterly.periods().get(0).label());
    assertEquals(16, count(quarterly, "North Wales", "Stalking", "Apr 2017 to Jun 2017"));
    assertEquals(24, count(quarterly, "North Wales", "Stalking", "Jan 2018 to Mar 2018"));
    assertEquals(0, count(quarterly, "City of London", "Racially or religiously aggravated harassment",
        "Apr 2017 to Jun 2017"), "-00 is zero as printed");
  }

  @Test
  void aBadPeriodEndNamesTheCell() throws Exception {
    Path file = dir.resolve("rolling.csv");
    Files.writeString(file, String.join(",", RollingForceLoader.HEADER) + "\n"
        + "15-12-2017,Gwent,Wales,Stalking and harassment,3416\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> LOADER.load(file, DataLoader.DEFAULT_OFFENCE));
    assertEquals(file + ":2:1: \"15-12-2017\" is not the last day of a month; a rolling 12-month period ends on a "
        + "month's last day, e.g. 30-09-2018", e.getMessage());
  }

  @Test
  void aBadQuarterNamesTheCell() throws Exception {
    Path file = dir.resolve("quarterly.csv");
    Files.writeString(file, String.join(",", QuarterlyForceLoader.HEADER) + "\n"
        + "2017/18,5,Gwent,Stalking,Violence against the person,Stalking and harassment,8Q,10\n",
        StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> LOADER.load(file, DataLoader.DEFAULT_OFFENCE));
    assertEquals(file + ":2:2: financial quarter \"5\" is not 1, 2, 3 or 4; 1 is April to June, 4 is January to March",
        e.getMessage());
  }
}
