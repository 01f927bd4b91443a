package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * A change in how police record an offence, which a story must mention when it compares figures
 * from either side of it: {@code from} is the first period under the new rule (its start is the
 * day the rule changed), {@code text} the sentence the draft prints, {@code source} where the
 * change is documented. Caveats live in {@code data/caveats.csv}, keyed by offence and period,
 * never in Java.
 */
public record Caveat(String offence, Period from, String text, String source, Cell cell) {
  public Caveat {
    requireNonNull(offence, "offence");
    requireNonNull(from, "from");
    requireNonNull(text, "text");
    requireNonNull(source, "source");
    requireNonNull(cell, "cell");
  }

  /**
   * True when a comparison of {@code earlier} with {@code later} crosses the change: the earlier
   * period starts before the rule changed and the later one ends after it did.
   */
  public boolean crossedBy(Period earlier, Period later) {
    return earlier.start().isBefore(from.start()) && !later.end().isBefore(from.start());
  }
}
