package org.localwire.load;

import java.util.regex.Pattern;
import org.localwire.model.Cell;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.Period;
import org.localwire.model.Place;

/**
 * Count cells of the force-level files, which may hold net figures: {@code -00} is zero as the
 * Home Office prints it, and a negative count (more records cancelled or transferred out than
 * added) is kept as a missing figure with the published text as its marker, never as zero or as
 * a negative number of offences. Everything else follows {@link Counts}.
 */
final class ForceCounts {
  private static final Pattern NEGATIVE_ZERO = Pattern.compile("-0+");
  private static final Pattern NEGATIVE = Pattern.compile("-\\d+");

  private ForceCounts() {}

  static Figure figure(Place place, String offence, Period period, String raw, Cell cell, String column)
      throws InputException {
    String text = raw.strip();
    if (NEGATIVE_ZERO.matcher(text).matches()) {
      return Figure.of(place, offence, period, 0, cell);
    }
    if (NEGATIVE.matcher(text).matches()) {
      return Figure.missing(place, offence, period, text + " (a negative net count)", cell);
    }
    long n = Counts.parse(text, cell, column);
    return n < 0 ? Figure.missing(place, offence, period, text, cell) : Figure.of(place, offence, period, n, cell);
  }
}
