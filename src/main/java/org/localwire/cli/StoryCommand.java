package org.localwire.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.QuoteLoader;
import org.localwire.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "story", mixinStandardHelpOptions = true,
    description = "Write the draft story for one area to standard output as plain text.")
final class StoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;
  @Mixin RenderOptions render;

  @Option(names = "--area", required = true, paramLabel = "NAME", description = "The area, as 'localwire areas' lists it.")
  String area;

  @Override
  public Integer call() throws Exception {
    Workspace ws = Workspace.open(data);
    Renderer renderer = Renderer.using(render.templates, QuoteLoader.load(render.quotes));
    AreaFacts facts = Facts.forArea(ws.data, ws.area(area), ws.offence, ws.period);
    PrintWriter out = spec.commandLine().getOut();
    out.print(renderer.render(facts, Angles.rank(facts)).text());
    out.flush();
    return 0;
  }
}
