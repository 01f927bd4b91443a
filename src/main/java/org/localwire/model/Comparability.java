package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * One line of {@code data/comparability.csv}: whether an area of the story's edition of the
 * council table is the same place as a row of another period. {@code area} is the name in the
 * story's edition, or "*" for every area of the force; {@code sameAs} names the row of {@code
 * period} that is the same place (an area renamed), when {@code compare}; {@code reason} is what
 * the facts say.
 */
public record Comparability(String force, String area, Period period, boolean compare, String sameAs,
    String reason, Cell cell) {
  public Comparability {
    requireNonNull(force, "force");
    requireNonNull(area, "area");
    requireNonNull(period, "period");
    requireNonNull(sameAs, "sameAs");
    requireNonNull(reason, "reason");
    requireNonNull(cell, "cell");
  }

  /** True when the line is about {@code name} of {@code inForce}, compared with {@code other}. */
  public boolean covers(String inForce, String name, Period other) {
    return force.equalsIgnoreCase(inForce) && (area.equals("*") || area.equalsIgnoreCase(name))
        && period.sameSpan(other);
  }
}
