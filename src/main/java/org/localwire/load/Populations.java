package org.localwire.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.localwire.model.Cell;
import org.localwire.model.InputException;
import org.localwire.model.Population;

/**
 * Mid-2021 population estimates by local authority (ONS MYE2), and the ONS lookup from
 * councils to Community Safety Partnerships, so that a partnership combining several councils
 * has the sum of their populations. A council with no estimate stays unknown, with a reason.
 */
final class Populations {
  static final String BASIS = "ONS mid-2021 population estimates";

  private record Estimate(String name, long people, Cell cell) {}

  private final Map<String, Estimate> byCode;
  private final Map<String, List<String[]>> councilsByPartnership;
  private final Set<String> forceCodes;

  private Populations(Map<String, Estimate> byCode, Map<String, List<String[]>> councilsByPartnership,
      Set<String> forceCodes) {
    this.byCode = byCode;
    this.councilsByPartnership = councilsByPartnership;
    this.forceCodes = Set.copyOf(forceCodes);
  }

  /** The ONS codes of every police force area in England and Wales, from the lookup. */
  Set<String> forceCodes() {
    return forceCodes;
  }

  static Populations load(Path estimates, Path lookup) throws InputException {
    CsvFiles.Table table = CsvFiles.read(estimates);
    int code = column(table, "area_code");
    int name = column(table, "area_name");
    int people = column(table, "population_all_ages_mid2021");
    Map<String, Estimate> byCode = new HashMap<>();
    for (CsvFiles.Row row : table.rows()) {
      checkWidth(table, row);
      Cell cell = table.cell(row.line(), people);
      long n = Counts.parsePopulation(row.cells().get(people), cell, "population_all_ages_mid2021");
      if (n > 0) {
        byCode.put(row.cells().get(code).strip(), new Estimate(row.cells().get(name).strip(), n, cell));
      }
    }
    CsvFiles.Table lk = CsvFiles.read(lookup);
    int lad = column(lk, "LAD17CD");
    int ladName = column(lk, "LAD17NM");
    int csp = column(lk, "CSP17CD");
    int pfa = column(lk, "PFA17CD");
    Map<String, List<String[]>> councils = new LinkedHashMap<>();
    Set<String> forces = new HashSet<>();
    for (CsvFiles.Row row : lk.rows()) {
      checkWidth(lk, row);
      forces.add(row.cells().get(pfa).strip());
      councils.computeIfAbsent(row.cells().get(csp).strip(), k -> new ArrayList<>())
          .add(new String[] {row.cells().get(lad).strip(), row.cells().get(ladName).strip()});
    }
    return new Populations(byCode, councils, forces);
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

  /** The population of one local authority by its ONS code. */
  Population council(String code, String name) {
    Estimate e = byCode.get(code);
    if (e == null) {
      return Population.unknown("the " + BASIS + " have no figure for " + name + " (" + code
          + "), which was created or merged after 2021");
    }
    return new Population.Known(e.people(), BASIS, List.of(e.cell()));
  }

  /**
   * A partnership whose council covers other partnerships too: the estimates have the council's
   * population only, which is not the partnership's, so no rate can be given.
   */
  Population sharedCouncil(String code, String councilName, List<String> partnerships, String name) {
    String others = partnerships.size() == 2
        ? String.join(" and ", partnerships)
        : String.join(", ", partnerships.subList(0, partnerships.size() - 1)) + " and "
            + partnerships.get(partnerships.size() - 1);
    return Population.unknown("the " + BASIS + " give one figure for " + councilName + " (" + code
        + "), a council that covers " + others + ", not one for " + name + " alone");
  }

  /** The sum over the councils that make up a partnership, by the ONS 2017 lookup. */
  Population partnership(String cspCode, String cspName) {
    List<String[]> councils = councilsByPartnership.get(cspCode);
    if (councils == null) {
      return Population.unknown("the ONS lookup does not list the councils that make up " + cspName);
    }
    long sum = 0;
    List<Cell> cells = new ArrayList<>();
    for (String[] council : councils) {
      Estimate e = byCode.get(council[0]);
      if (e == null) {
        return Population.unknown("the " + BASIS + " have no figure for " + council[1] + " (" + council[0]
            + "), one of the councils that make up " + cspName);
      }
      sum += e.people();
      cells.add(e.cell());
    }
    return new Population.Known(sum, BASIS + ", summed over " + councils.size() + " councils", cells);
  }

  Population nation(String code) {
    Estimate e = byCode.get(code);
    return e == null
        ? Population.unknown("no population for England and Wales in the estimates")
        : new Population.Known(e.people(), BASIS, List.of(e.cell()));
  }
}
