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

  private CaveatLoader() {}

  public static List<Caveat> load(Path file, OffenceTree tree) throws InputException {
    CsvFiles.Table table = CsvFiles.read(file);
    if (!table.header().equals(HEADER)) {
      throw InputException.atLine(table.file(), 1, "the header is " + String.join(",", table.header()),
          "the header must be " + String.join(",", HEADER));
    }
    List<Caveat> caveats = new ArrayList<>();
    for (CsvFiles.Row row : table.rows()) {
      List<String> cells = row.cells();
      if (cells.size() != HEADER.size()) {
        throw InputException.atLine(table.file(), row.line(), "has " + cells.size() + " cells, the header has "
            + HEADER.size(), "quote any text that contains a comma");
      }
      String offence = cells.get(0).strip();
      if (tree.find(offence).isEmpty()) {
        throw InputException.at(table.cell(row.line(), 0), "offence \"" + offence + "\" is not in data/offences.csv",
            "name the offence as data/offences.csv does");
      }
      Optional<Period> from = Period.parse(cells.get(1));
      if (from.isEmpty()) {
        throw InputException.at(table.cell(row.line(), 1), "\"" + cells.get(1).strip() + "\" is not a period",
            "give the first period under the new rule, e.g. 2020/21");
      }
      String text = cells.get(2).strip();
      if (text.isEmpty()) {
        throw InputException.at(table.cell(row.line(), 2), "the caveat text is empty", "write the sentence the story prints");
      }
      caveats.add(new Caveat(offence, from.get(), text, cells.get(3).strip(), table.cell(row.line(), 2)));
    }
    return List.copyOf(caveats);
  }
}
