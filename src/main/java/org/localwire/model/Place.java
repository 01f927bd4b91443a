package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * What a figure counts offences for: one area, a whole force as published, the offences a
 * force could not place in any area ("unassigned"), or England and Wales as published (a
 * national figure a source prints, as opposed to a sum of forces).
 */
public record Place(Kind kind, String name, String force) {
  public enum Kind {
    AREA,
    FORCE_TOTAL,
    UNASSIGNED,
    NATIONAL
  }

  public Place {
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    requireNonNull(force, "force");
  }

  // written out rather than the record's own, which goes through method handles: a dataset hashes
  // a place for every figure it stores and every figure asked for, often before the JIT has run (#6)
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Place p && kind == p.kind && name.equals(p.name) && force.equals(p.force));
  }

  @Override
  public int hashCode() {
    return (kind.ordinal() * 31 + name.hashCode()) * 31 + force.hashCode();
  }

  public static Place area(Area area) {
    return new Place(Kind.AREA, area.name(), area.force());
  }

  public static Place forceTotal(String force) {
    return new Place(Kind.FORCE_TOTAL, force, force);
  }

  /** England and Wales as a whole, as a source publishes it; its force is "". */
  public static Place national() {
    return new Place(Kind.NATIONAL, "England and Wales", "");
  }

  public static Place unassigned(String force) {
    return new Place(Kind.UNASSIGNED, "Unassigned " + force, force);
  }
}
