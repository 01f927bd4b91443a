package org.localwire.facts;

import java.util.List;
import java.util.Optional;
import org.localwire.model.Caveat;
import org.localwire.model.Offence;
import org.localwire.model.Period;
import org.localwire.model.Source;

/**
 * What the data says about one offence in one place over one period, whatever the place: a
 * council area ({@link AreaFacts}) or a police force ({@link ForceFacts}). The stages after
 * {@code facts} read a place through this: the angle ranker, the view builder and the renderer
 * have one code path for every place, and ask for a kind's own parts only where the place has
 * them (a force's areas, an area's rank in its force).
 *
 * <p>{@code count} is the place's own figure in {@code period}; {@code history} its counts over
 * the periods the story compares, earliest first; {@code change} the story's main comparison;
 * {@code typeRank} its rank among the types of crime a reader knows; {@code caveats} the
 * recording-rule changes its figures or comparisons need; {@code notes} what the data cannot
 * support, in words a reporter can use.
 */
public sealed interface PlaceFacts permits AreaFacts, ForceFacts {
  /** The place's name as the data gives it ("Newport", "Gwent"). */
  String name();

  /**
   * What a story about these facts is about: the place, or for a force the data covers only in
   * part, the one area it names ({@link ForceFacts#focus}). Names the story's slug, picks its quote.
   */
  String subject();

  /** The police force the place is, or belongs to. */
  String force();

  Offence offence();

  Period period();

  Source source();

  Amount count();

  List<AreaFacts.PeriodCount> history();

  Optional<Change> change();

  Optional<Share> shareOfAllCrime();

  Optional<TypeRank> typeRank();

  List<Caveat> caveats();

  List<String> notes();
}
