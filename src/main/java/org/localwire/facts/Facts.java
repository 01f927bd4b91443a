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
 * The fact engine: from a {@link Dataset} to the {@link AreaFacts} of one area, offence and
 * period. No I/O, no clock, no locale; every value keeps its cells.
 *
 * <p>What every area of a force shares (the force total, the rankings of its areas, the
 * national total) is worked out once per force, offence and period and remembered, so a batch
 * of 100,000 areas costs a few lookups per area, not a pass over its force each time. The
 * memo makes an instance safe to share between threads; results depend only on the data.
 */
public final class Facts {
  private final Dataset data;
  // bounded: a batch works through the forces in turn, and 100,000 areas' rankings need not all stay
  private final Memo<ForceKey, ForceFacts> forces = new Memo<>(MEMO_FORCES);
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
  private record ForceFacts(
      ForceTotal total,
      List<Area> missing,
      List<Ranked> byCount,
      Map<String, Integer> countIndex,
      int areas,
      List<Ranked> byRate,
      Map<String, Integer> rateIndex,
      Optional<Rate> rate,
      String noRate) {}

  private final List<org.localwire.model.Caveat> caveats;

  private Facts(Dataset data, List<org.localwire.model.Caveat> caveats) {
    this.data = data;
    this.caveats = List.copyOf(caveats);
  }

  /** A fact engine for {@code data}; keep one per dataset to share its memo. */
  public static Facts of(Dataset data) {
    return new Facts(data, List.of());
  }

  /**
   * As {@link #of(Dataset)}, knowing the caveats ({@code data/caveats.csv}) so that the facts
   * say which ones the story's comparisons need.
   */
  public static Facts of(Dataset data, List<org.localwire.model.Caveat> caveats) {
    return new Facts(data, caveats);
  }

  /** One area's facts with a throwaway engine: for a single story. */
  public static AreaFacts forArea(Dataset data, Area area, String offenceName, Period period) throws InputException {
    return of(data).forArea(area, offenceName, period);
  }

  /**
   * All facts for {@code area}. Throws when the area's own figure is missing or suppressed,
   * since no story can be written without it.
   */
  public AreaFacts forArea(Area area, String offenceName, Period period) throws InputException {
    Optional<Offence> known = data.tree().find(offenceName);
    Offence offence = known.orElseGet(() -> new Offence(offenceName, "", 0, "offence"));
    List<String> notes = new ArrayList<>();

    Amount count = areaCount(data, area, offenceName, period)
        .orElseThrow(() -> noFigure(data, area, offenceName, period));

    String force = area.force();
    ForceFacts shared = force(force, offenceName, period);
    // A missing figure is never zero: every story compares the area with its whole force, so a
    // neighbour without a figure would make "the highest of the four areas" and the force total
    // silently wrong. Refuse, naming the neighbour's cell (issue 5).
    if (!shared.missing().isEmpty()) {
      throw neighbourMissing(data, area, shared.missing().get(0), offenceName, period);
    }
    Rank rankByCount = Rank.at("offences recorded", area.name(), shared.byCount(), shared.countIndex());
    Amount forceTotal = shared.total().amount();
    if (forceTotal.value() == 0) {
      // nothing to compare and no share to give: "0% of the none recorded" is not a story
      throw InputException.in(data.source().file(), "police recorded no " + lower(offenceName)
          + " offences in any area of " + force + " in " + period.label() + ", so there is no story about "
          + area.name(), "choose another offence or period");
    }
    if (shared.total().published() && count.value() > forceTotal.value()) {
      throw InputException.at(count.cells().get(0), "the " + lower(offenceName) + " figure for " + area.name() + ", "
          + count.value() + ", is more than the published " + force + " total, " + forceTotal.value() + " ("
          + forceTotal.cells().get(0) + ")", "one of the two cells is wrong: check them against the source");
    }
    if (!shared.total().complete()) {
      Figure unassigned = data.figure(Place.unassigned(force), offenceName, period).orElseThrow();
      throw InputException.at(unassigned.cell(), "the " + lower(offenceName) + " figure for offences " + force
          + " could not place in an area is not published (" + holds(unassigned) + ") and the data has no force total",
          "a story needs the force total: add the " + force + " force_total row, or fill in the figure if you have it");
    }
    Share shareOfForce = new Share(count, forceTotal, offenceName + " offences recorded by " + force);

    Optional<Amount> national = data.source().national() ? national(offenceName, period) : Optional.empty();
    if (data.source().national() && national.isEmpty()) {
      notes.add("No England and Wales total: a force has no complete " + lower(offenceName) + " total.");
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
    if (known.isPresent() && offence.level() > 0) {
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
        inAreaCount.ifPresent(a -> inArea.add(Ranked.of(sibling.name(), a)));
        areaComplete &= inAreaCount.isPresent();
        ForceTotal siblingTotal = force(force, sibling.name(), period).total();
        inForce.add(Ranked.of(sibling.name(), siblingTotal.amount()));
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
    Optional<Rank> rankByRate = rate.isPresent()
        ? Optional.of(Rank.at("offences per 1,000 people", area.name(), shared.byRate(), shared.rateIndex()))
        : Optional.empty();
    if (shared.rate().isEmpty() && !shared.noRate().isEmpty()) {
      notes.add(shared.noRate());
    }
    Optional<Rate> nationalRate = national.flatMap(n -> rate(n, data.nationalPopulation()));

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
    return new AreaFacts(area, offence, period, data.source(), count, forceTotal, shared.total().published(),
        rankByCount, shareOfForce, national, national.isPresent() ? data.forces().size() : 0, shareOfAllCrime,
        typeInArea, typeInForce, rate, rankByRate, shared.rate(), nationalRate, history, change, lastChange, riseRank,
        nationalChange, crossed, riseRankNational, riseRankInWales, notes);
  }

  private ForceFacts force(String force, String offence, Period period) {
    return forces.get(new ForceKey(force, offence, period), k -> computeForce(force, offence, period));
  }

  private ForceFacts computeForce(String force, String offence, Period period) {
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
    return new ForceFacts(total, List.copyOf(missing), List.copyOf(byCount), index(byCount), areas.size(),
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
    return rises.get(new RiseKey(force, offence, from, to), k -> {
      List<Ranked> list = new ArrayList<>();
      List<String> without = new ArrayList<>();
      for (Area other : data.areasIn(force)) {
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
    });
  }

  private Optional<Rank> wideRank(Area area, String codePrefix, String offence, Period from, Period to) {
    Rises field = wideRises.computeIfAbsent(new RiseKey(codePrefix, offence, from, to), k -> {
      List<Ranked> list = new ArrayList<>();
      List<String> without = new ArrayList<>();
      for (Area other : data.areas()) {
        if (!other.code().startsWith(codePrefix)) {
          continue;
        }
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
    });
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
