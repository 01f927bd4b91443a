package org.localwire.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.localwire.model.Area;
import org.localwire.publish.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "areas", mixinStandardHelpOptions = true,
    description = "List the areas in the data, one a line: area, then its police force, tab-separated.")
final class AreasCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Override
  public Integer call() throws Exception {
    Workspace ws = Workspace.open(data.selection());
    // buffered: the command line's writer flushes on every println
    PrintWriter out = new PrintWriter(new java.io.BufferedWriter(spec.commandLine().getOut(), 1 << 16));
    for (Area area : ws.data().areas()) {
      out.print(area.name() + "\t" + area.force() + "\n");
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    for (String warning : ws.data().warnings()) {
      err.println("localwire: warning: " + warning);
    }
    err.flush();
    return 0;
  }
}
