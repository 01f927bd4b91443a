package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.model.Period;

class HedgesTest {

  @ParameterizedTest(name = "{0}/{1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // whole values take no hedge
        "0    | 1   | zero           | 0  | EXACT",
        "9    | 1   | nine           | 9  | EXACT",
        "3285 | 365 | nine           | 9  | EXACT",
        "10   | 1   | 10             | 10 | EXACT",
        // the seed articles' figures (WORDING.md)
        "3416 | 365 | more than nine | 9  | MORE_THAN",
        "1821 | 365 | almost five    | 5  | ALMOST",
        "2339 | 365 | more than six  | 6  | MORE_THAN",
        // the 0.9 N cut for "almost two": 1.8 in, 1.79 out
        "18   | 10  | almost two     | 2  | ALMOST",
        "179  | 100 | more than one  | 1  | MORE_THAN",
        "16   | 10  | more than one  | 1  | MORE_THAN",
        "185  | 100 | almost two     | 2  | ALMOST",
        // below one: "almost one" from 0.9, else "fewer than one"
        "95   | 100 | almost one     | 1  | ALMOST",
        "9    | 10  | almost one     | 1  | ALMOST",
        "89   | 100 | fewer than one | 1  | FEWER_THAN",
        "1    | 2   | fewer than one | 1  | FEWER_THAN",
        "1    | 365 | fewer than one | 1  | FEWER_THAN",
        // x.5 rounds half up; "almost" then needs v >= 0.9 N as well
        "45   | 10  | almost five    | 5  | ALMOST",
        "449  | 100 | more than four | 4  | MORE_THAN",
        "25   | 10  | more than two  | 2  | MORE_THAN",
        "19   | 2   | almost 10      | 10 | ALMOST",
        "949  | 100 | more than nine | 9  | MORE_THAN",
        "105  | 10  | almost 11      | 11 | ALMOST",
        "1049 | 100 | more than 10   | 10 | MORE_THAN",
        "1097 | 100 | almost 11      | 11 | ALMOST",
        "142  | 10  | more than 14   | 14 | MORE_THAN",
        "2061 | 2   | almost 1,031   | 1031 | ALMOST",
      })
  void amount(long numerator, long denominator, String text, long number, Hedge.Kind kind) {
    assertEquals(new Hedge(text, number, kind), Hedges.amount(numerator, denominator));
  }

  @ParameterizedTest(name = "{0} {1}: singular = {2}")
  @CsvSource({
    "EXACT, 1, true",
    "ALMOST, 1, true",
    "FEWER_THAN, 1, true",
    "MORE_THAN, 1, true",
    "EXACT, 0, false",
    "EXACT, 2, false",
    "ALMOST, 2, false",
  })
  void singular(Hedge.Kind kind, long number, boolean expected) {
    assertEquals(expected, new Hedge("words", number, kind).singular());
  }

  @ParameterizedTest(name = "days in {0} = {1}")
  @CsvSource({
    "2016, 366", "2017, 365", "2020, 366", "2023, 365",
    "2019/20, 366", "2023/24, 366", "2022/23, 365",
    "12m to Jun 2024, 366", "12m to Jun 2025, 365",
  })
  void leapYearsHave366Days(String period, long days) {
    assertEquals(days, period(period).days());
  }

  @ParameterizedTest(name = "{0} in {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3416 | 2017            | more than nine a day | a day",
        "1821 | 2017            | almost five a day    | a day",
        "2339 | 2017            | more than six a day  | a day",
        "365  | 2017            | one a day            | a day",
        "366  | 2016            | one a day            | a day",
        "365  | 2016            | almost one a day     | a day",
        "3650 | 2017            | 10 a day             | a day",
        // the 0.95 a day cut: 346.75 of 365 days, 347.7 of 366
        "347  | 2017            | almost one a day     | a day",
        "346  | 2017            | almost seven a week | a week",
        "320  | 2017            | more than six a week | a week",
        "347  | 2023            | almost one a day     | a day",
        "347  | 2016            | almost seven a week | a week",
        "347  | 2020            | almost seven a week | a week",
        "347  | 2019/20         | almost seven a week | a week",
        "347  | 2023/24         | almost seven a week | a week",
        "347  | 2022/23         | almost one a day     | a day",
        "347  | 12m to Jun 2024 | almost seven a week | a week",
        "347  | 12m to Jun 2025 | almost one a day     | a day",
        "348  | 2016            | almost one a day     | a day",
        // weeks down to 0.95: 49.5 of 365 days
        "50   | 2017            | almost one a week    | a week",
        "49   | 2017            | more than four a month | a month",
        // months down to 0.95: 11.4 of 12
        "12   | 2017            | one a month          | a month",
        "11   | 2017            | 11                   | ''",
        "1    | 2017            | one                  | ''",
        "0    | 2017            | zero                 | ''",
      })
  void rate(long count, String period, String text, String unit) {
    RateWording rate = Hedges.rate(count, period(period));
    assertEquals(text, rate.text());
    assertEquals(unit, rate.unit());
  }

  @ParameterizedTest(name = "{0} in 100 days = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "95  | almost one a day     | almost one    | a day",
        "94  | almost seven a week  | almost seven  | a week",
        "100 | one a day            | one           | a day",
      })
  void rateAtExactlyPointNineFiveADay(long count, String text, String hedge, String unit) {
    Period hundredDays =
        new Period(
            Period.Kind.TWELVE_MONTHS, "test", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 4, 10));
    assertEquals(100, hundredDays.days());
    RateWording rate = Hedges.rate(count, hundredDays);
    assertEquals(text, rate.text());
    assertEquals(hedge, rate.hedge().text());
    assertEquals(unit, rate.unit());
  }

  @ParameterizedTest(name = "{0} of {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9013 | 57093 | almost one in six",
        "1    | 6     | one in six",
        "10   | 60    | one in six",
        "1    | 12    | one in 12",
        "100  | 1234  | almost one in 12",
        "1    | 2     | one in two",
        "1    | 1     | one in one",
        // 5.86: the share is above one in six
        "58   | 340   | more than one in six",
        // 6.5 rounds half up to seven; the share is above one in seven
        "2    | 13    | more than one in seven",
        // 1.11 = 1 / 0.9 exactly is the last "almost"
        "9    | 10    | almost one in one",
        "10   | 11    | almost one in one",
        "3    | 4     | about one in one",
      })
  void oneIn(long part, long whole, String expected) {
    assertEquals(expected, Hedges.oneIn(part, whole));
  }

  @Test
  void zeroDenominatorIsABug() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Hedges.amount(1, 0));
    assertEquals("the denominator must be positive, got 0", e.getMessage());
  }

  @Test
  void oneInWithAPartLargerThanTheWholeIsABug() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Hedges.oneIn(7, 6));
    assertEquals("part 7 is more than the whole 6", e.getMessage());
  }

  static Period period(String text) {
    return Period.parse(text).orElseThrow(() -> new AssertionError("not a period: " + text));
  }
}
