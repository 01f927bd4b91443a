package org.localwire.wording;

import static org.localwire.model.Checks.checkArgument;

/**
 * Ordinal numbers for ranks: "first" to "ninth" in words, then "10th", "21st", "112th" (the
 * numbers rule of WORDING.md applied to ordinals).
 */
public final class Ordinals {
  private static final String[] WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"
  };

  private Ordinals() {}

  /** The ordinal of {@code n >= 1}: "first" … "ninth", "10th", "11th", "21st", "101st", "111th". */
  public static String of(int n) {
    checkArgument(n >= 1, "an ordinal starts at 1, got %s", n);
    if (n <= WORDS.length) {
      return WORDS[n - 1];
    }
    return NumberWords.digits(n) + suffix(n);
  }

  /**
   * A rank among types of crime: "most common", "joint second most common", "14th most common";
   * in the bottom three it is counted from the bottom, "least common", "joint second least
   * common", since "the 19th most common of the 19" reads as a riddle. {@code fromBottom} is 1 for
   * the lowest (with ties, the same for every tied entry).
   */
  public static String commonness(int position, int fromBottom, boolean joint) {
    checkArgument(position >= 1 && fromBottom >= 1, "positions start at 1, got %s and %s", position, fromBottom);
    String tie = joint ? "joint " : "";
    if (fromBottom < position && fromBottom <= 3) {
      return tie + (fromBottom == 1 ? "" : of(fromBottom) + " ") + "least common";
    }
    return tie + (position == 1 ? "" : of(position) + " ") + "most common";
  }

  /** A rank without "highest": "first", or "joint second" when others share the position. */
  public static String rank(int position, boolean joint) {
    return (joint ? "joint " : "") + of(position);
  }

  private static String suffix(int n) {
    // 11, 12 and 13 (and 111, 212 ...) take "th", though they end in 1, 2 and 3.
    int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return "th";
    }
    switch (n % 10) {
      case 1:
        return "st";
      case 2:
        return "nd";
      case 3:
        return "rd";
      default:
        return "th";
    }
  }
}
