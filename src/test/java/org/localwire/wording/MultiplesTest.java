package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultiplesTest {

  /** "-" marks no multiple: the story gives the percentage instead. */
  @ParameterizedTest(name = "{0} to {1} = {2}")
  @CsvSource({
    "100, 50, -",
    "100, 100, -",
    "100, 179, -",
    "100, 180, almost doubled",
    "1213, 2339, almost doubled",
    "100, 199, almost doubled",
    "100, 200, doubled",
    "100, 201, more than doubled",
    "496, 1030, more than doubled",
    "100, 269, more than doubled",
    "100, 270, almost tripled",
    "33006, 98544, almost tripled",
    "100, 300, tripled",
    "100, 301, more than tripled",
    "100, 359, more than tripled",
    "100, 360, almost quadrupled",
    "100, 400, quadrupled",
    "100, 401, more than quadrupled",
    "100, 499, more than quadrupled",
    "100, 500, risen fivefold",
    "100, 520, risen more than fivefold",
    "100, 696, risen almost sevenfold",
    "100, 790, risen almost eightfold",
    "1000, 7900, risen almost eightfold",
    "100, 1000, risen 10-fold",
    "1, 11335, 'risen 11,335-fold'",
    "3, 34006, 'risen more than 11,335-fold'",
    "0, 5, -",
    "0, 0, -",
  })
  void of(long oldValue, long newValue, String expected) {
    Optional<String> want = expected.equals("-") ? Optional.empty() : Optional.of(expected);
    assertEquals(want, Multiples.of(oldValue, newValue));
  }

  @ParameterizedTest(name = "{0} to {1} doubled: {2}")
  @CsvSource({
    "100, 199, false",
    "1213, 2339, false",
    "100, 200, true",
    "100, 201, true",
    "0, 5, false",
  })
  void hasDoubled(long oldValue, long newValue, boolean expected) {
    assertEquals(expected, Multiples.hasDoubled(oldValue, newValue));
  }
}
