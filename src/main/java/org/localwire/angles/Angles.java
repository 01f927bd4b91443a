package org.localwire.angles;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Change;
import org.localwire.facts.Flag;
import org.localwire.facts.Rank;
import org.localwire.facts.Rate;
import org.localwire.facts.Ranked;
import org.localwire.facts.Share;
import org.localwire.wording.Hedges;
import org.localwire.wording.Multiples;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Ordinals;
import org.localwire.wording.Percentages;
import org.localwire.wording.Periods;
import org.localwire.wording.Rates;

/**
 * The angle selector: looks at one area's facts, proposes every angle they support and ranks
 * them by score, highest first (ties by {@link Angle.Kind} order). Pure: the same facts always
 * give the same angles. Scores are listed in README.md; change both together.
 */
public final class Angles {
  private Angles() {}

  public static List<Angle> rank(AreaFacts facts) {
    List<Angle> angles = new ArrayList<>();
    String area = facts.area().name();
    String force = facts.force();
    int areas = facts.forceAreas();
    // review flags steer the lead (README, "Review flags"): no rank on a handful of offences, no
    // rate per resident where residents are not the people there, no rate at all for a rare offence
    boolean few = facts.flagged(Flag.SMALL_NUMBERS) || facts.flagged(Flag.NONE_RECORDED);
    boolean rateMisleads = facts.flagged(Flag.NON_RESIDENTIAL_POPULATION) || facts.flagged(Flag.RARE_OFFENCE) || few;

    facts.riseRankInForce().ifPresent(rank -> {
      Change change = facts.change().orElseThrow();
      // a tie is not "the biggest rise": the headline cannot say "joint", so the angle is not proposed
      if (rank.isTop() && !rank.joint() && rank.size() > 1 && change.isRise() && !few) {
        angles.add(Angle.worded(Angle.Kind.LARGEST_RISE_IN_FORCE, changeScore(facts, change, 90),
            () -> area + ": largest rise of the " + NumberWords.count(rank.size())
                + " " + force + " areas since " + change.from().label() + ", "
                + NumberWords.digits(change.before().value()) + " to " + NumberWords.digits(change.after().value())
                + " (" + Percentages.change(change.before().value(), change.after().value()).orElseThrow() + ")"
                + runnerUp(rank, r -> Percentages.change(r.denominator(), r.numerator()).orElse("") + " in ")));
      }
      if (rank.isBottom() && !rank.joint() && rank.size() > 1 && change.isFall() && !few) {
        angles.add(Angle.worded(Angle.Kind.LARGEST_FALL_IN_FORCE, changeScore(facts, change, 70),
            () -> area + ": largest fall of the " + NumberWords.count(rank.size())
                + " " + force + " areas since " + change.from().label() + ", "
                + NumberWords.digits(change.before().value()) + " to " + NumberWords.digits(change.after().value())
                + " (" + Percentages.change(change.before().value(), change.after().value()).orElseThrow() + ")"));
      }
    });

    facts.change().ifPresent(change -> {
      long before = change.before().value();
      long after = change.after().value();
      var multiple = Multiples.of(before, after);
      Supplier<String> span = () -> NumberWords.digits(before) + " in " + change.from().label() + " to "
          + NumberWords.digits(after) + " in " + change.to().label();
      if (multiple.isPresent()) {
        angles.add(Angle.worded(Angle.Kind.DOUBLED, changeScore(facts, change, 85),
            () -> area + ": offences " + multiple.get() + ", " + span.get()));
      } else if (change.isRise()) {
        angles.add(Angle.worded(Angle.Kind.RISE,
            changeScore(facts, change, before == 0 ? 60 : percentScore(before, after - before, 50)),
            () -> area + ": up " + Percentages.change(before, after).orElse("from none") + ", " + span.get()));
      } else if (change.isFall()) {
        angles.add(Angle.worded(Angle.Kind.FALL, changeScore(facts, change, percentScore(before, before - after, 45)),
            () -> area + ": down " + Percentages.change(before, after).orElseThrow() + ", " + span.get()));
      }
      facts.nationalChange().filter(n -> change.isRise() && n.isFall() && before > 0).ifPresent(n ->
          angles.add(Angle.worded(Angle.Kind.RISE_AGAINST_NATIONAL_TREND, changeScore(facts, change, 65),
              () -> area + ": up " + Percentages.change(before, after).orElseThrow() + " while England and Wales fell "
                  + Percentages.change(n.before().value(), n.after().value()).orElseThrow() + ", " + span.get())));
    });

    // the highest of at least three published figures for the same place (the history holds only those)
    List<Long> known = new ArrayList<>();
    facts.history().forEach(h -> h.count().ifPresent(a -> known.add(a.value())));
    long now = facts.count().value();
    if (known.size() >= 3 && known.stream().filter(v -> v >= now).count() == 1 && facts.change().isPresent()) {
      Change change = facts.change().get();
      angles.add(Angle.worded(Angle.Kind.HIGHEST_IN_SERIES, changeScore(facts, change, 60),
          () -> area + ": " + NumberWords.digits(now) + ", the highest of the " + NumberWords.count(known.size())
              + " periods in the figures, " + facts.history().get(0).period().label() + " to " + facts.period().label()));
    }

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

    if (facts.rate().isPresent() && facts.nationalRate().isPresent() && !rateMisleads) {
      Rate local = facts.rate().get();
      Rate national = facts.nationalRate().get();
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

    facts.typeRankInArea().filter(t -> !few).ifPresent(type -> {
      Rank rank = type.rank();
      if (rank.position() <= 3) {
        angles.add(Angle.worded(Angle.Kind.TOP_CRIME_TYPE, 70 - 5 * rank.position(),
            () -> area + ": " + facts.offence().lowerName() + " is the " + (rank.joint() ? "joint " : "")
                + (rank.position() == 1 ? "" : Ordinals.of(rank.position()) + " ") + "most common of the "
                + NumberWords.count(rank.size()) + " " + type.kinds() + ", " + NumberWords.digits(facts.count().value())
                + " offences" + (rank.position() > 1 ? "; " + rank.top().name().toLowerCase(java.util.Locale.UK)
                + " leads with " + NumberWords.digits(rank.top().numerator()) : "")));
      }
    });

    if (areas > 1 && facts.shareOfForce().isPresent() && facts.count().value() > 0 && facts.forceTotalKnown()) {
      Share ofForce = facts.shareOfForce().get();
      angles.add(Angle.worded(Angle.Kind.SHARE_OF_FORCE, 40,
          () -> area + ": " + Percentages.share(ofForce.part().value(), ofForce.whole().value()) + " of the "
              + NumberWords.digits(ofForce.whole().value()) + " offences recorded by " + force));
    }

    var perDay = Hedges.rate(facts.count().value(), facts.period());
    angles.add(Angle.worded(Angle.Kind.PER_DAY, perDay.unit().equals("a day") ? 45 : 35,
        () -> area + ": " + perDay.text() + " (" + NumberWords.digits(facts.count().value()) + " offences over "
            + facts.period().days() + " days " + Periods.during(facts.period()) + ")"));

    facts.shareOfAllCrime().filter(sh -> sh.part().value() > 0).ifPresent(share -> angles.add(Angle.worded(Angle.Kind.SHARE_OF_ALL_CRIME, 42,
        () -> area + ": " + Percentages.share(share.part().value(), share.whole().value()) + " of "
            + share.of() + " (" + NumberWords.digits(share.part().value()) + " of "
            + NumberWords.digits(share.whole().value()) + ")")));

    if (facts.flagged(Flag.PARTIAL_FORCE) && facts.forceComplete()) {
      // a file of only some of the force's areas: "the biggest rise in Gwent" would compare a few
      angles.removeIf(a -> IN_FORCE.contains(a.kind()));
    }
    angles.sort(Comparator.comparingInt(Angle::score).reversed().thenComparing(Angle::kind));
    return List.copyOf(angles);
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
    int s = score;
    boolean crossesRule = facts.caveats().stream()
        .anyMatch(c -> !c.onlyThatPeriod() && c.crossedBy(change.from(), change.to()));
    if (crossesRule) {
      s -= ACROSS_RULE_CHANGE;
    }
    if (Math.abs(change.difference()) * 100 < SMALL_PERCENT * change.before().value()) {
      s = Math.min(s, SMALL_PERCENT_SCORE);
    }
    if (change.before().value() < SMALL_BASE || Math.abs(change.difference()) < SMALL_CHANGE) {
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
