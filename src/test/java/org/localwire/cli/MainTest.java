package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What the entry point adds to picocli's handling: running out of heap. */
class MainTest {
  @Command(name = "big")
  static final class Big implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void runningOutOfMemoryIsOneLineWithWhatToDoAndExitFour() {
    CommandLine cl = new CommandLine(new Big());
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    assertEquals(4, Main.run(cl));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("localwire: out of memory (Java heap space); give Java a larger heap"),
        err.toString());
  }

  /** Exit code, standard output and error of {@code args} on {@code cl}. */
  private static String run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return Main.run(cl, args) + "\n" + out + "\n" + err;
  }

  @Test
  void onlyTheCommandRunIsBuiltAndItBehavesTheSame() {
    for (String[] args : List.of(new String[] {"batch", "--help"}, new String[] {"batch", "--bogus"},
        new String[] {"story", "--area", "Nwport"}, new String[] {"help", "batch"}, new String[] {"bach"},
        new String[] {"--version"})) {
      assertEquals(run(Localwire.commandLine(), args), run(Localwire.commandLine(args[0]), args), String.join(" ", args));
    }
    assertEquals(1, Localwire.commandLine("batch").getSubcommands().size());
    assertEquals(8, Localwire.commandLine("help").getSubcommands().size());
  }

  @Test
  void anyOtherRunIsPicocliExitCode() {
    assertEquals(2, Main.run(Localwire.commandLine(), "no-such-command"));
  }
}
