package org.localwire.wording;

import static java.util.Objects.requireNonNull;
import static org.localwire.model.Checks.checkArgument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.localwire.model.Period;

/**
 * Reporting periods in words, built from the period's dates (not its label, which follows the
 * source table): "in 2017", "in 2023/24", "in the year to June 2025". Month names are en-GB.
 */
public final class Periods {
  private Periods() {}

  /**
   * The period in running text: "in 2017", "in 2023/24", "in the year to June 2025", and for
   * any other run of months "between April and September 2021".
   */
  public static String during(Period p) {
    requireNonNull(p, "p");
    switch (p.kind()) {
      case TWELVE_MONTHS:
        return "in the " + name(p);
      case MONTHS:
        return "between " + (sameYear(p) ? monthName(p.start()) : monthYear(p.start())) + " and " + monthYear(p.end());
      default:
        return "in " + name(p);
    }
  }

  /**
   * After "since": "since 2017", "since 2023/24", "since the year to June 2025", "since April to
   * September 2021".
   */
  public static String since(Period p) {
    return "since " + bare(p);
  }

  /**
   * The period as a noun phrase after a preposition other than "in": "2017", "2023/24", "the year
   * to June 2025", "April to September 2021" ("going back to the year to June 2021").
   */
  public static String bare(Period p) {
    requireNonNull(p, "p");
    return (p.kind() == Period.Kind.TWELVE_MONTHS ? "the " : "") + name(p);
  }

  /**
   * The period's full span: "2017", "April 2023 to March 2024", "July 2024 to June 2025".
   */
  public static String span(Period p) {
    requireNonNull(p, "p");
    if (p.kind() == Period.Kind.CALENDAR_YEAR) {
      return NumberWords.year(p.end().getYear());
    }
    return monthYear(p.start()) + " to " + monthYear(p.end());
  }

  /**
   * A short name for tables and headlines: "2017", "2023/24", "year to June 2025", "April to
   * September 2021", "April 2014 to September 2021".
   */
  public static String name(Period p) {
    requireNonNull(p, "p");
    switch (p.kind()) {
      case CALENDAR_YEAR:
        return NumberWords.year(p.end().getYear());
      case FINANCIAL_YEAR:
        // "YYYY/YY" whatever the source wrote ("2023-24", "2023/2024")
        return NumberWords.year(p.start().getYear())
            + "/" + String.format(Locale.UK, "%02d", p.end().getYear() % 100);
      case TWELVE_MONTHS:
        return "year to " + monthYear(p.end());
      case MONTHS:
        return (sameYear(p) ? monthName(p.start()) : monthYear(p.start())) + " to " + monthYear(p.end());
      default:
        throw new AssertionError(p.kind());
    }
  }

  /**
   * The gap between the ends of two periods: "a year", "two years", "10 years" when it is whole
   * years, else in months ("six months", "18 months"): 2023/24 to the year to September 2024 is
   * 18 months, never "a year" (issue 5: found by the fuzz test). {@code to} must end after
   * {@code from}.
   */
  public static String yearsBetween(Period from, Period to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    long months = ChronoUnit.MONTHS.between(YearMonth.from(from.end()), YearMonth.from(to.end()));
    checkArgument(months >= 1, "%s must end after %s, got %s months", to.label(), from.label(), months);
    if (months % 12 == 0) {
      return months == 12 ? "a year" : NumberWords.count(months / 12) + " years";
    }
    return months == 1 ? "a month" : NumberWords.count(months) + " months";
  }

  private static boolean sameYear(Period p) {
    return p.start().getYear() == p.end().getYear();
  }

  private static String monthName(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
  }

  private static String monthYear(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
        + " " + NumberWords.year(date.getYear());
  }
}
