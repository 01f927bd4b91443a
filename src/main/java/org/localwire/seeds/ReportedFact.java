package org.localwire.seeds;

import static java.util.Objects.requireNonNull;

import org.localwire.model.Cell;
import org.localwire.model.Period;
import org.localwire.model.Place;

/**
 * One fact a seed article reports, as a seed file records it: what is measured, of what, the
 * article's printed wording and the exact value the figures give, as text ("3416 / 365 days =
 * 9.3589 a day"; "" where the figures cannot give it). The article's wording is a short
 * fragment, never a sentence.
 *
 * <p>Unused parts of the subject hold neutral values: {@code from} equals {@code period} when
 * the measure compares nothing, {@code whole} is "" unless the measure is a share, {@code
 * parameter} is 0 unless the measure takes one (the threshold of {@link
 * Measure#AREAS_RISING_MORE_THAN}, the number of areas of {@link Measure#TOP_AREAS}). An {@link
 * Measure#UNCHECKABLE} fact has only its wording and {@code why}.
 */
public record ReportedFact(
    String id,
    Measure measure,
    Place place,
    String offence,
    Period from,
    Period period,
    String whole,
    long parameter,
    String article,
    String exact,
    String why,
    Cell cell) {

  /** What a reported fact measures; each is computed from the seed's figures the same way. */
  public enum Measure {
    /** A count of offences in one place and period. */
    COUNT("count"),
    /** Offences a day over the period's real length (the wording may use a week or a month). */
    RATE("rate"),
    /** The change from {@code from} to {@code period} as a percentage of the earlier count. */
    CHANGE("change"),
    /** The later count as a multiple of the earlier ("almost doubled"). */
    MULTIPLE("multiple"),
    /** The count as a percentage of the {@code whole} offence's count in the same place. */
    SHARE("share"),
    /** How many areas of the force the figures list for the period. */
    AREAS("areas"),
    /** How many areas of the force rose by more than {@code parameter} percent. */
    AREAS_RISING_MORE_THAN("areas-rising-more-than"),
    /** The {@code parameter} areas with the most offences, most first. */
    TOP_AREAS("top-areas"),
    /** The offence's rank among crime types at its level of the offence tree. */
    RANK("rank"),
    /** A claim that is not about police recorded crime counts ({@code why} says what it is). */
    UNCHECKABLE("uncheckable");

    private final String jsonName;

    Measure(String jsonName) {
      this.jsonName = jsonName;
    }

    /** The name a seed file uses: "rate", "top-areas". */
    public String jsonName() {
      return jsonName;
    }
  }

  public ReportedFact {
    requireNonNull(id, "id");
    requireNonNull(measure, "measure");
    requireNonNull(place, "place");
    requireNonNull(offence, "offence");
    requireNonNull(from, "from");
    requireNonNull(period, "period");
    requireNonNull(whole, "whole");
    requireNonNull(article, "article");
    requireNonNull(exact, "exact");
    requireNonNull(why, "why");
    requireNonNull(cell, "cell");
  }
}
