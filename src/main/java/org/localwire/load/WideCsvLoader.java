package org.localwire.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
 */
final class WideCsvLoader {
  static final Set<String> KNOWN = Set.of("area", "force", "area_code", "population", "offence");

  private WideCsvLoader() {}

  static Dataset load(CsvFiles.Table table, OffenceTree tree, String defaultOffence) throws InputException {
    List<String> header = table.header();
    int area = required(table, "area");
    int force = required(table, "force");
    int code = table.column("area_code");
    int population = table.column("population");
    int offence = table.column("offence");

    Map<Integer, Period> periodColumns = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
        throw InputException.at(table.cell(1, c), "column \"" + name + "\" appears twice in the header",
            "rename or remove one of them");
      }
      if (KNOWN.contains(name)) {
        continue;
      }
      Optional<Period> period = Period.parse(name);
      if (period.isEmpty()) {
        throw InputException.at(table.cell(1, c), "column header \"" + name + "\" is not a period",
            "use a year (2017), a financial year (2023/24 or 2023-24) or 12 months to a month (12m to Sep 2018)");
      }
      if (periodColumns.containsValue(period.get())) {
        throw InputException.at(table.cell(1, c), "period " + name + " appears twice in the header",
            "keep one column per period");
      }
      periodColumns.put(c, period.get());
    }
    if (periodColumns.isEmpty()) {
      throw InputException.atLine(table.file(), 1, "the header has no period columns",
          "add one column per period, e.g. area,force,2015,2016,2017");
    }
    List<Period> ordered = new ArrayList<>(periodColumns.values());
    for (int i = 1; i < ordered.size(); i++) {
      if (ordered.get(i).compareTo(ordered.get(i - 1)) <= 0) {
        throw InputException.atLine(table.file(), 1, "period " + ordered.get(i).label() + " comes after "
            + ordered.get(i - 1).label() + " in the header", "put the period columns in time order, earliest first");
      }
    }

    Source source = new Source(table.file(), "police recorded crime figures", "", false);
    Dataset.Builder data = Dataset.builder(source, tree);
    periodColumns.values().forEach(data::period);
    Map<String, Area> areas = new LinkedHashMap<>();
    Map<String, Long> areaLine = new HashMap<>();
    for (CsvFiles.Row row : table.rows()) {
      List<String> cells = row.cells();
      if (cells.size() != header.size()) {
        throw InputException.atLine(table.file(), row.line(),
            "has " + cells.size() + " cells where the header has " + header.size(),
            "every row needs one cell per column; check for a missing or extra comma");
      }
      String areaName = cells.get(area).strip();
      String forceName = cells.get(force).strip();
      if (areaName.isEmpty()) {
        throw InputException.at(table.cell(row.line(), area), "the area name is empty", "fill it in or remove the row");
      }
      if (forceName.isEmpty()) {
        throw InputException.at(table.cell(row.line(), force), "the force name is empty for " + areaName,
            "fill in the police force that covers the area");
      }
      String offenceName = offence < 0 ? defaultOffence : cells.get(offence).strip();
      if (offenceName.isEmpty()) {
        throw InputException.at(table.cell(row.line(), offence), "the offence is empty", "name the offence, e.g. Stalking and harassment");
      }
      Area known = areas.get(areaName);
      if (known == null) {
        Population people = population(table, row, population);
        known = new Area(areaName, code < 0 ? "" : cells.get(code).strip(), forceName, people);
        areas.put(areaName, known);
        areaLine.put(areaName, row.line());
        data.area(known);
      } else if (!known.force().equals(forceName)) {
        throw InputException.at(table.cell(row.line(), force), "area \"" + areaName + "\" is listed under "
            + forceName + " here and under " + known.force() + " on line " + areaLine.get(areaName),
            "an area belongs to one force: correct one of the rows");
      }
      data.offence(offenceName);
      Place place = Place.area(known);
      for (Map.Entry<Integer, Period> column : periodColumns.entrySet()) {
        int c = column.getKey();
        Cell cell = table.cell(row.line(), c);
        long n = Counts.parse(cells.get(c), cell, header.get(c));
        Figure figure = n < 0
            ? Figure.missing(place, offenceName, column.getValue(), cells.get(c).strip(), cell)
            : Figure.of(place, offenceName, column.getValue(), n, cell);
        Optional<Figure> clash = data.figure(figure);
        if (clash.isPresent()) {
          throw InputException.at(cell, "area \"" + areaName + "\" already has a " + header.get(c) + " figure for "
              + offenceName + " on line " + clash.get().cell().line(), "keep one row per area and offence");
        }
      }
    }
    if (areas.isEmpty()) {
      throw InputException.in(table.file(), "has a header but no rows", "add one row per area under the header");
    }
    return data.build();
  }

  private static Population population(CsvFiles.Table table, CsvFiles.Row row, int column) throws InputException {
    if (column < 0) {
      return Population.unknown("the data gives no population");
    }
    Cell cell = table.cell(row.line(), column);
    long n = Counts.parsePopulation(row.cells().get(column), cell, "population");
    if (n <= 0) {
      return Population.unknown("the data gives no population");
    }
    return new Population.Known(n, "populations given in the data", List.of(cell));
  }

  private static int required(CsvFiles.Table table, String name) throws InputException {
    int i = table.column(name);
    if (i < 0) {
      throw InputException.atLine(table.file(), 1, "the header has no \"" + name + "\" column",
          "the first line must start area,force followed by one column per period, e.g. area,force,2016,2017");
    }
    return i;
  }
}
