package org.localwire.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.localwire.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Synthetic figures for benchmarks: a wide CSV ({@code area,force,2015,2016,2017}) of fictional
 * areas in forces of realistic size (5 to 40 areas, like the 43 forces of England and Wales),
 * with counts drawn log-uniformly from the real range of Table C2 (about 20 to 9,000 offences a
 * year) and year-on-year changes between a fall of 20% and a rise of 60%. The same seed always
 * gives the same file.
 */
@Command(name = "generate-data", mixinStandardHelpOptions = true,
    description = "Write a synthetic wide CSV of N fictional areas for benchmarks (deterministic for a seed).")
final class GenerateDataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--areas", required = true, paramLabel = "N", description = "Number of areas.")
  int areas;

  @Option(names = "--seed", defaultValue = "2017", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (areas < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--areas must be 1 or more");
    }
    if (out == null) {
      Writer w = spec.commandLine().getOut();
      write(w);
      w.flush();
      return 0;
    }
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
        1 << 16)) {
      write(w);
    } catch (IOException e) {
      throw InputException.in(out.toString(), "cannot be written (" + e.getMessage() + ")", "choose another --out file");
    }
    return 0;
  }

  private void write(Writer w) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    w.write("area,force,2015,2016,2017\n");
    int force = 0;
    int left = 0;
    StringBuilder line = new StringBuilder(64);
    for (int i = 1; i <= areas; i++) {
      if (left == 0) {
        force++;
        left = 5 + random.nextInt(36);
      }
      left--;
      long c1 = Math.round(Math.exp(Math.log(20) + random.nextDouble() * (Math.log(9000) - Math.log(20))));
      long c2 = Math.max(0, Math.round(c1 * (0.8 + random.nextDouble() * 0.8)));
      long c3 = Math.max(0, Math.round(c2 * (0.8 + random.nextDouble() * 0.8)));
      line.setLength(0);
      line.append("Area ").append(i).append(",Force ").append(force).append(',')
          .append(c1).append(',').append(c2).append(',').append(c3).append('\n');
      w.write(line.toString());
    }
  }
}
