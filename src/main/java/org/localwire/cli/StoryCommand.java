package org.localwire.cli;

import java.util.concurrent.Callable;
import org.localwire.publish.Stories;
import org.localwire.publish.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "story", mixinStandardHelpOptions = true,
    description = "Write the draft story for one area, or for one police force with --force, to standard output as "
        + "plain text. With neither, the data must cover one force: a seed file, for example.")
final class StoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;
  @Mixin RenderOptions render;

  @Option(names = "--area", paramLabel = "NAME", description = "The area, as 'localwire areas' lists it.")
  String area;

  @Option(names = "--force", paramLabel = "NAME",
      description = "The police force, for a force-level story (its share of crime, its trend, its areas, against "
          + "England and Wales). For a trend, use --data data/pfa_offence_rolling12m_2003_2018.csv.")
  String force;

  @Override
  public Integer call() throws Exception {
    if (area != null && force != null) {
      throw new ParameterException(spec.commandLine(), "give --area or --force, not both");
    }
    Workspace ws = Workspace.open(data.selection());
    Console console = new Console(spec.commandLine(), false);
    if (area != null) {
      Stories.area(ws, area, render.library(), console);
      return 0;
    }
    if (force == null && ws.data().forces().size() != 1) {
      throw new ParameterException(spec.commandLine(), "give --area NAME or --force NAME: the data covers "
          + ws.data().forces().size() + " police forces");
    }
    Stories.force(ws, force != null ? force : ws.data().forces().get(0), render.library(), console);
    return 0;
  }
}
