package org.localwire.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reads ONS Table C2 as published ("Number of police recorded crimes for headline offences by
 * Community Safety Partnership area"): one row per area and a column per offence. Rows are
 * {@code csp_la} (an area), {@code force_total} (the force as published) or {@code unassigned}
 * (offences a force could not place in an area: not an area). An edition may hold several
 * 12-month periods, one a row, given by its {@code period_start} and {@code period_end} columns;
 * a file without them holds one period, named in the file name ({@code ..._ye_jun2025_...}).
 * {@code source_table}, {@code note_refs} and {@code data_unavailable} are labels, not offences.
 * Each period is read as its own dataset, on that period's partnerships.
 */
final class TableC2Loader {
  static final List<String> FIXED =
      List.of("row_type", "pfa_code", "pfa_name", "csp_code", "csp_name", "la_code", "la_name");
  private static final Pattern PERIOD_IN_NAME = Pattern.compile("(?i)ye_?([a-z]{3}_?\\d{4}(?:_[a-z]{3}_?\\d{4})*)");
  private static final Pattern ONE_PERIOD = Pattern.compile("(?i)([a-z]{3})_?(\\d{4})");
  /** Columns that may come before {@code row_type}. */
  static final List<String> LEADING = List.of("period_start", "period_end", "source_table");
  /** Label columns after {@code la_name}: not offences. */
  static final java.util.Set<String> LABELS = java.util.Set.of("note_refs", "data_unavailable");

  /** Reads the estimates for a year: the populations a period's rates use. */
  interface PopulationSource {
    Populations forYear(int year) throws InputException;
  }
  private static final Pattern NOTE = Pattern.compile("\\s*\\[note \\d+\\]");
  private static final String ENGLAND_AND_WALES = "K04000001";
  private static final Pattern ONS_CODE = Pattern.compile("[EWSNK]\\d{8}");

  private TableC2Loader() {}

  static boolean recognises(List<String> header) {
    return offset(header) >= 0;
  }

  /** Where row_type is: 0, or after any of period_start, period_end, source_table; -1 if not this table. */
  private static int offset(List<String> header) {
    int o = header.indexOf("row_type");
    if (o < 0 || header.size() <= o + FIXED.size() || !header.subList(o, o + FIXED.size()).equals(FIXED)) {
      return -1;
    }
    for (int i = 0; i < o; i++) {
      if (!LEADING.contains(header.get(i))) {
        return -1;
      }
    }
    return o;
  }

  /**
   * One dataset per period of the table, earliest first, each on its own rows' partnerships and
   * with the populations of its year.
   */
  static List<Dataset> loadAll(CsvFiles.Table table, Path path, OffenceTree tree, PopulationSource populations)
      throws InputException {
    List<String> header = table.header();
    int o = offset(header);
    int start = header.indexOf("period_start");
    int end = header.indexOf("period_end");
    Map<Period, List<CsvFiles.Row>> byPeriod = new java.util.TreeMap<>();
    List<Period> named = periodsFromName(path);
    if (start < 0 && end < 0) {
      if (named.size() != 1) {
        throw InputException.in(path.toString(), named.isEmpty()
                ? "the file name does not say which 12 months Table C2 covers"
                : "the file name names " + named.size() + " periods but the file has no period_start and period_end columns",
            "add period_start and period_end columns (e.g. 2024-07-01,2025-06-30), or name the file with the period's end, "
                + "e.g. csp_offence_group_ye_jun2025_ons_tableC2.csv");
      }
      byPeriod.put(named.get(0), table.rows());
    } else {
      if (start < 0 || end < 0) {
        throw InputException.atLine(table.file(), 1, "has a " + (start < 0 ? "period_end" : "period_start")
            + " column but no " + (start < 0 ? "period_start" : "period_end"), "give both, e.g. 2024-07-01,2025-06-30");
      }
      Problems problems = new Problems(table.file());
      for (CsvFiles.Row row : table.rows()) {
        if (row.cells().size() != header.size()) {
          problems.add(InputException.atLine(table.file(), row.line(),
              "has " + row.cells().size() + " cells where the header has " + header.size(),
              "check for a missing or extra comma, or an unquoted comma in a name"));
          continue;
        }
        try {
          byPeriod.computeIfAbsent(rowPeriod(table, row, start, end), k -> new ArrayList<>()).add(row);
        } catch (InputException e) {
          problems.add(e);
        }
      }
      problems.throwIfAny();
      if (!named.isEmpty() && !new java.util.TreeSet<>(named).equals(byPeriod.keySet())) {
        throw InputException.in(path.toString(), "the file name says it covers " + labels(named)
                + " but its period_start and period_end columns give " + labels(byPeriod.keySet()),
            "correct the dates or rename the file so that both say the same");
      }
    }
    List<Dataset> slices = new ArrayList<>();
    for (Map.Entry<Period, List<CsvFiles.Row>> e : byPeriod.entrySet()) {
      CsvFiles.Table slice = new CsvFiles.Table(table.file(), header, e.getValue());
      slices.add(load(slice, o, e.getKey(), tree, populations.forYear(e.getKey().end().getYear())));
    }
    return slices;
  }

  private static String labels(java.util.Collection<Period> periods) {
    return String.join(" and ", periods.stream().map(p -> "\"" + p.label() + "\"").toList());
  }

  private static Period rowPeriod(CsvFiles.Table table, CsvFiles.Row row, int start, int end) throws InputException {
    java.time.LocalDate from = date(table, row, start);
    java.time.LocalDate to = date(table, row, end);
    if (from.getDayOfMonth() != 1 || to.getDayOfMonth() != to.lengthOfMonth() || !to.isAfter(from)) {
      throw InputException.at(table.cell(row.line(), start), "the period " + from + " to " + to
          + " is not a run of whole months", "period_start is the first day of a month, period_end the last day of a later one");
    }
    Period p = Period.months(java.time.YearMonth.from(from), java.time.YearMonth.from(to));
    if (!p.isYear()) {
      throw InputException.at(table.cell(row.line(), start), "the period " + from + " to " + to
          + " is not 12 months long", "each row of the council table covers 12 months");
    }
    return p;
  }

  private static java.time.LocalDate date(CsvFiles.Table table, CsvFiles.Row row, int column) throws InputException {
    String text = row.cells().get(column).strip();
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw InputException.at(table.cell(row.line(), column), table.header().get(column) + " is \"" + text
          + "\", not a date", "write the date as YYYY-MM-DD, e.g. 2024-07-01");
    }
  }

  private static Dataset load(CsvFiles.Table table, int o, Period period, OffenceTree tree, Populations populations)
      throws InputException {
    // England and Wales figures are the sum of the forces: only a table with every force has them
    java.util.Set<String> forceCodes = new java.util.HashSet<>();
    for (CsvFiles.Row row : table.rows()) {
      if (row.cells().size() == table.header().size() && !row.cells().get(o + 0).strip().equals("unassigned")) {
        forceCodes.add(row.cells().get(o + 1).strip());
      }
    }
    boolean national = forceCodes.containsAll(populations.forceCodes());
    Map<String, List<String>> partnershipsOfCouncil = partnershipsOfCouncil(table, o);
    int sourceTable = table.header().indexOf("source_table");
    String published = sourceTable >= 0 && !table.rows().isEmpty()
        && table.rows().get(0).cells().size() > sourceTable && !table.rows().get(0).cells().get(sourceTable).isBlank()
        ? table.rows().get(0).cells().get(sourceTable).strip().replaceFirst("^ONS ", "") + ", police recorded crime"
            + " by Community Safety Partnership area"
        : "Table C2, police recorded crime by Community Safety Partnership area";
    Source source = new Source(table.file(), "the Office for National Statistics", published, national);
    Dataset.Builder data = Dataset.builder(source, tree).period(period);
    List<String> header = table.header();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int c = o + FIXED.size(); c < header.size(); c++) {
      if (LABELS.contains(header.get(c))) {
        continue;
      }
      String offence = header.get(c);
      if (!seen.add(offence.toLowerCase(Locale.ROOT))) {
        throw InputException.at(table.cell(1, c), "column \"" + offence + "\" appears twice in the header",
            "rename or remove one of them");
      }
      if (tree.find(offence).isEmpty()) {
        throw InputException.at(table.cell(1, c), "column \"" + offence + "\" is not an offence in data/offences.csv",
            "add it to data/offences.csv with its parent in the ONS offence tree");
      }
      data.offence(offence);
    }
    int unavailable = header.indexOf("data_unavailable");
    Map<String, Long> lineOfArea = new HashMap<>();
    Map<String, String> forceOfArea = new HashMap<>();
    Map<Place, Long> lineOfTotal = new HashMap<>();
    Problems problems = new Problems(table.file());
    for (CsvFiles.Row row : table.rows()) {
      List<String> cells = row.cells();
      if (cells.size() != header.size()) {
        problems.add(InputException.atLine(table.file(), row.line(),
            "has " + cells.size() + " cells where the header has " + header.size(),
            "check for a missing or extra comma, or an unquoted comma in a name"));
        continue;
      }
      String type = cells.get(o + 0).strip();
      String force = clean(cells.get(o + 2));
      if (force.isEmpty()) {
        problems.add(InputException.at(table.cell(row.line(), o + 2), "the force name (pfa_name) is empty",
            "fill in the police force that covers the row"));
        continue;
      }
      InputException badName = CsvFiles.badName(table.cell(row.line(), o + 2), "force name", force);
      if (badName == null && type.equals("csp_la")) {
        badName = CsvFiles.badName(table.cell(row.line(), o + 4), "area name", clean(cells.get(o + 4)));
      }
      if (badName != null) {
        problems.add(badName);
        continue;
      }
      Place place;
      switch (type) {
        case "force_total", "unassigned" -> {
          place = type.equals("force_total") ? Place.forceTotal(force) : Place.unassigned(force);
          Long before = lineOfTotal.putIfAbsent(place, row.line());
          if (before != null) {
            problems.add(InputException.at(table.cell(row.line(), o + 0), "a " + type + " row for " + force
                + " is already on line " + before, "keep one " + type + " row per force"));
            continue;
          }
        }
        case "csp_la" -> {
          String name = clean(cells.get(o + 4));
          if (name.isEmpty()) {
            problems.add(InputException.at(table.cell(row.line(), o + 4), "the area name is empty", "fill in csp_name"));
            continue;
          }
          String key = CsvFiles.fold(name); // "Ynys Mon" and "Ynys Môn" are one name (issue 14)
          String previous = forceOfArea.putIfAbsent(key, force);
          if (previous != null) {
            problems.add(InputException.at(table.cell(row.line(), o + (previous.equals(force) ? 4 : 2)),
                previous.equals(force)
                    ? "area \"" + name + "\" is listed twice (also on line " + lineOfArea.get(key) + ")"
                    : "area \"" + name + "\" is listed under " + force + " here and under " + previous + " on line "
                        + lineOfArea.get(key),
                previous.equals(force) ? "keep one row per area" : "an area belongs to one force: correct one of the rows"));
            continue;
          }
          InputException badCode = code(table, row, o + 5, "la_code", true);
          if (badCode == null && cells.get(o + 5).strip().equalsIgnoreCase("Combined Local Authorities")) {
            badCode = code(table, row, o + 3, "csp_code", false);
          }
          if (badCode != null) {
            problems.add(badCode);
            continue;
          }
          lineOfArea.put(key, row.line());
          Area area = new Area(name, cells.get(o + 3).strip(), force, population(cells, o, populations, partnershipsOfCouncil));
          data.area(area);
          place = Place.area(area);
        }
        default -> {
          problems.add(InputException.at(table.cell(row.line(), o + 0),
              "row_type is \"" + type + "\"", "use csp_la, force_total or unassigned"));
          continue;
        }
      }
      // ONS's [x] was written as an empty cell with "x" in data_unavailable: say [x], as published
      String marker = unavailable >= 0 && cells.get(unavailable).strip().equalsIgnoreCase("x") ? "[x]" : "";
      for (int c = o + FIXED.size(); c < header.size(); c++) {
        if (LABELS.contains(header.get(c))) {
          continue;
        }
        Cell cell = table.cell(row.line(), c);
        long n;
        try {
          n = Counts.parse(cells.get(c), cell, header.get(c));
        } catch (InputException e) {
          problems.add(e);
          continue;
        }
        Figure figure = n < 0
            ? Figure.missing(place, header.get(c), period, cells.get(c).isBlank() ? marker : cells.get(c).strip(), cell)
            : Figure.of(place, header.get(c), period, n, cell);
        data.figure(figure);
      }
    }
    problems.throwIfAny();
    if (lineOfArea.isEmpty()) {
      throw InputException.in(table.file(), "has no csp_la rows, so no areas",
          "add one csp_la row per Community Safety Partnership area under the header");
    }
    data.nationalPopulation(populations.nation(ENGLAND_AND_WALES));
    Dataset built = data.build();
    return withTotalsChecked(built, data);
  }

  /**
   * An ONS area code ("W06000022"), or null when the cell holds one. la_code may also be empty
   * (Manchester Airport) or "Combined Local Authorities": a garbled code would otherwise read as
   * a council created after 2021 and put a wrong reason in the story.
   */
  private static InputException code(CsvFiles.Table table, CsvFiles.Row row, int column, String name,
      boolean laCode) {
    String value = row.cells().get(column).strip();
    if (ONS_CODE.matcher(value).matches()
        || (laCode && (value.isEmpty() || value.equalsIgnoreCase("Combined Local Authorities")))) {
      return null;
    }
    return InputException.at(table.cell(row.line(), column), name + " is \"" + value + "\", not an ONS area code",
        "use the code as published, a letter and eight digits such as W06000022"
            + (laCode ? ", or Combined Local Authorities, or leave it empty" : ""));
  }

  private static Population population(List<String> cells, int o, Populations populations,
      Map<String, List<String>> partnershipsOfCouncil) {
    String laCode = cells.get(o + 5).strip();
    String name = clean(cells.get(o + 4));
    // a council formed since 2019 from several districts, each still its own partnership (Poole and
    // Bournemouth in Bournemouth, Christchurch and Poole): the council's population is not the area's
    return populations.partnership(cells.get(o + 3).strip(), name, laCode, clean(cells.get(o + 6)),
        partnershipsOfCouncil.getOrDefault(laCode, List.of()));
  }

  /** The csp_la rows' area names by their la_code, in file order. */
  private static Map<String, List<String>> partnershipsOfCouncil(CsvFiles.Table table, int o) {
    Map<String, List<String>> byCode = new HashMap<>();
    for (CsvFiles.Row row : table.rows()) {
      List<String> cells = row.cells();
      if (cells.size() == table.header().size() && cells.get(o + 0).strip().equals("csp_la")) {
        byCode.computeIfAbsent(cells.get(o + 5).strip(), k -> new ArrayList<>()).add(clean(cells.get(o + 4)));
      }
    }
    return byCode;
  }

  /** Areas plus unassigned must add up to each published force total; say where they do not. */
  private static Dataset withTotalsChecked(Dataset dataset, Dataset.Builder builder) {
    Period period = dataset.latestPeriod();
    Map<String, String> problems = new LinkedHashMap<>();
    for (String force : dataset.forces()) {
      for (String offence : dataset.offences()) {
        var total = dataset.figure(Place.forceTotal(force), offence, period);
        if (total.isEmpty() || total.get().isMissing()) {
          continue;
        }
        long sum = 0;
        boolean complete = true;
        for (Area area : dataset.areasIn(force)) {
          var f = dataset.figure(Place.area(area), offence, period);
          if (f.isEmpty() || f.get().isMissing()) {
            complete = false;
          } else {
            sum += f.get().count();
          }
        }
        var unassigned = dataset.figure(Place.unassigned(force), offence, period);
        if (unassigned.isPresent() && !unassigned.get().isMissing()) {
          sum += unassigned.get().count();
        }
        if (complete && sum != total.get().count()) {
          problems.putIfAbsent(force + "/" + offence, force + ": the areas and unassigned offences add up to "
              + sum + " " + offence.toLowerCase(Locale.UK) + " offences, the published force total is "
              + total.get().count() + " (" + total.get().cell() + ")");
        }
      }
    }
    if (problems.isEmpty()) {
      return dataset;
    }
    problems.values().forEach(builder::warning);
    return builder.build();
  }

  /** The periods the file name gives ({@code _ye_dec2021_dec2022_}: calendar 2021 and 2022), maybe none. */
  static List<Period> periodsFromName(Path path) {
    String name = path.getFileName().toString();
    Matcher m = PERIOD_IN_NAME.matcher(name);
    List<Period> periods = new ArrayList<>();
    if (m.find()) {
      Matcher one = ONE_PERIOD.matcher(m.group(1));
      while (one.find()) {
        Period.parse("year ending " + one.group(1) + " " + one.group(2)).ifPresent(periods::add);
      }
    }
    return periods;
  }

  private static String clean(String name) {
    return NOTE.matcher(name.strip()).replaceAll("");
  }
}
