package org.localwire.wording;

import static java.util.Objects.requireNonNull;
import static org.localwire.model.Checks.checkArgument;

import org.localwire.model.Period;

/**
 * Tight hedges for exact values (WORDING.md "Hedged rates and amounts"): every phrase is true for
 * the exact rational value and as tight as the table allows. All decisions are integer maths;
 * "at least six a day" for 9.36, or "five a day" for 4.99, cannot come out of here.
 */
public final class Hedges {
  private static final long DAYS_A_WEEK = 7;

  private Hedges() {}

  /**
   * The tight hedge for v = numerator / denominator (numerator &gt;= 0, denominator &gt; 0).
   *
   * <ul>
   *   <li>v whole: the number, no hedge ("nine").
   *   <li>v rounds half up to c = floor(v) + 1 and v &gt;= 0.9 c: "almost c" (4.989 is "almost
   *       five", 9.5 "almost 10", 0.95 "almost one"; 1.79 is not "almost two").
   *   <li>otherwise, if floor(v) &gt;= 1: "more than floor(v)" (9.359 is "more than nine").
   *   <li>otherwise (0 &lt; v &lt; 0.9): "fewer than one".
   * </ul>
   */
  public static Hedge amount(long numerator, long denominator) {
    checkArgument(numerator >= 0, "an amount cannot be negative, got %s", numerator);
    checkArgument(denominator > 0, "the denominator must be positive, got %s", denominator);
    long floor = numerator / denominator;
    if (numerator % denominator == 0) {
      return new Hedge(NumberWords.count(floor), floor, Hedge.Kind.EXACT);
    }
    long ceiling = floor + 1;
    // "almost N" is true for v < N and tight for v >= 0.9 N: 10 v >= 9 N, i.e. 10 n >= 9 N d.
    boolean roundsUp = Fractions.roundHalfUp(numerator, denominator) == ceiling;
    long nineN = Math.multiplyExact(9, ceiling);
    if (roundsUp && Fractions.compareProducts(10, numerator, nineN, denominator) >= 0) {
      return hedge(Hedge.Kind.ALMOST, "almost ", ceiling);
    }
    if (floor >= 1) {
      return hedge(Hedge.Kind.MORE_THAN, "more than ", floor);
    }
    return hedge(Hedge.Kind.FEWER_THAN, "fewer than ", 1);
  }

  /**
   * {@code count} offences over {@code period} as a rate in the most readable unit (WORDING.md):
   * a day when count / days &gt;= 0.95 (so "almost one a day" is the smallest daily figure), else
   * a week when 7 count / days &gt;= 0.95, else a month when count / months &gt;= 0.95, else the
   * count itself for the whole period, with unit "". Days are the period's own: 365 or 366.
   */
  public static RateWording rate(long count, Period period) {
    requireNonNull(period, "period");
    checkArgument(count >= 0, "a count cannot be negative, got %s", count);
    long days = period.days();
    if (readable(count, days)) {
      return rate(amount(count, days), "a day");
    }
    long perWeek = Math.multiplyExact(count, DAYS_A_WEEK);
    if (readable(perWeek, days)) {
      return rate(amount(perWeek, days), "a week");
    }
    long months = period.months();
    if (readable(count, months)) {
      return rate(amount(count, months), "a month");
    }
    return rate(amount(count, 1), "");
  }

  /** The count itself for the whole period (unit ""): for offences told by count, not by rate. */
  public static RateWording whole(long count) {
    checkArgument(count >= 0, "a count cannot be negative, got %s", count);
    return rate(amount(count, 1), "");
  }

  /**
   * A share as "one in N", N = round half up of whole / part (WORDING.md), for
   * 0 &lt; part &lt;= whole. The hedge is on the share, so it reads inverted against x = whole /
   * part:
   *
   * <ul>
   *   <li>x whole: "one in six".
   *   <li>x &lt; N (the share is above 1/N): "more than one in N".
   *   <li>x &gt; N (the share is below 1/N) and share &gt;= 0.9 / N, i.e. x &lt;= N / 0.9:
   *       "almost one in N" (9,013 of 57,093 is x = 6.33: "almost one in six").
   *   <li>x &gt; N otherwise (only possible for N = 1, x in (1.11, 1.5)): "about one in one".
   * </ul>
   */
  public static String oneIn(long part, long whole) {
    checkArgument(part > 0, "one in N needs a positive part, got %s", part);
    checkArgument(part <= whole, "part %s is more than the whole %s", part, whole);
    long n = Fractions.roundHalfUp(whole, part);
    String oneInN = "one in " + NumberWords.count(n);
    int versusN = Fractions.compareProducts(whole, 1, n, part);
    if (versusN == 0) {
      return oneInN;
    }
    if (versusN < 0) {
      return "more than " + oneInN;
    }
    // share >= 0.9 / N  <=>  10 N part >= 9 whole
    boolean tight = Fractions.compareProducts(Math.multiplyExact(10, n), part, 9, whole) >= 0;
    return (tight ? "almost " : "about ") + oneInN;
  }

  /** value / denominator >= 0.95, exactly: 100 value >= 95 denominator. */
  private static boolean readable(long value, long denominator) {
    return Fractions.compareProducts(100, value, 95, denominator) >= 0;
  }

  private static Hedge hedge(Hedge.Kind kind, String words, long number) {
    return new Hedge(words + NumberWords.count(number), number, kind);
  }

  private static RateWording rate(Hedge hedge, String unit) {
    return new RateWording(hedge, unit, unit.isEmpty() ? hedge.text() : hedge.text() + " " + unit);
  }
}
