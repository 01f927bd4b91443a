package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.localwire.model.Cell;

/** One row of the fact table: what it is, its exact value as text, and the cells behind it. */
public record Fact(String name, String value, List<Cell> cells) {
  public Fact {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    cells = List.copyOf(cells);
  }
}
