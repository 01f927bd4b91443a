package org.localwire.publish;

import java.util.List;
import java.util.Optional;
import org.localwire.angles.Angles;
import org.localwire.facts.ForceFacts;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.Place;
import org.localwire.render.Chart;
import org.localwire.render.Pages;
import org.localwire.render.Story;
import org.localwire.write.Draft;
import org.localwire.write.Edition;
import org.localwire.write.ReleaseFolder;

/** A force story's review-page row, or the warning printed instead when it cannot be written. */
record ForceStory(Pages.Entry entry, String warning) {
  /**
   * The force-level story for {@code force} in every wanted format and its review-page row, or a
   * warning when a figure the force story needs is not published. Safe on several threads: the
   * renderer is the area stories'.
   */
  static ForceStory write(Workspace ws, Desk desk, String force, ReleaseFolder folder, Edition edition, String base)
      throws InputException {
    Story story;
    try {
      ForceFacts facts = ForceStories.facts(ws, desk.caveats(), force, ws.period, Optional.empty());
      story = desk.renderer().render(facts, Angles.rank(facts));
    } catch (InputException e) {
      // a suppressed area figure or a file of only some of the force's areas: the area stories stand
      if (!ws.data.partialForce(force) && ws.data.areasIn(force).stream().noneMatch(a -> ws.data.figure(Place.area(a),
          ws.offence, ws.period).map(Figure::isMissing).orElse(true))) {
        throw e;
      }
      return new ForceStory(null, "localwire: warning: no story for the " + force + " force: " + e.getMessage());
    }
    Draft draft = Draft.of(story);
    List<Pages.Link> links = edition.write(folder, draft, Chart.of(story.facts().history()), base);
    String dir = base.substring(0, base.indexOf('/') + 1);
    List<Pages.Link> fromIndex = links.stream().map(l -> new Pages.Link(l.label(), dir + l.href())).toList();
    List<String> nations = ws.data.areasIn(force).stream().map(a -> Pages.nation(a.code())).distinct().toList();
    return new ForceStory(Pages.forceEntry(story, edition.release().name() + "/" + base,
        nations.size() == 1 ? nations.get(0) : "", fromIndex), null);
  }
}
