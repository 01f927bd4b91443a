package org.localwire.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.localwire.angles.Angles;
import org.localwire.facts.ForceFacts;
import org.localwire.render.AreaLeads;
import org.localwire.render.Chart;
import org.localwire.wording.NumberWords;
import org.localwire.load.NetworkLoader;
import org.localwire.write.Draft;
import org.localwire.write.Edition;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Area;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.Place;
import org.localwire.render.Pages;
import org.localwire.render.Renderer;
import org.localwire.render.Slugs;
import org.localwire.render.Story;
import org.localwire.wording.Periods;
import org.localwire.write.FactsJson;
import org.localwire.write.Format;
import org.localwire.write.Markdown;
import org.localwire.write.Ninjs;
import org.localwire.write.Release;
import org.localwire.write.ReleaseFolder;
import org.localwire.write.Variation;
import org.localwire.publish.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {
      "Write every area's story, and every force's, in each format, with a review page, into <out>/<release>/.",
      "Files: <out>/<release>/<force>/<area>.{txt,md,html,json,facts.json}, <force>/<force>-force.* for the "
          + "force story, and <out>/<release>/index.html.",
      "All or nothing: the release is written to a temporary folder and moved into place only when every story "
          + "rendered, so a failure leaves <out> as it was.",
      "--offence all (every offence with figures and copy in data/offences/) or --offence \"A,B\" writes each "
          + "offence's release folder and <out>/index.html, every story of every offence, strongest lead angle first.",
      "Re-running into a folder that holds the release compares story by story with its manifest.json: unchanged "
          + "stories keep their version and bytes, changed ones get version + 1 and a correction note, removed ones "
          + "are withdrawn; CHANGES.md and changes.json list them (docs/batch-output.md, \"Corrections\")."
    })
final class BatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;
  @Mixin RenderOptions render;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Folder to write the release folder into (default: ${DEFAULT-VALUE}); created if missing.")
  Path out;

  @Option(names = "--formats", paramLabel = "LIST", split = ",", defaultValue = "txt,md,html,json",
      converter = FormatConverter.class,
      description = "Formats to write, comma-separated: txt, md, html, json (ninjs 2.2 plus a .facts.json beside "
          + "it). Default: ${DEFAULT-VALUE}.")
  List<Format> formats;

  @Option(names = "--force", paramLabel = "NAME", description = "Only the areas of this police force.")
  String force;

  @Option(names = "--release", paramLabel = "NAME",
      description = "Name of the release folder (default: the offence and period, e.g. "
          + "stalking-and-harassment-year-to-june-2025).")
  String release;

  @Option(names = "--release-time", paramLabel = "TIME",
      description = "Time of this release, ISO 8601 with an offset (2025-10-23T09:30:00+01:00): the versioncreated of "
          + "every story it issues or corrects. Default: now. Give it to make a run reproducible.")
  String releaseTime;

  @Option(names = "--embargo", paramLabel = "TIME",
      description = "Embargo every story issued by this run until TIME, ISO 8601 with an offset "
          + "(2025-10-23T00:01:00+01:00): ninjs embargoed, a line above the headline in the text and Markdown, and "
          + "the review page.")
  String embargo;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Network config: copyright holder, byline and dateline (located) of the ninjs items "
          + "(default: localwire.json if it exists; docs/batch-output.md, \"Network config\").")
  Path config;

  @Option(names = "--only-changed", description = "Re-run a release already in --out and also write just the stories "
      + "it re-issues (corrected, new, withdrawn) into <out>/<release>/wire/, with their CHANGES.md and changes.json, "
      + "for the wire. The release folder is updated as any re-run updates it.")
  boolean onlyChanged;

  @Option(names = "--stdout", description = "Write the area stories as plain text to standard output instead of "
      + "files, one after another, each followed by a line =====. Only the area stories: no force story, review page "
      + "or other format, and nothing is written to --out.")
  boolean stdout;

  @Option(names = "--no-wait", description = "When another batch is writing into the same --out folder, stop "
      + "with an error (exit 1) instead of waiting for it.")
  boolean noWait;

  @Option(names = "--approved", paramLabel = "FILE",
      description = "Syndicate only the stories in FILE, the approved list the review page exports: one story id per "
          + "line, its files' path under --out without the extension (<release>/gwent/newport), # for comments. "
          + "Their files (all but the HTML page) are copied to <release>/wire/ and listed in wire/stories.txt; an id "
          + "naming no story of the run is an error and nothing is written.")
  Path approvedFile;

  @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
  boolean noProgress;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads rendering stories (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** One area's output: its story, where its files go, its review-page row. */
  private record Done(Story story, AreaFacts facts, Pages.Entry entry) {}

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be 1 or more, not " + threads);
    }
    if (release != null && release.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--release \"" + release + "\" has no letter or digit to name a folder with; give a name such as "
              + "gwent-june-2025");
    }
    base = base();
    if (onlyChanged && stdout) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--only-changed writes files for the wire; "
          + "--stdout writes none: give one of them");
    }
    List<String> names = offenceNames();
    if (names != null && (release != null || stdout)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), (release != null ? "--release" : "--stdout")
          + " works with one offence; --offence \"" + data.offence.strip() + "\" names several, each written to "
          + "a release folder named after the offence and period");
    }
    if (approvedFile != null && stdout) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--approved chooses the stories copied to each release's wire/ folder, and --stdout writes no folder");
    }
    // templates, quotes and caveats are read while the figures load; errors come in the same order
    Background<Renderer> setup = Background.start("localwire-setup", () -> {
      caveats = org.localwire.load.DataLoader.using(data.dataDir).caveats();
      copies = org.localwire.load.DataLoader.using(data.dataDir).offenceCopies();
      return Renderer.using(render.templates, render.quotes(data.dataDir, spec.commandLine().getErr()), caveats,
          org.localwire.load.DataLoader.using(data.dataDir).areaNames()).withOffences(copies);
    });
    if (names != null) {
      return many(names, setup, started);
    }
    Workspace ws = Workspace.open(data.selection());
    if (force != null) {
      ws.force(force); // an unknown force is said before a template error, as ever
    }
    approve(List.of(ws));
    renderer = setup.get();
    one(ws, started, null);
    return 0;
  }

  /** Where each story's files go in its release: "gwent/newport", "gwent/gwent-force". */
  private record Names(Map<String, String> forces, Map<Area, String> areas) {}

  private static Names names(List<Area> writable) {
    // file names first, in area order, so that two areas with the same slug get -2, -3 the same way every run
    Map<String, Integer> slugsUsed = new HashMap<>();
    // one story per force as well, named <force>/<force>-force so that no area's file can take its name
    Map<String, String> forceBases = new HashMap<>();
    for (String f : forcesOf(writable)) {
      forceBases.put(f, unique(Slugs.of(f) + "/" + Slugs.of(f) + "-force", slugsUsed));
    }
    Map<Area, String> bases = new HashMap<>();
    for (Area area : writable) {
      bases.put(area, unique(Slugs.of(area.force()) + "/" + Slugs.of(area.name()), slugsUsed));
    }
    return new Names(forceBases, bases);
  }

  /** The approved list of {@code --approved}, read and checked against the stories of {@code runs}; null without it. */
  private Approved approved;

  private void approve(List<Workspace> runs) throws InputException {
    if (approvedFile == null) {
      return;
    }
    approved = Approved.read(approvedFile);
    List<String> ids = new ArrayList<>();
    for (Workspace ws : runs) {
      List<Area> areas = force == null ? ws.data().areas() : ws.data().areasIn(ws.force(force));
      Names n = names(areas.stream().filter(a -> ws.data().figure(Place.area(a), ws.offence(), ws.period())
          .map(f -> !f.isMissing()).orElse(false)).toList());
      String release = releaseName(ws) + "/";
      n.forces().values().forEach(b -> ids.add(release + b));
      n.areas().values().forEach(b -> ids.add(release + b));
    }
    approved.check(ids);
  }

  /** What one offence's release wrote, for the summary of a run over several. */
  private record Run(int stories, Path written) {}

  /**
   * One offence's release, as {@code batch --offence X} writes it; with {@code rows}, its stories
   * are added to them for the review page of every offence and one summary line is printed.
   * Null when the stories went to standard output.
   */
  private Run one(Workspace ws, long started, Collected rows) throws Exception {
    warned.clear();
    List<Area> areas = force == null ? ws.data().areas() : ws.data().areasIn(ws.force(force));
    PrintWriter err = spec.commandLine().getErr();
    copies.missing(ws.offence(), org.localwire.render.Slugs.of(ws.offence()))
        .ifPresent(w -> err.println("localwire: warning: " + w));
    PrintWriter stdOut = spec.commandLine().getOut();

    Facts engine = Facts.of(ws.data(), org.localwire.load.DataLoader.using(data.dataDir).nonResidential(), caveats);
    List<Area> writable = new ArrayList<>();
    List<Pages.Skipped> skipped = new ArrayList<>();
    for (Area area : areas) {
      Optional<String> why = missing(ws, area, err);
      if (why.isPresent()) {
        skipped.add(new Pages.Skipped(area.name(), area.force(), why.get()));
      } else {
        writable.add(area);
      }
    }
    if (writable.isEmpty() && !areas.isEmpty()) {
      // an empty release must never replace yesterday's good one (issue 14)
      throw InputException.in(ws.data().source().file(), "no story can be written, so nothing was written and "
          + out.resolve(releaseName(ws)) + " is as it was: a figure " + (areas.size() == 1 ? "the story needs"
          : "each of the " + areas.size() + " stories needs") + " is not published (the first: "
          + skipped.get(0).reason() + ")", "choose another period or offence, or fill in the figures if you have them");
    }

    if (stdout) {
      // each worker encodes its stories; the writing thread copies bytes (text to a test's writer)
      java.io.OutputStream raw = stdOut instanceof StdOut std ? new java.io.BufferedOutputStream(std.bytes(), 1 << 16)
          : null;
      try {
        InOrder.run(writable, threads, area -> {
          AreaFacts facts = engine.forArea(area, ws.offence(), ws.period());
          return renderer.text(facts, Angles.rank(facts), "=====\n");
        }, bytes -> {
          if (raw != null) {
            write(raw, bytes);
          } else {
            stdOut.write(new String(bytes, StandardCharsets.UTF_8));
          }
        });
        if (raw != null) {
          flush(raw);
        }
      } catch (java.io.UncheckedIOException e) {
        closedOutput(e);
        return null;
      }
      stdOut.flush();
      return null;
    }

    Release rel = release(releaseName(ws));
    Set<Format> wanted = new LinkedHashSet<>(formats);
    Variation variation = new Variation();
    List<Pages.Entry> entries = new ArrayList<>();
    Names names = names(writable);
    Map<String, String> forceBases = names.forces();
    Map<Area, String> bases = names.areas();
    if (!skipped.isEmpty()) {
      err.println("localwire: warning: " + skippedLine(skipped, areas.size()) + "; the review page lists them");
      err.flush();
    }
    Path written;
    int storiesForForces;
    try (org.localwire.write.OutLock lock = org.localwire.write.OutLock.acquire(out, !noWait, line -> {
          err.println(line);
          err.flush();
        });
        ReleaseFolder folder = ReleaseFolder.create(out, rel.name());
        Progress bar = shared != null ? shared.borrowed() : progress(writable.size())) {
      Edition edition = Edition.open(out, rel, renderer, wanted, onlyChanged,
          approved == null ? null : approved::contains);
      InOrder.run(writable, threads, area -> {
        AreaFacts facts = engine.forArea(area, ws.offence(), ws.period());
        // provenance is printed only in .facts.json, written with the json format
        Story story = renderer.render(facts, Angles.rank(facts), wanted.contains(Format.JSON));
        String base = bases.get(area);
        return new Done(story, facts, writeFormats(folder, edition, story, base));
      }, done -> {
        variation.add(done.story());
        entries.add(done.entry());
        if (rows != null) {
          rows.add(done.entry().under(rel.name()), done.facts());
        }
        bar.step();
      });
      List<String> forceNames = forcesOf(writable);
      int[] forceStories = {0};
      InOrder.run(forceNames, threads, f -> forceStory(ws, f, folder, edition, forceBases.get(f)), done -> {
        if (done.entry() != null) {
          entries.add(done.entry());
          forceStories[0]++;
          if (rows != null) {
            rows.entries().add(done.entry().under(rel.name()));
          }
        } else {
          err.println(done.warning());
          err.flush();
        }
      });
      storiesForForces = forceStories[0];
      String summary = rel.embargoNotice().map(n -> n + " ").orElse("") + entries.size() + " stories for " + ws.offence().toLowerCase(java.util.Locale.UK) + ", "
          + Periods.name(ws.period()) + ", from " + ws.data().source().file() + "; " + variation.sharedPercent()
          + "% of their sentences appear in more than 10% of the stories."
          + (skipped.isEmpty() ? "" : " " + skippedLine(skipped, areas.size()) + ": see the list at the end.");
      if (approved != null && !onlyChanged) {
        // the approved stories of this release, in the order written (areas, then forces)
        folder.write(Edition.WIRE + "/stories.txt", entries.stream().map(Pages.Entry::id).filter(approved::contains)
            .map(id -> id + "\n").collect(java.util.stream.Collectors.joining()));
      }
      folder.write("index.html", renderer.index(new Pages.Index(rel.name(), ws.offence().toLowerCase(java.util.Locale.UK),
          Periods.name(ws.period()), summary, org.localwire.render.Review.of(entries), skipped)));
      Map<String, String> why = new HashMap<>();
      skipped.forEach(k -> why.put(k.area(), k.reason()));
      String only = force == null ? null : "this issue of the release covers only the " + ws.force(force)
          + " police force area (--force)";
      issue = edition.finish(folder, only == null ? why::get : place -> why.getOrDefault(place, only));
      written = folder.commit();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (rows != null) {
      stdOut.printf(java.util.Locale.ROOT, "%s: %d stories (%d areas%s, %d force%s) in %.1f s to %s%n", ws.offence(), entries.size(), areas.size(),
          skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped", storiesForForces, storiesForForces == 1 ? "" : "s",
          seconds, written);
      corrections(stdOut, written);
      stdOut.flush();
      return new Run(entries.size(), written);
    }
    stdOut.printf(java.util.Locale.ROOT, "Wrote %d stories (%d areas%s, %d force%s) in %d format%s (%s) in %.1f s to %s%n", entries.size(),
        areas.size(),
        skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped", storiesForForces, storiesForForces == 1 ? "" : "s", wanted.size(), wanted.size() == 1 ? "" : "s",
        String.join(", ", wanted.stream().map(Format::extension).toList()), seconds, written);
    stdOut.printf(java.util.Locale.ROOT, "Review page: %s%n", written.resolve("index.html"));
    corrections(stdOut, written);
    stdOut.printf(java.util.Locale.ROOT, "Sentences shared by more than 10%% of the stories: %.1f%%%n", variation.sharedPercent());
    stdOut.flush();
    return new Run(entries.size(), written);
  }

  /** What the last release written did against the release it replaced. */
  private Edition.Summary issue;

  /** "Against the release already there: 357 unchanged, 1 corrected, 0 new, 0 withdrawn; see .../CHANGES.md". */
  private void corrections(PrintWriter stdOut, Path written) {
    if (!issue.rerun()) {
      return;
    }
    stdOut.printf(java.util.Locale.ROOT, "Against the release already there: %d unchanged, %d corrected, %d new, %d "
        + "withdrawn%s%n", issue.unchanged(), issue.corrected(), issue.added(), issue.withdrawn(),
        issue.reissued() == 0 && !java.nio.file.Files.exists(written.resolve("CHANGES.md")) ? ""
            : "; see " + written.resolve("CHANGES.md"));
    if (embargo != null && issue.unchanged() > 0) {
      // an unchanged story keeps its bytes, so a new embargo does not reach it: say so, never silently
      PrintWriter err = spec.commandLine().getErr();
      err.printf(java.util.Locale.ROOT, "localwire: warning: --embargo applies only to the stories this run issues "
          + "or re-issues; the %d unchanged stor%s keep the embargo of their first issue (or none); to embargo every "
          + "story, write the release into a new --out folder%n", issue.unchanged(), issue.unchanged() == 1 ? "y" : "ies");
      err.flush();
    }
    if (onlyChanged) {
      stdOut.printf(java.util.Locale.ROOT, "For the wire: %d re-issued stor%s in %s%n", issue.reissued(),
          issue.reissued() == 1 ? "y" : "ies", written.resolve(Edition.WIRE));
    }
  }

  /**
   * What a run over several offences gathers for its review page: every story's row, links
   * relative to {@code --out}, and each area story's change for the summary by area.
   */
  private record Collected(List<Pages.Entry> entries, List<AreaLeads.Candidate> candidates, Set<String> types) {
    void add(Pages.Entry entry, AreaFacts facts) {
      entries.add(entry);
      candidates.add(AreaLeads.Candidate.of(entry, facts, types.contains(facts.offence().name())));
    }
  }

  /** The offences {@code --offence} names when it names several ("all", or a comma list); null for one. */
  private List<String> offenceNames() {
    if (data.offence == null) {
      return null;
    }
    String asked = data.offence.strip();
    if (asked.equalsIgnoreCase(ALL)) {
      return List.of(ALL);
    }
    if (!asked.contains(",")) {
      return null;
    }
    return java.util.Arrays.stream(asked.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
  }

  private static final String ALL = "all";

  /** The review page of a run over several offences, in {@code --out} beside the release folders. */
  static final String OVERVIEW = "index.html";

  /** Marks the review page of every offence as localwire's own, so that a re-run may replace it. */
  private static final String GENERATOR = "<meta name=\"generator\" content=\"localwire batch --offence\">";

  /**
   * {@code batch --offence all} or {@code --offence "A,B"} (issue 17): each offence's release
   * folder, as one offence's batch writes it, then {@code <out>/index.html} listing every story
   * of every offence, strongest lead angle first. Every name is checked before anything is
   * written.
   */
  private int many(List<String> names, Background<Renderer> setup, long started) throws Exception {
    Workspace first = Workspace.openAny(data.selection());
    List<Area> areas = force == null ? first.data().areas() : first.data().areasIn(first.force(force));
    renderer = setup.get();
    PrintWriter err = spec.commandLine().getErr();
    List<Workspace> runs = new ArrayList<>();
    if (names.equals(List.of(ALL))) {
      // every offence with figures in the data and its own copy in data/offences/
      for (String o : first.data().offences()) {
        if (copies.find(o).isPresent()) {
          runs.add(first.about(o));
        }
      }
      if (runs.isEmpty()) {
        throw InputException.in("--offence", "no offence in " + first.data().source().file() + " has its copy in "
            + data.dataDir.resolve("offences"), "name the offences, e.g. --offence \"Shoplifting,Robbery\"");
      }
    } else {
      Set<String> seen = new java.util.HashSet<>();
      for (String n : names) {
        Workspace ws = first.about(n);
        if (seen.add(ws.offence())) {
          runs.add(ws);
        }
      }
    }
    Path page = out.resolve(OVERVIEW);
    if (java.nio.file.Files.exists(page, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !ours(page)) {
      throw InputException.in(page.toString(), "is not a review page localwire wrote, and localwire replaces only "
          + "its own output", "move or rename it, or write into another folder with --out");
    }
    // an offence with no story to write is left out with a warning, before anything is written
    List<Workspace> writable = new ArrayList<>();
    int total = 0;
    for (Workspace ws : runs) {
      int n = (int) areas.stream().filter(a -> ws.data().figure(Place.area(a), ws.offence(), ws.period())
          .map(f -> !f.isMissing()).orElse(false)).count();
      if (n == 0 && !areas.isEmpty()) {
        err.println("localwire: warning: no story for " + ws.offence() + ": every figure it needs for "
            + ws.period().label() + " is not published; no release folder for it");
        err.flush();
      } else {
        writable.add(ws);
        total += n;
      }
    }
    if (writable.isEmpty()) {
      throw InputException.in("--offence", "no story can be written for any of the offences named, so nothing was "
          + "written", "choose another period or other offences");
    }
    for (Workspace ws : onlyChanged ? writable : List.<Workspace>of()) {
      // every release must have an earlier issue before any is written
      Path earlier = out.resolve(releaseName(ws));
      if (!java.nio.file.Files.isRegularFile(earlier.resolve("manifest.json"))) {
        throw InputException.in(earlier.toString(), "holds no earlier issue of this release to compare with (no "
            + "manifest.json), so nothing was written", "run the batch without --only-changed first");
      }
    }
    approve(writable);
    Collected rows = new Collected(new ArrayList<>(), new ArrayList<>(), AreaLeads.typesOfCrime(first.data().tree(),
        first.data().offences(), writable.stream().map(ws -> ws.offence()).toList()));
    int stories = 0;
    try (Progress bar = progress(total)) {
      shared = bar;
      for (Workspace ws : writable) {
        stories += one(ws, System.nanoTime(), rows).stories();
      }
    } finally {
      shared = null;
    }
    List<String> offences = writable.stream().map(ws -> ws.offence()).toList();
    String summary = stories + " stories about " + offences.size() + " offence" + (offences.size() == 1 ? "" : "s")
        + ", " + Periods.name(first.period()) + ", from " + first.data().source().file() + ", strongest lead angle first.";
    // strongest lead first (Review sorts); a tie keeps the order of the releases
    String html = renderer.overview(new Pages.Overview(Periods.name(first.period()), summary,
        org.localwire.render.Review.of(rows.entries()), AreaLeads.of(rows.candidates(), offences, rows.types())));
    try (org.localwire.write.OutLock lock = org.localwire.write.OutLock.acquire(out, !noWait, line -> {
          err.println(line);
          err.flush();
        })) {
      writeAtomically(page, html.replace("<head>", "<head>\n" + GENERATOR));
    }
    PrintWriter stdOut = spec.commandLine().getOut();
    stdOut.printf(java.util.Locale.ROOT, "Wrote %d stories about %d offence%s in %d format%s (%s) in %.1f s to %s%n", stories,
        offences.size(), offences.size() == 1 ? "" : "s", formats.size(), formats.size() == 1 ? "" : "s",
        String.join(", ", new LinkedHashSet<>(formats).stream().map(Format::extension).toList()),
        (System.nanoTime() - started) / 1e9, out);
    stdOut.printf(java.util.Locale.ROOT, "Review page of every offence: %s%n", page);
    stdOut.flush();
    return 0;
  }

  /** The progress bar of a run over several offences, shared by their releases. */
  private Progress shared;

  private static boolean ours(Path page) {
    try {
      return java.nio.file.Files.isRegularFile(page, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && java.nio.file.Files.readString(page).contains(GENERATOR);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /** Writes {@code file} beside itself and moves it into place, so that a reader never sees half a page. */
  private static void writeAtomically(Path file, String content) throws InputException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".partial-" + ProcessHandle.current().pid());
    try {
      java.nio.file.Files.writeString(temp, content, StandardCharsets.UTF_8);
      try {
        java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (java.io.IOException e) {
      try {
        java.nio.file.Files.deleteIfExists(temp);
      } catch (java.io.IOException ignored) {
        // nothing more to do
      }
      throw InputException.in(file.toString(), "cannot be written (" + e.getMessage() + ")",
          "check the disk, or write into another folder with --out");
    }
  }

  private String releaseName(Workspace ws) {
    return release != null ? Slugs.of(release) : Slugs.of(ws.offence()) + "-" + Slugs.of(Periods.name(ws.period()));
  }

  private static List<String> forcesOf(List<Area> areas) {
    return areas.stream().map(Area::force).distinct().toList();
  }

  /** A force story's review-page row, or the warning printed instead when it cannot be written. */
  private record ForceDone(Pages.Entry entry, String warning) {}

  /**
   * The force-level story for {@code force} in every wanted format and its review-page row, or a
   * warning when a figure the force story needs is not published. Safe on several threads: the
   * renderer is the area stories'.
   */
  private ForceDone forceStory(Workspace ws, String force, ReleaseFolder folder, Edition edition, String base)
      throws InputException {
    Story story;
    try {
      ForceFacts facts = org.localwire.facts.Facts.of(ws.data(), caveats).forForce(force, ws.offence(), ws.period(),
          Optional.empty());
      story = renderer.render(facts, Angles.rank(facts));
    } catch (InputException e) {
      // a suppressed area figure or a file of only some of the force's areas: the area stories stand
      if (!ws.data().partialForce(force) && ws.data().areasIn(force).stream().noneMatch(a -> ws.data().figure(Place.area(a),
          ws.offence(), ws.period()).map(Figure::isMissing).orElse(true))) {
        throw e;
      }
      return new ForceDone(null, "localwire: warning: no story for the " + force + " force: " + e.getMessage());
    }
    Draft draft = Draft.of(story);
    List<Pages.Link> links = edition.write(folder, draft, Chart.of(story.facts().history()), base);
    String dir = base.substring(0, base.indexOf('/') + 1);
    List<Pages.Link> fromIndex = links.stream().map(l -> new Pages.Link(l.label(), dir + l.href())).toList();
    List<String> nations = ws.data().areasIn(force).stream().map(a -> Pages.nation(a.code())).distinct().toList();
    return new ForceDone(Pages.forceEntry(story, edition.release().name() + "/" + base, nations.size() == 1 ? nations.get(0) : "",
        fromIndex), null);
  }

  private Renderer renderer;
  private List<org.localwire.model.Caveat> caveats;
  private org.localwire.model.OffenceCopies copies = org.localwire.model.OffenceCopies.none();

  /** Writes one story in every wanted format under {@code base}; returns its review-page row. */
  private static Pages.Entry writeFormats(ReleaseFolder folder, Edition edition, Story story, String base)
      throws InputException {
    List<Pages.Link> links = edition.write(folder, Draft.of(story), Chart.of(story.facts().history()), base);
    String dir = base.substring(0, base.indexOf('/') + 1);
    return Pages.entry(story, edition.release().name() + "/" + base, links.stream().map(l -> new Pages.Link(l.label(), dir + l.href())).toList());
  }

  /**
   * Standard output failed. A reader that stopped early ({@code batch --stdout | head}) closes
   * the pipe: stop quietly, as command-line tools do. Anything else (a full disk) is said.
   */
  private static int closedOutput(java.io.UncheckedIOException e) throws InputException {
    String why = String.valueOf(e.getCause().getMessage());
    if (why.contains("Broken pipe")) {
      return 0;
    }
    throw InputException.in("standard output", "cannot be written (" + why + ")",
        "check the disk or the program reading the stories");
  }

  private static void write(java.io.OutputStream out, byte[] bytes) {
    try {
      out.write(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void flush(java.io.OutputStream w) {
    try {
      w.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Why {@code area} gets no story: its own figure is suppressed. A neighbour's missing figure
   * costs the other stories of the force only their ranks (and the force total, unless it is
   * published), not the stories (issue 14). The warning naming the cell is printed once per
   * cell, not once per story. Missing is never read as zero.
   */
  private Optional<String> missing(Workspace ws, Area area, PrintWriter err) {
    if (ws.data().figure(Place.area(area), ws.offence(), ws.period()).map(f -> !f.isMissing()).orElse(false)) {
      return Optional.empty();
    }
    String reason = notPublished(ws, area);
    if (warned.add(area)) {
      long others = ws.data().areasIn(area.force()).size() - 1;
      err.println("localwire: warning: " + reason + ": no story for " + area.name() + (others == 0 ? ""
          : "; the other stories of " + area.force() + " leave out what needs it (ranks in the force, and the "
          + "force total unless it is published)"));
      err.flush();
    }
    return Optional.of(reason);
  }

  /** "Torfaen's stalking and harassment figure for the year ending June 2025 is not published (f.csv:3:4 holds [x])". */
  private static String notPublished(Workspace ws, Area area) {
    var f = ws.data().figure(Place.area(area), ws.offence(), ws.period());
    String why = f.map(Figure::cell).map(c -> " (" + c + " holds " + f.get().missing() + ")").orElse("");
    return area.name() + "'s " + ws.offence().toLowerCase(java.util.Locale.UK) + " figure " + Periods.during(ws.period())
        + " is not published" + why;
  }

  /** "2 of 5 stories skipped, their figures not published". */
  private static String skippedLine(List<Pages.Skipped> skipped, int areas) {
    return skipped.size() + " of " + areas + " area stories skipped because a figure they need is not published";
  }

  private final Set<Area> warned = new java.util.HashSet<>();


  /** This run's release time, embargo and network config, read once before anything is written. */
  private Release base;

  private Release release(String name) {
    Release r = Release.of(name, base.time()).sentBy(base.network());
    return base.embargo().map(r::embargoedUntil).orElse(r);
  }

  /** --release-time (or now), --embargo and --config; a bad value is an error naming the option. */
  private Release base() throws InputException {
    OffsetDateTime time = releaseTime == null ? OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
        : time("--release-time", releaseTime);
    Release r = Release.of("run", time).sentBy(NetworkLoader.load(config != null ? config : Path.of("localwire.json"),
        config != null));
    if (embargo == null) {
      return r;
    }
    OffsetDateTime until = time("--embargo", embargo);
    if (!until.isAfter(time)) {
      throw InputException.in("--embargo", "\"" + embargo.strip() + "\" is not after the release time, "
          + Release.timestamp(time) + ", so the embargo would already have lifted", "give a later time, or leave out "
          + "--embargo");
    }
    return r.embargoedUntil(until);
  }

  private static OffsetDateTime time(String option, String text) throws InputException {
    try {
      return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw InputException.in(option, "\"" + text + "\" is not a date and time with an offset",
          "write it as ISO 8601, e.g. 2025-10-23T09:30:00+01:00 (or ...Z for UTC)");
    }
  }

  private static String unique(String slug, Map<String, Integer> used) {
    int n = used.merge(slug, 1, Integer::sum);
    return n == 1 ? slug : slug + "-" + n;
  }

  /** Progress on standard error, drawn only on a terminal (the bar's library is not even loaded otherwise). */
  private Progress progress(int total) {
    if (noProgress || System.console() == null) {
      return new Progress(null);
    }
    return new Progress(new ProgressBarBuilder().setTaskName("Stories").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
  }

  /** A progress bar, or nothing. */
  private record Progress(ProgressBar bar, boolean owned) implements AutoCloseable {
    Progress(ProgressBar bar) {
      this(bar, true);
    }

    /** The same bar, left open when the borrower closes it (one bar for a run over several offences). */
    Progress borrowed() {
      return new Progress(bar, false);
    }

    void step() {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void close() {
      if (bar != null && owned) {
        bar.close();
      }
    }
  }


  /** picocli converter: a format name, or a usage error listing the formats. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
