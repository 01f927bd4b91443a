package org.localwire.model;

/**
 * Fail-fast argument checks for pure code: a failure here is a bug, not bad input. The overloads
 * without varargs build nothing when the check passes: a figure is checked each time a dataset
 * makes one, and varargs would box its count into a new array every time (issue #6).
 */
public final class Checks {
  private Checks() {}

  public static void checkArgument(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  public static void checkArgument(boolean condition, String format, long arg) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, arg));
    }
  }

  public static void checkArgument(boolean condition, String format, Object arg) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, arg));
    }
  }

  public static void checkArgument(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
    }
  }

  public static void checkState(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  public static void checkState(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(java.util.Locale.ROOT, format, args));
    }
  }
}
