package org.localwire.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localwire.model.Cell;
import org.localwire.model.InputException;
import org.localwire.model.Population;

/**
 * ONS mid-year population estimates by local authority for one year (MYE4 has mid-2011 to
 * mid-2023, one column a year), and the ONS December 2023 lookup from councils to Community
 * Safety Partnerships, so that a partnership combining several councils has the sum of their
 * populations. A council split over several partnerships gives none of them a population (the
 * estimates do not say how its people divide), and a council with no estimate stays unknown:
 * both with a reason a reporter can repeat.
 */
final class Populations {
  private static final Pattern YEAR_COLUMN = Pattern.compile("population_mid(\\d{4})");

  private record Estimate(String name, long people, Cell cell) {}

  private record Council(String code, String name) {}

  private final String basis;
  /** The estimates' name for a sentence about them: no "the latest available" aside. */
  private final String estimates;
  private final int year;
  private final Map<String, Estimate> byCode;
  private final Map<String, List<Council>> councilsByPartnership;
  private final Map<String, String> partnershipNames;
  private final Map<String, Set<String>> partnershipsByCouncil;
  private final Set<String> forceCodes;

  private Populations(String basis, String estimates, int year, Map<String, Estimate> byCode,
      Map<String, List<Council>> councilsByPartnership, Map<String, String> partnershipNames,
      Map<String, Set<String>> partnershipsByCouncil, Set<String> forceCodes) {
    this.basis = basis;
    this.estimates = estimates;
    this.year = year;
    this.byCode = byCode;
    this.councilsByPartnership = councilsByPartnership;
    this.partnershipNames = partnershipNames;
    this.partnershipsByCouncil = partnershipsByCouncil;
    this.forceCodes = Set.copyOf(forceCodes);
  }

  /** The ONS codes of every police force area in England and Wales, from the lookup. */
  Set<String> forceCodes() {
    return forceCodes;
  }

  /** The year of the estimate used: {@code wantedYear}, or the latest before it in the file. */
  int year() {
    return year;
  }

  /**
   * Reads the estimates for the middle of {@code wantedYear}, or of the latest year before it
   * the file has (mid-2023 for a period ending in 2025), and the 2023 lookup.
   */
  static Populations load(Path estimates, Path lookup, int wantedYear) throws InputException {
    CsvFiles.Table table = CsvFiles.read(estimates);
    int code = column(table, "area_code");
    int name = column(table, "area_name");
    int people = -1;
    int year = Integer.MIN_VALUE;
    int earliest = Integer.MAX_VALUE;
    for (int c = 0; c < table.header().size(); c++) {
      Matcher m = YEAR_COLUMN.matcher(table.header().get(c).strip());
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        earliest = Math.min(earliest, y);
        if (y <= wantedYear && y > year) {
          year = y;
          people = c;
        }
      }
    }
    if (people < 0) {
      throw InputException.atLine(table.file(), 1, earliest == Integer.MAX_VALUE
              ? "has no population_midYYYY column"
              : "has no estimate for mid-" + wantedYear + " or earlier (the first is mid-" + earliest + ")",
          "use the file bundled in data/");
    }
    String column = table.header().get(people).strip();
    Map<String, Estimate> byCode = new HashMap<>();
    for (CsvFiles.Row row : table.rows()) {
      checkWidth(table, row);
      Cell cell = table.cell(row.line(), people);
      long n = Counts.parsePopulation(row.cells().get(people), cell, column);
      if (n > 0) {
        byCode.put(row.cells().get(code).strip(), new Estimate(row.cells().get(name).strip(), n, cell));
      }
    }
    CsvFiles.Table lk = CsvFiles.read(lookup);
    int lad = column(lk, "LAD23CD");
    int ladName = column(lk, "LAD23NM");
    int csp = column(lk, "CSP23CD");
    int cspName = column(lk, "CSP23NM");
    int pfa = column(lk, "PFA23CD");
    Map<String, List<Council>> councils = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, Set<String>> partnerships = new HashMap<>();
    Set<String> forces = new HashSet<>();
    for (CsvFiles.Row row : lk.rows()) {
      checkWidth(lk, row);
      String cspCode = row.cells().get(csp).strip();
      String ladCode = row.cells().get(lad).strip();
      forces.add(row.cells().get(pfa).strip());
      councils.computeIfAbsent(cspCode, k -> new ArrayList<>()).add(new Council(ladCode, row.cells().get(ladName).strip()));
      names.put(cspCode, row.cells().get(cspName).strip());
      partnerships.computeIfAbsent(ladCode, k -> new java.util.TreeSet<>()).add(cspCode);
    }
    String basis = "ONS mid-" + year + " population estimates"
        + (year < wantedYear ? ", the latest available" : "");
    return new Populations(basis, "ONS mid-" + year + " population estimates", year, byCode, councils, names, partnerships, forces);
  }

  private static void checkWidth(CsvFiles.Table table, CsvFiles.Row row) throws InputException {
    if (row.cells().size() != table.header().size()) {
      throw InputException.atLine(table.file(), row.line(), "has " + row.cells().size() + " cells where the header has "
          + table.header().size(), "use the file bundled in data/");
    }
  }

  private static int column(CsvFiles.Table table, String name) throws InputException {
    int i = table.column(name);
    if (i < 0) {
      throw InputException.atLine(table.file(), 1, "has no \"" + name + "\" column", "use the file bundled in data/");
    }
    return i;
  }

  /**
   * The population of a partnership as a row of the council table gives it: by the lookup when
   * the partnership's code is there under the same name; else by the row's council code when
   * no other partnership of the same table shares it; else unknown.
   *
   * @param sharing the names of the table's partnerships with the same {@code laCode}
   */
  Population partnership(String cspCode, String cspName, String laCode, String laName, List<String> sharing) {
    String listed = partnershipNames.get(cspCode);
    if (listed != null && listed.equalsIgnoreCase(cspName)) {
      return byLookup(cspCode, cspName);
    }
    if (laCode.isEmpty()) {
      return Population.unknown(cspName + " is not a local authority area, so it has no resident population estimate");
    }
    if (laCode.equalsIgnoreCase("Combined Local Authorities")) {
      return Population.unknown("the ONS lookup does not list the councils that make up " + cspName);
    }
    if (sharing.size() > 1) {
      return Population.unknown("the " + estimates + " give one figure for " + laName + " (" + laCode
          + "), a council split between the " + join(sharing) + " partnerships, so there is none for " + cspName
          + " alone");
    }
    Estimate e = byCode.get(laCode);
    if (e == null) {
      return Population.unknown("the " + estimates + " have no figure for " + laName + " (" + laCode + ")");
    }
    return new Population.Known(e.people(), basis, List.of(e.cell()));
  }

  private Population byLookup(String cspCode, String cspName) {
    List<Council> members = councilsByPartnership.get(cspCode);
    long sum = 0;
    List<Cell> cells = new ArrayList<>();
    for (Council council : members) {
      Set<String> in = partnershipsByCouncil.get(council.code());
      if (in.size() > 1) {
        List<String> others = new ArrayList<>();
        for (String c : in) {
          others.add(partnershipNames.get(c));
        }
        return Population.unknown("the " + estimates + " give one figure for " + council.name() + " (" + council.code()
            + "), a council split between the " + join(others) + " partnerships, so there is none for " + cspName
            + " alone");
      }
      Estimate e = byCode.get(council.code());
      if (e == null) {
        return Population.unknown("the " + estimates + " have no figure for " + council.name() + " ("
            + council.code() + ")" + (members.size() > 1 ? ", one of the councils that make up " + cspName : ""));
      }
      sum += e.people();
      cells.add(e.cell());
    }
    return new Population.Known(sum, members.size() == 1 ? basis : basis + ", summed over " + members.size()
        + " councils", cells);
  }

  private static String join(List<String> names) {
    return names.size() == 2
        ? String.join(" and ", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  Population nation(String code) {
    Estimate e = byCode.get(code);
    return e == null
        ? Population.unknown("no population for England and Wales in the estimates")
        : new Population.Known(e.people(), basis, List.of(e.cell()));
  }
}
