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
  /**
   * The kinds of angle, for any place, in the order they win a tie of scores. A force's top angle
   * is its story type (templates/force-story.ftl); the kinds that need a place's areas
   * ({@code AREA_IN_FORCE}, {@code AREAS_ROUNDUP}) or its rank among a force's areas (the {@code
   * *_IN_FORCE} kinds) are offered only where the place has them. {@code SHARE_OF_ALL_CRIME}
   * wins ties with a change (a force story's order); an area's scores it 42, which no other
   * angle scores, so it never ties there.
   */
  public enum Kind {
    /** One area of a force the data covers only in part, with the force's totals (Newham). */
    AREA_IN_FORCE,
    /** The force's areas side by side over time, with the force total (Gwent 2017). */
    AREAS_ROUNDUP,
    LARGEST_RISE_IN_FORCE,
    /** An area's count has almost doubled, doubled or more. */
    DOUBLED,
    /** A force's count has almost doubled, doubled or more (Dorset). */
    MULTIPLE,
    LARGEST_FALL_IN_FORCE,
    RISE_AGAINST_NATIONAL_TREND,
    /** A force against England and Wales, where the national figure jumped (North Wales). */
    AGAINST_NATIONAL,
    HIGHEST_IN_SERIES,
    HIGHEST_RATE_IN_FORCE,
    HIGHEST_COUNT_IN_FORCE,
    /** The offence's share of all crime the place recorded (Gwent 2023/24). */
    SHARE_OF_ALL_CRIME,
    RISE,
    FALL,
    ABOVE_NATIONAL_RATE,
    TOP_CRIME_TYPE,
    SHARE_OF_FORCE,
    PER_DAY,
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
