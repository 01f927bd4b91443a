package org.localwire.render;

import org.localwire.angles.Angle;
import java.util.List;

/**
 * What the story template sees: every reader-facing number already worded in Java, and
 * booleans for what the data supports. The template chooses and arranges; it never computes.
 * Field names are the template's vocabulary (see templates/story.ftl).
 */
public record StoryView(
    Angle.Kind lead,
    Variants variants,
    String area,
    String areaStart,
    String force,
    String forceArea,
    String offence,
    String offenceTitle,
    /** Whether the offence name takes a plural verb: "Sexual offences were", "Robbery was". */
    boolean offencePlural,
    String noun,
    String nouns,
    String nounsTitle,
    List<String> context,
    String helplines,
    String during,
    String periodName,
    String count,
    boolean countOne,
    boolean countNone,
    boolean forceNone,
    String perDay,
    String perDayUnit,
    boolean perDayIsCount,
    boolean perDayOne,
    String rank,
    boolean rankJoint,
    boolean rankTop,
    boolean majorityOfForce,
    boolean onlyArea,
    String areasInForce,
    String topArea,
    String topCount,
    String forceTotal,
    boolean forceTotalPublished,
    String shareOfForce,
    boolean hasNational,
    String national,
    String shareOfNational,
    String forcesCount,
    boolean hasAllCrime,
    String allCrimeShare,
    String allCrime,
    boolean hasTypeRank,
    String typeRank,
    String typeKinds,
    String typeCount,
    String typeAbove,
    boolean typeAbovePlural,
    boolean typeTop,
    boolean hasRate,
    String rate,
    String rateBasis,
    String noRateReason,
    boolean hasRateRank,
    String rateRank,
    String rateAreas,
    String rateBottomArea,
    String rateBottom,
    boolean hasForceRate,
    String forceRate,
    boolean hasNationalRate,
    String nationalRate,
    String rateVsNational,
    boolean hasChange,
    ChangeView change,
    List<String> caveats,
    List<HistoryView> history,
    String unpublished,
    QuoteView quote,
    String source,
    boolean forceRanked,
    boolean hasForceTotal,
    String unpublishedInForce,
    /** The data holds only some of the force's areas: no "force area as a whole". */
    boolean partialForce) {

  /**
   * Which of the three phrasings each slot of the template uses (0, 1 or 2), drawn from a stable
   * hash of the area, offence and period: the same data always gives the same draft, while the
   * drafts of one release do not all read alike.
   */
  public record Variants(int headline, int intro, int figures, int rank, int rate, int change, int national) {
    static Variants of(int hash) {
      int h = hash & 0x7fffffff;
      return new Variants(h % 3, (h / 3) % 3, (h / 9) % 3, (h / 27) % 3, (h / 81) % 3, (h / 243) % 3,
          (h / 729) % 3);
    }
  }

  /** The change from the first period in the data to the story's period. */
  /**
   * Which way a figure moved, as the templates branch on it: typed, so that a misspelt direction
   * is a template error rather than a branch that silently never matches.
   */
  public record Direction(boolean rise, boolean fall, boolean none) {
    static Direction of(boolean rise, boolean fall) {
      return new Direction(rise, fall, !rise && !fall);
    }
  }

  public record ChangeView(
      String since,
      String fromDuring,
      String before,
      Direction direction,
      String percent,
      boolean fromZero,
      boolean hasMultiple,
      String multiple,
      String years,
      boolean largestInForce,
      boolean hasPrevious,
      String previous,
      String previousCount,
      String previousDuring,
      Direction previousDirection,
      String previousPercent,
      boolean largestFallInForce,
      boolean hasNational,
      Direction nationalDirection,
      String nationalPercent,
      String seriesCount,
      String seriesFrom,
      String to,
      boolean largestNationally,
      boolean largestInWales,
      String nationalAreas,
      String walesAreas) {}

  /** One period's count, for the figures line and the chart. */
  public record HistoryView(String period, String count, boolean known) {}

  /** The chosen quote; {@code sample} prints the marker. */
  public record QuoteView(String speaker, String role, String organisation, String text, boolean sample) {}
}
