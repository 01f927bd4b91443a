package org.localwire.cli;

/** Entry point: {@code java -jar localwire.jar <command>}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    picocli.CommandLine cl = Localwire.commandLine(args.length > 0 ? args[0] : null);
    // UTF-8 whatever the locale: "Ynys Môn" must not reach a pipe as "Ynys M?n"
    cl.setOut(new StdOut(new java.io.FileOutputStream(java.io.FileDescriptor.out)));
    cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(
        new java.io.FileOutputStream(java.io.FileDescriptor.err), java.nio.charset.StandardCharsets.UTF_8), true));
    System.exit(run(cl, args));
  }

  /**
   * Runs the command line. Running out of heap is said in one line with what to do, exit 4, not
   * a stack trace: a batch writes into a temporary folder, removed on the way out, so nothing is
   * left half-written.
   */
  static int run(picocli.CommandLine cl, String... args) {
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      cl.getErr().println("localwire: out of memory (" + e.getMessage() + "); give Java a larger heap "
          + "(java -Xmx2g -jar target/localwire.jar ...) or batch one force at a time (--force)");
      cl.getErr().flush();
      return Localwire.MEMORY;
    }
  }
}
