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
    return roundHalfUp(big(numerator), big(denominator));
  }

  /** {@code numerator / denominator} rounded half up: floor((2n + d) / 2d). */
  static long roundHalfUp(BigInteger numerator, BigInteger denominator) {
    BigInteger twice = denominator.shiftLeft(1);
    return numerator.shiftLeft(1).add(denominator).divide(twice).longValueExact();
  }

  /** Compares a*b with c*d exactly: negative, zero or positive. */
  static int compareProducts(long a, long b, long c, long d) {
    return big(a).multiply(big(b)).compareTo(big(c).multiply(big(d)));
  }

  static BigInteger big(long n) {
    return BigInteger.valueOf(n);
  }
}
