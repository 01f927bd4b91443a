package org.localwire.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.localwire.model.Area;
import org.localwire.model.Cell;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.Offence;
import org.localwire.model.Period;
import org.localwire.model.Place;
import org.localwire.model.Population;

/**
 * The fact engine for any place: from a {@link Dataset} to the {@link AreaFacts} of one area,
 * or the {@link ForceFacts} of one police force, for an offence and period. No I/O, no clock, no
 * locale; every value keeps its cells. The concepts every place has (the offence, its share of
 * all crime, its rank among the types of crime) are worked out by one method each, given how
 * the place's count of any offence is found; a place's comparison set (an area's force, a
 * force's areas and England and Wales) by its own.
 *
 * <p>What every area of a force shares (the force total, the rankings of its areas, the
 * national total) is worked out once per force, offence and period and remembered, so a batch
 * of 100,000 areas costs a few lookups per area, not a pass over its force each time. The
 * memo makes an instance safe to share between threads; results depend only on the data.
 */
public final class Facts {
  private final Dataset data;
  // bounded: a batch works through the forces in turn, and 100,000 areas' rankings need not all stay
  private final Memo<ForceKey, Shared> forces = new Memo<>(MEMO_FORCES);
  private final Map<ForceKey, Optional<Amount>> nationals = new ConcurrentHashMap<>();
  private final Memo<RiseKey, Rises> rises = new Memo<>(MEMO_FORCES);
  // rises of every area of England and Wales ("") or of Wales ("W"), once per pair of periods
  private final Map<RiseKey, Rises> wideRises = new ConcurrentHashMap<>();

  /** How many forces' shared facts the memo keeps (England and Wales has 43 forces). */
  static final int MEMO_FORCES = 256;

  // equality written out, not the records' own (method handles, slow before the JIT): looked up per story
  private record RiseKey(String force, String offence, Period from, Period to) {
    @Override
    public int hashCode() {
      return ((force.hashCode() * 31 + offence.hashCode()) * 31 + from.hashCode()) * 31 + to.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RiseKey k && force.equals(k.force) && offence.equals(k.offence) && from.equals(k.from)
          && to.equals(k.to);
    }
  }

  private record Rises(List<Ranked> sorted, Map<String, Integer> index, List<String> without) {}

  private record ForceKey(String force, String offence, Period period) {
    @Override
    public int hashCode() {
      return (force.hashCode() * 31 + offence.hashCode()) * 31 + period.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ForceKey k && force.equals(k.force) && offence.equals(k.offence) && period.equals(k.period);
    }
  }

  /** What the areas of one force share for one offence and period. */
  private record Shared(
      ForceTotal total,
      List<Area> missing,
      List<Ranked> byCount,
      Map<String, Integer> countIndex,
      int areas,
      List<Ranked> byRate,
      Map<String, Integer> rateIndex,
      Optional<Rate> rate,
      String noRate) {}

  private final Map<String, String> nonResidential;
  private final Map<ForceKey, Boolean> rare = new ConcurrentHashMap<>();
  private final Map<Period, Optional<long[]>> medianAllCrimeRate = new ConcurrentHashMap<>();

  /**
   * A place is flagged non-residential, besides those listed, when its all-crime rate per resident
   * is more than this many times the median area's (City of London 13.6 times, Westminster 5.7,
   * the next, Camden, 2.6, in the bundled Table C2).
   */
  public static final int NON_RESIDENTIAL_TIMES = 4;

  /** An offence is rare when the median area records fewer than this many in a year (one a month). */
  public static final long RARE_PER_YEAR = 12;

  private final List<org.localwire.model.Caveat> caveats;

  private Facts(Dataset data, Map<String, String> nonResidential, List<org.localwire.model.Caveat> caveats) {
    this.data = data;
    this.nonResidential = Map.copyOf(nonResidential);
    this.caveats = List.copyOf(caveats);
  }

  /** A fact engine for {@code data}; keep one per dataset to share its memo. */
  public static Facts of(Dataset data) {
    return new Facts(data, Map.of(), List.of());
  }

  /**
   * As {@link #of(Dataset)}, with the places whose residents are not the people there
   * (data/non-residential.csv), keyed by ONS code or, for a place without one, by name, and the
   * caveats ({@code data/caveats.csv}) so that the facts say which ones the story's comparisons need.
   */
  public static Facts of(Dataset data, Map<String, String> nonResidential, List<org.localwire.model.Caveat> caveats) {
    return new Facts(data, nonResidential, caveats);
  }

  /** As {@link #of(Dataset, Map, List)} with no caveats. */
  public static Facts of(Dataset data, Map<String, String> nonResidential) {
    return new Facts(data, nonResidential, List.of());
  }

  /** As {@link #of(Dataset, Map, List)} with no non-residential list. */
  public static Facts of(Dataset data, List<org.localwire.model.Caveat> caveats) {
    return new Facts(data, Map.of(), caveats);
  }

  /** One area's facts with a throwaway engine: for a single story. */
  public static AreaFacts forArea(Dataset data, Area area, String offenceName, Period period) throws InputException {
    return of(data).forArea(area, offenceName, period);
  }

  /** As above, with the non-residential places. */
  public static AreaFacts forArea(Dataset data, Map<String, String> nonResidential, Area area, String offenceName,
      Period period) throws InputException {
    return of(data, nonResidential).forArea(area, offenceName, period);
  }

  /**
   * All facts for {@code area}. Throws when the area's own figure is missing or suppressed,
   * since no story can be written without it.
   */
  public AreaFacts forArea(Area area, String offenceName, Period period) throws InputException {
    Optional<Offence> known = data.tree().find(offenceName);
    Offence offence = offence(offenceName);
    List<String> notes = new ArrayList<>();

    Amount count = areaCount(data, area, offenceName, period)
        .orElseThrow(() -> noFigure(data, area, offenceName, period));

    String force = area.force();
    Shared shared = force(force, offenceName, period);
    // A missing figure is never zero. A neighbour without one costs only what needs it (issue 14):
    // the rankings of the force's areas, and the force total and shares unless it is published.
    List<String> gaps = shared.missing().stream().map(Area::name).toList();
    boolean totalKnown = shared.total().published() || gaps.isEmpty();
    Rank rankByCount = Rank.at("offences recorded", area.name(), shared.byCount(), shared.countIndex());
    Amount forceTotal = shared.total().amount();
    checkForceTotal(area, offenceName, period, count, shared, gaps);
    if (!gaps.isEmpty()) {
      notes.add("No rank in " + force + " for " + area.name() + (totalKnown ? "" : ", and no force total or share")
          + ": no figure for " + String.join(", ", gaps) + ".");
    }
    // none recorded across the force, or a total not known: no share to give ("0% of none" is not a sentence)
    Optional<Share> shareOfForce = forceTotal.value() == 0 || !totalKnown ? Optional.empty()
        : Optional.of(new Share(count, forceTotal, offenceName + " offences recorded by " + force));

    Optional<Amount> national = national(offenceName, period, notes);
    Optional<Share> shareOfAllCrime = shareOfAllCrime(offenceName, count, name -> areaCount(data, area, name, period));
    Optional<TypeRank> typeInArea = known.isEmpty() ? Optional.empty()
        : typeRank(offence, area.name(), name -> areaCount(data, area, name, period));
    Optional<TypeRank> typeInForce = known.isEmpty() ? Optional.empty()
        : typeRank(offence, force, name -> completeTotal(force, name, period));
    if (known.isPresent() && typeInArea.isEmpty() && offence.level() > 0) {
      notes.add("No rank among types of crime for " + area.name() + ": " + offence.lowerName()
          + " is not one of the finest categories the figures give, or they do not add up to all recorded crime.");
    }

    Optional<Rate> rate = rate(count, area.population());
    if (area.population() instanceof Population.Unknown unknown) {
      notes.add("No rate per 1,000 people for " + area.name() + ": " + unknown.reason() + ".");
    }
    Optional<Rank> rankByRate = rate.isPresent() && gaps.isEmpty()
        ? Optional.of(Rank.at("offences per 1,000 people", area.name(), shared.byRate(), shared.rateIndex()))
        : Optional.empty();
    if (shared.rate().isEmpty() && !shared.noRate().isEmpty()) {
      notes.add(shared.noRate());
    }
    Optional<Rate> nationalRate = national.flatMap(n -> rate(n, data.nationalPopulation()));

    Past past = past(area, offenceName, period, national, notes);
    Optional<String> nonResidentialReason = nonResidential(area, period);
    if (nonResidentialReason.isPresent()) {
      notes.add("Non-residential population: " + nonResidentialReason.get() + ".");
    }
    return new AreaFacts(area, offence, period, data.source(), count, forceTotal, shared.total().published(),
        rankByCount, shareOfForce, national, national.isPresent() ? data.forces().size() : 0, shareOfAllCrime,
        typeInArea, typeInForce, rate, rankByRate, totalKnown ? shared.rate() : Optional.empty(), nationalRate,
        past.history(), past.change(), past.lastChange(), past.riseRank(), past.nationalChange(), past.crossed(),
        past.riseRankNational(), past.riseRankInWales(), notes,
        flags(area, offenceName, period, count, rate, gaps, nonResidentialReason), nonResidentialReason, gaps);
  }

  /** England and Wales for an area's story, where the source is national; a note says when it is not known. */
  private Optional<Amount> national(String offenceName, Period period, List<String> notes) {
    Optional<Amount> national = data.source().national() ? national(offenceName, period) : Optional.empty();
    if (data.source().national() && national.isEmpty()) {
      notes.add("No England and Wales total: a force has no complete " + lower(offenceName) + " total.");
    }
    return national;
  }

  /** The force's total for the offence, only where it is complete (published, or every part known). */
  private Optional<Amount> completeTotal(String force, String offence, Period period) {
    ForceTotal t = force(force, offence, period).total();
    return t.complete() ? Optional.of(t.amount()) : Optional.empty();
  }

  /** A published force total smaller than one of its areas, or no force total to be had: bad input. */
  private void checkForceTotal(Area area, String offenceName, Period period, Amount count, Shared shared,
      List<String> gaps) throws InputException {
    String force = area.force();
    Amount forceTotal = shared.total().amount();
    if (shared.total().published() && count.value() > forceTotal.value()) {
      throw InputException.at(count.cells().get(0), "the " + lower(offenceName) + " figure for " + area.name() + ", "
          + count.value() + ", is more than the published " + force + " total, " + forceTotal.value() + " ("
          + forceTotal.cells().get(0) + ")", "one of the two cells is wrong: check them against the source");
    }
    if (gaps.isEmpty() && !shared.total().complete()) {
      Figure unassigned = data.figure(Place.unassigned(force), offenceName, period).orElseThrow();
      throw InputException.at(unassigned.cell(), "the " + lower(offenceName) + " figure for offences " + force
          + " could not place in an area is not published (" + holds(unassigned) + ") and the data has no force total",
          "a story needs the force total: add the " + force + " force_total row, or fill in the figure if you have it");
    }
  }

  /** An area over time: its history, its changes, the caveats they cross, and how its rise ranks. */
  private record Past(List<AreaFacts.PeriodCount> history, Optional<Change> change, Optional<Change> lastChange,
      Optional<Change> nationalChange, List<org.localwire.model.Caveat> crossed, Optional<Rank> riseRank,
      Optional<Rank> riseRankNational, Optional<Rank> riseRankInWales) {}

  private Past past(Area area, String offenceName, Period period, Optional<Amount> national, List<String> notes) {
    String force = area.force();
    List<AreaFacts.PeriodCount> history = new ArrayList<>();
    for (Period p : data.periods()) {
      // a period with no figure at all for the area (a partnership that did not exist then, or not
      // the same place: data/comparability.csv) is no part of its history; a suppressed one is
      if (p.compareTo(period) <= 0 && data.figure(Place.area(area), offenceName, p).isPresent()) {
        history.add(new AreaFacts.PeriodCount(p, areaCount(data, area, offenceName, p)));
      }
    }
    // year on year (the same 12 months a year earlier) is the main comparison; else the latest
    // earlier 12 months that do not overlap the story's; and over two years (issue 18)
    Optional<Change> change = yearOnYear(history, period);
    Optional<Change> lastChange = yearsBefore(history, period, 2).filter(c -> change.isEmpty()
        || !c.from().equals(change.get().from()));
    notes.addAll(data.historyNotes(area));
    Optional<Change> nationalChange = Optional.empty();
    if (change.isPresent() && national.isPresent() && data.source().national()) {
      Optional<Amount> before = national(offenceName, change.get().from());
      nationalChange = before.map(b -> new Change(change.get().from(), period, b, national.get()));
    }
    List<org.localwire.model.Caveat> crossed = new ArrayList<>();
    for (org.localwire.model.Caveat c : caveats) {
      if (c.covers(offenceName, force) && (change.isPresent() && c.crossedBy(change.get().from(), period)
          || lastChange.isPresent() && c.crossedBy(lastChange.get().from(), period) || c.about(period))) {
        crossed.add(c);
      }
    }
    Optional<Rank> riseRank = Optional.empty();
    if (change.isPresent() && change.get().before().value() > 0) {
      Rises field = rises(area.force(), offenceName, change.get().from(), period);
      // "the largest rise in the force" needs every area's change: one missing could be larger
      if (field.without().isEmpty()) {
        riseRank = Optional.of(Rank.at("change since " + change.get().from().label(), area.name(), field.sorted(),
            field.index()));
      } else {
        notes.add("No ranking of rises in " + force + " since " + change.get().from().label() + ": no figure for "
            + String.join(", ", field.without()) + ".");
      }
    }
    // the largest rise in England and Wales, or in Wales, needs every area's change (issue 18); an area
    // with none the year before has no percentage and is left out, which the copy says
    Optional<Rank> riseRankNational = Optional.empty();
    Optional<Rank> riseRankInWales = Optional.empty();
    if (riseRank.isPresent() && data.source().national()) {
      Change c = change.get();
      riseRankNational = wideRank(area, "", offenceName, c.from(), period);
      if (area.code().startsWith("W")) {
        riseRankInWales = wideRank(area, "W", offenceName, c.from(), period);
      }
    }
    return new Past(history, change, lastChange, nationalChange, crossed, riseRank, riseRankNational, riseRankInWales);
  }

  /** The review flags the area's facts carry (README, "Review flags"). */
  private java.util.Set<Flag> flags(Area area, String offenceName, Period period, Amount count, Optional<Rate> rate,
      List<String> gaps, Optional<String> nonResidentialReason) {
    java.util.Set<Flag> flags = java.util.EnumSet.noneOf(Flag.class);
    if (count.value() == 0) {
      flags.add(Flag.NONE_RECORDED);
    } else if (count.value() < Flag.SMALL_COUNT) {
      flags.add(Flag.SMALL_NUMBERS);
    }
    if (rare(offenceName, period)) {
      flags.add(Flag.RARE_OFFENCE);
    }
    if (nonResidentialReason.isPresent()) {
      flags.add(Flag.NON_RESIDENTIAL_POPULATION);
    }
    if (rate.isEmpty()) {
      flags.add(Flag.NO_RATE);
    }
    if (!gaps.isEmpty() || data.partialForce(area.force())) {
      flags.add(Flag.PARTIAL_FORCE);
    }
    return flags;
  }

  /** The offence by name, from the data's offence tree; one outside the tree stands alone. */
  Offence offence(String name) {
    return data.tree().find(name).orElseGet(() -> new Offence(name, "", 0, "offence"));
  }

  /**
   * The offence's share of all recorded crime in a place, for any place: {@code countOf} gives the
   * place's count of an offence. Empty when the data has no all-crime total there, or it is none,
   * or less than the offence's count.
   */
  Optional<Share> shareOfAllCrime(String offenceName, Amount count,
      java.util.function.Function<String, Optional<Amount>> countOf) {
    Optional<Offence> root = data.tree().root();
    if (root.isPresent() && !root.get().name().equals(offenceName)) {
      Optional<Amount> all = countOf.apply(root.get().name());
      if (all.isPresent() && all.get().value() > 0 && all.get().value() >= count.value()) {
        return Optional.of(new Share(count, all.get(), root.get().lowerName()));
      }
    }
    return Optional.empty();
  }

  /**
   * The offence's rank among the types of crime a reader knows in a place, for any place
   * ({@link CrimeTypes}: found from the data and checked to add up); {@code countOf} gives the
   * place's count of an offence.
   */
  Optional<TypeRank> typeRank(Offence offence, String place,
      java.util.function.Function<String, Optional<Amount>> countOf) {
    return CrimeTypes.rank(data.tree(), offence, place,
        name -> data.offences().contains(name) ? countOf.apply(name) : Optional.empty());
  }

  /**
   * All facts for the police force {@code force}: its count, its history (the same 12 months two
   * years and one year before), its areas, England and Wales, and the parts and other periods of
   * the offence. {@code focusArea} names the area a story is about when the data covers only
   * part of the force (else empty); of this engine's caveats the facts keep those their
   * comparisons cross. Throws when the force has no count for the period, since no story can be
   * written without it.
   */
  public ForceFacts forForce(String force, String offenceName, Period period, Optional<String> focusArea)
      throws InputException {
    Offence offence = offence(offenceName);
    List<String> notes = new ArrayList<>();
    List<Period> years = Totals.years(data);
    Total count = Totals.force(data, force, offenceName, period).orElseThrow(() -> noForceFigure(force, offenceName,
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
    List<AreaFacts.PeriodCount> history = threeYears(period, years, p -> Totals.force(data, force, offenceName, p)
        .map(Total::amount));
    Optional<Totals.Comparison> change = forceChange(force, offenceName, period, history, notes);
    Period fiveBack = period.yearsEarlier(5);
    Optional<AreaFacts.PeriodCount> fiveYearsBefore = Optional.empty();
    Optional<Change> fiveYearChange = Optional.empty();
    if (years.contains(fiveBack)) {
      fiveYearsBefore = Optional.of(new AreaFacts.PeriodCount(fiveBack,
          Totals.force(data, force, offenceName, fiveBack).map(Total::amount)));
      fiveYearChange = Totals.compare(data, force, offenceName, fiveBack, period).map(Totals.Comparison::change);
    }
    List<String> unpublishedAreas = new ArrayList<>();
    List<ForceFacts.AreaLine> areas = areaLines(force, offenceName, period, years, unpublishedAreas, notes);
    boolean partial = !areas.isEmpty() && Totals.coveredInPart(data, force, offenceName, period);
    Optional<String> focus = focus(force, period, focusArea, areas, partial);
    Optional<Total> national = Totals.national(data, offenceName, period);
    Optional<Change> nationalChange = national.flatMap(n -> Totals.national(data, offenceName, period.yearsEarlier(1))
        .filter(before -> before.basis() == n.basis())
        .map(before -> new Change(period.yearsEarlier(1), period, before.amount(), n.amount())));
    java.util.function.Function<String, Optional<Amount>> countOf = name -> Totals.force(data, force, name, period)
        .map(Total::amount);
    Optional<TypeRank> typeRank = offence.level() == 0 || data.tree().find(offence.name()).isEmpty() ? Optional.empty()
        : typeRank(offence, force, countOf);
    if (typeRank.isEmpty() && offence.level() != 0 && data.tree().find(offence.name()).isPresent()) {
      notes.add("The figures do not give every type of crime for " + force + " in a way that adds up to all recorded"
          + " crime, so " + offence.lowerName() + " is not ranked among types of crime.");
    }
    List<Change> changes = new ArrayList<>();
    change.map(Totals.Comparison::change).ifPresent(changes::add);
    fiveYearChange.ifPresent(changes::add);
    nationalChange.ifPresent(changes::add);
    areas.forEach(a -> {
      a.change().ifPresent(changes::add);
      a.fiveYearChange().ifPresent(changes::add);
    });
    return new ForceFacts(force, offence, period, data.source(), count, history,
        change.map(Totals.Comparison::change), change.map(Totals.Comparison::basis).orElse(count.basis()),
        fiveYearsBefore, fiveYearChange, areas, partial, focus, national, nationalChange,
        shareOfAllCrime(offenceName, count.amount(), countOf), typeRank, parts(force, offenceName, period),
        otherPeriods(force, offenceName, period), crossed(offenceName, force, changes), notes, unpublishedAreas);
  }

  /** The same 12 months two years before and a year before, where the data has them, and {@code period}. */
  private static List<AreaFacts.PeriodCount> threeYears(Period period, List<Period> years,
      java.util.function.Function<Period, Optional<Amount>> countIn) {
    List<AreaFacts.PeriodCount> history = new ArrayList<>();
    for (int back = 2; back >= 0; back--) {
      Period p = period.yearsEarlier(back);
      if (back == 0 || years.contains(p)) {
        history.add(new AreaFacts.PeriodCount(p, countIn.apply(p)));
      }
    }
    return history;
  }

  /** The force's change from the earliest period of its history with a count, counted the same way. */
  private Optional<Totals.Comparison> forceChange(String force, String offence, Period period,
      List<AreaFacts.PeriodCount> history, List<String> notes) {
    for (AreaFacts.PeriodCount h : history) {
      if (h.period().equals(period) || h.count().isEmpty()) {
        continue;
      }
      Optional<Totals.Comparison> c = Totals.compare(data, force, offence, h.period(), period);
      if (c.isEmpty()) {
        notes.add("The " + period.label() + " and " + h.period().label() + " figures for " + force
            + " are counted differently (one published, one the sum of its areas), so they are not compared.");
      }
      return c;
    }
    return Optional.empty();
  }

  /** The force's areas with a count, most offences first; those without are named in {@code unpublished}. */
  private List<ForceFacts.AreaLine> areaLines(String force, String offence, Period period, List<Period> years,
      List<String> unpublished, List<String> notes) {
    List<ForceFacts.AreaLine> areas = new ArrayList<>();
    for (Area area : data.areasIn(force)) {
      Optional<Amount> n = Totals.figure(data, Place.area(area), offence, period);
      if (n.isEmpty()) {
        unpublished.add(area.name());
        notes.add(area.name() + " has no published " + period.label() + " figure and is left out of the areas.");
        continue;
      }
      areas.add(areaLine(area, offence, period, n.get(), years));
    }
    areas.sort(java.util.Comparator.comparingLong((ForceFacts.AreaLine a) -> a.count().value()).reversed()
        .thenComparing(ForceFacts.AreaLine::name));
    return areas;
  }

  /** The area a force story is about: the one asked for, or the only one a partial file names. */
  private static Optional<String> focus(String force, Period period, Optional<String> focusArea,
      List<ForceFacts.AreaLine> areas, boolean partial) throws InputException {
    if (focusArea.isPresent()) {
      String wanted = focusArea.get();
      if (areas.stream().noneMatch(a -> a.name().equals(wanted))) {
        throw InputException.in("--area", "the data has no " + period.label() + " figure for " + wanted + " in " + force,
            "choose an area and period the data covers");
      }
      return focusArea;
    }
    return partial && areas.size() == 1 ? Optional.of(areas.get(0).name()) : Optional.empty();
  }

  /** The offences that make up this one, where the data has the force's count of them. */
  private List<ForceFacts.Part> parts(String force, String offence, Period period) {
    List<ForceFacts.Part> parts = new ArrayList<>();
    for (Offence child : data.tree().all()) {
      if (child.parent().equals(offence)) {
        Totals.force(data, force, child.name(), period).ifPresent(t -> parts.add(new ForceFacts.Part(child, t)));
      }
    }
    return parts;
  }

  /** The force's figures for runs of months other than a year: later ones, and running totals that include it. */
  private List<ForceFacts.OtherPeriod> otherPeriods(String force, String offence, Period period) {
    List<ForceFacts.OtherPeriod> others = new ArrayList<>();
    for (Period p : data.periods()) {
      if (p.isYear() || p.within(period)) {
        continue;
      }
      boolean running = period.within(p);
      if (running || p.end().isAfter(period.end())) {
        Totals.figure(data, Place.forceTotal(force), offence, p)
            .ifPresent(a -> others.add(new ForceFacts.OtherPeriod(p, a, running)));
      }
    }
    return others;
  }

  /** This engine's caveats for the offence and force that one of {@code changes} crosses, once each. */
  private List<org.localwire.model.Caveat> crossed(String offence, String force, List<Change> changes) {
    java.util.Set<org.localwire.model.Caveat> crossed = new java.util.LinkedHashSet<>();
    for (org.localwire.model.Caveat caveat : caveats) {
      if (caveat.covers(offence, force) && changes.stream().anyMatch(c -> caveat.crossedBy(c.from(), c.to()))) {
        crossed.add(caveat);
      }
    }
    return List.copyOf(crossed);
  }

  /** One area of a force: its history over the force's periods, its changes, its rate. */
  private ForceFacts.AreaLine areaLine(Area area, String offence, Period period, Amount count, List<Period> years) {
    List<AreaFacts.PeriodCount> history = threeYears(period, years,
        p -> Totals.figure(data, Place.area(area), offence, p));
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
    return new ForceFacts.AreaLine(area, count, history, change, five, fiveChange, rate(count, area.population()));
  }

  private InputException noForceFigure(String force, String offence, Period period, List<Period> years) {
    var figure = data.figure(Place.forceTotal(force), offence, period);
    if (figure.isPresent() && figure.get().isMissing()) {
      return InputException.at(figure.get().cell(), "the " + offence.toLowerCase(java.util.Locale.UK) + " figure for " + force
          + " in " + period.label() + " is not published (" + figure.get().missing() + ")",
          "no story can be written without it: choose another period");
    }
    // an area's suppressed figure: the force's own is then the unknown sum of its areas (issue 14)
    for (Area area : data.areasIn(force)) {
      var cell = data.figure(Place.area(area), offence, period);
      if (cell.isPresent() && cell.get().isMissing() && figure.isEmpty()) {
        return InputException.at(cell.get().cell(), "the " + offence.toLowerCase(java.util.Locale.UK) + " figure for "
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

  /** True when the median area in the data records fewer than {@link #RARE_PER_YEAR} of the offence. */
  private boolean rare(String offence, Period period) {
    return rare.computeIfAbsent(new ForceKey("", offence, period), k -> {
      List<Long> counts = new ArrayList<>();
      for (Area a : data.areas()) {
        areaCount(data, a, offence, period).ifPresent(c -> counts.add(c.value()));
      }
      if (counts.isEmpty()) {
        return false;
      }
      counts.sort(null);
      long median = counts.get((counts.size() - 1) / 2);
      // a year's worth: scale to twelve months for shorter or longer periods
      return median * 12 < RARE_PER_YEAR * period.months();
    });
  }

  /** Listed in data/non-residential.csv, or all crime per resident far above the median area's. */
  private Optional<String> nonResidential(Area area, Period period) {
    // the file keys a place by its ONS code (council or partnership), or by name where it has none
    String listed = area.code().isBlank() ? null : nonResidential.get(area.code());
    if (listed == null) {
      listed = nonResidential.get(area.name());
    }
    if (listed != null) {
      return Optional.of(listed);
    }
    Optional<Offence> root = data.tree().root();
    if (root.isEmpty() || !(area.population() instanceof Population.Known known)) {
      return Optional.empty();
    }
    Optional<Amount> all = areaCount(data, area, root.get().name(), period);
    Optional<long[]> median = medianAllCrimeRate(root.get().name(), period);
    if (all.isEmpty() || median.isEmpty()) {
      return Optional.empty();
    }
    // all / people > TIMES * mc / mp, in exact integers
    java.math.BigInteger lhs = java.math.BigInteger.valueOf(all.get().value()).multiply(java.math.BigInteger.valueOf(median.get()[1]));
    java.math.BigInteger rhs = java.math.BigInteger.valueOf(NON_RESIDENTIAL_TIMES).multiply(java.math.BigInteger.valueOf(median.get()[0]))
        .multiply(java.math.BigInteger.valueOf(known.people()));
    if (lhs.compareTo(rhs) > 0) {
      return Optional.of("all recorded crime per resident in " + area.name() + " is more than "
          + org.localwire.wording.NumberWords.count(NON_RESIDENTIAL_TIMES)
          + " times the median area's, so many of the offences are against people who do not live there");
    }
    return Optional.empty();
  }

  /** The median area's all-crime count and population, {count, people}; worked out once. */
  private Optional<long[]> medianAllCrimeRate(String root, Period period) {
    return medianAllCrimeRate.computeIfAbsent(period, p -> median(root, p));
  }

  private Optional<long[]> median(String root, Period period) {
    List<long[]> rates = new ArrayList<>();
    for (Area a : data.areas()) {
      if (a.population() instanceof Population.Known k && k.people() > 0) {
        areaCount(data, a, root, period).ifPresent(c -> rates.add(new long[] {c.value(), k.people()}));
      }
    }
    rates.sort((x, y) -> java.math.BigInteger.valueOf(x[0]).multiply(java.math.BigInteger.valueOf(y[1]))
        .compareTo(java.math.BigInteger.valueOf(y[0]).multiply(java.math.BigInteger.valueOf(x[1]))));
    return rates.size() < 3 ? Optional.empty() : Optional.of(rates.get((rates.size() - 1) / 2));
  }

  private Shared force(String force, String offence, Period period) {
    return forces.get(new ForceKey(force, offence, period), k -> computeForce(force, offence, period));
  }

  private Shared computeForce(String force, String offence, Period period) {
    List<Area> areas = data.areasIn(force);
    List<Ranked> byCount = new ArrayList<>();
    List<Ranked> byRate = new ArrayList<>();
    List<Area> missing = new ArrayList<>();
    for (Area a : areas) {
      Optional<Amount> c = areaCount(data, a, offence, period);
      if (c.isPresent()) {
        byCount.add(Ranked.of(a.name(), c.get()));
        rate(c.get(), a.population()).ifPresent(r -> byRate.add(r.ranked(a.name())));
      } else {
        missing.add(a);
      }
    }
    byCount.sort(Rank.HIGHEST_FIRST);
    byRate.sort(Rank.HIGHEST_FIRST);
    ForceTotal total = forceTotal(data, force, offence, period);
    String noRate = "";
    Optional<Rate> rate = Optional.empty();
    long people = 0;
    List<Cell> cells = new ArrayList<>();
    String basis = "";
    for (Area a : areas) {
      if (a.population() instanceof Population.Known known) {
        people += known.people();
        cells.addAll(known.cells());
        basis = Population.estimate(known.basis());
      } else if (a.population() instanceof Population.Unknown unknown) {
        noRate = "No rate per 1,000 people for " + force + " as a whole: " + a.name() + " has no population ("
            + unknown.reason() + ").";
        people = 0;
        break;
      }
    }
    if (people > 0) {
      rate = Optional.of(new Rate(total.amount(), new Amount(people, cells), basis + ", summed over the force's areas"));
    }
    return new Shared(total, List.copyOf(missing), List.copyOf(byCount), index(byCount), areas.size(),
        List.copyOf(byRate), index(byRate), rate, noRate);
  }

  /** The sum of every force's total; empty when any force's total is incomplete. */
  private Optional<Amount> national(String offence, Period period) {
    return nationals.computeIfAbsent(new ForceKey("", offence, period), k -> {
      List<Amount> totals = new ArrayList<>();
      for (String f : data.forces()) {
        // the total alone, not the force's rankings: a batch's first story need not rank every force
        ForceTotal t = forceTotal(data, f, offence, period);
        if (!t.complete()) {
          return Optional.empty();
        }
        totals.add(t.amount());
      }
      return Optional.of(Amount.sum(totals));
    });
  }

  /** The rises from {@code from} to {@code to} of a force's areas, highest first, and who has no figure. */
  private Rises rises(String force, String offence, Period from, Period to) {
    return rises.get(new RiseKey(force, offence, from, to), k -> risesAmong(data.areasIn(force), offence, from, to));
  }

  /** The areas' rises from {@code from} to {@code to}, highest first, and the areas without both figures. */
  private Rises risesAmong(List<Area> areas, String offence, Period from, Period to) {
    List<Ranked> list = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (Area other : areas) {
      Optional<Amount> before = areaCount(data, other, offence, from);
      Optional<Amount> after = areaCount(data, other, offence, to);
      if (before.isEmpty() || after.isEmpty()) {
        without.add(other.name());
      } else if (before.get().value() > 0) {
        list.add(Ranked.ratio(other.name(), after.get().value(), after.get(), before.get()));
      }
    }
    list.sort(Rank.HIGHEST_FIRST);
    return new Rises(List.copyOf(list), index(list), List.copyOf(without));
  }

  private Optional<Rank> wideRank(Area area, String codePrefix, String offence, Period from, Period to) {
    Rises field = wideRises.computeIfAbsent(new RiseKey(codePrefix, offence, from, to), k -> risesAmong(
        data.areas().stream().filter(other -> other.code().startsWith(codePrefix)).toList(), offence, from, to));
    if (!field.without().isEmpty() || !field.index().containsKey(area.name())) {
      return Optional.empty();
    }
    return Optional.of(Rank.at("change since " + from.label() + (codePrefix.isEmpty() ? " in England and Wales"
        : " in Wales"), area.name(), field.sorted(), field.index()));
  }

  private static Map<String, Integer> index(List<Ranked> sorted) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      index.put(sorted.get(i).name(), i);
    }
    return Map.copyOf(index);
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
    return Totals.figure(data, Place.area(area), offence, period);
  }

  private static Optional<Rate> rate(Amount count, Population population) {
    if (population instanceof Population.Known known) {
      return Optional.of(new Rate(count, new Amount(known.people(), known.cells()), known.basis()));
    }
    return Optional.empty();
  }

  /**
   * The story's count against the same 12 months a year earlier; when the history has no such
   * figure, against the latest earlier 12 months with a count that end before the story's period
   * starts (never an overlapping period).
   */
  static Optional<Change> yearOnYear(List<AreaFacts.PeriodCount> history, Period period) {
    Optional<Change> exact = yearsBefore(history, period, 1);
    if (exact.isPresent()) {
      return exact;
    }
    Optional<Amount> now = countIn(history, period);
    if (now.isEmpty() || !period.isYear()) {
      return Optional.empty();
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      AreaFacts.PeriodCount p = history.get(i);
      if (p.period().isYear() && p.period().months() == period.months() && p.period().end().isBefore(period.start())
          && p.count().isPresent()) {
        return Optional.of(new Change(p.period(), period, p.count().get(), now.get()));
      }
    }
    return Optional.empty();
  }

  /** The story's count against the same months {@code years} years earlier, when both are known. */
  static Optional<Change> yearsBefore(List<AreaFacts.PeriodCount> history, Period period, int years) {
    Optional<Amount> now = countIn(history, period);
    if (now.isEmpty() || period.kind() == Period.Kind.MONTHS) {
      return Optional.empty();
    }
    Period earlier = period.yearsEarlier(years);
    for (AreaFacts.PeriodCount p : history) {
      if (p.period().sameSpan(earlier) && p.count().isPresent()) {
        return Optional.of(new Change(p.period(), period, p.count().get(), now.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Amount> countIn(List<AreaFacts.PeriodCount> history, Period period) {
    for (AreaFacts.PeriodCount p : history) {
      if (p.period().equals(period)) {
        return p.count();
      }
    }
    return Optional.empty();
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
