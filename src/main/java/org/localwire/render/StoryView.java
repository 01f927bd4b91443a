package org.localwire.render;

import org.localwire.angles.Angle;
import java.util.List;

/**
 * What a story template sees, for any place: every reader-facing number already worded in Java,
 * and booleans for what the data supports. The template chooses and arranges; it never computes.
 * Component names are the templates' vocabulary (templates/story.ftl for an area,
 * templates/force-story.ftl for a force), one nested record per thing the story describes:
 * {@code ${place.area}}, {@code ${figures.count}}, {@code ${past.change.percent}}. The parts every
 * place has are the same records in both; a place's comparison set adds its own: {@code inForce}
 * and {@code rate} for an area among its force's areas, {@code areas} for a force's areas (null
 * where the place has none: a template that reads them for the other kind fails, never guesses).
 * {@code lead} is the top angle's kind, for a force its story type.
 */
public record StoryView(
    Angle.Kind lead,
    Variants variants,
    Place place,
    OffenceView offence,
    Figures figures,
    InForce inForce,
    Wider wider,
    RateView rate,
    Past past,
    Closing closing,
    Areas areas) {

  /**
   * Where: the area as the copy names it ("Bristol"), at the start of a sentence, its force, the
   * force's whole area ("the Gwent police force area", "... in the data" for a partial file), and
   * whether the data holds only some of the force's areas (no "force area as a whole").
   */
  public record Place(String area, String areaStart, String force, String forceArea, boolean partialForce,
      String forcePlace, String policeIn) {}

  /**
   * The offence: its name in running text and as a title, whether that name takes a plural verb
   * ("Sexual offences were", "Robbery was"), and the nouns the copy uses for one and many.
   */
  public record OffenceView(String name, String title, boolean plural, String noun, String nouns, String nounsTitle) {}

  /**
   * The place's count in the story's period, and per day, week or month ({@code perDayIsCount} when
   * too few), and how the count was arrived at when it is not as published ("the sum of its areas").
   */
  public record Figures(String during, String periodName, String count, boolean countOne, boolean countNone,
      String perDay, String perDayUnit, boolean perDayIsCount, boolean perDayOne, String basis) {}

  /**
   * The area among its force's areas: the only one, whether it can be ranked (issue 14: not with a
   * neighbour's figure missing, named by {@code unpublished}), how many areas, its rank by count,
   * the area with the most, and the force's total.
   */
  public record InForce(boolean only, boolean ranked, String areas, String rank, boolean joint, boolean top,
      String topArea, String topCount, String unpublished, ForceTotal total) {}

  /** The force's total: whether known, the count, whether published or summed, the area's share of it. */
  public record ForceTotal(boolean known, String count, boolean published, String share, boolean none,
      boolean majority) {}

  /**
   * Beyond the place: England and Wales, all recorded crime in the place, the rank among crime
   * types, and the offences within this one where the data has them.
   */
  public record Wider(National national, AllCrime allCrime, TypeRank typeRank, List<PartView> parts) {}

  /**
   * England and Wales: the count, whether it is the sum of the forces, the number of forces, the
   * place's share, and the change over a year where the story gives it (null without).
   */
  public record National(boolean any, String count, boolean summed, String forces, String share, boolean hasChange,
      ChangeView change) {}

  /** The offence's share of all recorded crime in the place, as "one in N", the total and what it leaves out. */
  public record AllCrime(boolean any, String share, String oneIn, String total, String excludes) {}

  /** The offence's rank among the crime types of its kind in the area, and the ones above it. */
  public record TypeRank(boolean any, String rank, String kinds, String count, String above, boolean abovePlural,
      boolean top) {}

  /**
   * The rate per 1,000 people, when one can be given ({@code noReason} says why not), its
   * population basis, its rank in the force, and the force's and England and Wales's rates.
   */
  public record RateView(boolean any, String value, String basis, String noReason, RateRank rank, boolean hasForce,
      String force, boolean hasNational, String national, String vsNational, String misleads) {}

  /** The area's rank in its force by rate, of how many areas, and the lowest. */
  public record RateRank(boolean any, String words, String areas, String bottomArea, String bottom) {}

  /**
   * Over time: the story's main change (null when {@code hasChange} is false; the parts after it
   * are empty then), an area's last-year change, national trend, largest-change ranks, the series,
   * each period's count, the periods with no published figure, the caveats the comparisons cross,
   * and, where the facts give them (a force's today), the change over five years (null without
   * {@code hasFiveYear}), figures for other runs of months, and notes for the reporter.
   */
  public record Past(boolean hasChange, ChangeView change, Previous previous, NationalTrend national, Largest largest,
      Series series, List<HistoryView> history, String unpublished, List<String> caveats, boolean hasFiveYear,
      ChangeView fiveYear, List<OtherView> others, List<String> reporterNotes) {}

  /** The boilerplate that closes every story: the offence's context, the quote, helplines and source. */
  public record Closing(List<String> context, QuoteView quote, String helplines, String source) {}

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

  /**
   * Which way a figure moved, as the templates branch on it: typed, so that a misspelt direction
   * is a template error rather than a branch that silently never matches.
   */
  public record Direction(boolean rise, boolean fall, boolean none) {
    static Direction of(boolean rise, boolean fall) {
      return new Direction(rise, fall, !rise && !fall);
    }
  }

  /**
   * A change between two periods: "since 2021", the earlier period's name and "in 2021", the
   * earlier count, which way and by what percentage, from none, the multiple ("almost doubled")
   * when there is one, the gap in years, the story's period ("the year to June 2025"), whether
   * the counts are the sums of a force's areas ({@code acrossAreas}, {@code areasCount} of them),
   * and whether it is large enough to be news ({@code sizeable}).
   */
  public record ChangeView(String since, String fromName, String fromDuring, String before, Direction direction,
      String percent, boolean fromZero, boolean hasMultiple, String multiple, String years, String to,
      boolean acrossAreas, String areasCount, boolean sizeable) {}

  /** The change over the last year when it is not the change above: the earlier count and percentage. */
  public record Previous(boolean any, String period, String count, String during, Direction direction, String percent) {}

  /** The change across England and Wales over the same years (the sum of the forces). */
  public record NationalTrend(boolean any, Direction direction, String percent) {}

  /**
   * Whether the change is the largest rise or fall of the force's areas, or the biggest percentage
   * rise in England and Wales or in Wales (never from a small base), and of how many areas.
   */
  public record Largest(boolean riseInForce, boolean fallInForce, boolean nationally, boolean inWales,
      String nationalAreas, String walesAreas) {}

  /** How many yearly figures the data holds for the area, and from which period. */
  public record Series(String count, String from) {}

  /** One period's count: its name ("2016"), in running text ("in the year to September 2017"). */
  public record HistoryView(String period, String during, String count, boolean known) {}

  /**
   * A force's areas, for a force story: the list, the area the story is about where the data
   * covers the force only in part ({@code hasFocus}; {@code focus} is null without), and the areas
   * whose figures are not published (then the areas are not compared).
   */
  public record Areas(AreaList list, boolean hasFocus, Focus focus, String unpublished) {}

  /** The force's areas, most offences first; {@code listed} when few enough to name each. */
  public record AreaList(boolean any, boolean listed, String count, List<AreaView> lines, Most most, AreaRise rise,
      AreaRates rates) {}

  /** The areas with the most and the fewest offences, and their counts. */
  public record Most(String top, String topCount, String bottom, String bottomCount) {}

  /**
   * The largest rise among the areas ({@code has}), or when every area fell the smallest fall
   * ({@code allFell}): where, by how much, and the earlier period.
   */
  public record AreaRise(boolean has, boolean allFell, String name, String percent, String fromDuring, String since) {}

  /** The highest and lowest rates per 1,000 people of the areas, when every area has one and they differ. */
  public record AreaRates(boolean has, String basis, String topArea, String top, String bottomArea, String bottom) {}

  /** One area's line: its count, per day, and its change since the first period. */
  public record AreaView(String name, String count, boolean countOne, String perDay, String perDayUnit,
      boolean perDayIsCount, LineChange change, boolean first, boolean last) {}

  /**
   * An area line's change since the first period ({@code has}): "up", "down" or "unchanged", the
   * percentage (none when unchanged), the earlier count and period, and the multiple if any.
   */
  public record LineChange(boolean has, String direction, String percent, String before, String fromName,
      boolean hasMultiple, String multiple) {}

  /**
   * The area a story is about, in a force the data covers only in part: its count, per day, share
   * of the force's total, and its change over five years where the data has the earlier count
   * ({@code fiveYearMissing} names the period when it does not).
   */
  public record Focus(String name, String count, String perDay, String perDayUnit, boolean perDayIsCount,
      boolean perDayOne, String shareOfForce, boolean hasFiveYear, ChangeView fiveYear, String fiveYearMissing) {}

  /** An offence within this one ("stalking" within stalking and harassment), its count and share. */
  public record PartView(String name, String count, String share) {}

  /** A figure for another run of months: later, or a running total that includes the period. */
  public record OtherView(String during, String count, String perDay, String perDayUnit, boolean perDayIsCount,
      boolean running) {}

  /** The chosen quote; {@code sample} prints the marker. */
  public record QuoteView(String speaker, String role, String organisation, String text, boolean sample) {}
}
