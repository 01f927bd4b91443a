package org.localwire.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.localwire.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code localwire} command. Exit codes: 0 success, 1 bad input (data, area, period,
 * offence, templates, quotes), 2 usage, 3 a bug in localwire (re-run with --debug for the trace).
 */
@Command(
    name = "localwire",
    mixinStandardHelpOptions = true,
    versionProvider = Localwire.Version.class,
    description = "Turns official per-area police recorded crime figures into accurate draft local news stories.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:bad input: a data file, area, period, offence, template or quote file; the message says where and what to do",
      "2:usage: an unknown option or a missing argument",
      "3:a bug in localwire; re-run with --debug and report the trace",
      "4:out of memory: give Java a larger heap (java -Xmx2g -jar ...) or batch one force at a time (--force)"
    })
public final class Localwire implements Runnable {
  static final int INPUT = 1;
  static final int BUG = 3;
  static final int MEMORY = 4;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The commands, by name, in the order {@code --help} lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("areas", AreasCommand::new);
    commands.put("facts", FactsCommand::new);
    commands.put("angles", AnglesCommand::new);
    commands.put("story", StoryCommand::new);
    commands.put("batch", BatchCommand::new);
    commands.put("generate-data", GenerateDataCommand::new);
    commands.put("seeds", SeedsCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return commands;
  }

  /** A command line with every command and localwire's error handling; tests call this with their own writers. */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * As {@link #commandLine()}, with only the command {@code first} names when it names one other
   * than {@code help}: picocli reads a command's annotations when it is added, which for all of
   * them is a tenth of a second of a batch's start-up. Parsing, help and errors for that command
   * are the same; anything else gets every command.
   */
  static CommandLine commandLine(String first) {
    CommandLine cl = new CommandLine(new Localwire());
    Supplier<Object> only = "help".equals(first) ? null : COMMANDS.get(first);
    if (only != null) {
      cl.addSubcommand(first, only.get());
    } else {
      COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
    }
    cl.setExecutionExceptionHandler(new Errors());
    return cl;
  }

  /** Bad input: one line, exit 1. Anything else is a bug: an apology, exit 3, the trace with --debug. */
  static final class Errors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
      PrintWriter err = cl.getErr();
      if (e instanceof InputException input) {
        // one line per problem: a file with several bad rows reports up to twenty at once
        input.lines().forEach(line -> err.println("localwire: " + line));
        err.flush();
        return INPUT;
      }
      boolean debug = parsed.hasMatchedOption("--debug")
          || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
      err.println("localwire: sorry, this is a bug in localwire (" + e.getClass().getName() + ": " + e.getMessage() + ")");
      if (debug) {
        e.printStackTrace(err);
      } else {
        err.println("Re-run with --debug to print the stack trace, and please report it.");
      }
      err.flush();
      return BUG;
    }
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Localwire.class.getPackage().getImplementationVersion();
      return new String[] {"localwire " + (v == null ? "development" : v)};
    }
  }
}
