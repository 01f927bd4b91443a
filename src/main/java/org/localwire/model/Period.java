package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
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
    TWELVE_MONTHS,
    /**
     * Any other run of whole months: a quarter or half-year ("Apr 2021 to Sep 2021"), or a
     * total over several years ("Apr 2014 to Sep 2021"). Never exactly 12 months.
     */
    MONTHS
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");
  private static final Pattern TWELVE =
      Pattern.compile(
          "(?i)(?:12\\s*m(?:onths)?|year)\\s+(?:to|ending)\\s+([a-z]+)\\s+(\\d{4})");
  private static final Pattern SPAN =
      Pattern.compile("(?i)([a-z]+)\\s+(\\d{4})\\s+to\\s+([a-z]+)\\s+(\\d{4})");

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
    String label = startYear + "/" + String.format(java.util.Locale.ROOT, "%02d", (startYear + 1) % 100);
    return new Period(
        Kind.FINANCIAL_YEAR, label, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
  }

  /** The 12 months ending on the last day of {@code endMonth}. */
  public static Period twelveMonthsTo(YearMonth endMonth) {
    // three letters always ("Sep"), whatever the JDK's locale data abbreviates to ("Sept")
    String label = "12m to " + shortMonth(endMonth);
    return new Period(
        Kind.TWELVE_MONTHS, label, endMonth.minusMonths(11).atDay(1), endMonth.atEndOfMonth());
  }

  /**
   * The months from {@code first} to {@code last}, both whole and included. A span of exactly 12
   * months is the calendar year, the financial year or "12m to", so that it compares equal to the
   * same period read another way.
   */
  public static Period months(YearMonth first, YearMonth last) {
    Checks.checkArgument(!last.isBefore(first), "a period cannot end (%s) before it starts (%s)", last, first);
    long n = ChronoUnit.MONTHS.between(first, last) + 1;
    if (n == 12) {
      if (last.getMonth() == Month.DECEMBER) {
        return calendarYear(last.getYear());
      }
      if (last.getMonth() == Month.MARCH) {
        return financialYear(last.getYear() - 1);
      }
      return twelveMonthsTo(last);
    }
    return new Period(Kind.MONTHS, shortMonth(first) + " to " + shortMonth(last), first.atDay(1), last.atEndOfMonth());
  }

  private static String shortMonth(YearMonth month) {
    String name = month.getMonth().name();
    return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT) + " " + month.getYear();
  }

  /**
   * Reads a period header: a calendar year {@code 2017}, a financial year {@code 2023/24} or
   * {@code 2023-24}, or a 12-month period {@code 12m to Sep 2018} (also "12 months to
   * September 2018", "year ending June 2025"), or any run of whole months {@code Apr 2021 to Sep
   * 2021} (also "April 2014 to September 2021"). A 12-month period ending in December is the
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
    m = SPAN.matcher(t);
    if (m.matches()) {
      Optional<Month> from = month(m.group(1));
      Optional<Month> to = month(m.group(3));
      if (from.isEmpty() || to.isEmpty()) {
        return Optional.empty();
      }
      YearMonth first = YearMonth.of(Integer.parseInt(m.group(2)), from.get());
      YearMonth last = YearMonth.of(Integer.parseInt(m.group(4)), to.get());
      return last.isBefore(first) ? Optional.empty() : Optional.of(months(first, last));
    }
    return Optional.empty();
  }

  /**
   * The period of {@code periods} that {@code wanted} names: by label (ignoring case), by the
   * same span of days ("year ending June 2024"), or for a bare year ("2024") the calendar year if
   * there is one, else the one 12-month period ending in that year. Empty when none, or when a
   * bare year fits several.
   */
  public static Optional<Period> pick(java.util.Collection<Period> periods, String wanted) {
    String w = wanted.strip();
    Optional<Period> parsed = parse(w);
    for (Period p : periods) {
      if (p.label().equalsIgnoreCase(w) || parsed.map(p::sameSpan).orElse(false)) {
        return Optional.of(p);
      }
    }
    if (YEAR.matcher(w).matches()) {
      int year = Integer.parseInt(w);
      java.util.List<Period> ending = periods.stream()
          .filter(p -> p.isYear() && p.months() == 12 && p.end().getYear() == year).toList();
      if (ending.size() == 1) {
        return Optional.of(ending.get(0));
      }
    }
    return Optional.empty();
  }

  private static Optional<Month> month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      // the enum's name is the English month's: asking the JDK's locale data for it instead costs
      // some 30 ms of start-up on every run (issue #6)
      String full = month.name().toLowerCase(Locale.ROOT);
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

  /** The number of whole calendar months covered: 12 for a year, 3 for a quarter. */
  public long months() {
    return ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
  }

  // written out rather than the record's own, which goes through method handles: a dataset hashes
  // a period for every figure asked for, often before the JIT has run (issue #6)
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Period p && kind == p.kind && label.equals(p.label) && start.equals(p.start)
        && end.equals(p.end));
  }

  @Override
  public int hashCode() {
    return ((kind.ordinal() * 31 + label.hashCode()) * 31 + start.hashCode()) * 31 + end.hashCode();
  }

  /** Periods sort by their end date, then their start. */
  @Override
  public int compareTo(Period other) {
    int c = end.compareTo(other.end);
    return c != 0 ? c : start.compareTo(other.start);
  }

  /** True for the 12-month kinds: a calendar year, a financial year or "12m to". */
  public boolean isYear() {
    return kind != Kind.MONTHS;
  }

  /** True when this period lies wholly inside {@code other} (or is the same span). */
  public boolean within(Period other) {
    return !start.isBefore(other.start) && !end.isAfter(other.end);
  }

  /** The same 12 months {@code years} years earlier: 2015 for 2017 and 2, "12m to Sep 2013" for 5. */
  public Period yearsEarlier(int years) {
    Checks.checkArgument(years >= 0, "years must be 0 or more, not %s", years);
    YearMonth first = YearMonth.from(start).minusYears(years);
    YearMonth last = YearMonth.from(end).minusYears(years);
    return months(first, last);
  }

  /** Two periods are the same span of days, whatever their labels. */
  public boolean sameSpan(Period other) {
    return start.equals(other.start) && end.equals(other.end);
  }
}
