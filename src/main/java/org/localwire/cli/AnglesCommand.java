package org.localwire.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.localwire.angles.Angle;
import org.localwire.angles.Angles;
import org.localwire.facts.Facts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "angles", mixinStandardHelpOptions = true,
    description = "Print the ranked angles for one area: score, kind and the reason, highest first. The first leads the story.")
final class AnglesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--area", required = true, paramLabel = "NAME", description = "The area, as 'localwire areas' lists it.")
  String area;

  @Override
  public Integer call() throws Exception {
    Workspace ws = Workspace.open(data);
    List<Angle> angles = Angles.rank(Facts.forArea(ws.data, ws.area(area), ws.offence, ws.period));
    PrintWriter out = spec.commandLine().getOut();
    for (Angle angle : angles) {
      out.printf("%3d  %-22s %s%n", angle.score(), angle.kind(), angle.reason());
    }
    out.flush();
    return 0;
  }
}
