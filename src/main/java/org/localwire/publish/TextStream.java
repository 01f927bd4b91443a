package org.localwire.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.model.Area;
import org.localwire.model.InputException;
import org.localwire.render.Renderer;

/** {@code batch --stdout}: the area stories as plain text, one after another, each followed by "=====". */
final class TextStream {
  private TextStream() {}

  static void write(Workspace ws, List<Area> writable, Facts engine, Renderer renderer, int threads, Sink sink)
      throws InputException {
    PrintWriter stdOut = sink.out();
    // each worker encodes its stories; the writing thread copies bytes (text to a test's writer)
    OutputStream raw = sink.bytes().map(b -> (OutputStream) new BufferedOutputStream(b, 1 << 16)).orElse(null);
    try {
      InOrder.run(writable, threads, area -> {
        AreaFacts facts = engine.forArea(area, ws.offence, ws.period);
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
    } catch (UncheckedIOException e) {
      closedOutput(e);
      return;
    }
    stdOut.flush();
  }

  /**
   * Standard output failed. A reader that stopped early ({@code batch --stdout | head}) closes
   * the pipe: stop quietly, as command-line tools do. Anything else (a full disk) is said.
   */
  private static void closedOutput(UncheckedIOException e) throws InputException {
    String why = String.valueOf(e.getCause().getMessage());
    if (why.contains("Broken pipe")) {
      return;
    }
    throw InputException.in("standard output", "cannot be written (" + why + ")",
        "check the disk or the program reading the stories");
  }

  private static void write(OutputStream out, byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flush(OutputStream w) {
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
