package org.localwire.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.Facts;
import org.localwire.facts.Totals;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Area;
import org.localwire.model.Period;
import org.localwire.render.Renderer;
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
    Workspace ws = Workspace.open(data);
    PrintWriter out = spec.commandLine().getOut();
    if (area == null) {
      String name = force;
      if (name == null) {
        if (ws.data.forces().size() != 1) {
          throw new ParameterException(spec.commandLine(), "give --area NAME or --force NAME: the data covers "
              + ws.data.forces().size() + " police forces");
        }
        name = ws.data.forces().get(0);
      }
      String f = ForceStories.force(ws.data, name);
      Period period = ForceStories.period(ws, data.period, f);
      out.print(ForceStories.story(ForceStories.facts(ws, data, f, period, Optional.empty()), render, data.dataDir,
          spec.commandLine().getErr()).text());
      out.flush();
      return 0;
    }
    Area a = ws.area(area);
    // an area of a force the data covers only in part (one borough of the Met) gets the force-level
    // story about it, so that it is never called "the only area" of its force
    if (Totals.coveredInPart(ws.data, a.force(), ws.offence, ws.period)) {
      ForceFacts asPart = ForceStories.facts(ws, data, a.force(), ws.period, Optional.of(a.name()));
      out.print(ForceStories.story(asPart, render, data.dataDir, spec.commandLine().getErr()).text());
      out.flush();
      return 0;
    }
    org.localwire.model.OffenceCopies copies = org.localwire.load.DataLoader.using(data.dataDir).offenceCopies();
    copies.missing(ws.offence, org.localwire.render.Slugs.of(ws.offence))
        .ifPresent(w -> spec.commandLine().getErr().println("localwire: warning: " + w));
    var caveats = org.localwire.load.DataLoader.using(data.dataDir).caveats();
    Renderer renderer = Renderer.using(render.templates, render.quotes(data.dataDir, spec.commandLine().getErr()),
        caveats, org.localwire.load.DataLoader.using(data.dataDir).areaNames()).withOffences(copies);
    AreaFacts facts = Facts.of(ws.data, org.localwire.load.DataLoader.using(data.dataDir).nonResidential(), caveats).forArea(a, ws.offence, ws.period);
    out.print(renderer.render(facts, Angles.rank(facts)).text());
    out.flush();
    return 0;
  }
}
