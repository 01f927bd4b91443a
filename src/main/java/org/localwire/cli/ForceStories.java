package org.localwire.cli;

import java.util.List;
import java.util.Optional;
import org.localwire.angles.Angles;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.Facts;
import org.localwire.facts.Totals;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.Period;
import org.localwire.render.Renderer;
import org.localwire.render.Story;

/** Wires up a force story: the force by name, its period, the caveats file, facts, angles, render. */
final class ForceStories {
  private ForceStories() {}

  /** The force by name, ignoring case; an unknown name suggests the closest ones. */
  static String force(Dataset data, String name) throws InputException {
    String wanted = name.strip();
    for (String f : data.forces()) {
      if (f.equalsIgnoreCase(wanted)) {
        return f;
      }
    }
    List<String> close = Workspace.closest(wanted, data.forces());
    String hint = close.isEmpty()
        ? "the data covers " + String.join(", ", data.forces())
        : "did you mean " + String.join(" or ", close) + "?";
    throw InputException.in("--force", "no police force called \"" + wanted + "\" in " + data.source().file(), hint);
  }

  /** The period asked for, or the latest 12 months for which the force has a count. */
  static Period period(Workspace ws, String option, String force) throws InputException {
    if (option != null) {
      return ws.period;
    }
    List<Period> years = Totals.years(ws.data);
    for (int i = years.size() - 1; i >= 0; i--) {
      if (Totals.force(ws.data, force, ws.offence, years.get(i)).isPresent()) {
        return years.get(i);
      }
    }
    // the latest period then says why it has none (an area's suppressed cell, say: issue 14)
    if (!years.isEmpty()) {
      return years.get(years.size() - 1);
    }
    throw InputException.in(ws.data.source().file(), "has no " + ws.offence + " figure for " + force
        + " over any 12 months", "choose a file with the force's yearly figures, or another --offence");
  }

  static ForceFacts facts(Workspace ws, DataOptions options, String force, Period period, Optional<String> area)
      throws InputException {
    List<Caveat> caveats = DataLoader.using(options.dataDir).caveats();
    return Facts.of(ws.data, caveats).forForce(force, ws.offence, period, area);
  }

  static Story story(ForceFacts facts, RenderOptions render, java.nio.file.Path dataDir,
      java.io.PrintWriter err) throws InputException {
    Renderer renderer = Renderer.using(render.templates, render.quotes(dataDir, err), List.of(),
        DataLoader.using(dataDir).areaNames()).withOffences(DataLoader.using(dataDir).offenceCopies());
    return renderer.render(facts, Angles.rank(facts));
  }
}
