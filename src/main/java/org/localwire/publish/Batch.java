package org.localwire.publish;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.localwire.model.Area;
import org.localwire.model.InputException;
import org.localwire.render.AreaLeads;
import org.localwire.render.Pages;
import org.localwire.render.Review;
import org.localwire.render.Slugs;
import org.localwire.wording.Periods;
import org.localwire.write.Format;
import org.localwire.write.Release;

/**
 * Runs a batch: one offence's release ({@code batch}), the area stories as text ({@code batch
 * --stdout}), or a release per offence and a review page of them all ({@code batch --offence
 * all}). Messages and progress go to the {@link Sink}; bad input is an {@link InputException}
 * and nothing is written.
 */
public final class Batch {
  final BatchOptions options;
  final Sink sink;
  /** The renderer, caveats and offence copies, read while the figures load. */
  Desk desk;
  /** The approved list of {@code --approved}, read and checked against the stories of the run; null without it. */
  Approved approved;
  /** The progress display of a run over several offences, shared by their releases; null otherwise. */
  private Sink.Progress shared;

  private Batch(BatchOptions options, Sink sink) {
    this.options = requireNonNull(options, "options");
    this.sink = requireNonNull(sink, "sink");
  }

  /** Runs the batch {@code options} describe. */
  public static void run(BatchOptions options, Sink sink) throws InputException {
    new Batch(options, sink).run();
  }

  private void run() throws InputException {
    long started = System.nanoTime();
    // templates, quotes and caveats are read while the figures load; errors come in the same order
    Background<Desk> setup = Background.start("localwire-setup",
        () -> Desk.forBatch(options.selection.dataDir, options.library, sink.err()));
    if (options.several) {
      many(setup, started);
      return;
    }
    Workspace ws = Workspace.open(options.selection);
    if (options.force != null) {
      ws.force(options.force); // an unknown force is said before a template error, as ever
    }
    approve(List.of(ws));
    desk = setup.get().forData(ws.data);
    new OneRelease(this, ws).run(started, null);
  }

  /** The areas of the run: every area, or those of {@code --force}. */
  List<Area> areas(Workspace ws) throws InputException {
    return options.force == null ? ws.data.areas() : ws.data.areasIn(ws.force(options.force));
  }

  /** The progress display of one release: the run's shared one, or its own. */
  Sink.Progress progress(int total) {
    if (shared == null) {
      return sink.progress(total);
    }
    Sink.Progress bar = shared;
    // the same display, left open when the release closes it
    return new Sink.Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {}
    };
  }

  private void approve(List<Workspace> runs) throws InputException {
    if (options.approved == null) {
      return;
    }
    approved = Approved.read(options.approved);
    List<String> ids = new ArrayList<>();
    for (Workspace ws : runs) {
      List<Area> areas = areas(ws);
      Names n = Names.of(areas.stream().filter(a -> Skips.published(ws, a)).toList());
      String release = releaseName(ws) + "/";
      n.forces().values().forEach(b -> ids.add(release + b));
      n.areas().values().forEach(b -> ids.add(release + b));
    }
    approved.check(ids);
  }

  String releaseName(Workspace ws) {
    return options.release != null ? Slugs.of(options.release)
        : Slugs.of(ws.offence) + "-" + Slugs.of(Periods.name(ws.period));
  }

  /** The release called {@code name}, at this run's release time, with its embargo and network config. */
  Release release(String name) {
    Release base = options.base;
    Release r = Release.of(name, base.time()).sentBy(base.network());
    return base.embargo().map(r::embargoedUntil).orElse(r);
  }

  /**
   * {@code batch --offence all} or {@code --offence "A,B"} (issue 17): each offence's release
   * folder, as one offence's batch writes it, then {@code <out>/index.html} listing every story
   * of every offence, strongest lead angle first. Every name is checked before anything is
   * written.
   */
  private void many(Background<Desk> setup, long started) throws InputException {
    Workspace first = Workspace.openAny(options.selection);
    List<Area> areas = areas(first);
    desk = setup.get().forData(first.data);
    List<Workspace> runs = runs(first);
    Path page = Overview.in(options.out);
    List<Workspace> writable = writable(runs, areas);
    for (Workspace ws : options.onlyChanged ? writable : List.<Workspace>of()) {
      // every release must have an earlier issue before any is written
      Path earlier = options.out.resolve(releaseName(ws));
      if (!Files.isRegularFile(earlier.resolve("manifest.json"))) {
        throw InputException.in(earlier.toString(), "holds no earlier issue of this release to compare with (no "
            + "manifest.json), so nothing was written", "run the batch without --only-changed first");
      }
    }
    approve(writable);
    Collected rows = new Collected(new ArrayList<>(), new ArrayList<>(), AreaLeads.typesOfCrime(first.data.tree(),
        first.data.offences(), writable.stream().map(ws -> ws.offence).toList()));
    int stories = 0;
    try (Sink.Progress bar = sink.progress(total(writable, areas))) {
      shared = bar;
      for (Workspace ws : writable) {
        stories += new OneRelease(this, ws).run(System.nanoTime(), rows);
      }
    } finally {
      shared = null;
    }
    overview(first, writable, rows, page, stories, started);
  }

  /** The offences named, each once, or with "all" every offence with figures and its own copy. */
  private List<Workspace> runs(Workspace first) throws InputException {
    List<Workspace> runs = new ArrayList<>();
    if (options.offences.equals(List.of(BatchOptions.ALL))) {
      // every offence with figures in the data and its own copy in data/offences/
      for (String o : first.data.offences()) {
        if (desk.copies().find(o).isPresent()) {
          runs.add(first.about(o));
        }
      }
      if (runs.isEmpty()) {
        throw InputException.in("--offence", "no offence in " + first.data.source().file() + " has its copy in "
            + options.selection.dataDir.resolve("offences"), "name the offences, e.g. --offence \"Shoplifting,Robbery\"");
      }
      return runs;
    }
    Set<String> seen = new HashSet<>();
    for (String n : options.offences) {
      Workspace ws = first.about(n);
      if (seen.add(ws.offence)) {
        runs.add(ws);
      }
    }
    return runs;
  }

  /** The offences with a story to write; one with none is left out with a warning, before anything is written. */
  private List<Workspace> writable(List<Workspace> runs, List<Area> areas) throws InputException {
    PrintWriter err = sink.err();
    List<Workspace> writable = new ArrayList<>();
    for (Workspace ws : runs) {
      long n = areas.stream().filter(a -> Skips.published(ws, a)).count();
      if (n == 0 && !areas.isEmpty()) {
        err.println("localwire: warning: no story for " + ws.offence + ": every figure it needs for "
            + ws.period.label() + " is not published; no release folder for it");
        err.flush();
      } else {
        writable.add(ws);
      }
    }
    if (writable.isEmpty()) {
      throw InputException.in("--offence", "no story can be written for any of the offences named, so nothing was "
          + "written", "choose another period or other offences");
    }
    return writable;
  }

  private static int total(List<Workspace> writable, List<Area> areas) {
    int total = 0;
    for (Workspace ws : writable) {
      total += (int) areas.stream().filter(a -> Skips.published(ws, a)).count();
    }
    return total;
  }

  /** Writes the review page of every offence and says what the run wrote. */
  private void overview(Workspace first, List<Workspace> writable, Collected rows, Path page, int stories,
      long started) throws InputException {
    List<String> offences = writable.stream().map(ws -> ws.offence).toList();
    String summary = stories + " stories about " + offences.size() + " offence" + (offences.size() == 1 ? "" : "s")
        + ", " + Periods.name(first.period) + ", from " + first.data.source().file() + ", strongest lead angle first.";
    // strongest lead first (Review sorts); a tie keeps the order of the releases
    String html = desk.renderer().overview(new Pages.Overview(Periods.name(first.period), summary,
        Review.of(rows.entries()), AreaLeads.of(rows.candidates(), offences, rows.types())));
    try (org.localwire.write.OutLock lock = OneRelease.lock(this)) {
      Overview.write(page, html);
    }
    PrintWriter stdOut = sink.out();
    List<Format> formats = options.formats;
    stdOut.printf(Locale.ROOT, "Wrote %d stories about %d offence%s in %d format%s (%s) in %.1f s to %s%n", stories,
        offences.size(), offences.size() == 1 ? "" : "s", formats.size(), formats.size() == 1 ? "" : "s",
        String.join(", ", new LinkedHashSet<>(formats).stream().map(Format::extension).toList()),
        (System.nanoTime() - started) / 1e9, options.out);
    stdOut.printf(Locale.ROOT, "Review page of every offence: %s%n", page);
    stdOut.flush();
  }
}
