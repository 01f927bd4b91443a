package org.localwire.render;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.localwire.model.Cell;

/**
 * One worded fact as the copy prints it: {@code text} ("more than nine a day"), the fact it
 * states ({@code fact}, e.g. "offences per day"), the exact value behind it ("3416 / 365 =
 * 9.3589") and the cells it came from. Every number in a draft is one of these.
 */
public record Phrase(String fact, String text, String exact, List<Cell> cells) {
  public Phrase {
    requireNonNull(fact, "fact");
    requireNonNull(text, "text");
    requireNonNull(exact, "exact");
    cells = List.copyOf(cells);
  }
}
