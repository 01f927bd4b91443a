package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.localwire.wording.HedgesTest.period;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.model.Period;

class PeriodsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2017       | in 2017    | 2017                     | 2017",
        "2023/24    | in 2023/24 | April 2023 to March 2024 | 2023/24",
        "1999/2000  | in 1999/00 | April 1999 to March 2000 | 1999/00",
        "12m to Jun 2025 | in the year to June 2025 | July 2024 to June 2025 | year to June 2025",
        "year ending September 2018 | in the year to September 2018"
            + " | October 2017 to September 2018 | year to September 2018",
        "Apr 2021 to Sep 2021 | between April and September 2021 | April 2021 to September 2021"
            + " | April to September 2021",
        "Apr 2014 to Sep 2021 | between April 2014 and September 2021 | April 2014 to September 2021"
            + " | April 2014 to September 2021",
      })
  void words(String period, String during, String span, String name) {
    Period p = period(period);
    assertEquals(during, Periods.during(p));
    assertEquals(span, Periods.span(p));
    assertEquals(name, Periods.name(p));
  }

  /** After "since" and "going back to": never the machine label ("since 12m to Jun 2024" was in a headline). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2017            | 2017                  | since 2017",
        "2023/24         | 2023/24               | since 2023/24",
        "12m to Jun 2024 | the year to June 2024 | since the year to June 2024",
        "Apr 2021 to Sep 2021 | April to September 2021 | since April to September 2021",
      })
  void bareAndSince(String period, String bare, String since) {
    Period p = period(period);
    assertEquals(bare, Periods.bare(p));
    assertEquals(since, Periods.since(p));
  }

  @Test
  void financialYearIsNamedFromItsDatesNotItsLabel() {
    Period p =
        new Period(
            Period.Kind.FINANCIAL_YEAR, "2023-2024", LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
    assertEquals("in 2023/24", Periods.during(p));
  }

  @ParameterizedTest(name = "{0} to {1} = {2}")
  @CsvSource({
    "2016, 2017, a year",
    "2017, 2019, two years",
    "2012/13, 2017/18, five years",
    "12m to Jun 2015, 12m to Jun 2025, 10 years",
    "2023/24, 12m to Sep 2024, six months",
    "2022/23, 12m to Sep 2024, 18 months",
    "12m to Jun 2024, 12m to Sep 2024, three months",
    "12m to Aug 2024, 12m to Sep 2024, a month",
    "2016, 12m to Dec 2018, two years",
  })
  void yearsBetween(String from, String to, String expected) {
    assertEquals(expected, Periods.yearsBetween(period(from), period(to)));
  }

  @Test
  void noYearsBetweenIsABug() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Periods.yearsBetween(period("2017"), period("2017")));
    assertEquals("2017 must end after 2017, got 0 months", e.getMessage());
  }
}
