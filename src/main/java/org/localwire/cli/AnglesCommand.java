package org.localwire.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.localwire.angles.Angle;
import org.localwire.angles.Angles;
import org.localwire.facts.Facts;
import org.localwire.model.Period;
import org.localwire.publish.ForceStories;
import org.localwire.publish.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "angles", mixinStandardHelpOptions = true,
    description = "Print the ranked angles for one area, or for one police force with --force: score, kind and the "
        + "reason, highest first. The first leads the story (for a force, it is the story type).")
final class AnglesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Subject subject;

  static final class Subject {
    @Option(names = "--area", required = true, paramLabel = "NAME", description = "The area, as 'localwire areas' lists it.")
    String area;

    @Option(names = "--force", required = true, paramLabel = "NAME", description = "The police force.")
    String force;
  }

  @Override
  public Integer call() throws Exception {
    Workspace ws = Workspace.open(data.selection());
    PrintWriter out = spec.commandLine().getOut();
    if (subject.force != null) {
      String force = ForceStories.force(ws.data(), subject.force);
      Period period = ForceStories.period(ws, force);
      for (Angle angle : Angles.rank(ForceStories.facts(ws, force, period, Optional.empty()))) {
        out.printf(java.util.Locale.ROOT, "%3d  %-22s %s%n", angle.score(), angle.kind(), angle.reason());
      }
      out.flush();
      return 0;
    }
    List<Angle> angles = Angles.rank(Facts.of(ws.data(), org.localwire.load.DataLoader.using(data.dataDir).nonResidential(),
        org.localwire.load.DataLoader.using(data.dataDir).caveats()).forArea(ws.area(subject.area), ws.offence(), ws.period()));
    for (Angle angle : angles) {
      out.printf(java.util.Locale.ROOT, "%3d  %-22s %s%n", angle.score(), angle.kind(), angle.reason());
    }
    out.flush();
    return 0;
  }
}
