package org.localwire.publish;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The figures a command reads and what it asks of them: the data folder, and, when given, the
 * figures file, the period and the offence. What is not given is left to {@link Workspace} to
 * choose (the bundled editions, the latest period, the default offence).
 */
public final class Selection {
  final Path dataDir;
  // null: not given; they never leave this package
  final Path data;
  final String period;
  final String offence;

  private Selection(Path dataDir, Path data, String period, String offence) {
    this.dataDir = requireNonNull(dataDir, "dataDir");
    this.data = data;
    this.period = period;
    this.offence = offence;
  }

  /** The bundled figures in {@code dataDir}, latest period, default offence. */
  public static Selection of(Path dataDir) {
    return new Selection(dataDir, null, null, null);
  }

  /** The figures in {@code file} instead of the bundled ones. */
  public Selection data(Path file) {
    return new Selection(dataDir, requireNonNull(file, "file"), period, offence);
  }

  /** The period as the data names it ("2017", "12m to Sep 2018"). */
  public Selection period(String wanted) {
    return new Selection(dataDir, data, requireNonNull(wanted, "wanted"), offence);
  }

  /** The offence as the user typed it, or several ("all", "A,B") for a batch to split. */
  public Selection offence(String wanted) {
    return new Selection(dataDir, data, period, requireNonNull(wanted, "wanted"));
  }
}
