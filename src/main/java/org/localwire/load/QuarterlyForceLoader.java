package org.localwire.load;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localwire.model.Cell;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.Offence;
import org.localwire.model.OffenceTree;
import org.localwire.model.Period;
import org.localwire.model.Place;
import org.localwire.model.Source;

/**
 * Reads the Home Office police recorded crime open data table by police force area, financial
 * quarter and offence code, as published ({@code financial_year,financial_quarter,force_name,
 * offence_description,offence_group,offence_subgroup,offence_code,number_of_offences}). Each row
 * becomes a force figure for one quarter (quarter 1 of 2017/18 is April to June 2017); the facts
 * add four quarters up to a year, keeping all four cells.
 *
 * <p>Only offences named in data/offences.csv are read (the description under its parent, the
 * row's subgroup, ignoring case): the stalking and harassment codes 8L harassment, 8M racially or religiously aggravated
 * harassment, 8Q stalking and 8R malicious communications. So "Stalking" here is stalking alone,
 * code 8Q. British Transport Police and the fraud bodies are not places and are not read as
 * forces; the City of London is named as in the other ONS tables ("London, City of" in the source).
 */
final class QuarterlyForceLoader {
  static final List<String> HEADER = List.of("financial_year", "financial_quarter", "force_name",
      "offence_description", "offence_group", "offence_subgroup", "offence_code", "number_of_offences");
  static final Set<String> NOT_PLACES = Set.of("British Transport Police", "Action Fraud", "CIFAS", "UK Finance",
      "Financial Fraud Action UK");
  private static final Map<String, String> SAME_FORCE = Map.of("London, City of", "City of London");

  private QuarterlyForceLoader() {}

  static boolean recognises(List<String> header) {
    return header.equals(HEADER);
  }

  static Dataset load(CsvFiles.Table table, OffenceTree tree) throws InputException {
    Source source = new Source(table.file(), "the Home Office",
        "police recorded crime by police force area, quarter and offence code", true);
    Dataset.Builder data = Dataset.builder(source, tree);
    // an offence code is read when the tree has its description under the row's subgroup
    // ("Stalking" under "Stalking and harassment"), so "Homicide" the code is not "Homicide" the subgroup
    Map<String, String> offences = new HashMap<>();
    for (Offence o : tree.all()) {
      offences.put(key(o.parent(), o.name()), o.name());
    }
    boolean any = false;
    for (CsvFiles.Row row : table.rows()) {
      List<String> cells = row.cells();
      if (cells.size() != HEADER.size()) {
        throw InputException.atLine(table.file(), row.line(),
            "has " + cells.size() + " cells where the header has " + HEADER.size(),
            "check for a missing or extra comma, or an unquoted comma in a name");
      }
      String raw = cells.get(2).strip();
      String offence = offences.get(key(cells.get(5), cells.get(3)));
      if (NOT_PLACES.contains(raw) || offence == null) {
        continue;
      }
      String force = SAME_FORCE.getOrDefault(raw, raw);
      Period period = quarter(cells.get(0), cells.get(1), table.cell(row.line(), 0), table.cell(row.line(), 1));
      Cell cell = table.cell(row.line(), 7);
      data.force(force).period(period).offence(offence);
      any = true;
      Optional<Figure> clash =
          data.figure(ForceCounts.figure(Place.forceTotal(force), offence, period, cells.get(7), cell, HEADER.get(7)));
      if (clash.isPresent()) {
        throw InputException.at(cell, force + " already has a " + offence.toLowerCase(Locale.UK) + " figure for "
            + period.label() + " on line " + clash.get().cell().line(), "keep one row per force, quarter and offence");
      }
    }
    if (!any) {
      throw InputException.in(table.file(), "has no rows for the offences in data/offences.csv",
          "check the file is the Home Office open data table by force and offence code");
    }
    return data.build();
  }

  private static String key(String subgroup, String description) {
    return subgroup.strip().toLowerCase(Locale.UK) + "/" + description.strip().toLowerCase(Locale.UK);
  }

  /** Quarter 1 to 4 of a financial year: April to June ... January to March. */
  static Period quarter(String year, String quarter, Cell yearCell, Cell quarterCell) throws InputException {
    Optional<Period> fy = Period.parse(year.strip());
    if (fy.isEmpty() || fy.get().kind() != Period.Kind.FINANCIAL_YEAR) {
      throw InputException.at(yearCell, "\"" + year.strip() + "\" is not a financial year", "write it as 2017/18");
    }
    int q;
    try {
      q = Integer.parseInt(quarter.strip());
    } catch (NumberFormatException e) {
      q = 0;
    }
    if (q < 1 || q > 4) {
      throw InputException.at(quarterCell, "financial quarter \"" + quarter.strip() + "\" is not 1, 2, 3 or 4",
          "1 is April to June, 4 is January to March");
    }
    YearMonth first = YearMonth.from(fy.get().start()).plusMonths(3L * (q - 1));
    return Period.months(first, first.plusMonths(2));
  }
}
