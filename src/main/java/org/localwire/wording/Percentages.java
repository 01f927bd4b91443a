package org.localwire.wording;

import static org.localwire.model.Checks.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Percentages as printed (WORDING.md "Numbers", "Multiples and changes"): rounded half up from
 * the exact value, never truncated; a change is always divided by the old figure.
 */
public final class Percentages {
  private Percentages() {}

  /**
   * {@code part} as a share of {@code whole} to one decimal place: "15.8%" (9,013 of 57,093), a
   * trailing ".0" dropped ("50%", "0%", "100%"). A non-zero share that would print as "0%" is
   * "less than 0.1%", and a share short of the whole that would print as "100%" is "more than
   * 99.9%", so the figure never claims none or all.
   */
  public static String share(long part, long whole) {
    checkShare(part, whole);
    long tenths = Fractions.roundHalfUp(Math.multiplyExact(part, 1000), whole);
    if (tenths == 0 && part > 0) {
      return "less than 0.1%";
    }
    if (tenths == 1000 && part < whole) {
      return "more than 99.9%";
    }
    return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * {@code part} as a whole-number share of {@code whole}, half up: "16%". Only where a whole
   * number cannot mislead (WORDING.md: not "16%" beside "almost one in six"). A non-zero share
   * below 0.5% is "less than 1%"; a share short of the whole at 99.5% or more is "more than 99%".
   */
  public static String shareWhole(long part, long whole) {
    checkShare(part, whole);
    long percent = Fractions.roundHalfUp(Math.multiplyExact(part, 100), whole);
    if (percent == 0 && part > 0) {
      return "less than 1%";
    }
    if (percent == 100 && part < whole) {
      return "more than 99%";
    }
    return percent + "%";
  }

  /**
   * The size of the change from {@code oldValue} to {@code newValue} (a rise or a fall; the
   * sentence says which): P = 100 |new - old| / old, half up, grouped ("108%", "1,250%"). A
   * change below 0.5% is "less than 1%"; no change is "0%"; a change from zero has no percentage
   * and is empty ("up from none").
   */
  public static Optional<String> change(long oldValue, long newValue) {
    checkArgument(oldValue >= 0, "an old value cannot be negative, got %s", oldValue);
    checkArgument(newValue >= 0, "a new value cannot be negative, got %s", newValue);
    if (oldValue == 0) {
      return Optional.empty();
    }
    long difference = Math.abs(newValue - oldValue);
    if (difference == 0) {
      return Optional.of("0%");
    }
    // 100 d / old < 0.5  <=>  200 d < old
    if (Fractions.compareProducts(200, difference, 1, oldValue) < 0) {
      return Optional.of("less than 1%");
    }
    long percent = Fractions.roundHalfUp(Math.multiplyExact(difference, 100), oldValue);
    return Optional.of(NumberWords.digits(percent) + "%");
  }

  private static void checkShare(long part, long whole) {
    checkArgument(whole > 0, "a share needs a positive whole, got %s", whole);
    checkArgument(part >= 0, "a share cannot be negative, got %s", part);
    checkArgument(part <= whole, "part %s is more than the whole %s", part, whole);
  }
}
