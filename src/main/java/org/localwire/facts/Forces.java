package org.localwire.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.localwire.model.Area;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.Offence;
import org.localwire.model.Period;
import org.localwire.model.Place;
import org.localwire.model.Population;

/**
 * The fact engine for force stories: pure functions from a {@link Dataset} to the {@link
 * ForceFacts} of one force, offence and 12-month period. No I/O, no clock, no locale; every
 * value keeps its cells.
 */
public final class Forces {
  private Forces() {}

  /**
   * All facts for {@code force}. {@code focusArea} names the area a story is about when the data
   * covers only part of the force (else empty); {@code caveats} are every recording-rule change
   * known, of which the facts keep those their comparisons cross. Throws when the force has no
   * count for the period, since no story can be written without it.
   */
  public static ForceFacts factsFor(Dataset data, String force, String offenceName, Period period,
      Optional<String> focusArea, List<Caveat> caveats) throws InputException {
    Offence offence = data.tree().find(offenceName).orElseGet(() -> new Offence(offenceName, "", 0, "offence"));
    List<String> notes = new ArrayList<>();
    List<Period> years = Totals.years(data);
    Total count = Totals.force(data, force, offenceName, period).orElseThrow(() -> noFigure(data, force, offenceName,
        period, years));
    if (data.partialForce(force) && Totals.figure(data, Place.forceTotal(force), offenceName, period).isEmpty()) {
      int n = data.areasIn(force).size();
      throw InputException.in(data.source().file(), "holds " + n + " of the areas of the " + force
          + " police force area (the ONS lookup of December 2023 gives it more) and no " + force
          + " total, so the force's figure is not known",
          "the area stories rank " + (n == 1 ? "their area" : "their areas") + " among those in the data; for a force "
          + "story add the force's total, or its other areas");
    }

    // the same 12 months two years before, a year before, and now: the seeds' "three years"
    List<AreaFacts.PeriodCount> history = new ArrayList<>();
    for (int back = 2; back >= 0; back--) {
      Period p = period.yearsEarlier(back);
      if (back == 0 || years.contains(p)) {
        history.add(new AreaFacts.PeriodCount(p, Totals.force(data, force, offenceName, p).map(Total::amount)));
      }
    }
    Optional<Change> change = Optional.empty();
    Total.Basis changeBasis = count.basis();
    for (AreaFacts.PeriodCount h : history) {
      if (h.period().equals(period) || h.count().isEmpty()) {
        continue;
      }
      Optional<Comparison> c = compare(data, force, offenceName, h.period(), period);
      if (c.isPresent()) {
        change = Optional.of(c.get().change());
        changeBasis = c.get().basis();
      } else {
        notes.add("The " + period.label() + " and " + h.period().label() + " figures for " + force
            + " are counted differently (one published, one the sum of its areas), so they are not compared.");
      }
      break;
    }

    Period fiveBack = period.yearsEarlier(5);
    Optional<AreaFacts.PeriodCount> fiveYearsBefore = Optional.empty();
    Optional<Change> fiveYearChange = Optional.empty();
    if (years.contains(fiveBack)) {
      fiveYearsBefore = Optional.of(new AreaFacts.PeriodCount(fiveBack,
          Totals.force(data, force, offenceName, fiveBack).map(Total::amount)));
      fiveYearChange = compare(data, force, offenceName, fiveBack, period).map(Comparison::change);
    }

    List<ForceFacts.AreaLine> areas = new ArrayList<>();
    List<String> unpublishedAreas = new ArrayList<>();
    for (Area area : data.areasIn(force)) {
      Optional<Amount> n = Totals.figure(data, Place.area(area), offenceName, period);
      if (n.isEmpty()) {
        unpublishedAreas.add(area.name());
        notes.add(area.name() + " has no published " + period.label() + " figure and is left out of the areas.");
        continue;
      }
      areas.add(areaLine(data, area, offenceName, period, n.get(), years));
    }
    areas.sort(Comparator.comparingLong((ForceFacts.AreaLine a) -> a.count().value()).reversed()
        .thenComparing(ForceFacts.AreaLine::name));

    boolean partial = !areas.isEmpty() && coveredInPart(data, force, offenceName, period);
    Optional<String> focus = Optional.empty();
    if (focusArea.isPresent()) {
      String wanted = focusArea.get();
      if (areas.stream().noneMatch(a -> a.name().equals(wanted))) {
        throw InputException.in("--area", "the data has no " + period.label() + " figure for " + wanted + " in " + force,
            "choose an area and period the data covers");
      }
      focus = focusArea;
    } else if (partial && areas.size() == 1) {
      focus = Optional.of(areas.get(0).name());
    }

    Optional<Total> national = Totals.national(data, offenceName, period);
    Optional<Change> nationalChange = Optional.empty();
    if (national.isPresent()) {
      Period lastYear = period.yearsEarlier(1);
      Optional<Total> before = Totals.national(data, offenceName, lastYear);
      if (before.isPresent() && before.get().basis() == national.get().basis()) {
        nationalChange = Optional.of(new Change(lastYear, period, before.get().amount(), national.get().amount()));
      }
    }

    Optional<Share> shareOfAllCrime = Optional.empty();
    Optional<Offence> root = data.tree().root();
    if (root.isPresent() && !root.get().name().equals(offenceName)) {
      Optional<Total> all = Totals.force(data, force, root.get().name(), period);
      if (all.isPresent() && all.get().value() > 0 && all.get().value() >= count.value()) {
        shareOfAllCrime = Optional.of(new Share(count.amount(), all.get().amount(), root.get().lowerName()));
      }
    }

    Optional<TypeRank> typeRank = typeRank(data, force, offence, period, notes);

    List<ForceFacts.Part> parts = new ArrayList<>();
    for (Offence child : data.tree().all()) {
      if (child.parent().equals(offenceName)) {
        Totals.force(data, force, child.name(), period).ifPresent(t -> parts.add(new ForceFacts.Part(child, t)));
      }
    }

    List<ForceFacts.OtherPeriod> others = new ArrayList<>();
    for (Period p : data.periods()) {
      if (p.isYear() || p.within(period)) {
        continue;
      }
      boolean running = period.within(p);
      if (running || p.end().isAfter(period.end())) {
        Totals.figure(data, Place.forceTotal(force), offenceName, p)
            .ifPresent(a -> others.add(new ForceFacts.OtherPeriod(p, a, running)));
      }
    }

    Set<Caveat> crossed = new LinkedHashSet<>();
    for (Caveat caveat : caveats) {
      if (!caveat.covers(offenceName, force)) {
        continue;
      }
      List<Change> changes = new ArrayList<>();
      change.ifPresent(changes::add);
      fiveYearChange.ifPresent(changes::add);
      nationalChange.ifPresent(changes::add);
      areas.forEach(a -> {
        a.change().ifPresent(changes::add);
        a.fiveYearChange().ifPresent(changes::add);
      });
      if (changes.stream().anyMatch(c -> caveat.crossedBy(c.from(), c.to()))) {
        crossed.add(caveat);
      }
    }

    return new ForceFacts(force, offence, period, data.source(), count, history, change, changeBasis, fiveYearsBefore,
        fiveYearChange, areas, partial, focus, national, nationalChange, shareOfAllCrime, typeRank, parts, others,
        List.copyOf(crossed), notes, unpublishedAreas);
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
  private record Comparison(Change change, Total.Basis basis) {}

  /**
   * The force's counts in two periods, counted the same way: published or added up from
   * quarters (the same thing), or both summed from the force's areas. Empty when they cannot be.
   */
  private static Optional<Comparison> compare(Dataset data, String force, String offence, Period from, Period to) {
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

  private static ForceFacts.AreaLine areaLine(Dataset data, Area area, String offence, Period period, Amount count,
      List<Period> years) {
    List<AreaFacts.PeriodCount> history = new ArrayList<>();
    for (int back = 2; back >= 0; back--) {
      Period p = period.yearsEarlier(back);
      if (back == 0 || years.contains(p)) {
        history.add(new AreaFacts.PeriodCount(p, Totals.figure(data, Place.area(area), offence, p)));
      }
    }
    Optional<Change> change = history.stream()
        .filter(h -> !h.period().equals(period) && h.count().isPresent())
        .findFirst()
        .map(h -> new Change(h.period(), period, h.count().get(), count));
    Period fiveBack = period.yearsEarlier(5);
    Optional<AreaFacts.PeriodCount> five = Optional.empty();
    Optional<Change> fiveChange = Optional.empty();
    if (years.contains(fiveBack)) {
      Optional<Amount> before = Totals.figure(data, Place.area(area), offence, fiveBack);
      five = Optional.of(new AreaFacts.PeriodCount(fiveBack, before));
      fiveChange = before.map(b -> new Change(fiveBack, period, b, count));
    }
    Optional<Rate> rate = Optional.empty();
    if (area.population() instanceof Population.Known known) {
      rate = Optional.of(new Rate(count, new Amount(known.people(), known.cells()), known.basis()));
    }
    return new ForceFacts.AreaLine(area, count, history, change, five, fiveChange, rate);
  }

  /** Rank among the types of crime a reader knows (CrimeTypes), when the figures give them all. */
  private static Optional<TypeRank> typeRank(Dataset data, String force, Offence offence, Period period,
      List<String> notes) {
    if (offence.level() == 0 || data.tree().find(offence.name()).isEmpty()) {
      return Optional.empty();
    }
    Optional<TypeRank> rank = CrimeTypes.rank(data.tree(), offence, force, name -> data.offences().contains(name)
        ? Totals.force(data, force, name, period).map(Total::amount) : Optional.empty());
    if (rank.isEmpty()) {
      notes.add("The figures do not give every type of crime for " + force + " in a way that adds up to all recorded"
          + " crime, so " + offence.lowerName() + " is not ranked among types of crime.");
    }
    return rank;
  }

  private static InputException noFigure(Dataset data, String force, String offence, Period period, List<Period> years) {
    var figure = data.figure(Place.forceTotal(force), offence, period);
    if (figure.isPresent() && figure.get().isMissing()) {
      return InputException.at(figure.get().cell(), "the " + offence.toLowerCase(Locale.UK) + " figure for " + force
          + " in " + period.label() + " is not published (" + figure.get().missing() + ")",
          "no story can be written without it: choose another period");
    }
    // an area's suppressed figure: the force's own is then the unknown sum of its areas (issue 14)
    for (Area area : data.areasIn(force)) {
      var cell = data.figure(Place.area(area), offence, period);
      if (cell.isPresent() && cell.get().isMissing() && figure.isEmpty()) {
        return InputException.at(cell.get().cell(), "the " + offence.toLowerCase(Locale.UK) + " figure for "
            + area.name() + " in " + period.label() + " is not published (" + cell.get().missing()
            + ") and the data gives no " + force + " total, so the force's figure is not known",
            "the area stories are written without it; for a force story add the force's total, or fill in the figure");
      }
    }
    List<String> covered = years.stream().filter(p -> Totals.force(data, force, offence, p).isPresent())
        .map(Period::label).toList();
    return InputException.in(data.source().file(), "has no " + offence + " figure for " + force + " in "
        + period.label(), covered.isEmpty() ? "choose another --offence or --force"
        : "choose one of the periods it covers for " + force + ": " + String.join(", ", covered));
  }
}
