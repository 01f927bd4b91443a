package org.localwire.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.localwire.model.Comparability;
import org.localwire.model.InputException;
import org.localwire.model.Period;

/**
 * Reads {@code data/comparability.csv}: {@code force,area,period,compare,same_as,reason}, one
 * rule a line, about an area of the story's edition of the council table and the figures of
 * another period. {@code compare} is {@code yes} (then {@code same_as} names that period's row
 * for the same place) or {@code no}; {@code reason} is required either way. A missing file
 * means no rules.
 */
public final class ComparabilityLoader {
  public static final String FILE = "comparability.csv";
  static final List<String> HEADER = List.of("force", "area", "period", "compare", "same_as", "reason");

  private ComparabilityLoader() {}

  public static List<Comparability> load(Path file) throws InputException {
    if (!Files.exists(file)) {
      return List.of();
    }
    CsvFiles.Table table = CsvFiles.read(file);
    if (!table.header().equals(HEADER)) {
      throw InputException.atLine(table.file(), 1, "the header is " + String.join(",", table.header()),
          "the header must be " + String.join(",", HEADER));
    }
    Problems problems = new Problems(table.file());
    List<Comparability> rules = new ArrayList<>();
    for (CsvFiles.Row row : table.rows()) {
      List<String> cells = row.cells();
      if (cells.size() != HEADER.size()) {
        problems.add(InputException.atLine(table.file(), row.line(), "has " + cells.size() + " cells, the header has "
            + HEADER.size(), "quote any text that contains a comma"));
        continue;
      }
      String force = cells.get(0).strip();
      String area = cells.get(1).strip();
      if (force.isEmpty() || area.isEmpty()) {
        problems.add(InputException.at(table.cell(row.line(), force.isEmpty() ? 0 : 1),
            (force.isEmpty() ? "the force" : "the area") + " is empty",
            "name the force and the area as the council table does, or * for every area of the force"));
        continue;
      }
      Optional<Period> period = Period.parse(cells.get(2));
      if (period.isEmpty()) {
        problems.add(InputException.at(table.cell(row.line(), 2), "\"" + cells.get(2).strip() + "\" is not a period",
            "give the other period as the tables name it, e.g. 2022 or year ending June 2023"));
        continue;
      }
      String compare = cells.get(3).strip();
      if (!compare.equals("yes") && !compare.equals("no")) {
        problems.add(InputException.at(table.cell(row.line(), 3), "compare is \"" + compare + "\"", "write yes or no"));
        continue;
      }
      String sameAs = cells.get(4).strip();
      if (compare.equals("yes") && sameAs.isEmpty()) {
        problems.add(InputException.at(table.cell(row.line(), 4), "a yes needs the name of the same place in "
            + period.get().label(), "write the area's name as that period's rows give it"));
        continue;
      }
      if (compare.equals("no") && !sameAs.isEmpty()) {
        problems.add(InputException.at(table.cell(row.line(), 4), "a no names no other area, but same_as is \""
            + sameAs + "\"", "leave same_as empty, or write yes"));
        continue;
      }
      String reason = cells.get(5).strip();
      if (reason.isEmpty()) {
        problems.add(InputException.at(table.cell(row.line(), 5), "the reason is empty",
            "say why, in a sentence a reporter can repeat"));
        continue;
      }
      rules.add(new Comparability(force, area, period.get(), compare.equals("yes"), sameAs, reason,
          table.cell(row.line(), 5)));
    }
    problems.throwIfAny();
    return List.copyOf(rules);
  }
}
