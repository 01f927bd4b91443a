package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Issue 14, "clean exits": failed writes to standard output, a stopped batch, what a run leaves. */
class Issue14ExitsTest {
  @TempDir Path dir;

  /** Runs {@code args} as {@code main} does, into a standard output that fails with {@code why}. */
  static Cli intoFailingStdout(String why, String... args) {
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(why);
      }
    };
    StringWriter err = new StringWriter();
    CommandLine cl = Localwire.commandLine();
    cl.setOut(new StdOut(failing));
    cl.setErr(new PrintWriter(err, true));
    return new Cli(Main.run(cl, args), "", err.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"story --area Newport", "story --force Gwent", "areas", "facts --area Newport",
      "angles --area Newport", "angles --force Gwent", "--help", "batch --force Gwent --stdout"})
  void everyCommandWritingToAFullStandardOutputExitsOne(String command) {
    Cli r = intoFailingStdout("No space left on device", command.split(" "));
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("localwire: standard output: cannot be written (No space left on device); check "),
        r.err());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"story --area Newport", "areas"})
  void aReaderThatStopsEarlyEndsTheRunQuietly(String command) {
    Cli r = intoFailingStdout("Broken pipe", command.split(" "));
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void aBatchStoppedBySigtermLeavesNoTemporaryFolder() throws Exception {
    Path data = dir.resolve("many.csv");
    assertEquals(0, Cli.run("generate-data", "--areas", "20000", "--seed", "3", "--out", data.toString()).exit());
    Path out = dir.resolve("out");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.localwire.cli.Main", "batch", "--data", data.toString(),
        "--out", out.toString(), "--release", "r", "--threads", "1", "--no-progress"));
    Process batch = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile())
        .start();
    try {
      // stop it once it is writing stories: the temporary folder holds a force's folder
      Path partial = out.resolve(".r.partial-" + batch.pid());
      while (batch.isAlive() && !hasSubfolder(partial)) {
        Thread.onSpinWait();
      }
      assertTrue(batch.isAlive(), "the batch ended before it could be stopped: " + Files.readString(dir.resolve("log")));
      batch.destroy(); // SIGTERM; Ctrl-C (SIGINT) runs the same shutdown hooks
      assertTrue(batch.waitFor(60, TimeUnit.SECONDS));
    } finally {
      batch.destroyForcibly();
    }
    assertEquals(List.of(".localwire.lock"), Issue14ReleaseTest.names(out).stream().sorted().toList(),
        Files.readString(dir.resolve("log")));
  }

  private static boolean hasSubfolder(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.anyMatch(Files::isDirectory);
    } catch (IOException e) {
      return false; // not there yet
    }
  }
}
