package org.localwire.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.localwire.load.NetworkLoader;
import org.localwire.model.InputException;
import org.localwire.publish.Batch;
import org.localwire.publish.BatchOptions;
import org.localwire.write.Format;
import org.localwire.write.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + threads);
    }
    if (release != null && release.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new ParameterException(spec.commandLine(),
          "--release \"" + release + "\" has no letter or digit to name a folder with; give a name such as "
              + "gwent-june-2025");
    }
    Release base = base();
    if (onlyChanged && stdout) {
      throw new ParameterException(spec.commandLine(), "--only-changed writes files for the wire; "
          + "--stdout writes none: give one of them");
    }
    List<String> names = offenceNames();
    if (names != null && (release != null || stdout)) {
      throw new ParameterException(spec.commandLine(), (release != null ? "--release" : "--stdout")
          + " works with one offence; --offence \"" + data.offence.strip() + "\" names several, each written to "
          + "a release folder named after the offence and period");
    }
    if (approvedFile != null && stdout) {
      throw new ParameterException(spec.commandLine(),
          "--approved chooses the stories copied to each release's wire/ folder, and --stdout writes no folder");
    }
    Batch.run(options(base, names), new Console(spec.commandLine(), !noProgress));
    return 0;
  }

  /** The options checked, as the batch takes them. */
  private BatchOptions options(Release base, List<String> names) {
    BatchOptions.Builder b = BatchOptions.builder(data.selection(), render.library(), base).out(out)
        .formats(formats).threads(threads).onlyChanged(onlyChanged).stdout(stdout).noWait(noWait);
    if (names != null) {
      b.offences(names);
    }
    if (force != null) {
      b.force(force);
    }
    if (release != null) {
      b.release(release);
    }
    if (approvedFile != null) {
      b.approved(approvedFile);
    }
    return b.build();
  }

  /** The offences {@code --offence} names when it names several ("all", or a comma list); null for one. */
  private List<String> offenceNames() {
    if (data.offence == null) {
      return null;
    }
    String asked = data.offence.strip();
    if (asked.equalsIgnoreCase(BatchOptions.ALL)) {
      return List.of(BatchOptions.ALL);
    }
    if (!asked.contains(",")) {
      return null;
    }
    return java.util.Arrays.stream(asked.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
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
