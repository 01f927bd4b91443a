package org.localwire.wording;

import static org.localwire.model.Checks.checkArgument;

/** Rates per 1,000 people (WORDING.md "Numbers"): one decimal place, rounded half up. */
public final class Rates {
  private Rates() {}

  /**
   * {@code count} per 1,000 of {@code population}, always with one decimal place and grouped
   * above 999: "13.3", "12.4" for 12.35 exactly (half up on the exact value, where a double
   * would hold 12.349...), "0.0", "1,000.0".
   */
  public static String perThousand(long count, long population) {
    checkArgument(population > 0, "a population must be positive, got %s", population);
    checkArgument(count >= 0, "a count cannot be negative, got %s", count);
    long tenths = Fractions.roundHalfUp(Math.multiplyExact(count, 10_000), population);
    return NumberWords.digits(tenths / 10) + "." + (tenths % 10);
  }
}
