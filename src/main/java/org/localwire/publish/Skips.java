package org.localwire.publish;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.localwire.model.Area;
import org.localwire.model.Figure;
import org.localwire.model.Place;
import org.localwire.render.Pages;
import org.localwire.wording.Periods;

/**
 * The areas of one release that get no story because their own figure is not published, each
 * said once in a warning. A neighbour's missing figure costs the other stories of the force only
 * their ranks (and the force total, unless it is published), not the stories (issue 14).
 */
final class Skips {
  private final Workspace ws;
  private final PrintWriter err;
  private final Set<Area> warned = new HashSet<>();

  Skips(Workspace ws, PrintWriter err) {
    this.ws = ws;
    this.err = err;
  }

  /** Whether {@code area}'s own figure is published (a missing one is never read as zero). */
  static boolean published(Workspace ws, Area area) {
    return ws.data.figure(Place.area(area), ws.offence, ws.period).map(f -> !f.isMissing()).orElse(false);
  }

  /**
   * Why {@code area} gets no story: its own figure is suppressed. The warning naming the cell is
   * printed once per cell, not once per story.
   */
  Optional<String> missing(Area area) {
    if (published(ws, area)) {
      return Optional.empty();
    }
    String reason = notPublished(area);
    if (warned.add(area)) {
      long others = ws.data.areasIn(area.force()).size() - 1;
      err.println("localwire: warning: " + reason + ": no story for " + area.name() + (others == 0 ? ""
          : "; the other stories of " + area.force() + " leave out what needs it (ranks in the force, and the "
          + "force total unless it is published)"));
      err.flush();
    }
    return Optional.of(reason);
  }

  /** "Torfaen's stalking and harassment figure for the year ending June 2025 is not published (f.csv:3:4 holds [x])". */
  private String notPublished(Area area) {
    var f = ws.data.figure(Place.area(area), ws.offence, ws.period);
    String why = f.map(Figure::cell).map(c -> " (" + c + " holds " + f.get().missing() + ")").orElse("");
    return area.name() + "'s " + ws.offence.toLowerCase(Locale.UK) + " figure " + Periods.during(ws.period)
        + " is not published" + why;
  }

  /** "2 of 5 area stories skipped because a figure they need is not published". */
  static String line(List<Pages.Skipped> skipped, int areas) {
    return skipped.size() + " of " + areas + " area stories skipped because a figure they need is not published";
  }
}
