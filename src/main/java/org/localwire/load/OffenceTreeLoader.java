package org.localwire.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.localwire.model.InputException;
import org.localwire.model.Offence;
import org.localwire.model.OffenceTree;

/** Reads {@code data/offences.csv}: {@code offence,parent,kind}, parents before children. */
public final class OffenceTreeLoader {
  private OffenceTreeLoader() {}

  public static OffenceTree load(Path path) throws InputException {
    CsvFiles.Table table = CsvFiles.read(path);
    int name = require(table, "offence");
    int parent = require(table, "parent");
    int kind = require(table, "kind");
    Map<String, Integer> levels = new HashMap<>();
    List<Offence> offences = new ArrayList<>();
    for (CsvFiles.Row row : table.rows()) {
      if (row.cells().size() != table.header().size()) {
        throw InputException.atLine(table.file(), row.line(),
            "has " + row.cells().size() + " cells, the header has " + table.header().size(), "give offence,parent,kind");
      }
      String n = row.cells().get(name).strip();
      String p = row.cells().get(parent).strip();
      if (n.isEmpty()) {
        throw InputException.at(table.cell(row.line(), name), "the offence name is empty", "fill it in or remove the line");
      }
      int level = 0;
      if (!p.isEmpty()) {
        Integer parentLevel = levels.get(p);
        if (parentLevel == null) {
          throw InputException.at(table.cell(row.line(), parent),
              "parent \"" + p + "\" is not listed above this line", "list every parent before its children");
        }
        level = parentLevel + 1;
      }
      if (levels.putIfAbsent(n, level) != null) {
        throw InputException.at(table.cell(row.line(), name), "offence \"" + n + "\" is listed twice", "remove one of the lines");
      }
      offences.add(new Offence(n, p, level, row.cells().get(kind).strip()));
    }
    return OffenceTree.of(offences);
  }

  private static int require(CsvFiles.Table table, String column) throws InputException {
    int i = table.column(column);
    if (i < 0) {
      throw InputException.atLine(table.file(), 1, "has no \"" + column + "\" column", "the header is offence,parent,kind");
    }
    return i;
  }
}
