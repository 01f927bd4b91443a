package org.localwire.write;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.localwire.model.InputException;
import org.localwire.render.Chart;
import org.localwire.render.Pages;
import org.localwire.render.Renderer;
import org.localwire.render.Slugs;

/**
 * One run's issue of a release (README, "Corrections"). Against the release already in the
 * folder (its {@code manifest.json}), each story is unchanged (it keeps its stamp, so its
 * version and bytes), corrected ({@code version} + 1, this run's time, an ednote saying what
 * changed), new, or, when it is no longer written, withdrawn ({@code pubstatus: canceled}).
 * {@link #finish} writes the manifest, {@code CHANGES.md} and {@code changes.json}, and with
 * {@code --only-changed} a {@code wire/} folder holding only the re-issued stories. {@link
 * #write} is safe for the batch's worker threads.
 */
public final class Edition {
  /** The folder, inside the release, of the stories a re-run re-issued (--only-changed). */
  public static final String WIRE = "wire";

  private final Release release;
  private final Renderer renderer;
  private final Set<Format> wanted;
  private final Optional<Map<String, Manifest.Entry>> before;
  private final List<Changelog.Round> rounds;
  private final boolean wire;
  /** With --approved, the story ids approved for the wire ("<release>/gwent/newport"); null without. */
  private final Predicate<String> approved;
  private final Map<String, Issued> issued = new ConcurrentHashMap<>();

  /** One story as this run issued it; {@code files} only when re-issued, for the wire folder. */
  private record Issued(Manifest.Entry entry, Optional<Changelog.Change> change, Optional<StoryFiles> files) {}

  /** What a run did, for its summary line. */
  public record Summary(boolean rerun, int unchanged, int corrected, int added, int withdrawn) {
    public int reissued() {
      return corrected + added + withdrawn;
    }
  }

  private Edition(Release release, Renderer renderer, Set<Format> wanted,
      Optional<Map<String, Manifest.Entry>> before, List<Changelog.Round> rounds, boolean wire,
      Predicate<String> approved) {
    this.release = requireNonNull(release, "release");
    this.renderer = requireNonNull(renderer, "renderer");
    this.wanted = Collections.unmodifiableSet(new LinkedHashSet<>(wanted));
    this.before = before;
    this.rounds = List.copyOf(rounds);
    this.wire = wire;
    this.approved = approved;
  }

  /** An edition in which every story is issued for the first time (no earlier release is read). */
  public static Edition first(Release release, Renderer renderer, Set<Format> wanted) {
    return new Edition(release, renderer, wanted, Optional.empty(), List.of(), false, null);
  }

  /**
   * The edition of {@code release} into {@code out}, compared with the release there, if any.
   * With {@code onlyChanged}, an earlier release is required. Call with {@code out}'s lock held
   * and the {@link ReleaseFolder} created (which puts back an earlier release a killed run left
   * aside).
   */
  public static Edition open(Path out, Release release, Renderer renderer, Set<Format> wanted, boolean onlyChanged,
      Predicate<String> approved) throws InputException {
    Path folder = out.resolve(release.name());
    Optional<Map<String, Manifest.Entry>> before = Manifest.read(folder);
    if (onlyChanged && before.isEmpty()) {
      throw InputException.in(folder.toString(), "holds no earlier issue of this release to compare with (no "
          + Manifest.FILE + "), so nothing was written", "run the batch without --only-changed first; "
          + "--only-changed then writes the stories a re-run re-issues into " + release.name() + "/" + WIRE + "/");
    }
    return new Edition(release, renderer, wanted, before, before.isPresent() ? Changelog.read(folder) : List.of(),
        onlyChanged, approved);
  }

  public Release release() {
    return release;
  }

  /** Writes {@code draft}'s files under {@code base} ({@code gwent/newport}); the links to them from its folder. */
  public List<Pages.Link> write(ReleaseFolder folder, Draft draft, Chart chart, String base) throws InputException {
    Manifest.Entry last = before.map(m -> m.get(base)).orElse(null);
    StoryFiles files;
    Optional<Changelog.Change> change = Optional.empty();
    if (last == null || last.canceled()) {
      Stamp stamp = last == null ? Stamp.first(release) : last.stamp().next(release,
          "Re-issued: the story is back in the release after its withdrawal.");
      files = render(draft, chart, base, stamp);
      if (before.isPresent()) {
        change = Optional.of(change(base, draft, last == null ? "new" : "restored", stamp, List.of()));
      }
    } else {
      // rendered as last issued: the same bytes, so the same hash, when nothing changed
      files = render(draft, chart, base, last.stamp());
      Content now = Content.of(draft, files, Fingerprint.usedBy(last.content().hash()));
      if (!now.hash().equals(last.content().hash())) {
        Correction correction = Correction.between(last.content(), now);
        Stamp stamp = last.stamp().next(release, correction.note());
        files = render(draft, chart, base, stamp);
        change = Optional.of(change(base, draft, "corrected", stamp, correction.figures()));
      }
    }
    files.writeTo(folder, "");
    // the wire folder: with --approved, only approved stories; with --only-changed, only re-issued ones
    boolean send = approved == null || approved.test(release.name() + "/" + base);
    if (approved != null && !wire && send) {
      files.writeToWire(folder);
    }
    // the hash is of the files as written (a correction's own, with its new stamp)
    Manifest.Entry entry = new Manifest.Entry(base, Ninjs.uri(release, draft), draft.place(),
        Slugs.of(draft.offence()) + "-" + draft.slug(), Ninjs.withheld(draft) ? "withheld" : "usable", files.stamp(),
        Content.of(draft, files));
    issued.put(base, new Issued(entry, change, change.isPresent() && wire && send ? Optional.of(files)
        : Optional.empty()));
    return files.links();
  }

  private StoryFiles render(Draft draft, Chart chart, String base, Stamp stamp) throws InputException {
    return StoryFiles.render(renderer, draft, chart, base, wanted, release, stamp);
  }

  private Changelog.Change change(String base, Draft draft, String kind, Stamp stamp,
      List<Correction.Figure> figures) {
    return new Changelog.Change(base, Ninjs.uri(release, draft), draft.place(), kind, stamp.version(),
        stamp.correction().isEmpty() ? "First issue." : stamp.correction(), figures);
  }

  /**
   * After every story: withdraws the stories of the last issue this run did not write ({@code
   * why} gives the reason by place, e.g. a figure no longer published, or null), then writes the
   * manifest, the changes and the wire folder.
   */
  public Summary finish(ReleaseFolder folder, Function<String, String> why) throws InputException {
    List<Manifest.Entry> entries = new ArrayList<>();
    List<Changelog.Change> changes = new ArrayList<>();
    Map<String, Issued> all = new TreeMap<>(issued);
    for (Manifest.Entry last : before.map(Map::values).orElse(List.of())) {
      if (!issued.containsKey(last.path())) {
        all.put(last.path(), withdraw(folder, last, why));
      }
    }
    int unchanged = 0;
    int corrected = 0;
    int added = 0;
    int withdrawn = 0;
    for (Issued i : all.values()) {
      entries.add(i.entry());
      if (i.change().isEmpty()) {
        unchanged += i.entry().canceled() ? 0 : 1; // a story withdrawn earlier is not one of this issue's
        continue;
      }
      changes.add(i.change().get());
      switch (i.change().get().kind()) {
        case "corrected" -> corrected++;
        case "withdrawn" -> withdrawn++;
        default -> added++;
      }
    }
    folder.write(Manifest.FILE, Manifest.json(release.name(), entries));
    Summary summary = new Summary(before.isPresent(), unchanged, corrected, added, withdrawn);
    if (before.isPresent()) {
      writeChanges(folder, changes, all);
    }
    return summary;
  }

  private void writeChanges(ReleaseFolder folder, List<Changelog.Change> changes, Map<String, Issued> all)
      throws InputException {
    List<Changelog.Round> log = new ArrayList<>();
    Changelog.Round round = new Changelog.Round(Release.timestamp(release.time()), changes);
    if (!changes.isEmpty()) {
      log.add(round);
    }
    log.addAll(rounds);
    if (!log.isEmpty()) {
      folder.write(Changelog.JSON_FILE, Changelog.json(release.name(), log));
      folder.write(Changelog.MARKDOWN_FILE, Changelog.markdown(release.name(), log));
    }
    if (wire) {
      List<Changelog.Round> now = changes.isEmpty() ? List.of() : List.of(round);
      folder.write(WIRE + "/" + Changelog.JSON_FILE, Changelog.json(release.name(), now));
      folder.write(WIRE + "/" + Changelog.MARKDOWN_FILE, Changelog.markdown(release.name(), now));
      for (Issued i : all.values()) {
        if (i.files().isPresent()) {
          i.files().get().writeToWire(folder);
        }
      }
    }
  }

  /** A story of the last issue not written by this one: a canceled item (kept as it was if already canceled). */
  private Issued withdraw(ReleaseFolder folder, Manifest.Entry last, Function<String, String> why)
      throws InputException {
    String reason = Optional.ofNullable(why.apply(last.place()))
        .orElse("there is no story for " + last.place() + " in this issue of the release");
    Stamp stamp = last.canceled() ? last.stamp() : last.stamp().next(release, "Withdrawn: " + reason + ".");
    Map<String, byte[]> files = new TreeMap<>();
    if (wanted.contains(Format.JSON)) {
      files.put(last.path() + ".json", StoryFiles.utf8(Ninjs.withdrawn(last.uri(), last.slugline(), release, stamp)));
    }
    StoryFiles item = new StoryFiles(last.path(), files, List.of(), stamp, List.of());
    item.writeTo(folder, "");
    Manifest.Entry entry = new Manifest.Entry(last.path(), last.uri(), last.place(), last.slugline(), "canceled",
        stamp, new Content(item.wireHash(Fingerprint.CURRENT), Map.of(), "", ""));
    if (last.canceled()) {
      return new Issued(entry, Optional.empty(), Optional.empty());
    }
    Changelog.Change change = new Changelog.Change(last.path(), last.uri(), last.place(), "withdrawn",
        stamp.version(), stamp.correction(), List.of());
    return new Issued(entry, Optional.of(change), wire ? Optional.of(item) : Optional.empty());
  }
}
