package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bad input from the user: a data file, an argument or a resource that cannot be used as it
 * is. The message says where (file, line, column when known), what is wrong and what to do, in
 * one line a reporter can act on: {@code data/x.csv:14:3: count "1O3" is not a whole number;
 * fix the cell or remove the row}.
 *
 * <p>Where a file has several bad rows, one exception carries up to {@link #MAX_REPORTED} of
 * them ({@link #all}), so that a reporter can fix them in one go; {@link #lines()} gives one
 * line per problem (the model is jsoup's {@code ParseErrorList}).
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** How many problems one run reports at most (STYLE.md section 4). */
  public static final int MAX_REPORTED = 20;

  private final String where;
  private final Cell cell;
  private final String problem;
  private final String hint;
  private final List<String> lines;

  private InputException(String where, Cell cell, String problem, String hint) {
    super(oneLine((where.isEmpty() ? "" : where + ": ") + problem + (hint.isEmpty() ? "" : "; " + hint)));
    this.where = where;
    this.cell = cell;
    this.problem = requireNonNull(problem, "problem");
    this.hint = requireNonNull(hint, "hint");
    this.lines = List.of(getMessage());
  }

  private InputException(InputException first, List<String> lines) {
    super(String.join("\n", lines));
    this.where = first.where;
    this.cell = first.cell;
    this.problem = first.problem;
    this.hint = first.hint;
    this.lines = List.copyOf(lines);
  }

  /**
   * A message is one line whatever the data holds: a value with a line break (a quoted cell, a
   * name) shows it as \\n, and other control characters as ?.
   */
  private static String oneLine(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(Character.isISOControl(c) ? '?' : c);
      }
    }
    return sb.toString();
  }

  /** A problem at one cell of a file. */
  public static InputException at(Cell cell, String problem, String hint) {
    return new InputException(cell.toString(), cell, problem, hint);
  }

  /** A problem on one line of a file, no column. */
  public static InputException atLine(String file, long line, String problem, String hint) {
    return new InputException(file + ":" + line, null, problem, hint);
  }

  /** A problem with a whole file, or with {@code where} named otherwise ("--area"). */
  public static InputException in(String where, String problem, String hint) {
    return new InputException(where, null, problem, hint);
  }

  /** A problem with no place to name (an argument). */
  public static InputException of(String problem, String hint) {
    return new InputException("", null, problem, hint);
  }

  /**
   * Several problems found in one pass over {@code file}, in the order found; {@code notShown}
   * more were found after the first {@link #MAX_REPORTED}. One problem comes back unchanged.
   */
  public static InputException all(String file, List<InputException> problems, int notShown) {
    Checks.checkArgument(!problems.isEmpty(), "no problems to report for %s", file);
    Checks.checkArgument(notShown >= 0, "notShown is %s", notShown);
    if (problems.size() == 1 && notShown == 0) {
      return problems.get(0);
    }
    List<String> lines = new ArrayList<>();
    problems.forEach(p -> lines.addAll(p.lines()));
    if (notShown > 0) {
      lines.add(file + ": " + notShown + " more " + (notShown == 1 ? "problem" : "problems")
          + " not shown; fix the ones above and run again");
    }
    return new InputException(problems.get(0), lines);
  }

  /** Where the (first) problem is, when there is a place to name. */
  public Optional<String> where() {
    return where.isEmpty() ? Optional.empty() : Optional.of(where);
  }

  /** The cell (file, line, column) of the (first) problem, when it is one cell. */
  public Optional<Cell> cell() {
    return Optional.ofNullable(cell);
  }

  /** What is wrong with the (first) problem. */
  public String problem() {
    return problem;
  }

  /** What to do about the (first) problem. */
  public String hint() {
    return hint;
  }

  /** The message as lines to print, one per problem. */
  public List<String> lines() {
    return lines;
  }
}
