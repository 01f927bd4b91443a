package org.localwire.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as UTF-8 text for picocli and every command, and as bytes for the batch's
 * {@code --stdout} stream, whose workers encode each story themselves: the writing thread then
 * only copies bytes.
 */
final class StdOut extends PrintWriter {
  private final OutputStream bytes;

  StdOut(OutputStream bytes) {
    super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    this.bytes = bytes;
  }

  /** The stream underneath, after flushing any text written before. */
  OutputStream bytes() {
    flush();
    return bytes;
  }
}
