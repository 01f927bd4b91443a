package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatesTest {

  @ParameterizedTest(name = "{0} per 1,000 of {1} = {2}")
  @CsvSource({
    "2000, 150000, 13.3",
    // 12.34 and 12.35 exactly: half up, where a double holds 12.35 as 12.3499...
    "1234, 100000, 12.3",
    "1235, 100000, 12.4",
    "13, 1000, 13.0",
    "1, 1000, 1.0",
    "0, 1000, 0.0",
    "1, 3, 333.3",
    "2, 3, 666.7",
    "1000000, 1000, '1,000,000.0'",
  })
  void perThousand(long count, long population, String expected) {
    assertEquals(expected, Rates.perThousand(count, population));
  }

  @Test
  void noPopulationIsABug() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rates.perThousand(5, 0));
    assertEquals("a population must be positive, got 0", e.getMessage());
  }
}
