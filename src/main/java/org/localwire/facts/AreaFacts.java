package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.localwire.model.Caveat;
import org.localwire.model.Area;
import org.localwire.model.Offence;
import org.localwire.model.Period;
import org.localwire.model.Source;

/**
 * Everything the data says about one offence in one area over one period, each value with the
 * cells it came from. Optional parts are absent when the data cannot support them (no
 * population, one period only, a source that is not national); {@code notes} says why, in words
 * a reporter can use.
 *
 * <p>{@code change} is year on year (the same 12 months a year earlier, else the latest earlier
 * 12 months that do not overlap); {@code lastChange} is over two years, when it differs;
 * {@code nationalChange} is England and Wales over the same two periods as {@code change};
 * {@code caveats} are those the story's figures or comparisons need; {@code riseRankNational} and
 * {@code riseRankInWales} rank {@code change} among every area of England and Wales (of Wales),
 * present only when every one of them has both figures (those with none the year before have no
 * percentage and are not ranked).
 */
public record AreaFacts(
    Area area,
    Offence offence,
    Period period,
    Source source,
    Amount count,
    Amount forceTotal,
    boolean forceTotalPublished,
    Rank rankByCount,
    Optional<Share> shareOfForce,
    Optional<Amount> national,
    int forcesInNational,
    Optional<Share> shareOfAllCrime,
    Optional<TypeRank> typeRankInArea,
    Optional<TypeRank> typeRankInForce,
    Optional<Rate> rate,
    Optional<Rank> rankByRate,
    Optional<Rate> forceRate,
    Optional<Rate> nationalRate,
    List<PeriodCount> history,
    Optional<Change> change,
    Optional<Change> lastChange,
    Optional<Rank> riseRankInForce,
    Optional<Change> nationalChange,
    List<Caveat> caveats,
    Optional<Rank> riseRankNational,
    Optional<Rank> riseRankInWales,
    List<String> notes,
    java.util.Set<Flag> flags,
    Optional<String> nonResidential,
    List<String> unpublishedInForce) implements PlaceFacts {

  /** The area's count in one period; {@code count} is empty where the cell is suppressed. */
  public record PeriodCount(Period period, Optional<Amount> count) {
    public PeriodCount {
      requireNonNull(period, "period");
      requireNonNull(count, "count");
    }
  }

  public AreaFacts {
    requireNonNull(area, "area");
    requireNonNull(offence, "offence");
    requireNonNull(period, "period");
    requireNonNull(source, "source");
    requireNonNull(count, "count");
    history = List.copyOf(history);
    caveats = List.copyOf(caveats);
    notes = List.copyOf(notes);
    flags = flags.isEmpty() ? java.util.Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
    requireNonNull(nonResidential, "nonResidential");
    unpublishedInForce = List.copyOf(unpublishedInForce);
  }

  public boolean flagged(Flag flag) {
    return flags.contains(flag);
  }

  /**
   * Whether every area of the force has a figure (issue 14). When one does not, the other areas
   * keep their stories, but {@link #rankByCount} covers only the areas with a figure and must not
   * be printed: the missing one could be anywhere in it. {@link #unpublishedInForce} names them.
   */
  public boolean forceComplete() {
    return unpublishedInForce.isEmpty();
  }

  /**
   * Whether {@link #forceTotal} and {@link #shareOfForce} are the force's: published, or summed
   * over a force whose every area has a figure. Otherwise they are a partial sum, never printed.
   */
  public boolean forceTotalKnown() {
    return forceTotalPublished || forceComplete();
  }

  @Override
  public String name() {
    return area.name();
  }

  @Override
  public String subject() {
    return area.name();
  }

  @Override
  public String force() {
    return area.force();
  }

  /** The offence's rank among the types of crime in the area ({@link #typeRankInArea}). */
  @Override
  public Optional<TypeRank> typeRank() {
    return typeRankInArea;
  }

  /** How many areas of the force have a count for this offence (see {@link #forceComplete}). */
  public int forceAreas() {
    return rankByCount.size();
  }
}
