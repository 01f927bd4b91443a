package org.localwire.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.localwire.model.Area;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.Offence;
import org.localwire.model.Period;
import org.localwire.model.Place;
import org.localwire.model.Population;

/**
 * The fact engine: pure functions from a {@link Dataset} to the {@link AreaFacts} of one area,
 * offence and period. No I/O, no clock, no locale; every value keeps its cells.
 */
public final class Facts {
  private Facts() {}

  /**
   * All facts for {@code area}. Throws when the area's own figure is missing or suppressed,
   * since no story can be written without it.
   */
  public static AreaFacts forArea(Dataset data, Area area, String offenceName, Period period) throws InputException {
    Offence offence = data.tree().find(offenceName)
        .orElseGet(() -> new Offence(offenceName, "", 0, "offence"));
    boolean inTree = data.tree().find(offenceName).isPresent();
    List<String> notes = new ArrayList<>();

    Amount count = areaCount(data, area, offenceName, period)
        .orElseThrow(() -> noFigure(data, area, offenceName, period));

    String force = area.force();
    List<Ranked> byCount = new ArrayList<>();
    for (Area other : data.areasIn(force)) {
      areaCount(data, other, offenceName, period)
          .ifPresent(a -> byCount.add(Ranked.of(other.name(), a)));
    }
    Rank rankByCount = Rank.of("offences recorded", area.name(), byCount);
    if (byCount.size() < data.areasIn(force).size()) {
      notes.add((data.areasIn(force).size() - byCount.size()) + " of the " + data.areasIn(force).size()
          + " areas in " + force + " have no published figure and are left out of the ranking");
    }

    ForceTotal forceTotal = forceTotal(data, force, offenceName, period);
    Share shareOfForce = new Share(count, forceTotal.amount(), offenceName + " offences recorded by " + force);

    Optional<Amount> national = Optional.empty();
    if (data.source().national()) {
      List<Amount> forces = new ArrayList<>();
      for (String f : data.forces()) {
        forces.add(forceTotal(data, f, offenceName, period).amount());
      }
      national = Optional.of(Amount.sum(forces));
    }

    Optional<Share> shareOfAllCrime = Optional.empty();
    Optional<Offence> root = data.tree().root();
    if (root.isPresent() && !root.get().name().equals(offenceName)) {
      Optional<Amount> all = areaCount(data, area, root.get().name(), period);
      if (all.isPresent() && all.get().value() > 0 && all.get().value() >= count.value()) {
        shareOfAllCrime = Optional.of(new Share(count, all.get(), root.get().lowerName()));
      }
    }

    Optional<TypeRank> typeInArea = Optional.empty();
    Optional<TypeRank> typeInForce = Optional.empty();
    if (inTree && offence.level() > 0) {
      List<Ranked> inArea = new ArrayList<>();
      List<Ranked> inForce = new ArrayList<>();
      for (Offence sibling : data.tree().sameLevel(offence)) {
        if (!data.offences().contains(sibling.name())) {
          continue;
        }
        areaCount(data, area, sibling.name(), period)
            .ifPresent(a -> inArea.add(Ranked.of(sibling.name(), a)));
        inForce.add(Ranked.of(sibling.name(), forceTotal(data, force, sibling.name(), period).amount()));
      }
      if (inArea.size() > 1) {
        typeInArea = Optional.of(new TypeRank(area.name(), offence.kindName(),
            Rank.of("offences recorded", offenceName, inArea)));
      }
      if (inForce.size() > 1) {
        typeInForce = Optional.of(new TypeRank(force, offence.kindName(),
            Rank.of("offences recorded", offenceName, inForce)));
      }
    }

    Optional<Rate> rate = rate(count, area.population());
    if (area.population() instanceof Population.Unknown unknown) {
      notes.add("No rate per 1,000 people for " + area.name() + ": " + unknown.reason() + ".");
    }
    Optional<Rank> rankByRate = Optional.empty();
    if (rate.isPresent()) {
      List<Ranked> rates = new ArrayList<>();
      for (Area other : data.areasIn(force)) {
        Optional<Amount> c = areaCount(data, other, offenceName, period);
        if (c.isPresent()) {
          rate(c.get(), other.population()).ifPresent(r -> rates.add(r.ranked(other.name())));
        }
      }
      rankByRate = Optional.of(Rank.of("offences per 1,000 people", area.name(), rates));
    }
    Optional<Rate> forceRate = forceRate(data, force, forceTotal.amount(), notes);
    Optional<Rate> nationalRate = Optional.empty();
    if (national.isPresent()) {
      nationalRate = rate(national.get(), data.nationalPopulation());
    }

    List<AreaFacts.PeriodCount> history = new ArrayList<>();
    for (Period p : data.periods()) {
      if (p.compareTo(period) <= 0) {
        history.add(new AreaFacts.PeriodCount(p, areaCount(data, area, offenceName, p)));
      }
    }
    Optional<Change> change = change(history, false);
    Optional<Change> lastChange = change(history, true);
    Optional<Rank> riseRank = Optional.empty();
    if (change.isPresent() && change.get().before().value() > 0) {
      Period from = change.get().from();
      List<Ranked> rises = new ArrayList<>();
      for (Area other : data.areasIn(force)) {
        Optional<Amount> before = areaCount(data, other, offenceName, from);
        Optional<Amount> after = areaCount(data, other, offenceName, period);
        if (before.isPresent() && after.isPresent() && before.get().value() > 0) {
          rises.add(Ranked.ratio(other.name(), after.get().value(), after.get(), before.get()));
        }
      }
      riseRank = Optional.of(Rank.of("change since " + from.label(), area.name(), rises));
    }

    return new AreaFacts(area, offence, period, data.source(), count, forceTotal.amount(), forceTotal.published(),
        rankByCount, shareOfForce, national, national.isPresent() ? data.forces().size() : 0, shareOfAllCrime, typeInArea, typeInForce, rate, rankByRate,
        forceRate, nationalRate, history, change, lastChange, riseRank, notes);
  }

  /** A force's total: as published where the source gives one, else its areas plus unassigned. */
  record ForceTotal(Amount amount, boolean published) {}

  static ForceTotal forceTotal(Dataset data, String force, String offence, Period period) {
    Optional<Figure> published = data.figure(Place.forceTotal(force), offence, period);
    if (published.isPresent() && !published.get().isMissing()) {
      return new ForceTotal(Amount.of(published.get().count(), published.get().cell()), true);
    }
    List<Amount> parts = new ArrayList<>();
    for (Area area : data.areasIn(force)) {
      areaCount(data, area, offence, period).ifPresent(parts::add);
    }
    data.figure(Place.unassigned(force), offence, period)
        .filter(f -> !f.isMissing())
        .ifPresent(f -> parts.add(Amount.of(f.count(), f.cell())));
    return new ForceTotal(Amount.sum(parts), false);
  }

  static Optional<Amount> areaCount(Dataset data, Area area, String offence, Period period) {
    return data.figure(Place.area(area), offence, period)
        .filter(f -> !f.isMissing())
        .map(f -> Amount.of(f.count(), f.cell()));
  }

  private static Optional<Rate> rate(Amount count, Population population) {
    if (population instanceof Population.Known known) {
      return Optional.of(new Rate(count, new Amount(known.people(), known.cells()), known.basis()));
    }
    return Optional.empty();
  }

  private static Optional<Rate> forceRate(Dataset data, String force, Amount total, List<String> notes) {
    long people = 0;
    List<org.localwire.model.Cell> cells = new ArrayList<>();
    String basis = "";
    for (Area area : data.areasIn(force)) {
      if (area.population() instanceof Population.Known known) {
        people += known.people();
        cells.addAll(known.cells());
        basis = known.basis().replaceAll(", summed over .*", "");
      } else if (area.population() instanceof Population.Unknown unknown) {
        notes.add("No rate per 1,000 people for " + force + " as a whole: " + area.name() + " has no population ("
            + unknown.reason() + ").");
        return Optional.empty();
      }
    }
    return people == 0 ? Optional.empty()
        : Optional.of(new Rate(total, new Amount(people, cells), basis + ", summed over the force's areas"));
  }

  /** First known period to the given one, or (latest) the previous known period to it. */
  private static Optional<Change> change(List<AreaFacts.PeriodCount> history, boolean latest) {
    if (history.size() < 2) {
      return Optional.empty();
    }
    AreaFacts.PeriodCount last = history.get(history.size() - 1);
    List<AreaFacts.PeriodCount> earlier = history.subList(0, history.size() - 1);
    Optional<AreaFacts.PeriodCount> from = Optional.empty();
    for (AreaFacts.PeriodCount p : earlier) {
      if (p.count().isPresent() && (latest || from.isEmpty())) {
        from = Optional.of(p);
      }
    }
    if (from.isEmpty() || last.count().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Change(from.get().period(), last.period(), from.get().count().get(), last.count().get()));
  }

  private static InputException noFigure(Dataset data, Area area, String offence, Period period) {
    Optional<Figure> f = data.figure(Place.area(area), offence, period);
    if (f.isPresent()) {
      return InputException.at(f.get().cell(), "the " + offence.toLowerCase(java.util.Locale.UK) + " figure for "
          + area.name() + " in " + period.label() + " is not published (the cell holds " + f.get().missing() + ")",
          "no story can be written without it: choose another period, or fill in the figure if you have it");
    }
    return InputException.in(data.source().file(), "has no " + offence + " figure for " + area.name() + " in "
        + period.label(), "choose a period and offence the file covers (see 'localwire facts --help')");
  }
}
