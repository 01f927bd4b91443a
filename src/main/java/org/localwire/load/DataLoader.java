package org.localwire.load;

import java.nio.file.Path;
import java.util.List;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.OffenceTree;

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

  /** Reads the recording-rule changes in {@code caveats.csv}. */
  public List<Caveat> caveats() throws InputException {
    return CaveatLoader.load(dataDir.resolve(CaveatLoader.FILE), offenceTree());
  }

  /**
   * How the copy names places whose official name reads badly in a sentence ({@code
   * area-names.csv}: code, name, in_copy, article; "Bristol, City of" is "Bristol"), with "the"
   * where the name takes it ("the Isles of Scilly"). Areas are matched by their ONS code; a row
   * with no code names a force. A place not listed keeps its name.
   */
  public org.localwire.model.PlaceNames areaNames() throws InputException {
    Path file = dataDir.resolve("area-names.csv");
    if (!java.nio.file.Files.exists(file)) {
      return org.localwire.model.PlaceNames.none();
    }
    CsvFiles.Table table = CsvFiles.read(file);
    int code = table.column("code");
    int name = table.column("name");
    int inCopy = table.column("in_copy");
    int article = table.column("article");
    if (code < 0 || name < 0 || inCopy < 0) {
      throw InputException.atLine(file.toString(), 1, "the header is not code,name,in_copy,article",
          "write code,name,in_copy,article");
    }
    List<org.localwire.model.PlaceNames.Row> rows = new java.util.ArrayList<>();
    for (CsvFiles.Row row : table.rows()) {
      if (row.cells().size() != table.header().size() || row.cells().get(name).isBlank()
          || row.cells().get(inCopy).isBlank()) {
        throw InputException.atLine(file.toString(), row.line(), "needs an official name and the name for the copy",
            "write both cells, e.g. E22000002,\"Bristol, City of\",Bristol, (the code empty for a force)");
      }
      String the = article < 0 ? "" : row.cells().get(article).strip();
      if (!the.isEmpty() && !the.equals("the")) {
        throw InputException.at(new org.localwire.model.Cell(file.toString(), row.line(), article + 1),
            "the article is \"" + the + "\"", "write the, or leave the cell empty");
      }
      rows.add(new org.localwire.model.PlaceNames.Row(row.cells().get(code).strip(), row.cells().get(name).strip(),
          (the.isEmpty() ? "" : "the ") + row.cells().get(inCopy).strip()));
    }
    return new org.localwire.model.PlaceNames(rows);
  }

  /**
   * Places whose residents are not the people there ({@code non-residential.csv}: name, code,
   * reason, source), keyed by ONS code, or by name where the place has none (Manchester Airport).
   * The reason is copy: it completes "No rate leads this story: ...". A missing file lists none.
   */
  public java.util.Map<String, String> nonResidential() throws InputException {
    Path file = dataDir.resolve("non-residential.csv");
    if (!java.nio.file.Files.exists(file)) {
      return java.util.Map.of();
    }
    CsvFiles.Table table = CsvFiles.read(file);
    int name = table.column("name");
    int code = table.column("csp_code");
    int reason = table.column("reason");
    int source = table.column("source");
    if (name < 0 || code < 0 || reason < 0 || source < 0) {
      throw InputException.atLine(file.toString(), 1, "the header is not name,csp_code,reason,source",
          "write name,csp_code,reason,source");
    }
    java.util.Map<String, String> places = new java.util.LinkedHashMap<>();
    for (CsvFiles.Row row : table.rows()) {
      List<String> cells = row.cells();
      if (cells.size() != table.header().size() || cells.get(name).isBlank() || cells.get(reason).isBlank()
          || cells.get(source).isBlank()) {
        throw InputException.atLine(file.toString(), row.line(), "needs a name, a reason and a source (the code may be empty)",
            "write all four cells, e.g. Westminster,E22000192,\"<why a rate per resident misleads>\",\"<where that comes from>\"");
      }
      String key = cells.get(code).isBlank() ? cells.get(name).strip() : cells.get(code).strip();
      if (places.put(key, cells.get(reason).strip()) != null) {
        throw InputException.atLine(file.toString(), row.line(), "lists " + key + " twice", "remove one of the rows");
      }
    }
    return java.util.Map.copyOf(places);
  }

  /** The offences' own copy ({@code offences/*.json}) and the helplines it names ({@code helplines.csv}). */
  public org.localwire.model.OffenceCopies offenceCopies() throws InputException {
    return OffenceCopyLoader.load(dataDir, offenceTree());
  }

  /**
   * The police forces of England and Wales by the ONS lookup's names, to check names a quote file
   * gives (issue 14); empty when the data folder has no lookup.
   */
  public java.util.Set<String> forceNames() throws InputException {
    Path lookup = dataDir.resolve("lookup_lad17_csp17_pfa17.csv");
    if (!java.nio.file.Files.isRegularFile(lookup)) {
      return java.util.Set.of();
    }
    CsvFiles.Table table = CsvFiles.read(lookup);
    int column = CsvFiles.column(table.header(), "PFA17NM");
    java.util.Set<String> names = new java.util.TreeSet<>();
    if (column >= 0) {
      table.rows().forEach(r -> {
        if (r.cells().size() > column) {
          names.add(r.cells().get(column).strip());
        }
      });
    }
    return names;
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
        if (TableC2Loader.recognises(CsvFiles.header(f))) {
          files.add(f);
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
    // the editions are read side by side (a parallel stream keeps their order); the first error in file order wins
    List<Object> read = files.parallelStream().map(f -> {
      try {
        return (Object) TableC2Loader.loadAll(CsvFiles.read(f), f, tree, populations);
      } catch (InputException e) {
        return e;
      }
    }).toList();
    List<List<Dataset>> editions = new java.util.ArrayList<>();
    for (Object r : read) {
      if (r instanceof InputException e) {
        throw e;
      }
      @SuppressWarnings("unchecked")
      List<Dataset> edition = (List<Dataset>) r;
      editions.add(edition);
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
  /** Each year's populations, read once; safe for the threads that read editions side by side. */
  private TableC2Loader.PopulationSource populations() {
    java.util.Map<Integer, Populations> byYear = new java.util.HashMap<>();
    return year -> {
      synchronized (byYear) {
        Populations p = byYear.get(year);
        if (p == null) {
          p = Populations.load(dataDir.resolve(POPULATION_FILE), dataDir.resolve(LOOKUP_FILE), year);
          byYear.put(year, p);
        }
        return p;
      }
    };
  }

  /** ONS mid-2011 to mid-2023 population estimates by council (MYE4). */
  public static final String POPULATION_FILE = "population_la_mid2011_2023_ons_mye4.csv";

  /** ONS council to partnership to force lookup, December 2023. */
  public static final String LOOKUP_FILE = "lookup_lad23_csp23_pfa23_dec2023.csv";

  /** As {@link #load(Path, String)}; a council table is put on the partnerships of {@code period}. */
  public Dataset load(Path file, String offence, String period) throws InputException {
    CsvFiles.Table table;
    try (CsvRows rows = CsvFiles.open(file)) {
      if (!TableC2Loader.recognises(rows.header()) && !RollingForceLoader.recognises(rows.header())
          && !QuarterlyForceLoader.recognises(rows.header())) {
        // the wide CSV may have 100,000 rows: read them one at a time into the dataset (issue #6)
        try {
          Dataset wide = WideCsvLoader.load(rows, offenceTree(), offence);
          return wide.withPartialForces(partialForces(wide));
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

  /**
   * The forces of which {@code data} holds fewer areas than the ONS lookup gives them (a user's
   * file of some of a force's partnerships); none when the lookup is not in the data folder.
   */
  private java.util.Set<String> partialForces(Dataset data) throws InputException {
    Path file = dataDir.resolve(LOOKUP_FILE);
    if (!java.nio.file.Files.isRegularFile(file)) {
      return java.util.Set.of();
    }
    CsvFiles.Table lk = CsvFiles.read(file);
    int csp = lk.header().indexOf("CSP23CD");
    int pfa = lk.header().indexOf("PFA23NM");
    if (csp < 0 || pfa < 0) {
      return java.util.Set.of();
    }
    java.util.Map<String, java.util.Set<String>> byForce = new java.util.HashMap<>();
    for (CsvFiles.Row row : lk.rows()) {
      if (row.cells().size() > Math.max(csp, pfa)) {
        byForce.computeIfAbsent(row.cells().get(pfa).strip().toLowerCase(java.util.Locale.ROOT),
            k -> new java.util.HashSet<>()).add(row.cells().get(csp).strip());
      }
    }
    java.util.Set<String> partial = new java.util.HashSet<>();
    for (String force : data.forces()) {
      java.util.Set<String> all = byForce.get(force.strip().toLowerCase(java.util.Locale.ROOT));
      if (all != null && data.areasIn(force).size() < all.size()) {
        partial.add(force);
      }
    }
    return partial;
  }
}
