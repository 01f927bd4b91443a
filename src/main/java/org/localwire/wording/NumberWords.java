package org.localwire.wording;

import static java.util.Objects.requireNonNull;
import static org.localwire.model.Checks.checkArgument;

import java.util.Locale;

/**
 * Whole numbers as a reader sees them (WORDING.md "Numbers"): one to nine in words, 10 and
 * above in digits with thousands separators, years never grouped. Always en-GB, whatever the
 * JVM's default locale (in de-DE {@code %,d} would print "1.030").
 */
public final class NumberWords {
  private static final String[] SMALL = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };

  private NumberWords() {}

  /** A count for running text: "zero", "one" … "nine", then "10", "1,030", "1,000,000". */
  public static String count(long n) {
    checkArgument(n >= 0, "a count cannot be negative, got %s", n);
    return n < SMALL.length ? SMALL[(int) n] : digits(n);
  }

  /** A count always in digits with thousands separators: "9", "1,030". For tables and asides. */
  public static String digits(long n) {
    checkArgument(n >= 0, "a count cannot be negative, got %s", n);
    if (n < 1000) {
      return Long.toString(n); // no separator to place: skip the formatter
    }
    if (n < KNOWN.length()) {
      // a batch words the same few thousand counts over and over: format each once
      String known = KNOWN.get((int) n);
      if (known == null) {
        known = GROUPED.get().format(n);
        KNOWN.set((int) n, known);
      }
      return known;
    }
    return GROUPED.get().format(n);
  }

  private static final java.util.concurrent.atomic.AtomicReferenceArray<String> KNOWN =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(100_000);

  // NumberFormat is not thread-safe: one per thread, made once (building one per call is slow)
  private static final ThreadLocal<java.text.NumberFormat> GROUPED =
      ThreadLocal.withInitial(() -> java.text.NumberFormat.getIntegerInstance(Locale.UK));

  /** A year, never grouped: "2017" (WORDING.md: years and codes are never grouped). */
  public static String year(int y) {
    checkArgument(y >= 1, "a year must be positive, got %s", y);
    return Integer.toString(y);
  }

  /**
   * {@code s} with its first letter upper-cased, for the start of a sentence: "nine" to "Nine".
   * Digits are left alone ("1,030"): WORDING.md says rephrase rather than start with digits.
   */
  public static String capitalised(String s) {
    requireNonNull(s, "s");
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder(s.length())
        .appendCodePoint(Character.toUpperCase(first))
        .append(s, Character.charCount(first), s.length())
        .toString();
  }
}
