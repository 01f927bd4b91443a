package org.localwire.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.localwire.model.Area;
import org.localwire.model.Comparability;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.Period;
import org.localwire.model.Place;

/**
 * Joins the periods of every edition of the council table into one history per area, on the
 * partnerships of the story's period. An earlier figure joins an area's history only when it is
 * the same place: same force and partnership code (or, for a row without a code, such as
 * Manchester Airport, the same force and name) and the same name, unless {@code
 * data/comparability.csv} says otherwise. Every figure keeps the cell it was read from, so a
 * change traces to two cells of two files. What is left out is said in the dataset's history
 * notes.
 */
final class Editions {
  private static final Pattern ONS_CODE = Pattern.compile("[EWSNK]\\d{8}");

  private Editions() {}

  /**
   * One dataset per period, a later file's period replacing an earlier file's (ONS revises
   * figures): {@code editions} are in file order, each with its periods earliest first.
   */
  static TreeMap<Period, Dataset> byPeriod(List<List<Dataset>> editions) {
    // the edition with the latest period wins a period two editions share
    List<List<Dataset>> sorted = new ArrayList<>(editions);
    sorted.sort((a, b) -> a.get(a.size() - 1).latestPeriod().compareTo(b.get(b.size() - 1).latestPeriod()));
    TreeMap<Period, Dataset> byPeriod = new TreeMap<>();
    for (List<Dataset> edition : sorted) {
      for (Dataset slice : edition) {
        byPeriod.put(slice.latestPeriod(), slice);
      }
    }
    return byPeriod;
  }

  /** The story's period's partnerships, each with the earlier figures that are the same place. */
  static Dataset project(TreeMap<Period, Dataset> slices, Period story, List<Comparability> rules)
      throws InputException {
    Dataset base = slices.get(story);
    Dataset.Builder data = Dataset.builder(base.source(), base.tree());
    for (Period p : slices.headMap(story, true).keySet()) {
      data.period(p);
    }
    base.offences().forEach(data::offence);
    for (String force : base.forces()) {
      data.force(force);
    }
    base.warnings().forEach(data::warning);
    data.nationalPopulation(base.nationalPopulation());
    copy(base, story, data, null, null);
    for (String force : base.forces()) {
      for (Period p : slices.headMap(story, false).keySet()) {
        Dataset slice = slices.get(p);
        for (String o : base.offences()) {
          slice.figure(Place.forceTotal(force), o, p).ifPresent(data::figure);
          slice.figure(Place.unassigned(force), o, p).ifPresent(data::figure);
        }
      }
    }
    for (Area area : base.areas()) {
      for (Period p : slices.headMap(story, false).keySet()) {
        Dataset slice = slices.get(p);
        Optional<Comparability> rule = rules.stream().filter(r -> r.covers(area.force(), area.name(), p)).findFirst();
        if (rule.isPresent() && !rule.get().compare()) {
          data.historyNote(area, "No comparison with " + p.label() + ": " + rule.get().reason() + " ("
              + rule.get().cell().file() + ":" + rule.get().cell().line() + ")");
          continue;
        }
        Optional<Area> same;
        if (rule.isPresent()) {
          same = slice.areasIn(area.force()).stream()
              .filter(a -> a.name().equalsIgnoreCase(rule.get().sameAs())).findFirst();
          if (same.isEmpty()) {
            throw InputException.at(rule.get().cell(), "comparability.csv says " + area.name() + " is the same place as "
                + rule.get().sameAs() + " in " + p.label() + ", but " + p.label() + " has no area of that name in "
                + area.force(), "correct same_as to the name that period's rows give");
          }
        } else {
          same = sameKey(slice, area);
          if (same.isEmpty()) {
            data.historyNote(area, "No comparison with " + p.label() + ": the " + p.label() + " figures ("
                + slice.source().file() + ") have no partnership " + describe(area) + " in " + area.force());
            continue;
          }
          if (!same.get().name().equalsIgnoreCase(area.name())) {
            // one code, two names: ONS reused Northamptonshire's codes for other places in 2021 and 2022
            data.historyNote(area, "No comparison with " + p.label() + ": the code " + area.code() + " is "
                + same.get().name() + " in the " + p.label() + " figures and " + area.name()
                + " here, and data/comparability.csv does not say they are the same place");
            continue;
          }
        }
        copy(slice, p, data, same.get(), area);
      }
    }
    return data.build();
  }

  private static String describe(Area area) {
    return ONS_CODE.matcher(area.code()).matches() ? "with the code " + area.code() : "called " + area.name();
  }

  /** The slice's area with the same force and code, or with no code the same force and name. */
  private static Optional<Area> sameKey(Dataset slice, Area area) {
    String key = key(area);
    Map<String, Area> byKey = new HashMap<>();
    for (Area a : slice.areasIn(area.force())) {
      byKey.putIfAbsent(key(a), a);
    }
    return Optional.ofNullable(byKey.get(key));
  }

  private static String key(Area area) {
    return ONS_CODE.matcher(area.code()).matches()
        ? "code:" + area.code()
        : "name:" + area.name().toLowerCase(Locale.ROOT);
  }

  /** Copies {@code from}'s figures for {@code p}: all of them, or one area's onto {@code onto}. */
  private static void copy(Dataset slice, Period p, Dataset.Builder data, Area from, Area onto) {
    if (from == null) {
      for (Area a : slice.areas()) {
        data.area(a);
        for (String o : slice.offences()) {
          slice.figure(Place.area(a), o, p).ifPresent(data::figure);
        }
      }
      for (String force : slice.forces()) {
        for (String o : slice.offences()) {
          slice.figure(Place.forceTotal(force), o, p).ifPresent(data::figure);
          slice.figure(Place.unassigned(force), o, p).ifPresent(data::figure);
        }
      }
      return;
    }
    Place to = Place.area(onto);
    for (String o : slice.offences()) {
      slice.figure(Place.area(from), o, p).ifPresent(f -> data.figure(
          f.isMissing() ? Figure.missing(to, o, p, f.missing().equals(Figure.EMPTY) ? "" : f.missing(), f.cell())
              : Figure.of(to, o, p, f.count(), f.cell())));
    }
  }
}
