package org.localwire.facts;

import java.util.Locale;

/**
 * Why an editor should look at a draft before it goes out: stable names, written into each
 * story's {@code .facts.json} ({@code flags}) and shown as badges on the review page. A flagged
 * story still gets a draft, led by an angle that fits it (README, "Review flags").
 */
public enum Flag {
  /** Fewer than {@link #SMALL_COUNT} offences: a rank or a percentage swings on a handful of cases. */
  SMALL_NUMBERS,
  /**
   * Residents are not the people there (the City of London, Westminster, Manchester Airport, or
   * all recorded crime per resident above {@link Facts#NON_RESIDENTIAL_TIMES} times the median
   * area's): a rate per resident misleads, so no rate leads the story.
   */
  NON_RESIDENTIAL_POPULATION,
  /** No rate per 1,000 people can be given (no population estimate for the place). */
  NO_RATE,
  /** The offence is rarer than one a month in most areas: worded by count, not per day or per 1,000. */
  RARE_OFFENCE,
  /** No offences of the kind were recorded in the place. */
  NONE_RECORDED,
  /**
   * The force's areas are not all in the figures: one's figure is not published, or the file
   * holds only some of them (checked against the ONS lookup). Ranks and totals are among the
   * areas in the data, and the copy says so.
   */
  PARTIAL_FORCE,
  /** The comparison crosses a recording-rule change (data/caveats.csv). */
  SERIES_BREAK,
  /** The draft carries a sample quote, not an approved statement. */
  SAMPLE_QUOTE;

  /** Below this count a story is flagged {@link #SMALL_NUMBERS} and leads on no rank. */
  public static final long SMALL_COUNT = 20;

  /**
   * Whether the flag keeps a story's ninjs item {@code withheld} rather than {@code usable}
   * (README, "Review flags"). Only a sample quote does: it is not a real statement and must be
   * replaced before anyone publishes the story. Every other flag is handled in the copy itself
   * (a caveat, "in the data", no rate), which makes the draft accurate as it stands.
   */
  public boolean blocking() {
    return this == SAMPLE_QUOTE;
  }

  /** The flag whose {@link #id()} is {@code id}. */
  public static java.util.Optional<Flag> byId(String id) {
    for (Flag f : values()) {
      if (f.id().equals(id)) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }

  /** The stable name: "small-numbers". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
