package org.localwire.write;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What one issue of a story carries besides its copy: its version (1, then one more for each
 * re-issue), when that version was made, the embargo it went out under, and for a re-issue the
 * note saying what was corrected ("" for a first issue). An unchanged story keeps its stamp on
 * a re-run, so that its files keep their bytes (README, "Corrections").
 */
record Stamp(int version, OffsetDateTime created, Optional<OffsetDateTime> embargo, String correction) {
  /** RFC 3339 with seconds and offset ("2025-10-23T09:30:00+01:00", "...Z" for UTC), as ninjs date-times are. */
  static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  Stamp {
    if (version < 1) {
      throw new IllegalArgumentException("a version is 1 or more, not " + version);
    }
    requireNonNull(created, "created");
    requireNonNull(embargo, "embargo");
    requireNonNull(correction, "correction");
  }

  /** A story's first issue in {@code release}. */
  static Stamp first(Release release) {
    return new Stamp(1, release.time(), release.embargo(), "");
  }

  /** The next issue, made by {@code release}, saying {@code correction}. */
  Stamp next(Release release, String correction) {
    return new Stamp(version + 1, release.time(), release.embargo(), correction);
  }

  static String format(OffsetDateTime time) {
    return Release.timestamp(time);
  }
}
