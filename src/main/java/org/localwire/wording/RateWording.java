package org.localwire.wording;

import static java.util.Objects.requireNonNull;

/**
 * A count put as a rate in the most readable unit: {@code hedge} is the hedged number,
 * {@code unit} "a day", "a week", "a month", or "" when the count is given for the whole period,
 * and {@code text} the two together ("more than nine a day"; just the hedge text, "five", when
 * the unit is "", so that the caller adds the period: "five in 2017").
 */
public record RateWording(Hedge hedge, String unit, String text) {
  public RateWording {
    requireNonNull(hedge, "hedge");
    requireNonNull(unit, "unit");
    requireNonNull(text, "text");
  }
}
