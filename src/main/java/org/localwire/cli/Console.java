package org.localwire.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.localwire.publish.Sink;
import picocli.CommandLine;

/**
 * The command line as the publishing service's {@link Sink}: its standard output and error, and a
 * progress bar on standard error, drawn only on a terminal (the bar's library is not even loaded
 * otherwise) and never with {@code --no-progress}.
 */
final class Console implements Sink {
  private final CommandLine cl;
  private final boolean progress;

  Console(CommandLine cl, boolean progress) {
    this.cl = cl;
    this.progress = progress;
  }

  @Override
  public PrintWriter out() {
    return cl.getOut();
  }

  @Override
  public PrintWriter err() {
    return cl.getErr();
  }

  @Override
  public Optional<OutputStream> bytes() {
    return cl.getOut() instanceof StdOut std ? Optional.of(std.bytes()) : Optional.empty();
  }

  @Override
  public Progress progress(int total) {
    if (!progress || System.console() == null) {
      return new Bar(null);
    }
    return new Bar(new ProgressBarBuilder().setTaskName("Stories").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
  }

  /** A progress bar, or nothing. */
  private record Bar(ProgressBar bar) implements Progress {
    @Override
    public void step() {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
