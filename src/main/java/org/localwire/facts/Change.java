package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import org.localwire.model.Period;

/** The count in {@code from} and in {@code to}, for the same place and offence. */
public record Change(Period from, Period to, Amount before, Amount after) {
  public Change {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }

  public long difference() {
    return after.value() - before.value();
  }

  public boolean isRise() {
    return difference() > 0;
  }

  public boolean isFall() {
    return difference() < 0;
  }

}
