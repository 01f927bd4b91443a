package org.localwire.angles;

import static java.util.Objects.requireNonNull;

/**
 * An angle for a force story, with its score (higher leads) and a one-line reason. The top
 * angle picks the story type, and so the shape of the draft (templates/force-story.ftl). Scoring
 * rules: README.md, "How a force story's type is chosen".
 */
public record ForceAngle(Kind kind, int score, String reason) {
  /** The story types, in the order they win a tie of scores. */
  public enum Kind {
    /** One area of a force the data covers only in part, with the force's totals (Newham). */
    AREA_IN_FORCE,
    /** The force's areas side by side over time, with the force total (Gwent 2017). */
    AREAS_ROUNDUP,
    /** The force's count has almost doubled, doubled or more (Dorset). */
    MULTIPLE,
    /** The force against England and Wales, where the national figure jumped (North Wales). */
    AGAINST_NATIONAL,
    /** The offence's share of all crime the force recorded (Gwent 2023/24). */
    SHARE_OF_ALL_CRIME,
    RISE,
    FALL,
    TOP_CRIME_TYPE,
    PER_DAY
  }

  public ForceAngle {
    requireNonNull(kind, "kind");
    requireNonNull(reason, "reason");
  }
}
