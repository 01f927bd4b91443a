package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a dataset comes from, for the story's sourcing line and the provenance of every fact:
 * the file as the user named it, the publisher ("the Office for National Statistics"), the
 * table, and whether it covers all of England and Wales (national figures are only given then).
 */
public record Source(String file, String publisher, String table, boolean national) {
  public Source {
    requireNonNull(file, "file");
    requireNonNull(publisher, "publisher");
    requireNonNull(table, "table");
  }
}
