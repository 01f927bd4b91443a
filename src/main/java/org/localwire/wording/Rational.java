package org.localwire.wording;

import static org.localwire.model.Checks.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact rational for {@link Claims}, always in lowest terms with a positive denominator. */
record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {
  Rational {
    checkArgument(den.signum() > 0, "a denominator must be positive");
    BigInteger g = num.gcd(den);
    if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
      num = num.divide(g);
      den = den.divide(g);
    }
  }

  static Rational of(long n) {
    return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
  }

  static Rational of(long n, long d) {
    return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  @Override
  public int compareTo(Rational o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  Rational times(Rational o) {
    return new Rational(num.multiply(o.num), den.multiply(o.den));
  }

  Rational minus(Rational o) {
    return new Rational(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
  }

  Rational abs() {
    return new Rational(num.abs(), den);
  }

  BigInteger ceil() {
    BigInteger[] qr = num.divideAndRemainder(den);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  BigInteger roundHalfUp() {
    return num.shiftLeft(1).add(den).divide(den.shiftLeft(1));
  }

  /** Floor at {@code places} decimal places, as a rational. */
  Rational floor(int places) {
    BigInteger scale = BigInteger.TEN.pow(places);
    return new Rational(num.multiply(scale).divide(den), scale);
  }

  Rational ceil(int places) {
    BigInteger scale = BigInteger.TEN.pow(places);
    return new Rational(new Rational(num.multiply(scale), den).ceil(), scale);
  }

  Rational roundHalfUp(int places) {
    BigInteger scale = BigInteger.TEN.pow(places);
    return new Rational(new Rational(num.multiply(scale), den).roundHalfUp(), scale);
  }

  /** For display only: a whole number grouped ("3,416"), else half up to {@code places}. */
  String show(int places) {
    return places == 0 && den.equals(BigInteger.ONE) && num.bitLength() < 63 ? NumberWords.digits(num.longValueExact())
        : decimal(places);
  }

  /** The tight wording for this value, as {@link Hedges#amount} writes it ("more than nine"). */
  String tightest() {
    return num.bitLength() < 63 && den.bitLength() < 63 ? Hedges.amount(num.longValueExact(), den.longValueExact())
        .text() : decimal(4);
  }

  /** For display only: half up to {@code places}, plain digits. */
  String decimal(int places) {
    return new BigDecimal(num).divide(new BigDecimal(den), places, RoundingMode.HALF_UP).toPlainString();
  }
}
