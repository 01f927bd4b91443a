package org.localwire.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localwire.model.Area;
import org.localwire.model.Cell;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.OffenceTree;
import org.localwire.model.Period;
import org.localwire.model.Place;
import org.localwire.model.Population;
import org.localwire.model.Source;

/**
 * Reads the simple wide CSV a reporter can type in a spreadsheet: {@code
 * area,force,<period>,<period>,...}, with optional {@code area_code}, {@code population} and
 * {@code offence} columns. Without an offence column every row counts {@code defaultOffence}.
 * Force totals are the sum of the force's areas in the file; there is no national figure.
 *
 * <p>A header problem stops the read; row and cell problems are collected, up to twenty at
 * once. Column names are matched ignoring case; area names too, so "Newport" and "NEWPORT" on
 * two rows are the same area listed twice.
 */
final class WideCsvLoader {
  static final Set<String> KNOWN = Set.of("area", "force", "area_code", "population", "offence");

  /** One instance for every area without a population, not one per row (issue #6). */
  private static final Population NO_POPULATION = Population.unknown("the data gives no population");

  private WideCsvLoader() {}

  private record Listed(Area area, long line) {}

  private record Columns(int area, int force, int code, int population, int offence, Map<Integer, Period> periods) {}

  /**
   * Reads the rows left in {@code table}, one at a time: a Figure per cell goes straight into the
   * dataset, and no row is kept once read (issue #6).
   */
  static Dataset load(CsvRows table, OffenceTree tree, String defaultOffence) throws InputException {
    Columns columns = header(table);
    Source source = new Source(table.file(), "police recorded crime figures", "", false);
    Dataset.Builder data = Dataset.builder(source, tree);
    columns.periods().values().forEach(data::period);
    // a figure per period per line, at most; a hint only, and capped so that a file of blank lines costs nothing
    int rows = (int) Math.min(table.lines(), 1 << 20);
    data.expect((int) Math.min((long) rows * columns.periods().size(), 1 << 21), rows);
    Reading reading = new Reading(table, columns, data, defaultOffence);
    for (CsvFiles.Row row = table.next(); row != null; row = table.next()) {
      reading.row(row);
    }
    Problems problems = reading.problems;
    problems.throwIfAny();
    if (reading.areas.isEmpty()) {
      throw InputException.in(table.file(), "has a header but no rows", "add one row per area under the header");
    }
    return data.build();
  }

  /**
   * What the rows read so far have given, and the reading of one more row. A method per row
   * rather than one long loop: the JIT compiles a small method early, a long loop late (#6).
   */
  private static final class Reading {
    private final CsvRows table;
    private final Columns columns;
    private final Dataset.Builder data;
    private final String defaultOffence;
    private final List<String> header;
    private final List<Map.Entry<Integer, Period>> periodColumns;
    // by area name in lower case: the area and the line it was first listed on
    private final Map<String, Listed> areas = new HashMap<>();
    // a force is spelt as on its first row: "Gwent" and "gwent" are one force
    private final Map<String, String> forces = new HashMap<>();
    // the force as a row spells it to the force's first spelling, so that most rows need no lower-casing
    private final Map<String, String> forceSpellings = new HashMap<>();
    private final Problems problems;

    Reading(CsvRows table, Columns columns, Dataset.Builder data, String defaultOffence) {
      this.table = table;
      this.columns = columns;
      this.data = data;
      this.defaultOffence = defaultOffence;
      this.header = table.header();
      this.periodColumns = List.copyOf(columns.periods().entrySet());
      this.problems = new Problems(table.file());
    }

    void row(CsvFiles.Row row) {
      List<String> cells = row.cells();
      if (cells.size() != header.size()) {
        problems.add(width(table, row));
        return;
      }
      String areaName = cells.get(columns.area()).strip();
      String forceName = cells.get(columns.force()).strip();
      if (areaName.isEmpty()) {
        problems.add(InputException.at(table.cell(row.line(), columns.area()), "the area name is empty",
            "fill it in or remove the row"));
        return;
      }
      if (forceName.isEmpty()) {
        problems.add(InputException.at(table.cell(row.line(), columns.force()), "the force name is empty for "
            + areaName, "fill in the police force that covers the area"));
        return;
      }
      InputException badName = CsvFiles.badName(table.cell(row.line(), columns.area()), "area name", areaName);
      if (badName == null) {
        badName = CsvFiles.badName(table.cell(row.line(), columns.force()), "force name", forceName);
      }
      if (badName != null) {
        problems.add(badName);
        return;
      }
      String spelt = forceSpellings.get(forceName);
      if (spelt == null) {
        spelt = forces.computeIfAbsent(forceName.toLowerCase(Locale.ROOT), k -> cells.get(columns.force()).strip());
        forceSpellings.put(forceName, spelt);
      }
      forceName = spelt;
      String offenceName = columns.offence() < 0 ? defaultOffence : cells.get(columns.offence()).strip();
      if (offenceName.isEmpty()) {
        problems.add(InputException.at(table.cell(row.line(), columns.offence()), "the offence is empty for "
            + areaName, "name the offence, e.g. Stalking and harassment"));
        return;
      }
      if (columns.offence() >= 0) {
        InputException badOffence = CsvFiles.badName(table.cell(row.line(), columns.offence()), "offence", offenceName);
        if (badOffence != null) {
          problems.add(badOffence);
          return;
        }
      }
      String key = CsvFiles.fold(areaName);
      Listed listed = areas.get(key);
      Area known = listed == null ? null : listed.area();
      if (known != null && !known.name().equals(areaName) && known.force().equalsIgnoreCase(forceName)) {
        // two spellings a reader cannot tell apart are never two areas, nor silently one (issue 14)
        problems.add(InputException.at(table.cell(row.line(), columns.area()), "area \"" + areaName + "\" differs "
            + "from \"" + known.name() + "\" on line " + listed.line() + " only in case or accents",
            "spell the area the same way on every row, or give the two areas names that differ"));
        return;
      }
      if (known == null) {
        Optional<Population> people = population(table, row, columns.population(), problems);
        if (people.isEmpty()) {
          return;
        }
        known = new Area(areaName, columns.code() < 0 ? "" : cells.get(columns.code()).strip(), forceName,
            people.get());
        areas.put(key, new Listed(known, row.line()));
        data.area(known);
      } else if (!known.force().equalsIgnoreCase(forceName)) {
        problems.add(InputException.at(table.cell(row.line(), columns.force()), "area \"" + areaName
            + "\" is listed under " + forceName + " here and under " + known.force() + " on line " + listed.line(),
            "an area belongs to one force: correct one of the rows"));
        return;
      }
      data.offence(offenceName);
      Place place = Place.area(known);
      for (Map.Entry<Integer, Period> column : periodColumns) {
        int c = column.getKey();
        Cell cell = table.cell(row.line(), c);
        long n;
        try {
          n = Counts.parse(cells.get(c), cell, header.get(c));
        } catch (InputException e) {
          problems.add(e);
          continue;
        }
        Figure figure = n < 0
            ? Figure.missing(place, offenceName, column.getValue(), cells.get(c).strip(), cell)
            : Figure.of(place, offenceName, column.getValue(), n, cell);
        Optional<Figure> clash = data.figure(figure);
        if (clash.isPresent()) {
          problems.add(InputException.at(cell, "area \"" + areaName + "\" already has a " + header.get(c)
              + " figure for " + offenceName + " on line " + clash.get().cell().line(),
              "keep one row per area and offence"));
          break;
        }
      }
    }
  }

  /** Reads the header: the named columns and one period per other column, in time order. */
  private static Columns header(CsvRows table) throws InputException {
    List<String> header = table.header();
    int area = required(table, "area");
    int force = required(table, "force");
    Map<Integer, Period> periods = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (name.isEmpty()) {
        throw InputException.at(table.cell(1, c), "column " + (c + 1) + " has no name in the header",
            "name it, or delete the column (an empty column often comes from a stray comma at the end of a line)");
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw InputException.at(table.cell(1, c), "column \"" + name + "\" appears twice in the header",
            "rename or remove one of them");
      }
      if (KNOWN.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Period> period = Period.parse(name);
      if (period.isEmpty()) {
        throw InputException.at(table.cell(1, c), "column header \"" + name + "\" is not a period",
            "use a year (2017), a financial year (2023/24 or 2023-24) or 12 months to a month (12m to Sep 2018)");
      }
      for (Map.Entry<Integer, Period> other : periods.entrySet()) {
        if (other.getValue().sameSpan(period.get())) {
          throw InputException.at(table.cell(1, c), "period " + name + " appears twice in the header (also column "
              + (other.getKey() + 1) + ", \"" + header.get(other.getKey()) + "\")", "keep one column per period");
        }
      }
      periods.put(c, period.get());
    }
    if (periods.isEmpty()) {
      throw InputException.atLine(table.file(), 1, "the header has no period columns",
          "add one column per period, e.g. area,force,2015,2016,2017");
    }
    List<Map.Entry<Integer, Period>> ordered = new ArrayList<>(periods.entrySet());
    for (int i = 1; i < ordered.size(); i++) {
      Period earlier = ordered.get(i - 1).getValue();
      Period later = ordered.get(i).getValue();
      if (later.compareTo(earlier) <= 0) {
        throw InputException.at(table.cell(1, ordered.get(i).getKey()), "period " + later.label() + " comes after "
            + earlier.label() + " in the header", "put the period columns in time order, earliest first");
      }
    }
    return new Columns(area, force, table.column("area_code"), table.column("population"), table.column("offence"),
        periods);
  }

  /** A row with too few or too many cells, naming the first missing column or the first extra cell. */
  private static InputException width(CsvRows table, CsvFiles.Row row) {
    List<String> cells = row.cells();
    int size = table.header().size();
    String hint = "every row needs one cell per column: check for a missing or extra comma";
    if (cells.stream().anyMatch(s -> s.indexOf('\n') >= 0)) {
      hint = "a cell on this row runs over several lines: check for a quote (\") that is not closed where it should be";
    }
    if (cells.size() < size) {
      return InputException.at(table.cell(row.line(), cells.size()), "has " + cells.size()
          + " cells where the header has " + size + " (no cell for \"" + table.header().get(cells.size()) + "\")", hint);
    }
    String extra = cells.get(size);
    if (extra.strip().matches("\\d{3}")) {
      hint += "; write a number with a thousands separator in quotes (\"1,030\") or without the comma";
    }
    return InputException.at(table.cell(row.line(), size), "has " + cells.size() + " cells where the header has "
        + size + " (an extra cell holds \"" + extra + "\")", hint);
  }

  private static Optional<Population> population(CsvRows table, CsvFiles.Row row, int column,
      Problems problems) {
    if (column < 0) {
      return Optional.of(NO_POPULATION);
    }
    Cell cell = table.cell(row.line(), column);
    long n;
    try {
      n = Counts.parsePopulation(row.cells().get(column), cell, table.header().get(column));
    } catch (InputException e) {
      problems.add(e);
      return Optional.empty();
    }
    if (n <= 0) {
      return Optional.of(NO_POPULATION);
    }
    return Optional.of(new Population.Known(n, "populations given in the data", List.of(cell)));
  }

  private static int required(CsvRows table, String name) throws InputException {
    int i = table.column(name);
    if (i < 0) {
      throw InputException.atLine(table.file(), 1, "the header has no \"" + name + "\" column",
          "the first line must start area,force followed by one column per period, e.g. area,force,2016,2017");
    }
    return i;
  }
}
