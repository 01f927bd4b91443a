package org.localwire.publish;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Optional;
import org.localwire.angles.Angles;
import org.localwire.facts.Facts;
import org.localwire.facts.PlaceFacts;
import org.localwire.facts.Totals;
import org.localwire.load.DataLoader;
import org.localwire.model.Area;
import org.localwire.model.InputException;
import org.localwire.model.Period;

/**
 * One draft story as plain text on standard output ({@code story}): an area's or a police
 * force's. Both are rendered with the same set-up ({@link Desk}: offence copies and the warning
 * when there are none, caveats, quotes, templates), so a bad file is the same error whichever
 * story is asked for.
 */
public final class Stories {
  private Stories() {}

  /** What a story is about, worked out once the renderer is ready. */
  private interface Subject {
    PlaceFacts facts(Desk desk) throws InputException;
  }

  /**
   * The story of the area called {@code name}. An area of a force the data covers only in part
   * (one borough of the Met) gets the force-level story about it, so that it is never called "the
   * only area" of its force.
   */
  public static void area(Workspace ws, String name, Library library, Sink sink) throws InputException {
    Area a = ws.area(requireNonNull(name, "name"));
    if (Totals.coveredInPart(ws.data, a.force(), ws.offence, ws.period)) {
      write(ws, library, sink, desk -> ForceStories.facts(ws, desk.caveats(), a.force(), ws.period,
          Optional.of(a.name())));
      return;
    }
    write(ws, library, sink, desk -> Facts.of(ws.data, DataLoader.using(ws.asked.dataDir).nonResidential(),
        desk.caveats()).forArea(a, ws.offence, ws.period));
  }

  /** The force-level story of the force called {@code name}, for the period asked or its latest year. */
  public static void force(Workspace ws, String name, Library library, Sink sink) throws InputException {
    String force = ForceStories.force(ws.data, requireNonNull(name, "name"));
    Period period = ForceStories.period(ws, force);
    write(ws, library, sink, desk -> ForceStories.facts(ws, desk.caveats(), force, period, Optional.empty()));
  }

  private static void write(Workspace ws, Library library, Sink sink, Subject subject) throws InputException {
    Desk desk = Desk.forStory(ws.asked.dataDir, library, ws.offence, sink.err()).forData(ws.data);
    PlaceFacts facts = subject.facts(desk);
    PrintWriter out = sink.out();
    out.print(desk.renderer().render(facts, Angles.rank(facts)).text());
    out.flush();
  }
}
