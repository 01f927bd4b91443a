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
    // A missing figure is never zero: every story compares the area with its whole force, so a
    // neighbour without a figure would make "the highest of the four areas" and the force total
    // silently wrong. Refuse, naming the neighbour's cell (issue 5).
    List<Ranked> byCount = new ArrayList<>();
    for (Area other : data.areasIn(force)) {
      Amount a = areaCount(data, other, offenceName, period)
          .orElseThrow(() -> neighbourMissing(data, area, other, offenceName, period));
      byCount.add(new Ranked(other.name(), a.value(), 1));
    }
    Rank rankByCount = Rank.of("offences recorded", area.name(), byCount);

    ForceTotal forceTotal = forceTotal(data, force, offenceName, period);
    if (forceTotal.amount().value() == 0) {
      // nothing to compare and no share to give: "0% of the none recorded" is not a story
      throw InputException.in(data.source().file(), "police recorded no " + lower(offenceName)
          + " offences in any area of " + force + " in " + period.label() + ", so there is no story about "
          + area.name(), "choose another offence or period");
    }
    if (forceTotal.published() && count.value() > forceTotal.amount().value()) {
      throw InputException.at(count.cells().get(0), "the " + lower(offenceName) + " figure for " + area.name() + ", "
          + count.value() + ", is more than the published " + force + " total, " + forceTotal.amount().value() + " ("
          + forceTotal.amount().cells().get(0) + ")", "one of the two cells is wrong: check them against the source");
    }
    if (!forceTotal.complete()) {
      Figure unassigned = data.figure(Place.unassigned(force), offenceName, period).orElseThrow();
      throw InputException.at(unassigned.cell(), "the " + lower(offenceName) + " figure for offences " + force
          + " could not place in an area is not published (" + holds(unassigned) + ") and the data has no force total", "a story needs the force total: add the " + force
          + " force_total row, or fill in the figure if you have it");
    }
    Share shareOfForce = new Share(count, forceTotal.amount(), offenceName + " offences recorded by " + force);

    Optional<Amount> national = Optional.empty();
    if (data.source().national()) {
      List<Amount> forces = new ArrayList<>();
      boolean complete = true;
      for (String f : data.forces()) {
        ForceTotal t = forceTotal(data, f, offenceName, period);
        forces.add(t.amount());
        if (!t.complete()) {
          complete = false;
          notes.add("No England and Wales total: " + f + " has no complete " + lower(offenceName) + " total.");
        }
      }
      national = complete ? Optional.of(Amount.sum(forces)) : Optional.empty();
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
      // a rank among crime types needs every type at the level: one missing could be above
      boolean areaComplete = true;
      boolean forceComplete = true;
      for (Offence sibling : data.tree().sameLevel(offence)) {
        if (!data.offences().contains(sibling.name())) {
          continue;
        }
        Optional<Amount> inAreaCount = areaCount(data, area, sibling.name(), period);
        inAreaCount.ifPresent(a -> inArea.add(new Ranked(sibling.name(), a.value(), 1)));
        areaComplete &= inAreaCount.isPresent();
        ForceTotal siblingTotal = forceTotal(data, force, sibling.name(), period);
        inForce.add(new Ranked(sibling.name(), siblingTotal.amount().value(), 1));
        forceComplete &= siblingTotal.complete();
      }
      if (!areaComplete) {
        inArea.clear();
        notes.add("No rank among crime types for " + area.name() + ": a figure at the same level is not published.");
      }
      if (!forceComplete) {
        inForce.clear();
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
      List<String> without = new ArrayList<>();
      for (Area other : data.areasIn(force)) {
        Optional<Amount> before = areaCount(data, other, offenceName, from);
        Optional<Amount> after = areaCount(data, other, offenceName, period);
        if (before.isEmpty() || after.isEmpty()) {
          without.add(other.name());
        } else if (before.get().value() > 0) {
          rises.add(new Ranked(other.name(), after.get().value(), before.get().value()));
        }
      }
      // "the largest rise in the force" needs every area's change: one missing could be larger
      if (without.isEmpty()) {
        riseRank = Optional.of(Rank.of("change since " + from.label(), area.name(), rises));
      } else {
        notes.add("No ranking of rises in " + force + " since " + from.label() + ": no figure for "
            + String.join(", ", without) + ".");
      }
    }

    return new AreaFacts(area, offence, period, data.source(), count, forceTotal.amount(), forceTotal.published(),
        rankByCount, shareOfForce, national, national.isPresent() ? data.forces().size() : 0, shareOfAllCrime, typeInArea, typeInForce, rate, rankByRate,
        forceRate, nationalRate, history, change, lastChange, riseRank, notes);
  }

  /** A force's total: as published where the source gives one, else its areas plus unassigned. */
  record ForceTotal(Amount amount, boolean published, boolean complete) {}

  static ForceTotal forceTotal(Dataset data, String force, String offence, Period period) {
    Optional<Figure> published = data.figure(Place.forceTotal(force), offence, period);
    if (published.isPresent() && !published.get().isMissing()) {
      return new ForceTotal(Amount.of(published.get().count(), published.get().cell()), true, true);
    }
    List<Amount> parts = new ArrayList<>();
    boolean complete = true;
    for (Area area : data.areasIn(force)) {
      Optional<Amount> count = areaCount(data, area, offence, period);
      count.ifPresent(parts::add);
      complete &= count.isPresent();
    }
    Optional<Figure> unassigned = data.figure(Place.unassigned(force), offence, period);
    if (unassigned.isPresent() && unassigned.get().isMissing()) {
      complete = false;
    }
    unassigned.filter(f -> !f.isMissing()).ifPresent(f -> parts.add(Amount.of(f.count(), f.cell())));
    return new ForceTotal(Amount.sum(parts), false, complete);
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

  private static InputException neighbourMissing(Dataset data, Area area, Area other, String offence,
      Period period) {
    String hint = "the story about " + area.name() + " compares it with every area in " + area.force()
        + ", so it cannot be written: fill in the figure if you have it, or choose another period";
    Optional<Figure> f = data.figure(Place.area(other), offence, period);
    if (f.isPresent()) {
      return InputException.at(f.get().cell(), "the " + lower(offence) + " figure for " + other.name() + " in "
          + period.label() + " is not published (" + holds(f.get()) + ")", hint);
    }
    return InputException.in(data.source().file(), "has no " + lower(offence) + " figure for " + other.name()
        + " in " + period.label(), hint);
  }

  /** "the cell holds [x]", or "the cell is empty". */
  private static String holds(Figure missing) {
    return missing.missing().equals(Figure.EMPTY) ? "the cell is empty" : "the cell holds " + missing.missing();
  }

  private static String lower(String offence) {
    return offence.toLowerCase(java.util.Locale.UK);
  }

  private static InputException noFigure(Dataset data, Area area, String offence, Period period) {
    Optional<Figure> f = data.figure(Place.area(area), offence, period);
    if (f.isPresent()) {
      return InputException.at(f.get().cell(), "the " + offence.toLowerCase(java.util.Locale.UK) + " figure for "
          + area.name() + " in " + period.label() + " is not published (" + holds(f.get()) + ")",
          "no story can be written without it: choose another period, or fill in the figure if you have it");
    }
    return InputException.in(data.source().file(), "has no " + offence + " figure for " + area.name() + " in "
        + period.label(), "choose a period and offence the file covers (see 'localwire facts --help')");
  }
}
