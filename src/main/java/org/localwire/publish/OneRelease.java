package org.localwire.publish;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.model.Area;
import org.localwire.model.InputException;
import org.localwire.render.Chart;
import org.localwire.render.Pages;
import org.localwire.render.Review;
import org.localwire.render.Story;
import org.localwire.wording.Periods;
import org.localwire.write.Draft;
import org.localwire.write.Edition;
import org.localwire.write.Format;
import org.localwire.write.OutLock;
import org.localwire.write.Release;
import org.localwire.write.ReleaseFolder;
import org.localwire.write.Variation;

/**
 * One offence's release, as {@code batch --offence X} writes it: the areas with a story and
 * those skipped, the area and force stories in every wanted format, the review page, the
 * corrections against the release already there, and the lines saying what was written.
 */
final class OneRelease {
  private final Batch batch;
  private final BatchOptions options;
  private final Workspace ws;
  private final PrintWriter err;
  private final PrintWriter stdOut;
  private final List<Area> writable = new ArrayList<>();
  private final List<Pages.Skipped> skipped = new ArrayList<>();
  private final List<Pages.Entry> entries = new ArrayList<>();
  private final Variation variation = new Variation();
  private List<Area> areas;
  private Release rel;
  private int forceStories;
  /** What this release did against the release it replaced. */
  private Edition.Summary issue;

  /** One area's output: its story, where its files go, its review-page row. */
  private record Done(Story story, AreaFacts facts, Pages.Entry entry) {}

  OneRelease(Batch batch, Workspace ws) {
    this.batch = batch;
    this.options = batch.options;
    this.ws = ws;
    this.err = batch.sink.err();
    this.stdOut = batch.sink.out();
  }

  /**
   * Writes the release; with {@code rows}, its stories are added to them for the review page of
   * every offence and one summary line is printed. Returns the number of stories written (none
   * when they went to standard output).
   */
  int run(long started, Collected rows) throws InputException {
    areas = batch.areas(ws);
    Desk.warnIfNoCopy(batch.desk.copies(), ws.offence, err);
    Facts engine = Facts.of(ws.data, DataLoader.using(options.selection.dataDir).nonResidential(),
        batch.desk.caveats());
    split();
    if (options.stdout) {
      TextStream.write(ws, writable, engine, batch.desk.renderer(), options.threads, batch.sink);
      return 0;
    }
    Set<Format> wanted = new LinkedHashSet<>(options.formats);
    Path written = write(engine, wanted, rows);
    double seconds = (System.nanoTime() - started) / 1e9;
    if (rows != null) {
      stdOut.printf(Locale.ROOT, "%s: %d stories (%d areas%s, %d force%s) in %.1f s to %s%n", ws.offence,
          entries.size(), areas.size(), skippedNote(), forceStories, forceStories == 1 ? "" : "s", seconds, written);
      corrections(written);
      stdOut.flush();
      return entries.size();
    }
    stdOut.printf(Locale.ROOT, "Wrote %d stories (%d areas%s, %d force%s) in %d format%s (%s) in %.1f s to %s%n",
        entries.size(), areas.size(), skippedNote(), forceStories, forceStories == 1 ? "" : "s", wanted.size(),
        wanted.size() == 1 ? "" : "s", String.join(", ", wanted.stream().map(Format::extension).toList()), seconds,
        written);
    stdOut.printf(Locale.ROOT, "Review page: %s%n", written.resolve("index.html"));
    corrections(written);
    stdOut.printf(Locale.ROOT, "Sentences shared by more than 10%% of the stories: %.1f%%%n",
        variation.sharedPercent());
    stdOut.flush();
    return entries.size();
  }

  /** The areas with a story, and those without; none with a story is an error, before anything is written. */
  private void split() throws InputException {
    Skips skips = new Skips(ws, err);
    for (Area area : areas) {
      Optional<String> why = skips.missing(area);
      if (why.isPresent()) {
        skipped.add(new Pages.Skipped(area.name(), area.force(), why.get()));
      } else {
        writable.add(area);
      }
    }
    if (writable.isEmpty() && !areas.isEmpty()) {
      // an empty release must never replace yesterday's good one (issue 14)
      throw InputException.in(ws.data.source().file(), "no story can be written, so nothing was written and "
          + options.out.resolve(batch.releaseName(ws)) + " is as it was: a figure " + (areas.size() == 1
          ? "the story needs" : "each of the " + areas.size() + " stories needs") + " is not published (the first: "
          + skipped.get(0).reason() + ")", "choose another period or offence, or fill in the figures if you have them");
    }
  }

  private String skippedNote() {
    return skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped";
  }

  /** Writes every story into a temporary folder and moves it into place; returns where it went. */
  private Path write(Facts engine, Set<Format> wanted, Collected rows) throws InputException {
    rel = batch.release(batch.releaseName(ws));
    Names names = Names.of(writable);
    if (!skipped.isEmpty()) {
      err.println("localwire: warning: " + Skips.line(skipped, areas.size()) + "; the review page lists them");
      err.flush();
    }
    try (OutLock lock = lock(batch);
        ReleaseFolder folder = ReleaseFolder.create(options.out, rel.name());
        Sink.Progress bar = batch.progress(writable.size())) {
      Edition edition = Edition.open(options.out, rel, batch.desk.renderer(), wanted, options.onlyChanged,
          batch.approved == null ? null : batch.approved::contains);
      writeAreas(engine, wanted, folder, edition, names.areas(), rows, bar);
      writeForces(folder, edition, names.forces(), rows);
      finish(folder, edition);
      return folder.commit();
    }
  }

  /** The lock on {@code --out}: waits for another batch writing there, saying so, unless {@code --no-wait}. */
  static OutLock lock(Batch batch) throws InputException {
    PrintWriter err = batch.sink.err();
    return OutLock.acquire(batch.options.out, !batch.options.noWait, line -> {
      err.println(line);
      err.flush();
    });
  }

  private void writeAreas(Facts engine, Set<Format> wanted, ReleaseFolder folder, Edition edition,
      Map<Area, String> bases, Collected rows, Sink.Progress bar) throws InputException {
    InOrder.run(writable, options.threads, area -> {
      AreaFacts facts = engine.forArea(area, ws.offence, ws.period);
      // provenance is printed only in .facts.json, written with the json format
      Story story = batch.desk.renderer().render(facts, Angles.rank(facts), wanted.contains(Format.JSON));
      return new Done(story, facts, writeFormats(folder, edition, story, bases.get(area)));
    }, done -> {
      variation.add(done.story());
      entries.add(done.entry());
      if (rows != null) {
        rows.add(done.entry().under(rel.name()), done.facts());
      }
      bar.step();
    });
  }

  private void writeForces(ReleaseFolder folder, Edition edition, Map<String, String> bases, Collected rows)
      throws InputException {
    InOrder.run(Names.forcesOf(writable), options.threads,
        f -> ForceStory.write(ws, batch.desk, f, folder, edition, bases.get(f)), done -> {
          if (done.entry() != null) {
            entries.add(done.entry());
            forceStories++;
            if (rows != null) {
              rows.entries().add(done.entry().under(rel.name()));
            }
          } else {
            err.println(done.warning());
            err.flush();
          }
        });
  }

  /** Writes one story in every wanted format under {@code base}; returns its review-page row. */
  private static Pages.Entry writeFormats(ReleaseFolder folder, Edition edition, Story story, String base)
      throws InputException {
    List<Pages.Link> links = edition.write(folder, Draft.of(story), Chart.of(story.facts().history()), base);
    String dir = base.substring(0, base.indexOf('/') + 1);
    return Pages.entry(story, edition.release().name() + "/" + base,
        links.stream().map(l -> new Pages.Link(l.label(), dir + l.href())).toList());
  }

  /** The release's review page, the approved stories' list, and the edition's manifest and corrections. */
  private void finish(ReleaseFolder folder, Edition edition) throws InputException {
    String offence = ws.offence.toLowerCase(Locale.UK);
    String summary = rel.embargoNotice().map(n -> n + " ").orElse("") + entries.size() + " stories for " + offence
        + ", " + Periods.name(ws.period) + ", from " + ws.data.source().file() + "; " + variation.sharedPercent()
        + "% of their sentences appear in more than 10% of the stories."
        + (skipped.isEmpty() ? "" : " " + Skips.line(skipped, areas.size()) + ": see the list at the end.");
    Approved approved = batch.approved;
    if (approved != null && !options.onlyChanged) {
      // the approved stories of this release, in the order written (areas, then forces)
      folder.write(Edition.WIRE + "/stories.txt", entries.stream().map(Pages.Entry::id).filter(approved::contains)
          .map(id -> id + "\n").collect(Collectors.joining()));
    }
    folder.write("index.html", batch.desk.renderer().index(new Pages.Index(rel.name(), offence,
        Periods.name(ws.period), summary, Review.of(entries), skipped)));
    Map<String, String> why = new HashMap<>();
    skipped.forEach(k -> why.put(k.area(), k.reason()));
    String only = options.force == null ? null : "this issue of the release covers only the "
        + ws.force(options.force) + " police force area (--force)";
    issue = edition.finish(folder, only == null ? why::get : place -> why.getOrDefault(place, only));
  }

  /** "Against the release already there: 357 unchanged, 1 corrected, 0 new, 0 withdrawn; see .../CHANGES.md". */
  private void corrections(Path written) {
    if (!issue.rerun()) {
      return;
    }
    stdOut.printf(Locale.ROOT, "Against the release already there: %d unchanged, %d corrected, %d new, %d "
        + "withdrawn%s%n", issue.unchanged(), issue.corrected(), issue.added(), issue.withdrawn(),
        issue.reissued() == 0 && !Files.exists(written.resolve("CHANGES.md")) ? ""
            : "; see " + written.resolve("CHANGES.md"));
    if (options.base.embargo().isPresent() && issue.unchanged() > 0) {
      // an unchanged story keeps its bytes, so a new embargo does not reach it: say so, never silently
      err.printf(Locale.ROOT, "localwire: warning: --embargo applies only to the stories this run issues "
          + "or re-issues; the %d unchanged stor%s keep the embargo of their first issue (or none); to embargo every "
          + "story, write the release into a new --out folder%n", issue.unchanged(), issue.unchanged() == 1 ? "y" : "ies");
      err.flush();
    }
    if (options.onlyChanged) {
      stdOut.printf(Locale.ROOT, "For the wire: %d re-issued stor%s in %s%n", issue.reissued(),
          issue.reissued() == 1 ? "y" : "ies", written.resolve(Edition.WIRE));
    }
  }
}
