package org.localwire.load;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import org.localwire.model.Cell;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.OffenceTree;
import org.localwire.model.Period;
import org.localwire.model.Place;
import org.localwire.model.Source;

/**
 * Reads the ONS rolling 12-month series by police force area and offence, as published
 * ({@code rec-crime-pfa.csv}): {@code 12 months ending,PFA,Region,Offence,Rolling year total
 * number of offences}, one row per force, offence and period end. Every figure is a force total.
 *
 * <p>Quirks handled here, each documented in data/SOURCES.md:
 *
 * <ul>
 *   <li>The December 2017 period end is written {@code 30-12-2017}: a period ending on 30
 *       December is read as the calendar year (the source's typo for the 31st).
 *   <li>Rows whose region starts {@code Fraud:} (Action Fraud, CIFAS, UK Finance) and British
 *       Transport Police are not places, so they are not read as forces.
 *   <li>{@code Fraud offences} rows (a part of the series only, and outside total recorded crime
 *       excluding fraud) are not read.
 *   <li>A negative net count (cancellations exceeding new records) is kept as a missing figure
 *       with the published value as its marker, never as zero.
 * </ul>
 */
final class RollingForceLoader {
  static final List<String> HEADER =
      List.of("12 months ending", "PFA", "Region", "Offence", "Rolling year total number of offences");
  static final String BRITISH_TRANSPORT_POLICE = "British Transport Police";
  static final String FRAUD_OFFENCES = "Fraud offences";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

  private RollingForceLoader() {}

  static boolean recognises(List<String> header) {
    return header.equals(HEADER);
  }

  static Dataset load(CsvFiles.Table table, OffenceTree tree) throws InputException {
    Source source = new Source(table.file(), "the Office for National Statistics",
        "police recorded crime by police force area, rolling 12-month totals", true);
    Dataset.Builder data = Dataset.builder(source, tree);
    boolean any = false;
    for (CsvFiles.Row row : table.rows()) {
      List<String> cells = row.cells();
      if (cells.size() != HEADER.size()) {
        throw InputException.atLine(table.file(), row.line(),
            "has " + cells.size() + " cells where the header has " + HEADER.size(),
            "check for a missing or extra comma, or an unquoted comma in a name");
      }
      String force = cells.get(1).strip();
      String region = cells.get(2).strip();
      String offence = cells.get(3).strip();
      if (region.startsWith("Fraud:") || force.equals(BRITISH_TRANSPORT_POLICE) || offence.equals(FRAUD_OFFENCES)) {
        continue;
      }
      if (force.isEmpty()) {
        throw InputException.at(table.cell(row.line(), 1), "the force name is empty", "fill in the PFA column");
      }
      if (tree.find(offence).isEmpty()) {
        throw InputException.at(table.cell(row.line(), 3), "offence \"" + offence + "\" is not in data/offences.csv",
            "add it to data/offences.csv with its parent in the ONS offence tree");
      }
      Period period = period(cells.get(0), table.cell(row.line(), 0));
      Place place = Place.forceTotal(force);
      Cell cell = table.cell(row.line(), 4);
      data.force(force).period(period).offence(offence);
      any = true;
      Optional<Figure> clash = data.figure(ForceCounts.figure(place, offence, period, cells.get(4), cell, HEADER.get(4)));
      if (clash.isPresent()) {
        throw InputException.at(cell, force + " already has a " + offence.toLowerCase(java.util.Locale.UK)
            + " figure for the 12 months ending " + cells.get(0).strip() + " on line " + clash.get().cell().line(),
            "keep one row per force, offence and period");
      }
    }
    if (!any) {
      throw InputException.in(table.file(), "has no rows for any police force area", "check the file is the ONS series");
    }
    return data.build();
  }

  /** The 12 months ending on the date in the cell, as a calendar, financial or "12m to" year. */
  static Period period(String raw, Cell cell) throws InputException {
    String text = raw.strip();
    LocalDate end;
    try {
      end = LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw InputException.at(cell, "\"" + text + "\" is not a date written DD-MM-YYYY",
          "write the last day of the 12 months, e.g. 31-12-2017");
    }
    // the source writes the end of calendar 2017 as 30-12-2017: a typo for the 31st
    if (end.getMonth() == Month.DECEMBER && end.getDayOfMonth() == 30) {
      end = end.plusDays(1);
    }
    YearMonth month = YearMonth.from(end);
    if (!end.equals(month.atEndOfMonth())) {
      throw InputException.at(cell, "\"" + text + "\" is not the last day of a month",
          "a rolling 12-month period ends on a month's last day, e.g. 30-09-2018");
    }
    return Period.months(month.minusMonths(11), month);
  }
}
