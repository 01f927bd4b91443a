package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything read from one data source: its areas, forces, periods and offences, and every
 * figure indexed by place, offence and period. Immutable once built; the loader fills a
 * {@link Builder}.
 *
 * <p>The figures are kept by column, not as objects: {@link #figure} makes a new, equal {@link
 * Figure} on each call, so compare figures with {@code equals}, never {@code ==} (issue #6).
 */
public final class Dataset {
  private final Source source;
  private final OffenceTree tree;
  private final List<Period> periods;
  private final List<String> offences;
  private final List<Area> areas;
  // built on first use: listing areas and writing stories by area never look one up by name (#6)
  private volatile Map<String, Area> areaByName;
  private final Map<String, List<Area>> areasByForce;
  private final List<String> forces;
  private final FigureTable figures;
  private final Population nationalPopulation;
  private final List<String> warnings;
  private final Map<String, List<String>> historyNotes;
  private final Set<String> partialForces;

  private Dataset(Builder b) {
    this(b, Set.of());
  }

  private Dataset(Dataset d, Set<String> partialForces) {
    this.source = d.source;
    this.tree = d.tree;
    this.periods = d.periods;
    this.offences = d.offences;
    this.areas = d.areas;
    this.areasByForce = d.areasByForce;
    this.forces = d.forces;
    this.figures = d.figures;
    this.nationalPopulation = d.nationalPopulation;
    this.warnings = d.warnings;
    this.historyNotes = d.historyNotes;
    this.partialForces = Set.copyOf(partialForces);
  }

  /**
   * This dataset, knowing that it holds only some of the areas of {@code forces} (a file of a
   * user's own, checked against the ONS lookup): their ranks and totals are among the areas in
   * the data, and they get no force story.
   */
  public Dataset withPartialForces(Set<String> forces) {
    return new Dataset(this, forces);
  }

  /** Whether the data holds only some of the force's areas (see {@link #withPartialForces}). */
  public boolean partialForce(String force) {
    return partialForces.contains(force);
  }

  private Dataset(Builder b, Set<String> partialForces) {
    this.partialForces = Set.copyOf(partialForces);
    this.source = requireNonNull(b.source, "source");
    this.tree = requireNonNull(b.tree, "tree");
    this.periods = List.copyOf(new TreeSet<>(b.periods));
    this.offences = List.copyOf(b.offences);
    this.areas = List.copyOf(b.areas);
    Map<String, List<Area>> byForce = new LinkedHashMap<>();
    for (Area area : areas) {
      byForce.computeIfAbsent(area.force(), f -> new ArrayList<>()).add(area);
    }
    byForce.replaceAll((force, list) -> List.copyOf(list));
    java.util.LinkedHashSet<String> forceNames = new java.util.LinkedHashSet<>(byForce.keySet());
    forceNames.addAll(b.forces);
    this.forces = List.copyOf(forceNames);
    this.areasByForce = Collections.unmodifiableMap(byForce);
    this.figures = b.figures.freeze();
    this.nationalPopulation = b.nationalPopulation;
    this.warnings = List.copyOf(b.warnings);
    Map<String, List<String>> notes = new HashMap<>();
    b.historyNotes.forEach((k, v) -> notes.put(k, List.copyOf(v)));
    this.historyNotes = Map.copyOf(notes);
  }

  /**
   * Why some of an area's earlier figures are not in its history (the partnership was split,
   * merged or withheld): one sentence a period, empty when all are there.
   */
  public List<String> historyNotes(Area area) {
    return historyNotes.getOrDefault(area.force() + "|" + area.name(), List.of());
  }

  public static Builder builder(Source source, OffenceTree tree) {
    return new Builder(source, tree);
  }

  public Source source() {
    return source;
  }

  public OffenceTree tree() {
    return tree;
  }

  /** The periods with figures, earliest first. */
  public List<Period> periods() {
    return periods;
  }

  public Period latestPeriod() {
    return periods.get(periods.size() - 1);
  }

  /** The offences the data has figures for, in the source's column order. */
  public List<String> offences() {
    return offences;
  }

  /** Areas in source order. */
  public List<Area> areas() {
    return areas;
  }

  public Optional<Area> area(String name) {
    Map<String, Area> byName = areaByName;
    if (byName == null) {
      // two threads may both build it: the same map, so either will do
      Map<String, Area> built = new HashMap<>(areas.size() * 4 / 3 + 1);
      for (Area area : areas) {
        built.put(area.name(), area);
      }
      byName = Collections.unmodifiableMap(built);
      areaByName = byName;
    }
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Forces in the order their first area appears, then forces the loader named without areas
   * (force-level files), in the order named.
   */
  public List<String> forces() {
    return forces;
  }

  public List<Area> areasIn(String force) {
    return areasByForce.getOrDefault(force, List.of());
  }

  public Optional<Figure> figure(Place place, String offence, Period period) {
    return Optional.ofNullable(figures.get(place, offence, period));
  }

  /** The population of England and Wales when the source covers it, else unknown. */
  public Population nationalPopulation() {
    return nationalPopulation;
  }

  /** Things the loader noticed that a reporter should know (a force total that does not add up). */
  public List<String> warnings() {
    return warnings;
  }

  /** Mutable collector for the loader; {@link #build()} makes the immutable dataset. */
  public static final class Builder {
    private final Source source;
    private final OffenceTree tree;
    private final List<Period> periods = new ArrayList<>();
    private final List<String> offences = new ArrayList<>();
    // a loader names the offence on every row: a set answers "seen it?" without a scan of the list
    private final Set<String> offenceSet = new HashSet<>();
    private final List<Area> areas = new ArrayList<>();
    private final List<String> forces = new ArrayList<>();
    private final FigureTable figures = new FigureTable();
    private Population nationalPopulation = Population.unknown("the data does not cover England and Wales");
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, List<String>> historyNotes = new LinkedHashMap<>();

    private Builder(Source source, OffenceTree tree) {
      this.source = source;
      this.tree = tree;
    }

    public Builder period(Period period) {
      if (!periods.contains(period)) {
        periods.add(period);
      }
      return this;
    }

    public Builder offence(String offence) {
      if (offenceSet.add(offence)) {
        offences.add(offence);
      }
      return this;
    }

    /** Names a force the data has figures for, whether or not any of its areas are listed. */
    public Builder force(String force) {
      requireNonNull(force, "force");
      Checks.checkArgument(!force.isBlank(), "a force needs a name");
      if (!forces.contains(force)) {
        forces.add(force);
      }
      return this;
    }

    public Builder area(Area area) {
      areas.add(area);
      return this;
    }

    /** Adds a figure; returns the figure already there for the same place, offence and period. */
    public Optional<Figure> figure(Figure figure) {
      requireNonNull(figure, "figure");
      return Optional.ofNullable(figures.add(figure));
    }

    public Builder nationalPopulation(Population population) {
      this.nationalPopulation = requireNonNull(population, "population");
      return this;
    }

    /**
     * A hint, like {@code new ArrayList<>(n)}: about how many figures and places are coming. A
     * loader reading 300,000 figures saves growing its columns step by step (issue #6). Figures
     * beyond the hint are still added.
     */
    public Builder expect(int figures, int places) {
      Checks.checkArgument(figures >= 0 && places >= 0, "expect %s", figures + " figures, " + places + " places");
      this.figures.expect(figures, places);
      return this;
    }

    /** Says why an earlier figure of {@code area} is left out of its history. */
    public Builder historyNote(Area area, String note) {
      historyNotes.computeIfAbsent(area.force() + "|" + area.name(), k -> new ArrayList<>()).add(note);
      return this;
    }

    public Builder warning(String warning) {
      warnings.add(warning);
      return this;
    }

    /** The dataset, with its own copy of the figures added so far. */
    public Dataset build() {
      Checks.checkState(!periods.isEmpty(), "a dataset needs at least one period");
      return new Dataset(this);
    }
  }
}
