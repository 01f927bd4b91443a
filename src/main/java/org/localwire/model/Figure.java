package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * One published number: offences of one kind recorded in one place over one period, with the
 * cell it was read from. A suppressed or unpublished value ({@code [x]}, {@code ..}) is a
 * missing figure, never zero: {@link #count()} on it is a bug, so ask {@link #value()}.
 */
public record Figure(Place place, String offence, Period period, long count, String missing, Cell cell) {
  public Figure {
    requireNonNull(place, "place");
    requireNonNull(offence, "offence");
    requireNonNull(period, "period");
    requireNonNull(missing, "missing");
    requireNonNull(cell, "cell");
    Checks.checkArgument(count >= 0, "a count is 0 or more, not %s", count);
    Checks.checkArgument(missing.isEmpty() || count == 0, "a missing figure has no count");
  }

  /** What {@link #missing()} holds for an empty cell. */
  public static final String EMPTY = "(empty)";

  public static Figure of(Place place, String offence, Period period, long count, Cell cell) {
    return new Figure(place, offence, period, count, "", cell);
  }

  /** A figure the source does not give; {@code marker} is what stood in the cell ("[x]", ""). */
  public static Figure missing(Place place, String offence, Period period, String marker, Cell cell) {
    return new Figure(place, offence, period, 0, marker.isEmpty() ? EMPTY : marker, cell);
  }

  public boolean isMissing() {
    return !missing.isEmpty();
  }

  @Override
  public long count() {
    if (isMissing()) {
      // checked here rather than by Checks.checkState, whose varargs would allocate on every call
      throw new IllegalStateException(place.name() + " has no count: the cell " + cell + " holds " + missing);
    }
    return count;
  }

  public OptionalLong value() {
    return isMissing() ? OptionalLong.empty() : OptionalLong.of(count);
  }
}
