package org.localwire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  @CsvSource({"17", "2023/25", "year", "12m to Foo 2018", "2017.0", "'2,017'", "''"})
  void refusesWhatIsNotAPeriod(String text) {
    assertTrue(Period.parse(text).isEmpty(), text);
  }
}
