package org.localwire.wording;

import static org.localwire.model.Checks.checkArgument;

import java.util.Optional;

/**
 * A rise as a multiple (WORDING.md "Multiples and changes"), for r = new / old exactly:
 * "almost doubled" for 1.8 &lt;= r &lt; 2, "doubled" for r = 2, "more than doubled" for 2 &lt; r
 * &lt; 2.7, and the same for tripled (2.7, 3, 3.6) and quadrupled (3.6, 4, 4 &lt; r &lt; 5: "more
 * than quadrupled"). From x5 the hedged-amount rules apply to r itself ({@link Hedges#amount}):
 * x7.9 is "risen almost eightfold", x5.2 "risen more than fivefold", x6 "risen sixfold"; never
 * "more than quadrupled" for x7.9. Never "doubled" for x1.93.
 *
 * <p>Each phrase completes "the number has ...".
 */
public final class Multiples {
  private static final String[] VERBS = {"doubled", "tripled", "quadrupled"};

  private Multiples() {}

  /** The multiple from {@code oldValue} to {@code newValue}; empty below x1.8 or from zero. */
  public static Optional<String> of(long oldValue, long newValue) {
    checkValues(oldValue, newValue);
    if (oldValue == 0) {
      return Optional.empty();
    }
    for (int i = 0; i < VERBS.length; i++) {
      long times = i + 2;
      // "almost" from 0.9 times: 10 new >= 9 times old
      int versusAlmost = Fractions.compareProducts(10, newValue, 9 * times, oldValue);
      int versusTimes = Fractions.compareProducts(1, newValue, times, oldValue);
      if (versusAlmost < 0) {
        // below the first "almost" band there is no multiple; later ones are caught above
        return i == 0 ? Optional.empty() : Optional.of("more than " + VERBS[i - 1]);
      }
      if (versusTimes < 0) {
        return Optional.of("almost " + VERBS[i]);
      }
      if (versusTimes == 0) {
        return Optional.of(VERBS[i]);
      }
    }
    // r >= 4: "more than quadrupled" only below x5, where it is tight (floor(r) = 4)
    if (Fractions.compareProducts(1, newValue, 5, oldValue) < 0) {
      return Optional.of("more than " + VERBS[VERBS.length - 1]);
    }
    Hedge times = Hedges.amount(newValue, oldValue);
    return Optional.of("risen " + fold(times));
  }

  /** "almost eightfold", "more than 11-fold", "sixfold": the hedge's number joined to "fold". */
  private static String fold(Hedge times) {
    String text = times.text();
    int cut = text.lastIndexOf(' ');
    String hedge = cut < 0 ? "" : text.substring(0, cut + 1);
    String number = cut < 0 ? text : text.substring(cut + 1);
    // words run into "fold" (eightfold); digits take a hyphen (11-fold)
    return hedge + (Character.isDigit(number.charAt(0)) ? number + "-fold" : number + "fold");
  }

  /** True when new &gt;= 2 old, so the story may say "doubled"; false from zero (no multiple). */
  public static boolean hasDoubled(long oldValue, long newValue) {
    checkValues(oldValue, newValue);
    return oldValue > 0 && Fractions.compareProducts(1, newValue, 2, oldValue) >= 0;
  }

  private static void checkValues(long oldValue, long newValue) {
    checkArgument(oldValue >= 0, "an old value cannot be negative, got %s", oldValue);
    checkArgument(newValue >= 0, "a new value cannot be negative, got %s", newValue);
  }
}
