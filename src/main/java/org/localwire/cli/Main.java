package org.localwire.cli;

/** Entry point: {@code java -jar localwire.jar <command>}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Localwire.commandLine().execute(args));
  }
}
