package org.localwire.wording;

import java.math.BigInteger;

/**
 * Exact rational arithmetic on {@code long} counts, in {@link BigInteger} so that no product can
 * overflow. Every choice of words in this package is made here, never on a {@code double}.
 */
final class Fractions {
  private Fractions() {}

  /** {@code numerator / denominator} rounded half up; both non-negative, denominator positive. */
  static long roundHalfUp(long numerator, long denominator) {
    // 2n + d and 2d fit in a long while both are below 2^61: every count and population does
    if ((numerator | denominator) >= 0 && numerator < LONG_SAFE && denominator < LONG_SAFE) {
      return (2 * numerator + denominator) / (2 * denominator);
    }
    return roundHalfUp(big(numerator), big(denominator));
  }

  /** Below this, doubling a non-negative value and adding another cannot overflow a long. */
  private static final long LONG_SAFE = 1L << 61;

  /** {@code numerator / denominator} rounded half up: floor((2n + d) / 2d). */
  static long roundHalfUp(BigInteger numerator, BigInteger denominator) {
    BigInteger twice = denominator.shiftLeft(1);
    return numerator.shiftLeft(1).add(denominator).divide(twice).longValueExact();
  }

  /** Compares a*b with c*d exactly: negative, zero or positive. */
  static int compareProducts(long a, long b, long c, long d) {
    // exact in a long when neither product overflows (the high half of the 128-bit product is
    // only the sign); BigInteger otherwise
    long ab = a * b;
    long cd = c * d;
    if (Math.multiplyHigh(a, b) == (ab >> 63) && Math.multiplyHigh(c, d) == (cd >> 63)) {
      return Long.compare(ab, cd);
    }
    return big(a).multiply(big(b)).compareTo(big(c).multiply(big(d)));
  }

  static BigInteger big(long n) {
    return BigInteger.valueOf(n);
  }
}
