package org.localwire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Fact;
import org.localwire.facts.FactTable;
import org.localwire.facts.Facts;
import org.localwire.model.Cell;
import org.localwire.publish.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "facts", mixinStandardHelpOptions = true,
    description = "Print the fact table for one area: every value with the data cells (file:line:column) it came from.")
final class FactsCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--area", required = true, paramLabel = "NAME", description = "The area, as 'localwire areas' lists it.")
  String area;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    Workspace ws = Workspace.open(data.selection());
    AreaFacts facts = Facts.of(ws.data(), org.localwire.load.DataLoader.using(data.dataDir).nonResidential(),
        org.localwire.load.DataLoader.using(data.dataDir).caveats()).forArea(ws.area(area), ws.offence(), ws.period());
    List<Fact> rows = FactTable.rows(facts);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("area", facts.area().name());
      doc.put("force", facts.force());
      doc.put("offence", facts.offence().name());
      doc.put("period", facts.period().label());
      doc.put("periodStart", facts.period().start().toString());
      doc.put("periodEnd", facts.period().end().toString());
      doc.put("facts", rows.stream().map(r -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("value", r.value());
        m.put("cells", r.cells().stream().map(Cell::toString).toList());
        return m;
      }).toList());
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    } else {
      out.println(facts.area().name() + " (" + facts.force() + "), " + facts.offence().name() + ", "
          + facts.period().label() + " (" + facts.period().start() + " to " + facts.period().end() + ")");
      for (Fact row : rows) {
        String cells = row.cells().isEmpty() ? "" : "  [" + cellsText(row.cells()) + "]";
        out.println("  " + row.name() + ": " + row.value() + cells);
      }
    }
    out.flush();
    return 0;
  }

  /** Cells, shortened when there are many (a national total has one per force). */
  static String cellsText(List<Cell> cells) {
    if (cells.size() <= 4) {
      return String.join(", ", cells.stream().map(Cell::toString).toList());
    }
    return cells.get(0) + ", " + cells.get(1) + " ... and " + (cells.size() - 2) + " more cells";
  }
}
