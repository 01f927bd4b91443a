package org.localwire.wording;

import static java.util.Objects.requireNonNull;
import static org.localwire.model.Checks.checkArgument;

/**
 * A hedged amount as printed: {@code text} is the whole phrase ("more than nine", "almost five",
 * "nine", "fewer than one"), {@code number} the N printed in it and {@code kind} the hedge. Make
 * one with {@link Hedges#amount}, which picks the tight hedge for an exact value.
 */
public record Hedge(String text, long number, Kind kind) {

  /** The hedge word and what it promises about the exact value v (WORDING.md table). */
  public enum Kind {
    /** "N": v = N exactly. */
    EXACT,
    /** "more than N": v &gt; N, tight when N = floor(v). */
    MORE_THAN,
    /** "almost N": N - 1 &lt; v &lt; N and v &gt;= 0.9 N. */
    ALMOST,
    /** "fewer than N": v &lt; N, tight when N = ceil(v). */
    FEWER_THAN
  }

  public Hedge {
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    checkArgument(number >= 0, "a hedged number cannot be negative, got %s", number);
    checkArgument(!text.isBlank(), "hedge text is blank for %s %s", kind, number);
  }

  /**
   * True when the phrase takes a singular noun: "one offence", "almost one offence a day",
   * "fewer than one offence a day", "more than one offence a day" (English agrees with "one").
   */
  public boolean singular() {
    return number == 1;
  }
}
