package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a value came from: a data file, a 1-based line and a 1-based column. Every number a
 * story prints can be traced back through its facts to one or more cells.
 */
public record Cell(String file, long line, int column) {
  public Cell {
    requireNonNull(file, "file");
    Checks.checkArgument(line >= 1, "line must be 1 or more, not %s", line);
    Checks.checkArgument(column >= 1, "column must be 1 or more, not %s", column);
  }

  /** {@code data/x.csv:14:3}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
