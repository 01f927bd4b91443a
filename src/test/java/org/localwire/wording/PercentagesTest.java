package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentagesTest {

  @ParameterizedTest(name = "{0} of {1} = {2}")
  @CsvSource({
    "9013, 57093, 15.8%",
    "1, 2, 50%",
    "0, 10, 0%",
    "1, 1, 100%",
    "1, 3, 33.3%",
    "2, 3, 66.7%",
    "1, 8, 12.5%",
    // 6.25 rounds half up
    "1, 16, 6.3%",
    // 0.05 rounds half up to 0.1; just below it, never "0%"
    "1, 2000, 0.1%",
    "1, 2001, less than 0.1%",
    // 99.95 would round to 100: never "100%" for less than all
    "1999, 2000, more than 99.9%",
    "1998, 2000, 99.9%",
  })
  void share(long part, long whole, String expected) {
    assertEquals(expected, Percentages.share(part, whole));
  }

  @ParameterizedTest(name = "{0} of {1} = {2}")
  @CsvSource({
    "9013, 57093, 16%",
    "1, 2, 50%",
    "0, 5, 0%",
    "5, 5, 100%",
    "1, 200, 1%",
    "1, 201, less than 1%",
    "199, 200, more than 99%",
    "99, 100, 99%",
  })
  void shareWhole(long part, long whole, String expected) {
    assertEquals(expected, Percentages.shareWhole(part, whole));
  }

  @ParameterizedTest(name = "{0} to {1} = {2}")
  @CsvSource({
    "496, 1030, 108%",
    "201, 432, 115%",
    "281, 640, 128%",
    "575, 1017, 77%",
    // 48.5 rounds half up
    "200, 297, 49%",
    "200, 296, 48%",
    // a fall is divided by the old figure too
    "200, 150, 25%",
    "10, 0, 100%",
    "100, 100, 0%",
    // the 0.5% cut, both ways
    "1000, 1004, less than 1%",
    "1000, 1005, 1%",
    "1000, 996, less than 1%",
    "1000, 995, 1%",
    "100, 1350, '1,250%'",
  })
  void change(long oldValue, long newValue, String expected) {
    assertEquals(Optional.of(expected), Percentages.change(oldValue, newValue));
  }

  @ParameterizedTest(name = "{0} to {1} has no percentage")
  @CsvSource({"0, 5", "0, 0"})
  void changeFromZeroHasNoPercentage(long oldValue, long newValue) {
    assertEquals(Optional.empty(), Percentages.change(oldValue, newValue));
  }

  @Test
  void partLargerThanWholeIsABug() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Percentages.share(3, 2));
    assertEquals("part 3 is more than the whole 2", e.getMessage());
  }

  @Test
  void emptyWholeIsABug() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Percentages.shareWhole(0, 0));
    assertEquals("a share needs a positive whole, got 0", e.getMessage());
  }
}
