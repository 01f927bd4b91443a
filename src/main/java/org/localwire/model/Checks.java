package org.localwire.model;

/** Fail-fast argument checks for pure code: a failure here is a bug, not bad input. */
public final class Checks {
  private Checks() {}

  public static void checkArgument(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(format, args));
    }
  }

  public static void checkState(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(format, args));
    }
  }
}
