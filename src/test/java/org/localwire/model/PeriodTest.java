package org.localwire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2017                     | CALENDAR_YEAR  | 2017    | 2017-01-01 | 2017-12-31 | 365
      2016                     | CALENDAR_YEAR  | 2016    | 2016-01-01 | 2016-12-31 | 366
      2020                     | CALENDAR_YEAR  | 2020    | 2020-01-01 | 2020-12-31 | 366
      2023/24                  | FINANCIAL_YEAR | 2023/24 | 2023-04-01 | 2024-03-31 | 366
      2023-24                  | FINANCIAL_YEAR | 2023/24 | 2023-04-01 | 2024-03-31 | 366
      2019/20                  | FINANCIAL_YEAR | 2019/20 | 2019-04-01 | 2020-03-31 | 366
      2017/18                  | FINANCIAL_YEAR | 2017/18 | 2017-04-01 | 2018-03-31 | 365
      1999/2000                | FINANCIAL_YEAR | 1999/00 | 1999-04-01 | 2000-03-31 | 366
      12m to Sep 2018          | TWELVE_MONTHS  | 12m to Sep 2018 | 2017-10-01 | 2018-09-30 | 365
      12 months to September 2018 | TWELVE_MONTHS | 12m to Sep 2018 | 2017-10-01 | 2018-09-30 | 365
      year ending June 2025    | TWELVE_MONTHS  | 12m to Jun 2025 | 2024-07-01 | 2025-06-30 | 365
      12m to Feb 2024          | TWELVE_MONTHS  | 12m to Feb 2024 | 2023-03-01 | 2024-02-29 | 366
      12m to Dec 2017          | CALENDAR_YEAR  | 2017    | 2017-01-01 | 2017-12-31 | 365
      12m to Mar 2024          | FINANCIAL_YEAR | 2023/24 | 2023-04-01 | 2024-03-31 | 366
      """)
  void parsesEveryHeaderFormWithItsExactLength(String text, Period.Kind kind, String label, LocalDate start,
      LocalDate end, long days) {
    Period p = Period.parse(text).orElseThrow();
    assertEquals(new Period(kind, label, start, end), p);
    assertEquals(days, p.days());
    assertEquals(12, p.months());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Apr 2021 to Sep 2021         | Apr 2021 to Sep 2021 | 2021-04-01 | 2021-09-30 | 183  | 6
      April 2014 to September 2021 | Apr 2014 to Sep 2021 | 2014-04-01 | 2021-09-30 | 2740 | 90
      Jan 2016 to Mar 2016         | Jan 2016 to Mar 2016 | 2016-01-01 | 2016-03-31 | 91   | 3
      """)
  void readsAnyRunOfWholeMonths(String text, String label, LocalDate start, LocalDate end, long days, long months) {
    Period p = Period.parse(text).orElseThrow();
    assertEquals(new Period(Period.Kind.MONTHS, label, start, end), p);
    assertEquals(days, p.days());
    assertEquals(months, p.months());
    assertFalse(p.isYear());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Jan 2017 to Dec 2017 | 2017
      Apr 2023 to Mar 2024 | 2023/24
      Oct 2017 to Sep 2018 | 12m to Sep 2018
      """)
  void twelveMonthsAreAYearHoweverWritten(String text, String label) {
    assertEquals(Period.parse(label).orElseThrow(), Period.parse(text).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2017            | 2 | 2015
      2020/21         | 1 | 2019/20
      12m to Sep 2018 | 5 | 12m to Sep 2013
      12m to Feb 2024 | 1 | 12m to Feb 2023
      """)
  void theSameTwelveMonthsYearsEarlier(String period, int years, String expected) {
    assertEquals(Period.parse(expected).orElseThrow(), Period.parse(period).orElseThrow().yearsEarlier(years));
  }

  @ParameterizedTest
  @CsvSource({"17", "2023/25", "Sep 2021 to Apr 2021", "year", "12m to Foo 2018", "2017.0", "'2,017'", "''"})
  void refusesWhatIsNotAPeriod(String text) {
    assertTrue(Period.parse(text).isEmpty(), text);
  }
}
