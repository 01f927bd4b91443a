package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalsTest {

  @ParameterizedTest(name = "of({0}) = {1}")
  @CsvSource({
    "1, first",
    "2, second",
    "3, third",
    "4, fourth",
    "9, ninth",
    "10, 10th",
    "11, 11th",
    "12, 12th",
    "13, 13th",
    "14, 14th",
    "21, 21st",
    "22, 22nd",
    "23, 23rd",
    "24, 24th",
    "101, 101st",
    "111, 111th",
    "112, 112th",
    "113, 113th",
    "1001, '1,001st'",
  })
  void of(int n, String expected) {
    assertEquals(expected, Ordinals.of(n));
  }

  @ParameterizedTest(name = "rank({0}, joint={1}) = {2}")
  @CsvSource({
    "1, false, first",
    "1, true, joint first",
    "2, true, joint second",
    "2, false, second",
    "22, true, joint 22nd",
  })
  void rank(int position, boolean joint, String expected) {
    assertEquals(expected, Ordinals.rank(position, joint));
  }

  @Test
  void zeroIsABug() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ordinals.of(0));
    assertEquals("an ordinal starts at 1, got 0", e.getMessage());
  }
}
