package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period with its exact first and last day (both inclusive). Knows its length in
 * days, so that a rate per day uses 366 for 2016, 2020, 2019/20 and 2023/24.
 *
 * <p>{@link #label()} is the period as the data names it ("2017", "2023/24", "12m to Sep 2018").
 */
public record Period(Kind kind, String label, LocalDate start, LocalDate end)
    implements Comparable<Period> {

  /** The three ways official tables and reporters name a 12-month period. */
  public enum Kind {
    /** January to December: "2017". */
    CALENDAR_YEAR,
    /** April to March: "2023/24". */
    FINANCIAL_YEAR,
    /** Any 12 months ending at a month's end: "12m to Sep 2018", "year ending June 2025". */
    TWELVE_MONTHS
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
  private static final Pattern TWELVE =
      Pattern.compile(
          "(?i)(?:12\\s*m(?:onths)?|year)\\s+(?:to|ending)\\s+([a-z]+)\\s+(\\d{4})");

  public Period {
    requireNonNull(kind, "kind");
    requireNonNull(label, "label");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    Checks.checkArgument(!end.isBefore(start), "period %s ends before it starts", label);
  }

  /** Calendar year {@code year}: 1 January to 31 December. */
  public static Period calendarYear(int year) {
    return new Period(
        Kind.CALENDAR_YEAR, Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Financial year starting 1 April {@code startYear}, labelled "2023/24". */
  public static Period financialYear(int startYear) {
    String label = startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    return new Period(
        Kind.FINANCIAL_YEAR, label, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
  }

  /** The 12 months ending on the last day of {@code endMonth}. */
  public static Period twelveMonthsTo(YearMonth endMonth) {
    // three letters always ("Sep"), whatever the JDK's locale data abbreviates to ("Sept")
    String month = endMonth.getMonth().name();
    String label = "12m to " + month.charAt(0) + month.substring(1, 3).toLowerCase(Locale.ROOT) + " " + endMonth.getYear();
    return new Period(
        Kind.TWELVE_MONTHS, label, endMonth.minusMonths(11).atDay(1), endMonth.atEndOfMonth());
  }

  /**
   * Reads a period header: a calendar year {@code 2017}, a financial year {@code 2023/24} or
   * {@code 2023-24}, or a 12-month period {@code 12m to Sep 2018} (also "12 months to
   * September 2018", "year ending June 2025"). A 12-month period ending in December is the
   * calendar year and one ending in March the financial year, so that the same period read from
   * two files compares equal. Empty when the text is none of these.
   */
  public static Optional<Period> parse(String text) {
    String t = text.strip();
    Matcher m = YEAR.matcher(t);
    if (m.matches()) {
      return Optional.of(calendarYear(Integer.parseInt(m.group(1))));
    }
    m = FINANCIAL.matcher(t);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      int expected = m.group(2).length() == 2 ? (first + 1) % 100 : first + 1;
      return second == expected ? Optional.of(financialYear(first)) : Optional.empty();
    }
    m = TWELVE.matcher(t);
    if (m.matches()) {
      Optional<Month> month = month(m.group(1));
      if (month.isEmpty()) {
        return Optional.empty();
      }
      YearMonth end = YearMonth.of(Integer.parseInt(m.group(2)), month.get());
      if (end.getMonth() == Month.DECEMBER) {
        return Optional.of(calendarYear(end.getYear()));
      }
      if (end.getMonth() == Month.MARCH) {
        return Optional.of(financialYear(end.getYear() - 1));
      }
      return Optional.of(twelveMonthsTo(end));
    }
    return Optional.empty();
  }

  private static Optional<Month> month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
      if (n.length() >= 3 && full.startsWith(n) && (n.equals(full) || n.length() <= 4)) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }

  /** The number of days from start to end, both included: 365 or 366 for a year. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** The number of whole calendar months covered: 12 for every period localwire reads. */
  public long months() {
    return ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
  }

  /** Periods sort by their end date, then their start. */
  @Override
  public int compareTo(Period other) {
    int c = end.compareTo(other.end);
    return c != 0 ? c : start.compareTo(other.start);
  }

  /** Two periods are the same span of days, whatever their labels. */
  public boolean sameSpan(Period other) {
    return start.equals(other.start) && end.equals(other.end);
  }
}
