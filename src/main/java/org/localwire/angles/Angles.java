package org.localwire.angles;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Change;
import org.localwire.facts.Flag;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.PlaceFacts;
import org.localwire.facts.Rank;
import org.localwire.facts.Rate;
import org.localwire.facts.Ranked;
import org.localwire.facts.Share;
import org.localwire.facts.TypeRank;
import org.localwire.wording.Hedges;
import org.localwire.wording.Multiples;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Ordinals;
import org.localwire.wording.Percentages;
import org.localwire.wording.Periods;
import org.localwire.wording.Rates;

/**
 * The angle selector for any place: looks at one place's facts, proposes every angle they
 * support and ranks them by score, highest first (ties by {@link Angle.Kind} order). Pure: the
 * same facts always give the same angles. Scores are listed in README.md and
 * docs/force-stories.md; change both together.
 *
 * <p>One ranker: the angles every place has (a change, its share of all crime, its rank among
 * types of crime, cases per day) are proposed by the same code for an area and a force, scored
 * by the place's {@link Scores}; a place's own comparison set adds its angles: an area's rank
 * among its force's areas, a force's areas and England and Wales.
 */
public final class Angles {
  private Angles() {}

  /**
   * What the scoring of the angles every place has differs by between kinds of place: data, not
   * a second ranker. {@code multiple} is the kind of the "doubled" angle; {@code acrossRuleChange}
   * what a change crossing a recording-rule change loses; {@code perDayOtherwise} what a count
   * told per week or month scores; {@code minTypes} the fewest types of crime a type rank needs;
   * {@code typeDetail} whether its reason names the count and the type that leads.
   */
  private record Scores(Angle.Kind multiple, int acrossRuleChange, int shareOfAllCrime, int perDayOtherwise,
      int minTypes, boolean typeDetail) {
    static final Scores AREA = new Scores(Angle.Kind.DOUBLED, ACROSS_RULE_CHANGE, 42, 35, 0, true);
    // a force story's type: README "How a force story's type is chosen" (docs/force-stories.md)
    static final Scores FORCE = new Scores(Angle.Kind.MULTIPLE, 0, 75, 45, 5, false);
  }

  public static List<Angle> rank(PlaceFacts facts) {
    List<Angle> angles = new ArrayList<>();
    AreaFacts area = facts instanceof AreaFacts a ? a : null;
    Scores scores = area != null ? Scores.AREA : Scores.FORCE;
    // review flags steer the lead (README, "Review flags"): no rank on a handful of offences
    boolean few = area != null && (area.flagged(Flag.SMALL_NUMBERS) || area.flagged(Flag.NONE_RECORDED));
    // the place's comparison set: an area among its force's areas, a force over its areas
    if (area != null) {
      inForce(area, few, angles);
    } else if (facts instanceof ForceFacts force) {
      ofAreas(force, angles);
    }
    facts.change().ifPresent(change -> change(facts, change, scores, angles));
    if (area != null) {
      againstEnglandAndWales(area, few, angles);
    } else if (facts instanceof ForceFacts force) {
      againstEnglandAndWales(force, angles);
    }
    facts.typeRank().filter(t -> !few && t.rank().position() <= 3 && t.rank().size() >= scores.minTypes())
        .ifPresent(type -> angles.add(topCrimeType(facts, type, scores)));
    if (area != null && area.forceAreas() > 1 && area.shareOfForce().isPresent()
        && area.count().value() > 0 && area.forceTotalKnown()) {
      Share ofForce = area.shareOfForce().get();
      angles.add(Angle.worded(Angle.Kind.SHARE_OF_FORCE, 40,
          () -> area.name() + ": " + Percentages.share(ofForce.part().value(), ofForce.whole().value()) + " of the "
              + NumberWords.digits(ofForce.whole().value()) + " offences recorded by " + area.force()));
    }
    angles.add(perDay(facts, scores));
    facts.shareOfAllCrime().filter(sh -> sh.part().value() > 0).ifPresent(share -> angles.add(Angle.worded(
        Angle.Kind.SHARE_OF_ALL_CRIME, scores.shareOfAllCrime(),
        () -> facts.name() + ": " + Percentages.share(share.part().value(), share.whole().value()) + " of "
            + share.of() + " (" + NumberWords.digits(share.part().value()) + " of "
            + NumberWords.digits(share.whole().value()) + ")")));

    if (area != null && area.flagged(Flag.PARTIAL_FORCE) && area.forceComplete()) {
      // a file of only some of the force's areas: "the biggest rise in Gwent" would compare a few
      angles.removeIf(a -> IN_FORCE.contains(a.kind()));
    }
    angles.sort(Comparator.comparingInt(Angle::score).reversed().thenComparing(Angle::kind));
    return List.copyOf(angles);
  }

  /** An area among its force's areas: the largest rise or fall, the highest rate, the most offences. */
  private static void inForce(AreaFacts facts, boolean few, List<Angle> angles) {
    String area = facts.area().name();
    String force = facts.force();
    int areas = facts.forceAreas();
    facts.riseRankInForce().ifPresent(rank -> {
      Change change = facts.change().orElseThrow();
      // a tie is not "the biggest rise": the headline cannot say "joint", so the angle is not proposed
      if (rank.isTop() && !rank.joint() && rank.size() > 1 && change.isRise() && !few) {
        angles.add(Angle.worded(Angle.Kind.LARGEST_RISE_IN_FORCE, changeScore(facts, change, 90),
            () -> area + ": largest rise of the " + NumberWords.count(rank.size())
                + " " + force + " areas " + Periods.since(change.from()) + ", "
                + NumberWords.digits(change.before().value()) + " to " + NumberWords.digits(change.after().value())
                + " (" + Percentages.change(change.before().value(), change.after().value()).orElseThrow() + ")"
                + runnerUp(rank, r -> Percentages.change(r.denominator(), r.numerator()).orElse("") + " in ")));
      }
      if (rank.isBottom() && !rank.joint() && rank.size() > 1 && change.isFall() && !few) {
        angles.add(Angle.worded(Angle.Kind.LARGEST_FALL_IN_FORCE, changeScore(facts, change, 70),
            () -> area + ": largest fall of the " + NumberWords.count(rank.size())
                + " " + force + " areas " + Periods.since(change.from()) + ", "
                + NumberWords.digits(change.before().value()) + " to " + NumberWords.digits(change.after().value())
                + " (" + Percentages.change(change.before().value(), change.after().value()).orElseThrow() + ")"));
      }
    });
    // no rate per resident where residents are not the people there, no rate at all for a rare offence
    boolean rateMisleads = facts.flagged(Flag.NON_RESIDENTIAL_POPULATION) || facts.flagged(Flag.RARE_OFFENCE) || few;
    facts.rankByRate().filter(r -> !rateMisleads).ifPresent(rank -> {
      // as for rises: the headline says "the highest rate", never true of a tie
      if (rank.isTop() && !rank.joint() && rank.size() > 1) {
        angles.add(Angle.worded(Angle.Kind.HIGHEST_RATE_IN_FORCE, 80,
            () -> area + ": highest rate of the " + NumberWords.count(rank.size())
                + " " + force + " areas with a population estimate, " + rate(rank.self())
                + " offences per 1,000 people; " + rank.bottom().name() + " has " + rate(rank.bottom())));
      }
    });
    Rank byCount = facts.rankByCount();
    // with a neighbour's figure missing the area's place in the force is not known (issue 14)
    if (byCount.isTop() && areas > 1 && !few && facts.forceComplete()) {
      angles.add(Angle.worded(Angle.Kind.HIGHEST_COUNT_IN_FORCE, 75,
          () -> area + ": " + (byCount.joint() ? "joint " : "") + "most offences of the " + NumberWords.count(areas)
              + " " + force + " areas, " + NumberWords.digits(facts.count().value())
              + runnerUp(byCount, r -> NumberWords.digits(r.numerator()) + " in ")));
    }
  }

  /** A force's areas: the one area a story is about, or the areas side by side. */
  private static void ofAreas(ForceFacts f, List<Angle> angles) {
    String force = f.force();
    long n = f.count().value();
    f.focusLine().ifPresent(area -> angles.add(Angle.worded(Angle.Kind.AREA_IN_FORCE, 95,
        () -> area.name() + ": " + NumberWords.digits(area.count().value()) + " of the " + NumberWords.digits(n)
            + " offences " + force + " recorded " + Periods.during(f.period()) + "; the data covers "
            + NumberWords.count(f.areas().size()) + " of its areas")));
    if (f.areas().size() >= 2 && !f.partial()) {
      boolean overTime = f.areas().stream().anyMatch(a -> a.change().isPresent());
      ForceFacts.AreaLine top = f.areas().get(0);
      angles.add(Angle.worded(Angle.Kind.AREAS_ROUNDUP, overTime ? 90 : 60,
          () -> force + ": " + NumberWords.count(f.areas().size()) + " areas" + (overTime ? " over time" : "") + "; "
              + top.name() + " recorded the most, " + NumberWords.digits(top.count().value())));
    }
  }

  /** The place's change: a multiple ("doubled"), else a rise or a fall; scored as README says. */
  private static void change(PlaceFacts facts, Change change, Scores scores, List<Angle> angles) {
    String place = facts.name();
    long before = change.before().value();
    long after = change.after().value();
    var multiple = Multiples.of(before, after);
    Supplier<String> span = () -> NumberWords.digits(before) + " " + Periods.during(change.from()) + " to "
        + NumberWords.digits(after) + " " + Periods.during(change.to());
    if (multiple.isPresent()) {
      angles.add(Angle.worded(scores.multiple(), changeScore(facts, change, 85, scores),
          () -> place + ": offences " + multiple.get() + ", " + span.get()));
    } else if (change.isRise()) {
      angles.add(Angle.worded(Angle.Kind.RISE,
          changeScore(facts, change, before == 0 ? 60 : percentScore(before, after - before, 50), scores),
          () -> place + ": up " + Percentages.change(before, after).orElse("from none") + ", " + span.get()));
    } else if (change.isFall()) {
      angles.add(Angle.worded(Angle.Kind.FALL, changeScore(facts, change, percentScore(before, before - after, 45), scores),
          () -> place + ": down " + Percentages.change(before, after).orElseThrow() + ", " + span.get()));
    }
  }

  /** An area against England and Wales: a rise against the trend, the highest in its series, the rate. */
  private static void againstEnglandAndWales(AreaFacts facts, boolean few, List<Angle> angles) {
    String area = facts.area().name();
    facts.change().ifPresent(change -> {
      long before = change.before().value();
      long after = change.after().value();
      facts.nationalChange().filter(n -> change.isRise() && n.isFall() && before > 0).ifPresent(n ->
          angles.add(Angle.worded(Angle.Kind.RISE_AGAINST_NATIONAL_TREND, changeScore(facts, change, 65),
              () -> area + ": up " + Percentages.change(before, after).orElseThrow() + " while England and Wales fell "
                  + Percentages.change(n.before().value(), n.after().value()).orElseThrow() + ", "
                  + NumberWords.digits(before) + " " + Periods.during(change.from()) + " to "
                  + NumberWords.digits(after) + " " + Periods.during(change.to()))));
    });
    // the highest of at least three published figures for the same place (the history holds only those)
    List<Long> known = new ArrayList<>();
    facts.history().forEach(h -> h.count().ifPresent(a -> known.add(a.value())));
    long now = facts.count().value();
    if (known.size() >= 3 && known.stream().filter(v -> v >= now).count() == 1 && facts.change().isPresent()) {
      Change change = facts.change().get();
      angles.add(Angle.worded(Angle.Kind.HIGHEST_IN_SERIES, changeScore(facts, change, 60),
          () -> area + ": " + NumberWords.digits(now) + ", the highest of the " + NumberWords.count(known.size())
              + " periods in the figures, " + Periods.bare(facts.history().get(0).period()) + " to "
              + Periods.bare(facts.period())));
    }
    boolean rateMisleads = facts.flagged(Flag.NON_RESIDENTIAL_POPULATION) || facts.flagged(Flag.RARE_OFFENCE) || few;
    if (facts.rate().isPresent() && facts.nationalRate().isPresent() && !rateMisleads) {
      nationalRate(area, facts.rate().get(), facts.nationalRate().get(), angles);
    }
  }

  private static void nationalRate(String area, Rate local, Rate national, List<Angle> angles) {
    int cmp = local.ranked(area).compareTo(national.ranked("England and Wales"));
    Supplier<String> line = () -> area + ": " + Rates.perThousand(local.count().value(), local.population().value())
        + " offences per 1,000 people against " + Rates.perThousand(national.count().value(),
        national.population().value()) + " across England and Wales";
    // how far above: local / national as a percentage, exact integers
    BigInteger l = BigInteger.valueOf(local.count().value()).multiply(BigInteger.valueOf(national.population().value()));
    BigInteger n = BigInteger.valueOf(national.count().value()).multiply(BigInteger.valueOf(local.population().value()));
    if (cmp > 0) {
      boolean half = l.multiply(BigInteger.TWO).compareTo(n.multiply(BigInteger.valueOf(3))) >= 0;
      angles.add(Angle.worded(Angle.Kind.ABOVE_NATIONAL_RATE, half ? 70 : 60, line));
    } else if (cmp < 0) {
      angles.add(Angle.worded(Angle.Kind.BELOW_NATIONAL_RATE, 30, line));
    }
  }

  /** A force against England and Wales: its share, and whether the national figure jumped. */
  private static void againstEnglandAndWales(ForceFacts f, List<Angle> angles) {
    long n = f.count().value();
    f.national().ifPresent(national -> {
      Optional<Change> jump = f.nationalChange();
      Optional<String> multiple = jump.flatMap(c -> Multiples.of(c.before().value(), c.after().value()));
      boolean caveat = jump.isPresent() && f.caveats().stream()
          .anyMatch(c -> c.crossedBy(jump.get().from(), jump.get().to()));
      String share = national.value() >= n && national.value() > 0
          ? Percentages.share(n, national.value()) + " of " : "against ";
      angles.add(Angle.worded(Angle.Kind.AGAINST_NATIONAL, multiple.isPresent() || caveat ? 80 : 40,
          () -> f.force() + ": " + share + NumberWords.digits(national.value()) + " across England and Wales"
              + multiple.map(m -> ", where the number " + m + " in a year").orElse("")
              + (caveat ? " across a recording-rule change" : "")));
    });
  }

  /** The offence among the three most common types of crime in the place: 65, 60, 55. */
  private static Angle topCrimeType(PlaceFacts facts, TypeRank type, Scores scores) {
    Rank rank = type.rank();
    long n = facts.count().value();
    return Angle.worded(Angle.Kind.TOP_CRIME_TYPE, 70 - 5 * rank.position(),
        () -> facts.name() + ": " + facts.offence().lowerName() + " is the " + (rank.joint() ? "joint " : "")
            + (rank.position() == 1 ? "" : Ordinals.of(rank.position()) + " ") + "most common of the "
            + NumberWords.count(rank.size()) + " " + type.kinds() + (!scores.typeDetail() ? ""
            : ", " + NumberWords.digits(n) + " offences" + (rank.position() > 1 ? "; "
            + rank.top().name().toLowerCase(java.util.Locale.UK) + " leads with "
            + NumberWords.digits(rank.top().numerator()) : "")));
  }

  /** Cases per day (or week, month): always proposed; 45 when at least almost one a day. */
  private static Angle perDay(PlaceFacts facts, Scores scores) {
    long n = facts.count().value();
    var perDay = Hedges.rate(n, facts.period());
    return Angle.worded(Angle.Kind.PER_DAY, perDay.unit().equals("a day") ? 45 : scores.perDayOtherwise(),
        () -> facts.name() + ": " + perDay.text() + " (" + NumberWords.digits(n) + " offences over "
            + facts.period().days() + " days " + Periods.during(facts.period()) + ")");
  }

  /** The angles that rank or share an area within its force. */
  private static final java.util.Set<Angle.Kind> IN_FORCE = java.util.EnumSet.of(Angle.Kind.LARGEST_RISE_IN_FORCE,
      Angle.Kind.LARGEST_FALL_IN_FORCE, Angle.Kind.HIGHEST_RATE_IN_FORCE, Angle.Kind.HIGHEST_COUNT_IN_FORCE,
      Angle.Kind.SHARE_OF_FORCE);

  /** Below this earlier count, or this size of change, a change is not news (issue 18: 3 to 9 is tripled, not news). */
  static final long SMALL_BASE = 20;

  static final long SMALL_CHANGE = 10;

  /** What a small-base change scores at most: below every angle that is not a change. */
  static final int SMALL_BASE_SCORE = 25;

  /** A change of less than this share of the earlier count (in %) is too small to lead on. */
  static final long SMALL_PERCENT = 5;

  /** What such a small change scores at most: no more than a count per week. */
  static final int SMALL_PERCENT_SCORE = 35;

  /** How much less a change across a recording-rule change (data/caveats.csv) scores. */
  static final int ACROSS_RULE_CHANGE = 20;

  /**
   * A change angle's score: {@code score}, 20 less when the comparison crosses a recording-rule
   * change, at most 35 when the change is under 5% of the earlier count, and at most 25 when the
   * earlier count is under 20 or the change is under 10 offences (3 to 9 is tripled, not news).
   */
  /**
   * Whether a change is too small to be news whatever its percentage: from a base below
   * {@link #SMALL_BASE} or by fewer than {@link #SMALL_CHANGE} offences (README, "angle score").
   */
  public static boolean smallChange(long before, long after) {
    return before < SMALL_BASE || Math.abs(after - before) < SMALL_CHANGE;
  }

  static int changeScore(AreaFacts facts, Change change, int score) {
    return changeScore(facts, change, score, Scores.AREA);
  }

  private static int changeScore(PlaceFacts facts, Change change, int score, Scores scores) {
    int s = score;
    boolean crossesRule = facts.caveats().stream()
        .anyMatch(c -> !c.onlyThatPeriod() && c.crossedBy(change.from(), change.to()));
    if (crossesRule) {
      s -= scores.acrossRuleChange();
    }
    if (Math.abs(change.difference()) * 100 < SMALL_PERCENT * change.before().value()) {
      s = Math.min(s, SMALL_PERCENT_SCORE);
    }
    if (smallChange(change.before().value(), change.after().value())) {
      s = Math.min(s, SMALL_BASE_SCORE);
    }
    return s;
  }

  /**
   * {@code base} for a change of 10% to 20% of the earlier count, 5 more for each further 10
   * points, at most 80; 15 less below 10%. Always relative to the earlier count.
   */
  private static int percentScore(long earlier, long change, int base) {
    long tenths = change * 10 / earlier; // whole tenths of the earlier count
    if (tenths < 1) {
      return base - 15;
    }
    return (int) Math.min(80, base + 5 * (tenths - 1));
  }

  private static String rate(Ranked r) {
    return Rates.perThousand(r.numerator() / 1000, r.denominator());
  }

  private static String runnerUp(Rank rank, java.util.function.Function<Ranked, String> value) {
    if (rank.size() < 2) {
      return "";
    }
    Ranked next = rank.field().get(rank.position() == 1 ? 1 : 0);
    String said = value.apply(next);
    return "; next is " + next.name() + " with " + (said.endsWith(" in ") ? said.substring(0, said.length() - 4) : said);
  }
}
