package org.localwire.publish;

import java.util.List;
import java.util.Optional;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.Facts;
import org.localwire.facts.Totals;
import org.localwire.load.DataLoader;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;
import org.localwire.model.Period;

/** Wires up a force story's facts: the force by name, its period, the caveats file. */
public final class ForceStories {
  private ForceStories() {}

  /** The force by name, ignoring case; an unknown name suggests the closest ones. */
  public static String force(Dataset data, String name) throws InputException {
    return Workspace.force(data, name);
  }

  /** The period asked for, or the latest 12 months for which the force has a count. */
  public static Period period(Workspace ws, String force) throws InputException {
    if (ws.asked.period != null) {
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

  /** The force's facts, with the recording-rule changes of the data folder's caveats file. */
  public static ForceFacts facts(Workspace ws, String force, Period period, Optional<String> area)
      throws InputException {
    return facts(ws, DataLoader.using(ws.asked.dataDir).caveats(), force, period, area);
  }

  static ForceFacts facts(Workspace ws, List<Caveat> caveats, String force, Period period, Optional<String> area)
      throws InputException {
    return Facts.of(ws.data, caveats).forForce(force, ws.offence, period, area);
  }
}
