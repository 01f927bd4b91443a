package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Bad input from the user: a data file, an argument or a resource that cannot be used as it
 * is. The message says where (file, line, column when known), what is wrong and what to do, in
 * one line a reporter can act on: {@code data/x.csv:14:3: count "1O3" is not a whole number;
 * fix the cell or remove the row}.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String where;
  private final String problem;
  private final String hint;

  private InputException(String where, String problem, String hint) {
    super((where.isEmpty() ? "" : where + ": ") + problem + (hint.isEmpty() ? "" : "; " + hint));
    this.where = where;
    this.problem = requireNonNull(problem, "problem");
    this.hint = requireNonNull(hint, "hint");
  }

  /** A problem at one cell of a file. */
  public static InputException at(Cell cell, String problem, String hint) {
    return new InputException(cell.toString(), problem, hint);
  }

  /** A problem on one line of a file, no column. */
  public static InputException atLine(String file, long line, String problem, String hint) {
    return new InputException(file + ":" + line, problem, hint);
  }

  /** A problem with a whole file, or with {@code where} named otherwise ("--area"). */
  public static InputException in(String where, String problem, String hint) {
    return new InputException(where, problem, hint);
  }

  /** A problem with no place to name (an argument). */
  public static InputException of(String problem, String hint) {
    return new InputException("", problem, hint);
  }

  public Optional<String> where() {
    return where.isEmpty() ? Optional.empty() : Optional.of(where);
  }

  public String problem() {
    return problem;
  }

  public String hint() {
    return hint;
  }
}
