package org.localwire.render;

import org.localwire.angles.Angle;
import java.util.List;

/**
 * What the force story template (templates/force-story.ftl) sees: every reader-facing number
 * already worded in Java, booleans for what the data supports, and {@code type}, the story type
 * the angle selector chose. The template chooses and arranges; it never computes. The offence
 * and the closing boilerplate are StoryView's records, so that templates/context.ftl and
 * helplines.ftl read {@code closing.context} and {@code closing.helplines} in both stories.
 */
public record ForceView(
    Angle.Kind type,
    Place place,
    StoryView.OffenceView offence,
    Amounts figures,
    Past past,
    Areas areas,
    boolean hasFocus,
    Focus focus,
    Wider wider,
    StoryView.Closing closing) {

  /**
   * The force as the copy names it, as a headline names its area ("Gwent", "the Metropolitan
   * Police area"), its whole area, who recorded the offences ("police in Gwent"), and the areas
   * whose figures are not published (then the areas are not compared).
   */
  public record Place(String force, String forcePlace, String forceArea, String policeIn, String unpublishedAreas) {}

  /**
   * Over time: each period's count, the periods with no published figure, the change since the
   * first period and over five years (null when {@code hasChange}, {@code hasFiveYear} are false),
   * figures for other runs of months, the recording-rule caveats, and notes for the reporter.
   */
  public record Past(List<PeriodView> history, String unpublished, boolean hasChange, Trend change, boolean hasFiveYear,
      Trend fiveYear, List<OtherView> others, List<String> caveats, List<String> reporterNotes) {}

  /** Beyond the force's count: England and Wales, all recorded crime, the rank among crime types, the parts. */
  public record Wider(National national, AllCrime allCrime, TypeRankView typeRank, List<PartView> parts) {}

  /** One period's count: its name ("2016"), in running text ("in the year to September 2017"). */
  public record PeriodView(String name, String during, String count, boolean known) {}

  /** The story's period, the force's count in it, and per day, week or month, and how the count was arrived at. */
  public record Amounts(String during, String periodName, String count, boolean countOne, boolean countNone, String perDay, String perDayUnit, boolean perDayIsCount,
      boolean perDayOne, String basis) {}

  /**
   * A change between two periods: the earlier count and period, the percentage, the multiple
   * ("almost doubled") when there is one, the gap in years, and whether the counts are the sums of
   * the force's areas ({@code acrossAreas}, with {@code areasCount} of them).
   */
  public record Trend(String fromName, String fromDuring, String before, StoryView.Direction direction, String percent,
      boolean fromZero, boolean hasMultiple, String multiple, String years, boolean acrossAreas, String areasCount,
      boolean sizeable) {}

  /** The force's areas, most offences first; {@code listed} when few enough to name each. */
  public record Areas(boolean any, boolean listed, String count, List<AreaView> lines, String top, String topCount,
      String bottom, String bottomCount, boolean hasLargestRise, String largestRise, String largestRisePercent,
      boolean allFell, String largestRiseFromDuring, String largestRiseSince,
      boolean hasRates, String rateBasis, String topRateArea, String topRate, String bottomRateArea,
      String bottomRate) {}

  /** One area's line: its count, per day, and its change since the first period. */
  public record AreaView(String name, String count, boolean countOne, String perDay, String perDayUnit,
      boolean perDayIsCount, boolean hasChange, String direction, String percent, String before, String fromName,
      boolean hasMultiple, String multiple, boolean first, boolean last) {}

  /**
   * The area a story is about, in a force the data covers only in part: its count, per day, share
   * of the force's total, and its change over five years where the data has the earlier count
   * ({@code fiveYearMissing} names the period when it does not).
   */
  public record Focus(String name, String count, String perDay, String perDayUnit, boolean perDayIsCount,
      boolean perDayOne, String shareOfForce, boolean hasFiveYear, Trend fiveYear, String fiveYearMissing) {}

  /** England and Wales: the count, how it was arrived at, the force's share and the change in a year. */
  public record National(boolean any, String count, boolean summed, String forcesCount, String shareOfNational,
      boolean hasChange, Trend change) {}

  /** The offence's share of all recorded crime in the force, and what that total leaves out. */
  public record AllCrime(boolean any, String share, String oneIn, String total, String excludes) {}

  /** The offence's rank among crime types at its level of the offence tree. */
  public record TypeRankView(boolean any, String rank, String kinds, String count, String above, boolean abovePlural) {}

  /** An offence within this one ("stalking" within stalking and harassment), its count and share. */
  public record PartView(String name, String count, String share) {}

  /** A figure for another run of months: later, or a running total that includes the period. */
  public record OtherView(String during, String count, String perDay, String perDayUnit, boolean perDayIsCount,
      boolean running) {}
}
