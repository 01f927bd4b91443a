package org.localwire.load;

import java.util.Set;
import java.util.regex.Pattern;
import org.localwire.model.Cell;
import org.localwire.model.InputException;

/**
 * Reads one count cell. A count is a whole number of offences, 0 or more. Official tables mark
 * suppressed or unavailable values with {@code [x]}, {@code [c]}, {@code [z]}, {@code ..},
 * {@code *}, {@code -} or leave the cell empty: those are missing, never zero. Thousands
 * separators are accepted only where they group digits correctly ({@code "1,030"}), so that a
 * mistyped {@code "1,03"} is refused rather than misread.
 */
final class Counts {
  /** Larger than any count police in England and Wales record in a year (about 6.6 million). */
  static final long MAX_PLAUSIBLE = 20_000_000L;

  static final Set<String> MISSING_MARKERS = Set.of("", "[x]", "[c]", "[z]", "[u]", "..", "*", "-", "x", "c");

  private static final Pattern PLAIN = Pattern.compile("\\d+");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

  private Counts() {}

  /** The cell's count, or -1 when it holds a missing-value marker. */
  static long parse(String raw, Cell cell, String column) throws InputException {
    return parse(raw, cell, column, MAX_PLAUSIBLE, "more offences than police record in England and Wales in a year");
  }

  /** A population: the same rules, up to the population of the UK and a little more. */
  static long parsePopulation(String raw, Cell cell, String column) throws InputException {
    return parse(raw, cell, column, 100_000_000L, "more people than live in the UK");
  }

  private static long parse(String raw, Cell cell, String column, long max, String tooMany) throws InputException {
    // the common case first, without regex: a few plain ASCII digits within range
    int length = raw.length();
    if (length > 0 && length <= 9) {
      long n = 0;
      int i = 0;
      while (i < length && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
        n = n * 10 + (raw.charAt(i) - '0');
        i++;
      }
      if (i == length && n <= max) {
        return n;
      }
    }
    String text = raw.strip();
    if (MISSING_MARKERS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    String digits;
    if (PLAIN.matcher(text).matches()) {
      digits = text;
    } else if (GROUPED.matcher(text).matches()) {
      digits = text.replace(",", "");
    } else {
      throw InputException.at(cell, problem(text, column), hint(text));
    }
    if (digits.length() > 12 || Long.parseLong(digits) > max) {
      throw InputException.at(
          cell,
          "column \"" + column + "\" holds \"" + text + "\", " + tooMany,
          "check the cell for extra digits");
    }
    return Long.parseLong(digits);
  }

  private static String problem(String text, String column) {
    String what = "column \"" + column + "\" holds \"" + text + "\", ";
    if (text.startsWith("-") && PLAIN.matcher(text.substring(1)).matches()) {
      return what + "a negative count";
    }
    if (text.matches("\\d{1,3}([.]\\d{3})+")) {
      // "1.100" is 1,100 in a German or French spreadsheet and 1.1 in an English one: never guess
      return what + "not a whole number (if the full stop separates thousands, write " + text.replace(".", "")
          + " or \"" + text.replace('.', ',') + "\")";
    }
    if (text.matches("\\d*[.]\\d+") || text.matches("\\d+[.]")) {
      return what + "not a whole number";
    }
    if (text.contains(",")) {
      return what + "a number with misplaced thousands separators";
    }
    return what + "not a whole number";
  }

  private static String hint(String text) {
    if (text.startsWith("-")) {
      return "a count of offences is 0 or more: correct the cell, or use [x] if it is not available";
    }
    return "correct the cell, or use [x] if the figure is not available";
  }
}
