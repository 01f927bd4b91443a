package org.localwire.publish;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Where a run's messages go: the stories and summary lines to standard output, warnings to
 * standard error, and a progress display. The command line supplies one; a test may too.
 */
public interface Sink {
  /** Standard output as text: stories and summary lines. */
  PrintWriter out();

  /** Standard error: warnings, and lines about waiting for another batch. */
  PrintWriter err();

  /**
   * Standard output as bytes, after flushing any text written to {@link #out()}, for {@code batch
   * --stdout}, whose workers encode their stories themselves; empty to write the text to {@link
   * #out()} instead.
   */
  Optional<OutputStream> bytes();

  /** A progress display for a run of {@code total} stories; one that shows nothing is fine. */
  Progress progress(int total);

  /** Counts stories done; closed when the run ends. */
  interface Progress extends AutoCloseable {
    void step();

    @Override
    void close();
  }
}
