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
      return outputWritten(cl, cl.execute(args));
    } catch (OutOfMemoryError e) {
      cl.getErr().println("localwire: out of memory (" + e.getMessage() + "); give Java a larger heap "
          + "(java -Xmx2g -jar target/localwire.jar ...) or batch one force at a time (--force)");
      cl.getErr().flush();
      return Localwire.MEMORY;
    }
  }

  /**
   * A command that succeeded but whose standard output could not be written (a full disk, {@code
   * > /dev/full}) has failed: say so, exit 1 (issue 14). A reader that stopped early ({@code |
   * head}) closed the pipe: that ends the run quietly, as command-line tools do.
   */
  static int outputWritten(picocli.CommandLine cl, int exit) {
    java.io.PrintWriter out = cl.getOut();
    boolean failed = out.checkError();
    if (!failed || exit != 0) {
      return exit;
    }
    String why = out instanceof StdOut std ? std.failure().map(Throwable::getMessage).orElse("write error")
        : "write error";
    if (String.valueOf(why).contains("Broken pipe")) {
      return exit;
    }
    cl.getErr().println("localwire: standard output: cannot be written (" + why + "); check the disk, or the "
        + "file or program it goes to");
    cl.getErr().flush();
    return Localwire.INPUT;
  }
}
