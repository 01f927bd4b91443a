package org.localwire.angles;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * A claim worth leading a story on, with its score (higher leads) and a one-line reason a
 * reporter can read and check ("Blaenau Gwent: highest rate of the five Gwent areas, ...").
 * The scoring rules are documented in README.md, section "How an angle wins".
 *
 * <p>A value, like a record: equal when kind, score and reason are. The reason may be worded
 * only when first asked for: a batch of text stories picks its lead by kind and score and never
 * prints the reasons, which cost as much to word as the rest of the angles (issue #6).
 */
public final class Angle {
  /** The kinds of angle, in the order they win a tie of scores. */
  public enum Kind {
    LARGEST_RISE_IN_FORCE,
    DOUBLED,
    LARGEST_FALL_IN_FORCE,
    RISE_AGAINST_NATIONAL_TREND,
    HIGHEST_IN_SERIES,
    HIGHEST_RATE_IN_FORCE,
    HIGHEST_COUNT_IN_FORCE,
    RISE,
    FALL,
    ABOVE_NATIONAL_RATE,
    TOP_CRIME_TYPE,
    SHARE_OF_FORCE,
    PER_DAY,
    SHARE_OF_ALL_CRIME,
    BELOW_NATIONAL_RATE
  }

  private final Kind kind;
  private final int score;
  private final Supplier<String> wording;
  /** Worded once; a race words it twice, to the same string. */
  private volatile String reason;

  public Angle(Kind kind, int score, String reason) {
    this.kind = requireNonNull(kind, "kind");
    this.score = score;
    this.wording = null;
    this.reason = requireNonNull(reason, "reason");
  }

  private Angle(Kind kind, int score, Supplier<String> wording) {
    this.kind = requireNonNull(kind, "kind");
    this.score = score;
    this.wording = requireNonNull(wording, "wording");
  }

  /** An angle whose reason is worded by {@code wording} when first asked for; it must be pure. */
  static Angle worded(Kind kind, int score, Supplier<String> wording) {
    return new Angle(kind, score, wording);
  }

  public Kind kind() {
    return kind;
  }

  public int score() {
    return score;
  }

  public String reason() {
    String known = reason;
    if (known == null) {
      known = requireNonNull(wording.get(), "reason");
      reason = known;
    }
    return known;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Angle a && kind == a.kind && score == a.score && reason().equals(a.reason());
  }

  @Override
  public int hashCode() {
    return (kind.ordinal() * 31 + score) * 31 + reason().hashCode();
  }

  @Override
  public String toString() {
    return "Angle[kind=" + kind + ", score=" + score + ", reason=" + reason() + "]";
  }
}
