package org.localwire.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.localwire.model.Caveat;
import org.localwire.model.InputException;
import org.localwire.model.OffenceTree;
import org.localwire.model.Period;

/**
 * Reads {@code data/caveats.csv}: {@code offence,from,text,source}, one recording-rule change a
 * line. {@code offence} must be in the offence tree and {@code from} is a period ({@code 2020/21}:
 * the rule changed on 1 April 2020).
 */
public final class CaveatLoader {
  public static final String FILE = "caveats.csv";
  static final List<String> HEADER = List.of("offence", "from", "text", "source");
  /** The header with a force ("" for all) and what the caveat applies to. */
  static final List<String> LONG_HEADER = List.of("offence", "from", "text", "source", "force", "applies");

  private CaveatLoader() {}

  public static List<Caveat> load(Path file, OffenceTree tree) throws InputException {
    CsvFiles.Table table = CsvFiles.read(file);
    boolean long_ = table.header().equals(LONG_HEADER);
    if (!table.header().equals(HEADER) && !long_) {
      throw InputException.atLine(table.file(), 1, "the header is " + String.join(",", table.header()),
          "the header must be " + String.join(",", LONG_HEADER));
    }
    List<String> header = table.header();
    List<Caveat> caveats = new ArrayList<>();
    for (CsvFiles.Row row : table.rows()) {
      List<String> cells = row.cells();
      if (cells.size() != header.size()) {
        throw InputException.atLine(table.file(), row.line(), "has " + cells.size() + " cells, the header has "
            + header.size(), "quote any text that contains a comma");
      }
      String offence = cells.get(0).strip();
      if (!offence.equals("*") && tree.find(offence).isEmpty()) {
        throw InputException.at(table.cell(row.line(), 0), "offence \"" + offence + "\" is not in data/offences.csv",
            "name the offence as data/offences.csv does");
      }
      Optional<Period> from = Period.parse(cells.get(1));
      if (from.isEmpty()) {
        // one month, "May 2023": the month the rule changed
        from = Period.parse(cells.get(1).strip() + " to " + cells.get(1).strip());
      }
      if (from.isEmpty()) {
        throw InputException.at(table.cell(row.line(), 1), "\"" + cells.get(1).strip() + "\" is not a period",
            "give the first period under the new rule, e.g. 2020/21");
      }
      String text = cells.get(2).strip();
      if (text.isEmpty()) {
        throw InputException.at(table.cell(row.line(), 2), "the caveat text is empty", "write the sentence the story prints");
      }
      String force = long_ ? cells.get(4).strip() : "";
      String applies = long_ ? cells.get(5).strip() : "";
      if (!applies.isEmpty() && !applies.equals("crossing") && !applies.equals("period")) {
        throw InputException.at(table.cell(row.line(), 5), "applies is \"" + applies + "\"",
            "write crossing (comparisons across a rule change that starts in from) or period (stories and"
                + " comparisons that use the figures of the period from)");
      }
      caveats.add(new Caveat(offence, from.get(), text, cells.get(3).strip(), table.cell(row.line(), 2), force,
          applies.equals("period")));
    }
    return List.copyOf(caveats);
  }
}
