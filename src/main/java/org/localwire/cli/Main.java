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
    System.exit(cl.execute(args));
  }
}
