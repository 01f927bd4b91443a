package org.localwire.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output as UTF-8 text for picocli and every command, and as bytes for the batch's
 * {@code --stdout} stream, whose workers encode each story themselves: the writing thread then
 * only copies bytes. A {@link PrintWriter} swallows write errors; this one remembers the first,
 * so that {@link Main} can say why the output failed (issue 14: {@code story > /dev/full}).
 */
final class StdOut extends PrintWriter {
  private final Recording bytes;

  StdOut(OutputStream bytes) {
    this(new Recording(bytes));
  }

  private StdOut(Recording bytes) {
    super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    this.bytes = bytes;
  }

  /** The stream underneath, after flushing any text written before. */
  OutputStream bytes() {
    flush();
    return bytes;
  }

  /** The first write to the stream that failed, if any. */
  Optional<IOException> failure() {
    flush();
    return Optional.ofNullable(bytes.failure);
  }

  /** Passes bytes on, remembering the first failure. */
  private static final class Recording extends FilterOutputStream {
    private volatile IOException failure;

    Recording(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
