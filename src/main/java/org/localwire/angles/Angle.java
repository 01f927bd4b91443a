package org.localwire.angles;

import static java.util.Objects.requireNonNull;

/**
 * A claim worth leading a story on, with its score (higher leads) and a one-line reason a
 * reporter can read and check ("Blaenau Gwent: highest rate of the five Gwent areas, ...").
 * The scoring rules are documented in README.md, section "How an angle wins".
 */
public record Angle(Kind kind, int score, String reason) {
  /** The kinds of angle, in the order they win a tie of scores. */
  public enum Kind {
    LARGEST_RISE_IN_FORCE,
    DOUBLED,
    HIGHEST_RATE_IN_FORCE,
    HIGHEST_COUNT_IN_FORCE,
    RISE,
    FALL,
    ABOVE_NATIONAL_RATE,
    TOP_CRIME_TYPE,
    SHARE_OF_FORCE,
    PER_DAY,
    SHARE_OF_ALL_CRIME,
    BELOW_NATIONAL_RATE
  }

  public Angle {
    requireNonNull(kind, "kind");
    requireNonNull(reason, "reason");
  }
}
