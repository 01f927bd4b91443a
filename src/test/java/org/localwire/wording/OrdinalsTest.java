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

  /** Of 19 types of crime: counted from the nearer end only in the bottom three. */
  @ParameterizedTest(name = "commonness({0}, fromBottom={1}, joint={2}) = {3}")
  @CsvSource({
    "1, 19, false, most common",
    "1, 18, true, joint most common",
    "3, 17, false, third most common",
    "14, 6, false, 14th most common",
    "16, 4, false, 16th most common",
    "17, 3, false, third least common",
    "18, 2, false, second least common",
    "18, 1, true, joint least common",
    "19, 1, false, least common",
    "1, 1, false, most common",
    "2, 1, false, least common",
  })
  void commonness(int position, int fromBottom, boolean joint, String expected) {
    assertEquals(expected, Ordinals.commonness(position, fromBottom, joint));
  }

  @Test
  void zeroIsABug() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ordinals.of(0));
    assertEquals("an ordinal starts at 1, got 0", e.getMessage());
  }
}
