package org.localwire.seeds;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.localwire.facts.Amount;
import org.localwire.facts.CrimeTypes;
import org.localwire.facts.Rank;
import org.localwire.facts.Ranked;
import org.localwire.facts.Total;
import org.localwire.facts.Totals;
import org.localwire.facts.TypeRank;
import org.localwire.model.Area;
import org.localwire.model.Cell;
import org.localwire.model.Dataset;
import org.localwire.model.Offence;
import org.localwire.model.Period;
import org.localwire.model.Place;

/**
 * Computes, from a seed's figures, the exact value behind each fact the seed article reports:
 * the count, the rate a day, the change, the multiple, the share, the number of areas, the
 * leading areas, the rank. Pure. A fact the figures cannot give comes back unavailable, with the
 * reason.
 */
public final class Measures {
  private Measures() {}

  /**
   * The exact value of one reported fact. {@code first} and {@code second} are the two numbers
   * the measure needs (count and 0; old and new; part and whole), {@code exact} the value as a
   * seed file writes it ("3416 / 365 days = 9.3589 a day"), {@code unavailable} the reason when
   * the figures cannot give it ("" otherwise).
   */
  public record Measurement(
      ReportedFact fact,
      long first,
      long second,
      Period period,
      List<String> names,
      int position,
      String exact,
      String unavailable,
      List<Cell> cells) {
    public Measurement {
      requireNonNull(fact, "fact");
      requireNonNull(period, "period");
      names = List.copyOf(names);
      requireNonNull(exact, "exact");
      requireNonNull(unavailable, "unavailable");
      cells = List.copyOf(cells);
    }

    public boolean available() {
      return unavailable.isEmpty();
    }
  }

  public static Measurement of(Dataset data, ReportedFact f) {
    return switch (f.measure()) {
      case UNCHECKABLE -> unavailable(f, f.why().isEmpty() ? "not a police recorded crime figure" : f.why());
      case COUNT -> count(data, f, f.period()).map(a -> new Measurement(f, a.value(), 0, f.period(), List.of(), 0,
          Long.toString(a.value()), "", a.cells())).orElseGet(() -> unavailable(f, noFigure(f, f.period())));
      case RATE -> count(data, f, f.period()).map(a -> new Measurement(f, a.value(), 0, f.period(), List.of(), 0,
          a.value() + " / " + f.period().days() + " days = " + div(a.value(), f.period().days()) + " a day", "",
          a.cells())).orElseGet(() -> unavailable(f, noFigure(f, f.period())));
      case CHANGE, MULTIPLE -> comparison(data, f);
      case SHARE -> share(data, f);
      case AREAS -> areas(data, f);
      case AREAS_RISING_MORE_THAN -> rising(data, f);
      case TOP_AREAS -> top(data, f);
      case RANK -> rank(data, f);
    };
  }

  private static Optional<Amount> count(Dataset data, ReportedFact f, Period period) {
    return count(data, f.place(), f.offence(), period);
  }

  static Optional<Amount> count(Dataset data, Place place, String offence, Period period) {
    return switch (place.kind()) {
      case AREA, UNASSIGNED -> Totals.figure(data, place, offence, period);
      case FORCE_TOTAL -> Totals.force(data, place.force(), offence, period).map(Total::amount);
      case NATIONAL -> Totals.national(data, offence, period).map(Total::amount);
    };
  }

  private static Measurement comparison(Dataset data, ReportedFact f) {
    Optional<Amount> before = count(data, f, f.from());
    Optional<Amount> after = count(data, f, f.period());
    if (before.isEmpty()) {
      return unavailable(f, noFigure(f, f.from()));
    }
    if (after.isEmpty()) {
      return unavailable(f, noFigure(f, f.period()));
    }
    long b = before.get().value();
    long a = after.get().value();
    if (b == 0) {
      return unavailable(f, "the earlier count is zero, so there is no percentage or multiple");
    }
    String exact = f.measure() == ReportedFact.Measure.CHANGE
        ? "100 * (" + a + " - " + b + ") / " + b + " = " + div(100 * (a - b), b) + "%"
        : a + " / " + b + " = " + div(a, b);
    return new Measurement(f, b, a, f.period(), List.of(), 0, exact, "", both(before.get(), after.get()));
  }

  private static Measurement share(Dataset data, ReportedFact f) {
    Optional<Amount> part = count(data, f, f.period());
    Optional<Amount> whole = count(data, f.place(), f.whole(), f.period());
    if (part.isEmpty()) {
      return unavailable(f, noFigure(f, f.period()));
    }
    if (whole.isEmpty() || whole.get().value() == 0) {
      return unavailable(f, "the figures give no " + f.whole().toLowerCase(Locale.UK) + " for " + f.place().name()
          + " in " + f.period().label());
    }
    long p = part.get().value();
    long w = whole.get().value();
    return new Measurement(f, p, w, f.period(), List.of(), 0, p + " / " + w + " = " + div(100 * p, w) + "%", "",
        both(part.get(), whole.get()));
  }

  private static List<Area> areasOf(Dataset data, ReportedFact f) {
    return data.areasIn(f.place().force());
  }

  private static Measurement areas(Dataset data, ReportedFact f) {
    List<Cell> cells = new ArrayList<>();
    long n = 0;
    for (Area area : areasOf(data, f)) {
      Optional<Amount> a = Totals.figure(data, Place.area(area), f.offence(), f.period());
      if (a.isPresent()) {
        n++;
        cells.addAll(a.get().cells());
      }
    }
    if (n == 0) {
      return unavailable(f, "the figures list no areas of " + f.place().force() + " for " + f.period().label());
    }
    return new Measurement(f, n, 0, f.period(), List.of(), 0, Long.toString(n), "", cells);
  }

  private static Measurement rising(Dataset data, ReportedFact f) {
    List<Cell> cells = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Area area : areasOf(data, f)) {
      Optional<Amount> before = Totals.figure(data, Place.area(area), f.offence(), f.from());
      Optional<Amount> after = Totals.figure(data, Place.area(area), f.offence(), f.period());
      if (before.isEmpty() || after.isEmpty() || before.get().value() == 0) {
        return unavailable(f, area.name() + " has no count for both " + f.from().label() + " and " + f.period().label());
      }
      cells.addAll(both(before.get(), after.get()));
      // 100 (after - before) / before > threshold, exactly
      if (100 * (after.get().value() - before.get().value()) > f.parameter() * before.get().value()) {
        names.add(area.name());
      }
    }
    if (cells.isEmpty()) {
      return unavailable(f, "the figures list no areas of " + f.place().force());
    }
    return new Measurement(f, names.size(), 0, f.period(), names, 0, Integer.toString(names.size()), "", cells);
  }

  private static Measurement top(Dataset data, ReportedFact f) {
    List<Ranked> field = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    for (Area area : areasOf(data, f)) {
      Optional<Amount> a = Totals.figure(data, Place.area(area), f.offence(), f.period());
      if (a.isEmpty()) {
        return unavailable(f, area.name() + " has no count for " + f.period().label());
      }
      field.add(Ranked.of(area.name(), a.get()));
      cells.addAll(a.get().cells());
    }
    field.sort(Comparator.<Ranked>naturalOrder().reversed().thenComparing(Ranked::name));
    int k = (int) f.parameter();
    if (field.size() < k) {
      return unavailable(f, "the figures list fewer than " + k + " areas");
    }
    if (field.size() > k && field.get(k - 1).compareTo(field.get(k)) == 0) {
      return unavailable(f, "areas tie at position " + k + ", so no top " + k + " can be named");
    }
    List<String> names = field.subList(0, k).stream().map(Ranked::name).toList();
    return new Measurement(f, 0, 0, f.period(), names, 0, String.join(", ", names), "", cells);
  }

  private static Measurement rank(Dataset data, ReportedFact f) {
    Optional<Offence> offence = data.tree().find(f.offence());
    if (offence.isEmpty() || f.place().kind() != Place.Kind.FORCE_TOTAL) {
      return unavailable(f, "a rank is computed for a force's offence in the offence tree");
    }
    Optional<TypeRank> ranked = CrimeTypes.rank(data.tree(), offence.get(), f.place().force(),
        name -> data.offences().contains(name)
            ? Totals.force(data, f.place().force(), name, f.period()).map(Total::amount) : Optional.empty());
    if (ranked.isEmpty()) {
      return unavailable(f, "the figures do not give every type of crime for " + f.place().force()
          + " in a way that adds up to all recorded crime");
    }
    Rank r = ranked.get().rank();
    return new Measurement(f, 0, 0, f.period(), List.of(), r.position(), "position " + r.position() + " of " + r.size(),
        "", List.of());
  }

  private static String noFigure(ReportedFact f, Period period) {
    return "the figures give no " + f.offence().toLowerCase(Locale.UK) + " count for " + f.place().name() + " in "
        + period.label();
  }

  private static Measurement unavailable(ReportedFact f, String why) {
    return new Measurement(f, 0, 0, f.period(), List.of(), 0, "", why, List.of());
  }

  static String div(long a, long b) {
    return new BigDecimal(a).divide(new BigDecimal(b), 4, RoundingMode.HALF_UP).toPlainString();
  }

  private static List<Cell> both(Amount a, Amount b) {
    List<Cell> cells = new ArrayList<>(a.cells());
    cells.addAll(b.cells());
    return cells;
  }
}
