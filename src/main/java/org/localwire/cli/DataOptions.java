package org.localwire.cli;

import java.nio.file.Path;
import org.localwire.publish.Selection;
import picocli.CommandLine.Option;

/** Options every command that reads figures shares. */
final class DataOptions {
  @Option(names = "--data", paramLabel = "FILE",
      description = "Figures to read: ONS Table C2 as published, the ONS rolling 12-month series or the Home Office "
          + "quarterly table by force (data/pfa_*.csv), a seed case (seeds/*.json), or a wide CSV "
          + "(area,force,<period>,...). Default: the bundled ONS Table C2, year ending June 2025.")
  Path data;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "Folder with the offence tree, population estimates and the default figures (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--period", paramLabel = "P",
      description = "Period to write about, as the data names it (2017, 2023/24, 12m to Sep 2018). Default: the latest.")
  String period;

  @Option(names = "--offence", paramLabel = "GROUP",
      description = "Offence to write about (default: Stalking and harassment). For a wide CSV without an offence "
          + "column, the offence its figures count.")
  String offence;

  @Option(names = "--debug", description = "Print the stack trace if localwire fails with a bug.")
  boolean debug;

  /** The options as the publishing service takes them: only what was given. */
  Selection selection() {
    Selection s = Selection.of(dataDir);
    if (data != null) {
      s = s.data(data);
    }
    if (period != null) {
      s = s.period(period);
    }
    return offence != null ? s.offence(offence) : s;
  }
}
