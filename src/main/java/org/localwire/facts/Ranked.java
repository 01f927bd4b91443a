package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import org.localwire.model.Checks;

/**
 * One entry in a ranking: a name and its exact value as a fraction (a count has denominator 1,
 * a rate per 1,000 people is {@code 1000 * count / population}). Compared by cross-multiplying,
 * never through doubles, so ties are exact.
 */
public record Ranked(String name, long numerator, long denominator) implements Comparable<Ranked> {
  public Ranked {
    requireNonNull(name, "name");
    Checks.checkArgument(denominator > 0, "denominator must be positive, not %s", denominator);
  }

  @Override
  public int compareTo(Ranked other) {
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /** The value for display only (never for choosing words). */
  public double approximate() {
    return (double) numerator / denominator;
  }
}
