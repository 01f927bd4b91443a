package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * A council area (a Community Safety Partnership, which may combine several councils) in the
 * police force that covers it. {@code code} is the ONS code, or "" when the data has none.
 */
public record Area(String name, String code, String force, Population population) {
  public Area {
    requireNonNull(name, "name");
    requireNonNull(code, "code");
    requireNonNull(force, "force");
    requireNonNull(population, "population");
    Checks.checkArgument(!name.isBlank(), "an area needs a name");
    Checks.checkArgument(!force.isBlank(), "area %s needs a force", name);
  }
}
