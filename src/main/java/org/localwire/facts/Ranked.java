package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.localwire.model.Cell;
import org.localwire.model.Checks;

/**
 * One entry in a ranking: a name and its exact value as a fraction (a count has denominator 1,
 * a rate per 1,000 people is {@code 1000 * count / population}). Compared by cross-multiplying,
 * never through doubles, so ties are exact. {@code cells} are the data cells of both parts.
 */
public record Ranked(String name, long numerator, long denominator, List<Cell> cells) implements Comparable<Ranked> {
  public Ranked {
    requireNonNull(name, "name");
    cells = List.copyOf(cells);
    Checks.checkArgument(denominator > 0, "denominator must be positive, not %s", denominator);
  }

  /** A count, ranked as itself. */
  public static Ranked of(String name, Amount count) {
    return new Ranked(name, count.value(), 1, count.cells());
  }

  /** A ratio of two amounts, e.g. this year's count over an earlier one. */
  public static Ranked ratio(String name, long numerator, Amount top, Amount bottom) {
    List<Cell> cells = new ArrayList<>(top.cells());
    cells.addAll(bottom.cells());
    return new Ranked(name, numerator, bottom.value(), cells);
  }

  @Override
  public int compareTo(Ranked other) {
    if (denominator == other.denominator) {
      return Long.compare(numerator, other.numerator);
    }
    // cross-multiply exactly: in long when the products fit, else in BigInteger
    long hiA = Math.multiplyHigh(numerator, other.denominator);
    long hiB = Math.multiplyHigh(other.numerator, denominator);
    if (hiA == 0 && hiB == 0) {
      long a = numerator * other.denominator;
      long b = other.numerator * denominator;
      if (a >= 0 && b >= 0) {
        return Long.compare(a, b);
      }
    }
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /** The value for display only (never for choosing words). */
  public double approximate() {
    return (double) numerator / denominator;
  }
}
