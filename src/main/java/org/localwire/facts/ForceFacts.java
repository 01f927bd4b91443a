package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.localwire.model.Area;
import org.localwire.model.Caveat;
import org.localwire.model.Offence;
import org.localwire.model.Period;
import org.localwire.model.Source;

/**
 * Everything the data says about one offence in one police force over one 12-month period,
 * each value with its cells (see {@link Forces#factsFor}). Optional parts are absent when
 * the data cannot support them; {@code notes} says why, in words a reporter can use.
 *
 * <ul>
 *   <li>{@code history}: the same 12 months two years before, one year before and now, earliest
 *       first; {@code change} from the earliest with a count to now, both counted the same way.
 *   <li>{@code fiveYearsBefore}: the same 12 months five years before, when the data has that
 *       period (with or without a count); {@code fiveYearChange} when it has a count.
 *   <li>{@code areas}: the force's areas with a count, most offences first; {@code partial} when
 *       they do not make up the published force total (a seed that names one borough of a large
 *       force); {@code focus} the area a story is about in that case.
 *   <li>{@code parts}: the offences that make up this one, where the data has them ("of which
 *       1,329 were stalking").
 *   <li>{@code otherPeriods}: figures for runs of months other than a year: later ones ("between
 *       April and September 2021") and running totals that include this period.
 *   <li>{@code caveats}: the recording-rule changes that the comparisons in these facts cross.
 *   <li>{@code unpublishedAreas}: the force's areas with no figure for the period (issue 14): the
 *       story says so, and does not compare the areas.
 * </ul>
 */
public record ForceFacts(
    String force,
    Offence offence,
    Period period,
    Source source,
    Total total,
    List<AreaFacts.PeriodCount> history,
    Optional<Change> change,
    Total.Basis changeBasis,
    Optional<AreaFacts.PeriodCount> fiveYearsBefore,
    Optional<Change> fiveYearChange,
    List<AreaLine> areas,
    boolean partial,
    Optional<String> focus,
    Optional<Total> national,
    Optional<Change> nationalChange,
    Optional<Share> shareOfAllCrime,
    Optional<TypeRank> typeRank,
    List<Part> parts,
    List<OtherPeriod> otherPeriods,
    List<Caveat> caveats,
    List<String> notes,
    List<String> unpublishedAreas) implements PlaceFacts {

  /**
   * One area of the force: its count, its history over the same periods as the force, the
   * change since the earliest of them, the five-year change where the data has it, and its rate
   * per 1,000 people where its population is known.
   */
  public record AreaLine(
      Area area,
      Amount count,
      List<AreaFacts.PeriodCount> history,
      Optional<Change> change,
      Optional<AreaFacts.PeriodCount> fiveYearsBefore,
      Optional<Change> fiveYearChange,
      Optional<Rate> rate) {
    public AreaLine {
      requireNonNull(area, "area");
      requireNonNull(count, "count");
      history = List.copyOf(history);
      requireNonNull(change, "change");
      requireNonNull(fiveYearsBefore, "fiveYearsBefore");
      requireNonNull(fiveYearChange, "fiveYearChange");
      requireNonNull(rate, "rate");
    }

    public String name() {
      return area.name();
    }
  }

  /** An offence that is part of the story's offence (stalking within stalking and harassment). */
  public record Part(Offence offence, Total count) {
    public Part {
      requireNonNull(offence, "offence");
      requireNonNull(count, "count");
    }
  }

  /**
   * A figure for a run of months other than a year: {@code running} when it is a total over
   * several years that includes the story's period, otherwise a later, shorter period.
   */
  public record OtherPeriod(Period period, Amount count, boolean running) {
    public OtherPeriod {
      requireNonNull(period, "period");
      requireNonNull(count, "count");
    }
  }

  public ForceFacts {
    requireNonNull(force, "force");
    requireNonNull(offence, "offence");
    requireNonNull(period, "period");
    requireNonNull(source, "source");
    requireNonNull(total, "total");
    history = List.copyOf(history);
    requireNonNull(changeBasis, "changeBasis");
    areas = List.copyOf(areas);
    parts = List.copyOf(parts);
    otherPeriods = List.copyOf(otherPeriods);
    caveats = List.copyOf(caveats);
    notes = List.copyOf(notes);
    unpublishedAreas = List.copyOf(unpublishedAreas);
  }

  @Override
  public String name() {
    return force;
  }

  @Override
  public String subject() {
    return focus.orElse(force);
  }

  /** The force's count: {@link #total}'s amount, however it was arrived at. */
  @Override
  public Amount count() {
    return total.amount();
  }

  /** The focus area's line, when the story is about one area of a force the data covers in part. */
  public Optional<AreaLine> focusLine() {
    return focus.flatMap(name -> areas.stream().filter(a -> a.name().equals(name)).findFirst());
  }

  /** Ranks the areas by count: position 1 has the most offences. */
  public Optional<Rank> rankByCount(String area) {
    if (areas.stream().noneMatch(a -> a.name().equals(area))) {
      return Optional.empty();
    }
    return Optional.of(Rank.of("offences recorded", area,
        areas.stream().map(a -> Ranked.of(a.name(), a.count())).toList()));
  }
}
