package org.localwire.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.localwire.model.Cell;

/**
 * Flattens {@link AreaFacts} into rows for the {@code facts} command and the JSON sidecar:
 * exact values (fractions shown to four decimal places, for reading only), each with its cells.
 */
public final class FactTable {
  private FactTable() {}

  public static List<Fact> rows(AreaFacts f) {
    List<Fact> rows = new ArrayList<>();
    String area = f.area().name();
    long n = f.count().value();
    rows.add(new Fact("count", Long.toString(n), f.count().cells()));
    long days = f.period().days();
    rows.add(new Fact("per day", n + " / " + days + " days = " + div(n, days), f.count().cells()));
    rows.add(new Fact("per week", "7 * " + n + " / " + days + " days = " + div(7 * n, days), f.count().cells()));
    String gap = "not known: no figure for " + String.join(", ", f.unpublishedInForce());
    rows.add(f.forceComplete() ? new Fact("rank in force by count", rank(f.rankByCount()), f.count().cells())
        : new Fact("rank in force by count", gap, List.of()));
    if (f.forceTotalKnown()) {
      rows.add(new Fact(f.forceTotalPublished() ? "force total (published)" : "force total (sum of its areas)",
          Long.toString(f.forceTotal().value()), f.forceTotal().cells()));
      f.shareOfForce().ifPresent(sh -> rows.add(new Fact("share of force total", share(sh), cells(f.count(), f.forceTotal()))));
    } else {
      rows.add(new Fact("force total", gap, List.of()));
      rows.add(new Fact("share of force total", gap, List.of()));
    }
    f.national().ifPresent(a -> rows.add(new Fact("England and Wales total (sum of " + f.forcesInNational()
        + " forces)", Long.toString(a.value()), a.cells())));
    f.shareOfAllCrime().ifPresent(s -> rows.add(new Fact("share of " + s.of(), share(s), cells(s.part(), s.whole()))));
    f.typeRankInArea().ifPresent(t -> rows.add(new Fact("rank among " + t.kinds() + " in " + area, rank(t.rank()),
        f.count().cells())));
    f.typeRankInForce().ifPresent(t -> rows.add(new Fact("rank among " + t.kinds() + " in " + f.force(),
        rank(t.rank()), f.forceTotal().cells())));
    f.rate().ifPresent(r -> rows.add(new Fact("rate per 1,000 people", rate(r), cells(r.count(), r.population()))));
    f.rankByRate().ifPresent(r -> rows.add(new Fact("rank in force by rate per 1,000", rank(r),
        f.rate().get().population().cells())));
    f.forceRate().ifPresent(r -> rows.add(new Fact("force rate per 1,000 people", rate(r), r.population().cells())));
    f.nationalRate().ifPresent(r -> rows.add(new Fact("England and Wales rate per 1,000 people", rate(r),
        r.population().cells())));
    for (AreaFacts.PeriodCount h : f.history()) {
      if (!h.period().equals(f.period())) {
        rows.add(new Fact("count " + h.period().label(), h.count().map(a -> Long.toString(a.value()))
            .orElse("not published"), h.count().map(Amount::cells).orElse(List.of())));
      }
    }
    f.change().ifPresent(c -> rows.add(change("change since ", c)));
    f.lastChange().filter(c -> f.change().map(ch -> !c.from().equals(ch.from())).orElse(true))
        .ifPresent(c -> rows.add(change("change since ", c)));
    f.nationalChange().ifPresent(c -> rows.add(change("England and Wales change (sum of forces) since ", c)));
    f.riseRankInForce().ifPresent(r -> rows.add(new Fact("rank in force by " + r.measure(), rank(r),
        f.count().cells())));
    f.riseRankNational().ifPresent(r -> rows.add(new Fact("rank by " + r.measure(), rank(r), f.count().cells())));
    f.riseRankInWales().ifPresent(r -> rows.add(new Fact("rank by " + r.measure(), rank(r), f.count().cells())));
    for (org.localwire.model.Caveat c : f.caveats()) {
      rows.add(new Fact("caveat from " + c.from().label(), c.text() + " Source: " + c.source(), List.of(c.cell())));
    }
    for (String note : f.notes()) {
      rows.add(new Fact("note", note, List.of()));
    }
    return List.copyOf(rows);
  }

  private static Fact change(String label, Change c) {
    long before = c.before().value();
    long after = c.after().value();
    String value = before + " to " + after + " (" + (after - before >= 0 ? "+" : "") + (after - before)
        + (before > 0 ? ", " + div(100 * (after - before), before) + "%, x" + div(after, before) : ", from zero") + ")";
    return new Fact(label + c.from().label(), value, cells(c.before(), c.after()));
  }

  private static String rank(Rank r) {
    return (r.joint() ? "joint " : "") + r.position() + " of " + r.size() + " (highest: " + r.top().name() + ")";
  }

  private static String share(Share s) {
    return s.part().value() + " / " + s.whole().value() + " = " + div(100 * s.part().value(), s.whole().value()) + "%";
  }

  private static String rate(Rate r) {
    return "1000 * " + r.count().value() + " / " + r.population().value() + " = "
        + div(1000 * r.count().value(), r.population().value());
  }

  static String div(long a, long b) {
    return new BigDecimal(a).divide(new BigDecimal(b), 4, RoundingMode.HALF_UP).toPlainString();
  }

  private static List<Cell> cells(Amount a, Amount b) {
    List<Cell> out = new ArrayList<>(a.cells());
    out.addAll(b.cells());
    return out;
  }
}
