package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.localwire.model.Cell;
import org.localwire.model.Checks;

/** A whole number of offences (or people) with the data cells it was read or summed from. */
public record Amount(long value, List<Cell> cells) {
  public Amount {
    requireNonNull(cells, "cells");
    cells = List.copyOf(cells);
    Checks.checkArgument(value >= 0, "an amount is 0 or more, not %s", value);
  }

  public static Amount of(long value, Cell cell) {
    return new Amount(value, List.of(cell));
  }

  public static Amount sum(List<Amount> parts) {
    long total = 0;
    List<Cell> cells = new ArrayList<>();
    for (Amount part : parts) {
      total = Math.addExact(total, part.value());
      cells.addAll(part.cells());
    }
    return new Amount(total, cells);
  }
}
