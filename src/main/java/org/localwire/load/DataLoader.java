package org.localwire.load;

import java.nio.file.Path;
import java.util.List;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.OffenceTree;
import org.localwire.model.SeedCase;

/**
 * Loads a data file in any format localwire reads, told apart by the header: ONS Table C2 as
 * published, the ONS rolling 12-month series by force, the Home Office quarterly table by force
 * and offence code, a seed case ({@code seeds/*.json}), or the simple wide CSV ({@code
 * area,force,<period>,...}). The offence tree
 * and the population files come from the bundled data folder.
 */
public final class DataLoader {
  /** The bundled default: ONS Table C2, year ending June 2025. */
  public static final String DEFAULT_FILE = "csp_offence_group_ye_jun2025_ons_tableC2.csv";

  /** The ONS rolling 12-month series by police force area and offence group, 2003 to 2018. */
  public static final String ROLLING_FILE = "pfa_offence_rolling12m_2003_2018.csv";

  /** The Home Office table by police force area, quarter and offence code, 2017/18. */
  public static final String QUARTERLY_FILE = "pfa_offence_code_quarterly_2017_18.csv";

  /** What a wide CSV without an offence column counts. */
  public static final String DEFAULT_OFFENCE = "Stalking and harassment";

  private final Path dataDir;

  private DataLoader(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** A loader reading {@code offences.csv} and the population files from {@code dataDir}. */
  public static DataLoader using(Path dataDir) {
    return new DataLoader(dataDir);
  }

  public Path defaultFile() {
    return dataDir.resolve(DEFAULT_FILE);
  }

  /** Reads a seed case ({@code seeds/*.json}): the article's figures and the facts it reports. */
  public SeedCase seed(Path file) throws InputException {
    return SeedLoader.load(file, offenceTree());
  }

  /** Reads the recording-rule changes in {@code caveats.csv}. */
  public List<Caveat> caveats() throws InputException {
    return CaveatLoader.load(dataDir.resolve(CaveatLoader.FILE), offenceTree());
  }

  /**
   * How the copy names areas whose official name reads badly in a sentence ({@code
   * area-names.csv}: "Bristol, City of" is "Bristol"); an area not listed keeps its name.
   */
  public java.util.Map<String, String> areaNames() throws InputException {
    Path file = dataDir.resolve("area-names.csv");
    if (!java.nio.file.Files.exists(file)) {
      return java.util.Map.of();
    }
    CsvFiles.Table table = CsvFiles.read(file);
    int name = table.column("name");
    int inCopy = table.column("in_copy");
    if (name < 0 || inCopy < 0) {
      throw InputException.atLine(file.toString(), 1, "the header is not name,in_copy", "write name,in_copy");
    }
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    for (CsvFiles.Row row : table.rows()) {
      if (row.cells().size() != table.header().size() || row.cells().get(inCopy).isBlank()) {
        throw InputException.atLine(file.toString(), row.line(), "needs an official name and the name for the copy",
            "write both cells, e.g. \"Bristol, City of\",Bristol");
      }
      names.put(row.cells().get(name).strip(), row.cells().get(inCopy).strip());
    }
    return java.util.Map.copyOf(names);
  }

  public OffenceTree offenceTree() throws InputException {
    return OffenceTreeLoader.load(dataDir.resolve("offences.csv"));
  }

  /** Reads {@code file}; a wide CSV without an offence column counts {@code offence}. */
  public Dataset load(Path file, String offence) throws InputException {
    return load(file, offence, null);
  }

  /**
   * Every edition of the council table in the data folder (every CSV whose header is Table
   * C2's), joined into one history per area on the partnerships of {@code period} (null: the
   * latest). See {@link Editions}.
   */
  public Dataset loadDefault(String offence, String period) throws InputException {
    if (!java.nio.file.Files.isDirectory(dataDir)) {
      // names the file a user would expect, as before there were several editions
      return load(defaultFile(), offence, period);
    }
    List<Path> files = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(dataDir)) {
      for (Path f : list.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
        try (CsvRows rows = CsvFiles.open(f)) {
          if (TableC2Loader.recognises(rows.header())) {
            files.add(f);
          }
        }
      }
    } catch (java.io.IOException e) {
      throw CsvFiles.cannotRead(dataDir.toString(), e);
    }
    if (files.isEmpty()) {
      // names the file a user would expect, as before there were several editions
      return load(defaultFile(), offence, period);
    }
    OffenceTree tree = offenceTree();
    TableC2Loader.PopulationSource populations = populations();
    List<List<Dataset>> editions = new java.util.ArrayList<>();
    for (Path f : files) {
      editions.add(TableC2Loader.loadAll(CsvFiles.read(f), f, tree, populations));
    }
    return project(Editions.byPeriod(editions), period);
  }

  private Dataset project(java.util.TreeMap<org.localwire.model.Period, Dataset> slices, String period)
      throws InputException {
    org.localwire.model.Period story = slices.lastKey();
    if (period != null) {
      var picked = org.localwire.model.Period.pick(slices.keySet(), period);
      if (picked.isEmpty()) {
        throw InputException.in("--period", "the data has no period \"" + period + "\"",
            "choose one of: " + String.join(", ", slices.keySet().stream().map(org.localwire.model.Period::label).toList()));
      }
      story = picked.get();
    }
    return Editions.project(slices, story, ComparabilityLoader.load(dataDir.resolve(ComparabilityLoader.FILE)));
  }

  /** The mid-year estimates for a period's year, read once per year. */
  private TableC2Loader.PopulationSource populations() {
    java.util.Map<Integer, Populations> byYear = new java.util.HashMap<>();
    return year -> {
      Populations p = byYear.get(year);
      if (p == null) {
        p = Populations.load(dataDir.resolve(POPULATION_FILE), dataDir.resolve(LOOKUP_FILE), year);
        byYear.put(year, p);
      }
      return p;
    };
  }

  /** ONS mid-2011 to mid-2023 population estimates by council (MYE4). */
  public static final String POPULATION_FILE = "population_la_mid2011_2023_ons_mye4.csv";

  /** ONS council to partnership to force lookup, December 2023. */
  public static final String LOOKUP_FILE = "lookup_lad23_csp23_pfa23_dec2023.csv";

  /** As {@link #load(Path, String)}; a council table is put on the partnerships of {@code period}. */
  public Dataset load(Path file, String offence, String period) throws InputException {
    if (SeedLoader.recognises(file)) {
      return seed(file).data();
    }
    CsvFiles.Table table;
    try (CsvRows rows = CsvFiles.open(file)) {
      if (!TableC2Loader.recognises(rows.header()) && !RollingForceLoader.recognises(rows.header())
          && !QuarterlyForceLoader.recognises(rows.header())) {
        // the wide CSV may have 100,000 rows: read them one at a time into the dataset (issue #6)
        try {
          return WideCsvLoader.load(rows, offenceTree(), offence);
        } catch (InputException e) {
          throw rows.failWith(e);
        }
      }
      table = rows.rest();
    }
    OffenceTree tree = offenceTree();
    if (TableC2Loader.recognises(table.header())) {
      return project(Editions.byPeriod(List.of(TableC2Loader.loadAll(table, file, tree, populations()))), period);
    }
    if (RollingForceLoader.recognises(table.header())) {
      return RollingForceLoader.load(table, tree);
    }
    return QuarterlyForceLoader.load(table, tree);
  }
}
