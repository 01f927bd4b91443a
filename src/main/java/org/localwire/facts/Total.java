package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import org.localwire.model.Checks;

/**
 * A count for a force or for England and Wales, and how it was arrived at: as published, as the
 * sum of the force's areas, as the sum of shorter periods (four quarters make a year), or as the
 * sum of the forces. {@code parts} is how many figures were added (1 when published). The copy
 * says which, so that a reader knows a total was not printed as such.
 */
public record Total(Amount amount, Basis basis, int parts) {
  /** How a total was arrived at. */
  public enum Basis {
    PUBLISHED,
    SUM_OF_AREAS,
    SUM_OF_QUARTERS,
    SUM_OF_FORCES
  }

  public Total {
    requireNonNull(amount, "amount");
    requireNonNull(basis, "basis");
    Checks.checkArgument(parts >= 1, "a total has at least one part, not %s", parts);
  }

  public long value() {
    return amount.value();
  }
}
