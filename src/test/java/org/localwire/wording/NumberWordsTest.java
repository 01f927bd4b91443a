package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

  @ParameterizedTest(name = "count({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0       | zero",
        "1       | one",
        "9       | nine",
        "10      | 10",
        "999     | 999",
        "1000    | 1,000",
        "1030    | 1,030",
        "1000000 | 1,000,000",
      })
  void count(long n, String expected) {
    assertEquals(expected, NumberWords.count(n));
  }

  @ParameterizedTest(name = "digits({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0          | 0",
        "9          | 9",
        "10         | 10",
        "1030       | 1,030",
        "99999      | 99,999",
        "100000     | 100,000",
        "1234567890 | 1,234,567,890",
      })
  void digits(long n, String expected) {
    assertEquals(expected, NumberWords.digits(n));
    assertEquals(expected, NumberWords.digits(n), "asked again (counts below 100,000 are formatted once)");
  }

  @ParameterizedTest(name = "year({0}) = {1}")
  @CsvSource({"2017, 2017", "1999, 1999", "2023, 2023"})
  void yearIsNeverGrouped(int y, String expected) {
    assertEquals(expected, NumberWords.year(y));
  }

  @ParameterizedTest(name = "capitalised({0}) = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nine           | Nine",
        "almost five    | Almost five",
        "more than nine | More than nine",
        "1,030          | 1,030",
        "Nine           | Nine",
        "i              | I",
        "''             | ''",
      })
  void capitalised(String s, String expected) {
    assertEquals(expected, NumberWords.capitalised(s));
  }

  @Test
  void negativeCountIsABug() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NumberWords.count(-1));
    assertEquals("a count cannot be negative, got -1", e.getMessage());
  }

  @Test
  void negativeDigitsIsABug() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NumberWords.digits(-1030));
    assertEquals("a count cannot be negative, got -1030", e.getMessage());
  }
}
