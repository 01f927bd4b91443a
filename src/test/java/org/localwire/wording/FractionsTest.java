package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The long fast paths of {@link Fractions} agree with exact BigInteger arithmetic (issue 6). */
class FractionsTest {
  @ParameterizedTest
  @CsvSource({
      "0, 1, 0",
      "1, 2, 1",        // one half rounds up
      "1, 3, 0",
      "2, 3, 1",
      "3416, 365, 9",
      "3468, 365, 10",  // 9.501... rounds up
      "5, 2, 3",
      "2305843009213693951, 1, 2305843009213693951",  // 2^61 - 1: still the long path
      "2305843009213693952, 3, 768614336404564651",   // 2^61: BigInteger path
      "9223372036854775807, 9223372036854775807, 1",
  })
  void roundsHalfUp(long numerator, long denominator, long expected) {
    assertEquals(expected, Fractions.roundHalfUp(numerator, denominator));
  }

  @ParameterizedTest
  @CsvSource({
      "2, 3, 3, 2, 0",
      "2, 3, 3, 3, -1",
      "9223372036854775807, 2, 9223372036854775807, 1, 1",   // the left product overflows a long
      "3037000500, 3037000500, 9223372036854775807, 1, 1",   // just over Long.MAX_VALUE
      "3037000499, 3037000499, 9223372036854775807, 1, -1",
      "-3, 4, 2, 5, -1",
      "0, 9223372036854775807, 0, 1, 0",
  })
  void comparesProductsExactly(long a, long b, long c, long d, int expected) {
    assertEquals(expected, Integer.signum(Fractions.compareProducts(a, b, c, d)));
  }

  @Test
  void fastPathsAgreeWithBigIntegerOnRandomValues() {
    SplittableRandom random = new SplittableRandom(2017);
    for (int i = 0; i < 100_000; i++) {
      // magnitudes from tiny to near the top of a long, so both paths are exercised
      long a = random.nextLong() >>> random.nextInt(64);
      long b = random.nextLong() >>> random.nextInt(64);
      long c = random.nextLong() >>> random.nextInt(64);
      long d = Math.max(1, random.nextLong() >>> random.nextInt(64));
      BigInteger ab = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
      BigInteger cd = BigInteger.valueOf(c).multiply(BigInteger.valueOf(d));
      assertEquals(ab.compareTo(cd), Integer.signum(Fractions.compareProducts(a, b, c, d)), a + "*" + b + " vs " + c + "*" + d);
      long expected = Fractions.roundHalfUp(BigInteger.valueOf(a), BigInteger.valueOf(d));
      assertEquals(expected, Fractions.roundHalfUp(a, d), a + "/" + d);
    }
  }
}
