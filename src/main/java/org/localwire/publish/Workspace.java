package org.localwire.publish;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.localwire.facts.Totals;
import org.localwire.load.DataLoader;
import org.localwire.model.Area;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.Period;
import org.localwire.seeds.SeedLoader;

/** The loaded figures plus the choices a command resolves against them: area, period, offence. */
public final class Workspace {
  final Dataset data;
  final Period period;
  final String offence;
  /** What was asked for: the data folder, and whether a period was given. */
  final Selection asked;

  private Workspace(Dataset data, Period period, String offence, Selection asked) {
    this.data = data;
    this.period = period;
    this.offence = offence;
    this.asked = asked;
  }

  /** The figures loaded. */
  public Dataset data() {
    return data;
  }

  /** The period asked for, or the data's latest. */
  public Period period() {
    return period;
  }

  /** The offence asked for, as the data names it. */
  public String offence() {
    return offence;
  }

  /** The --data file (a seed case is read as its article's figures), or every bundled edition. */
  private static Dataset load(DataLoader loader, Selection options, String offence) throws InputException {
    if (options.data == null) {
      return loader.loadDefault(offence, options.period);
    }
    if (SeedLoader.recognises(options.data)) {
      return SeedLoader.load(options.data, loader.offenceTree()).data();
    }
    return loader.load(options.data, offence, options.period);
  }

  /** The figures, period and offence of {@code options}; a name the data lacks is an error suggesting the closest. */
  public static Workspace open(Selection options) throws InputException {
    DataLoader loader = DataLoader.using(options.dataDir);
    String offence = options.offence != null ? options.offence.strip() : DataLoader.DEFAULT_OFFENCE;
    // every edition of the council table in the data folder, on the partnerships of the period asked for
    Dataset data = load(loader, options, offence);
    // a file without the default offence that counts one offence only (a seed of stalking alone) means that one
    if (options.offence == null && !data.offences().contains(offence) && data.offences().size() == 1) {
      offence = data.offences().get(0);
    }
    return new Workspace(data, period(data, options.period), offence(data, offence), options);
  }

  /**
   * The figures and period as {@link #open}, about the offence asked for when the data has it,
   * else the default or the data's first offence: for a run over several offences (issue 17),
   * which names each with {@link #about}.
   */
  static Workspace openAny(Selection options) throws InputException {
    DataLoader loader = DataLoader.using(options.dataDir);
    String offence = DataLoader.DEFAULT_OFFENCE;
    Dataset data = load(loader, options, offence);
    if (!data.offences().contains(offence) && !data.offences().isEmpty()) {
      offence = data.offences().get(0);
    }
    return new Workspace(data, period(data, options.period), offence, options);
  }

  /** The same figures and period about {@code wanted}; an unknown name suggests the closest ones. */
  Workspace about(String wanted) throws InputException {
    return new Workspace(data, period, offence(data, wanted.strip()), asked);
  }

  private static Period period(Dataset data, String wanted) throws InputException {
    if (wanted == null) {
      return data.latestPeriod();
    }
    // the data's own periods, and the years its quarters make up
    java.util.Set<Period> periods = new java.util.TreeSet<>(data.periods());
    periods.addAll(Totals.years(data));
    Optional<Period> picked = Period.pick(periods, wanted);
    if (picked.isPresent()) {
      return picked.get();
    }
    throw InputException.in("--period", "the data has no period \"" + wanted + "\"",
        "choose one of: " + String.join(", ", periods.stream().map(Period::label).toList()));
  }

  private static String offence(Dataset data, String wanted) throws InputException {
    for (String o : data.offences()) {
      if (o.equalsIgnoreCase(wanted)) {
        return o;
      }
    }
    List<String> close = closest(wanted, data.offences());
    throw InputException.in("--offence", "the data has no figures for \"" + wanted + "\"", close.isEmpty()
        ? "choose one of: " + String.join(", ", data.offences()) : "did you mean " + String.join(" or ", close) + "?");
  }

  /** The force by name, ignoring case; an unknown name suggests the closest ones. */
  public String force(String name) throws InputException {
    return force(data, name);
  }

  /**
   * The force by name in {@code data}, ignoring case; an unknown name suggests the closest ones.
   * The one check of a force's name, for batches and stories alike.
   */
  static String force(org.localwire.model.Dataset data, String name) throws InputException {
    String wanted = name.strip();
    for (String f : data.forces()) {
      if (f.equalsIgnoreCase(wanted)) {
        return f;
      }
    }
    List<String> close = closest(wanted, data.forces());
    String hint = close.isEmpty()
        ? "the forces in the data are: " + String.join(", ", data.forces())
        : "did you mean " + String.join(" or ", close) + "?";
    throw InputException.in("--force", "no police force called \"" + wanted + "\" in " + data.source().file(), hint);
  }

  /** The area by name, ignoring case; an unknown name suggests the closest ones. */
  public Area area(String name) throws InputException {
    // NFC, as the loader reads names: "Ynys Môn" typed either way is the same area
    String wanted = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    for (Area a : data.areas()) {
      if (a.name().equalsIgnoreCase(wanted)) {
        return a;
      }
    }
    List<String> close = closest(wanted, data.areas().stream().map(Area::name).toList());
    String hint = close.isEmpty()
        ? "run 'localwire areas' to list the " + data.areas().size() + " areas in " + data.source().file()
        : "did you mean " + String.join(" or ", close) + "?";
    throw InputException.in("--area", "no area called \"" + wanted + "\" in " + data.source().file(), hint);
  }

  /** Up to three names within a small edit distance, closest first; names containing the text next. */
  static List<String> closest(String wanted, List<String> names) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String w = wanted.toLowerCase(Locale.UK);
    int limit = Math.max(2, w.length() / 3);
    record Scored(String name, int d) {}
    return names.stream()
        .map(n -> {
          String l = n.toLowerCase(Locale.UK);
          int d = distance.apply(w, l);
          if (d > limit && !w.isEmpty() && (l.contains(w) || w.contains(l))) {
            d = limit;
          }
          return new Scored(n, d);
        })
        .filter(s -> s.d() <= limit)
        .sorted(Comparator.comparingInt(Scored::d).thenComparing(Scored::name))
        .limit(3)
        .map(Scored::name)
        .toList();
  }
}
