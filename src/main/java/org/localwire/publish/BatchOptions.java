package org.localwire.publish;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.localwire.write.Format;
import org.localwire.write.Release;

/**
 * What a batch is asked to write, checked by the command line: the figures, templates and quotes,
 * where to write, which formats and areas, the release's name and time. Built with {@link
 * #builder}; what is not given keeps the command line's default.
 */
public final class BatchOptions {
  /** {@code --offence all}: every offence with figures and copy of its own. */
  public static final String ALL = "all";

  final Selection selection;
  final Library library;
  final Release base;
  final Path out;
  final List<Format> formats;
  final List<String> offences;
  /** Whether {@link Builder#offences} was given: even an empty list is a run over several. */
  final boolean several;
  final int threads;
  final boolean onlyChanged;
  final boolean stdout;
  final boolean noWait;
  // null: not given; they never leave this package
  final String force;
  final String release;
  final Path approved;

  private BatchOptions(Builder b) {
    this.selection = b.selection;
    this.library = b.library;
    this.base = b.base;
    this.out = b.out;
    this.formats = List.copyOf(b.formats);
    this.offences = List.copyOf(b.offences);
    this.several = b.several;
    this.threads = b.threads;
    this.onlyChanged = b.onlyChanged;
    this.stdout = b.stdout;
    this.noWait = b.noWait;
    this.force = b.force;
    this.release = b.release;
    this.approved = b.approved;
  }

  /**
   * A batch of the bundled formats into {@code out/}, on one thread per processor. {@code base} is
   * the release time, embargo and network config of the run; its name is a placeholder.
   */
  public static Builder builder(Selection selection, Library library, Release base) {
    return new Builder(selection, library, base);
  }

  /** Sets the optional parts; each setter rejects null: leave out what is not given. */
  public static final class Builder {
    private final Selection selection;
    private final Library library;
    private final Release base;
    private Path out = Path.of("out");
    private List<Format> formats = List.of(Format.values());
    private List<String> offences = List.of();
    private boolean several;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean onlyChanged;
    private boolean stdout;
    private boolean noWait;
    private String force;
    private String release;
    private Path approved;

    private Builder(Selection selection, Library library, Release base) {
      this.selection = requireNonNull(selection, "selection");
      this.library = requireNonNull(library, "library");
      this.base = requireNonNull(base, "base");
    }

    /** The folder the release folders go into. */
    public Builder out(Path folder) {
      this.out = requireNonNull(folder, "folder");
      return this;
    }

    /** The formats to write, in the order given (a repeat is written once). */
    public Builder formats(List<Format> wanted) {
      this.formats = List.copyOf(wanted);
      return this;
    }

    /**
     * Several offences, each written to its own release folder, and a review page of them all:
     * their names, or {@code List.of(ALL)}. Not given: the one offence of the selection.
     */
    public Builder offences(List<String> names) {
      this.offences = List.copyOf(names);
      this.several = true;
      return this;
    }

    /** Threads rendering stories, 1 or more. */
    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    /** Also write the stories this run re-issues into the release's wire/ folder. */
    public Builder onlyChanged(boolean on) {
      this.onlyChanged = on;
      return this;
    }

    /** The area stories as plain text on standard output, each followed by "=====", instead of files. */
    public Builder stdout(boolean on) {
      this.stdout = on;
      return this;
    }

    /** Fail rather than wait while another batch writes into the same folder. */
    public Builder noWait(boolean on) {
      this.noWait = on;
      return this;
    }

    /** Only the areas of this police force, named as the user typed it. */
    public Builder force(String name) {
      this.force = requireNonNull(name, "name");
      return this;
    }

    /** The release folder's name, as the user typed it (it is made a slug). */
    public Builder release(String name) {
      this.release = requireNonNull(name, "name");
      return this;
    }

    /** The approved list: only its stories are copied to wire/. */
    public Builder approved(Path file) {
      this.approved = requireNonNull(file, "file");
      return this;
    }

    public BatchOptions build() {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
      }
      return new BatchOptions(this);
    }
  }
}
