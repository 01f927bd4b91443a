package org.localwire.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.localwire.model.Area;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.Period;
import org.localwire.model.Place;

/**
 * Counts for forces and for England and Wales, from whatever the data gives: a published figure
 * first; else the force's areas (with its unassigned offences) when every area has a figure;
 * else the quarters that make up the period exactly; and for England and Wales, the sum of every
 * force when the source covers them all. Pure; a missing figure is never read as zero.
 */
public final class Totals {
  private Totals() {}

  /** The force's count for the offence and period, or empty when the data cannot give it. */
  public static Optional<Total> force(Dataset data, String force, String offence, Period period) {
    Optional<Amount> published = figure(data, Place.forceTotal(force), offence, period);
    if (published.isPresent()) {
      return Optional.of(new Total(published.get(), Total.Basis.PUBLISHED, 1));
    }
    Optional<Total> areas = sumOfAreas(data, force, offence, period);
    if (areas.isPresent()) {
      return areas;
    }
    return sumOfQuarters(data, Place.forceTotal(force), offence, period);
  }

  /** The force's areas (and unassigned offences) added up, when every area has a figure. */
  public static Optional<Total> sumOfAreas(Dataset data, String force, String offence, Period period) {
    List<Area> areas = data.areasIn(force);
    if (areas.isEmpty()) {
      return Optional.empty();
    }
    List<Amount> parts = new ArrayList<>();
    for (Area area : areas) {
      Optional<Amount> a = figure(data, Place.area(area), offence, period);
      if (a.isEmpty()) {
        return Optional.empty();
      }
      parts.add(a.get());
    }
    figure(data, Place.unassigned(force), offence, period).ifPresent(parts::add);
    return Optional.of(new Total(Amount.sum(parts), Total.Basis.SUM_OF_AREAS, parts.size()));
  }

  /** England and Wales: as published, or the sum of every force when the source is national. */
  public static Optional<Total> national(Dataset data, String offence, Period period) {
    Optional<Amount> published = figure(data, Place.national(), offence, period);
    if (published.isPresent()) {
      return Optional.of(new Total(published.get(), Total.Basis.PUBLISHED, 1));
    }
    Optional<Total> quarters = sumOfQuarters(data, Place.national(), offence, period);
    if (quarters.isPresent() || !data.source().national() || data.forces().isEmpty()) {
      return quarters;
    }
    List<Amount> forces = new ArrayList<>();
    for (String force : data.forces()) {
      Optional<Total> t = force(data, force, offence, period);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      forces.add(t.get().amount());
    }
    return Optional.of(new Total(Amount.sum(forces), Total.Basis.SUM_OF_FORCES, forces.size()));
  }

  /** One place's own figure for the period, when published and not missing. */
  public static Optional<Amount> figure(Dataset data, Place place, String offence, Period period) {
    return data.figure(place, offence, period)
        .filter(f -> !f.isMissing())
        .map(f -> Amount.of(f.count(), f.cell()));
  }

  /** The figure as published, missing or not: empty only when the data has no cell for it. */
  public static Optional<Figure> cell(Dataset data, Place place, String offence, Period period) {
    return data.figure(place, offence, period);
  }

  /**
   * The quarters (three-month periods) that make up {@code period} exactly, added up, when every
   * one has a figure for the place.
   */
  static Optional<Total> sumOfQuarters(Dataset data, Place place, String offence, Period period) {
    List<Period> quarters = quartersOf(data, period);
    if (quarters.isEmpty()) {
      return Optional.empty();
    }
    List<Amount> parts = new ArrayList<>();
    for (Period q : quarters) {
      Optional<Amount> a = figure(data, place, offence, q);
      if (a.isEmpty()) {
        return Optional.empty();
      }
      parts.add(a.get());
    }
    return Optional.of(new Total(Amount.sum(parts), Total.Basis.SUM_OF_QUARTERS, parts.size()));
  }

  /** The data's three-month periods inside {@code period}, when they cover it end to end; else none. */
  static List<Period> quartersOf(Dataset data, Period period) {
    List<Period> inside = data.periods().stream()
        .filter(p -> p.kind() == Period.Kind.MONTHS && p.months() == 3 && p.within(period))
        .sorted(Comparator.comparing(Period::start))
        .toList();
    if (inside.isEmpty() || !inside.get(0).start().equals(period.start())
        || !inside.get(inside.size() - 1).end().equals(period.end())) {
      return List.of();
    }
    for (int i = 1; i < inside.size(); i++) {
      if (!inside.get(i).start().equals(inside.get(i - 1).end().plusDays(1))) {
        return List.of();
      }
    }
    return inside;
  }

  /**
   * The 12-month periods a force story can be about: those in the data, and the calendar and
   * financial years the data's quarters make up. Earliest first.
   */
  public static List<Period> years(Dataset data) {
    TreeSet<Period> years = new TreeSet<>();
    for (Period p : data.periods()) {
      if (p.isYear()) {
        years.add(p);
      } else if (p.months() == 3) {
        int y = p.start().getYear();
        for (Period candidate : List.of(Period.calendarYear(y), Period.financialYear(y), Period.financialYear(y - 1))) {
          if (!quartersOf(data, candidate).isEmpty()) {
            years.add(candidate);
          }
        }
      }
    }
    return List.copyOf(years);
  }

  /**
   * True when the data names some of the force's areas but not all: the force's published total
   * for the period is more than its areas (and unassigned offences) in the data add up to. A story
   * about such an area must not call it the force's only area, or its highest.
   */
  public static boolean coveredInPart(Dataset data, String force, String offence, Period period) {
    Optional<Amount> published = Totals.figure(data, Place.forceTotal(force), offence, period);
    if (published.isEmpty() || data.areasIn(force).isEmpty()) {
      return false;
    }
    long sum = Totals.figure(data, Place.unassigned(force), offence, period).map(Amount::value).orElse(0L);
    for (Area area : data.areasIn(force)) {
      sum += Totals.figure(data, Place.area(area), offence, period).map(Amount::value).orElse(0L);
    }
    return sum < published.get().value();
  }

  /** A change and how both its counts were arrived at. */
  record Comparison(Change change, Total.Basis basis) {}

  /**
   * The force's counts in two periods, counted the same way: published or added up from
   * quarters (the same thing), or both summed from the force's areas. Empty when they cannot be.
   */
  static Optional<Comparison> compare(Dataset data, String force, String offence, Period from, Period to) {
    Optional<Total> before = Totals.force(data, force, offence, from);
    Optional<Total> after = Totals.force(data, force, offence, to);
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    boolean areasBefore = before.get().basis() == Total.Basis.SUM_OF_AREAS;
    boolean areasAfter = after.get().basis() == Total.Basis.SUM_OF_AREAS;
    if (areasBefore == areasAfter) {
      return Optional.of(new Comparison(new Change(from, to, before.get().amount(), after.get().amount()),
          after.get().basis()));
    }
    Optional<Total> b = Totals.sumOfAreas(data, force, offence, from);
    Optional<Total> a = Totals.sumOfAreas(data, force, offence, to);
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(new Comparison(new Change(from, to, b.get().amount(), a.get().amount()),
          Total.Basis.SUM_OF_AREAS));
    }
    return Optional.empty();
  }
}
