package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The resident population of an area, or the reason it is not known. Unknown is a state, never
 * zero: a merged council with no estimate, or Manchester Airport, which has no residents.
 */
public sealed interface Population {

  /** A known population with the cells it was summed from and what it is ("mid-2021 estimate"). */
  record Known(long people, String basis, List<Cell> cells) implements Population {
    public Known {
      requireNonNull(basis, "basis");
      cells = List.copyOf(cells);
      Checks.checkArgument(people > 0, "a known population is positive, not %s", people);
    }
  }

  /** No population: {@code reason} says why, in words a reporter can repeat. */
  record Unknown(String reason) implements Population {
    public Unknown {
      requireNonNull(reason, "reason");
    }
  }

  /**
   * A population basis without its ", summed over ..." tail, as the copy names it: "ONS mid-2021
   * estimates".
   */
  static String estimate(String basis) {
    int sum = basis.indexOf(", summed over ");
    return sum < 0 ? basis : basis.substring(0, sum);
  }

  static Population unknown(String reason) {
    return new Unknown(reason);
  }
}
