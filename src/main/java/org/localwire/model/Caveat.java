package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * A change in how police record an offence, which a story must mention when it compares figures
 * from either side of it: {@code from} is the first period under the new rule (its start is the
 * day the rule changed), {@code text} the sentence the draft prints, {@code source} where the
 * change is documented. Caveats live in {@code data/caveats.csv}, keyed by offence and period,
 * never in Java.
 */
public record Caveat(String offence, Period from, String text, String source, Cell cell, String force,
    boolean onlyThatPeriod) {
  public Caveat {
    requireNonNull(force, "force");
    requireNonNull(offence, "offence");
    requireNonNull(from, "from");
    requireNonNull(text, "text");
    requireNonNull(source, "source");
    requireNonNull(cell, "cell");
  }

  /** A recording-rule change for every force, said when a comparison crosses it. */
  public Caveat(String offence, Period from, String text, String source, Cell cell) {
    this(offence, from, text, source, cell, "", false);
  }

  /** True for a story about {@code offenceName} in {@code forceName}: offence "*" is every offence, force "" every force. */
  public boolean covers(String offenceName, String forceName) {
    return (offence.equals("*") || offence.equals(offenceName)) && (force.isEmpty() || force.equalsIgnoreCase(forceName));
  }

  /**
   * True when a comparison of {@code earlier} with {@code later} needs the caveat: for a rule
   * change, the earlier period starts before the rule changed and the later one ends after it
   * did; for a caveat about one period's figures ({@link #onlyThatPeriod}), either is that period.
   */
  public boolean crossedBy(Period earlier, Period later) {
    if (onlyThatPeriod) {
      return from.sameSpan(earlier) || from.sameSpan(later);
    }
    return earlier.start().isBefore(from.start()) && !later.end().isBefore(from.start());
  }

  /** True when a story about {@code period} alone needs it: a caveat about that period's figures. */
  public boolean about(Period period) {
    return onlyThatPeriod && from.sameSpan(period);
  }
}
