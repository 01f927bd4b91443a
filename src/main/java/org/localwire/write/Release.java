package org.localwire.write;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One batch's identity: its folder name under {@code --out} and the date it is published,
 * which stamps every ninjs item's {@code versioncreated} (never the clock, so a rerun on the
 * same data gives byte-identical files).
 */
public record Release(String name, LocalDate published) {
  public Release {
    requireNonNull(name, "name");
    requireNonNull(published, "published");
  }
}
