package org.localwire.angles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.localwire.facts.Change;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.Rank;
import org.localwire.wording.Hedges;
import org.localwire.wording.Multiples;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Ordinals;
import org.localwire.wording.Percentages;
import org.localwire.wording.Periods;

/**
 * The angle selector for force stories: proposes every angle the facts support and ranks them,
 * highest score first (ties by {@link ForceAngle.Kind} order). The top one is the story type.
 * Pure. Scores are listed in README.md; change both together.
 */
public final class ForceAngles {
  private ForceAngles() {}

  public static List<ForceAngle> rank(ForceFacts f) {
    List<ForceAngle> angles = new ArrayList<>();
    String force = f.force();
    long n = f.count().value();

    f.focusLine().ifPresent(area -> angles.add(new ForceAngle(ForceAngle.Kind.AREA_IN_FORCE, 95,
        area.name() + ": " + NumberWords.digits(area.count().value()) + " of the " + NumberWords.digits(n)
            + " offences " + force + " recorded " + Periods.during(f.period()) + "; the data covers "
            + NumberWords.count(f.areas().size()) + " of its areas")));

    if (f.areas().size() >= 2 && !f.partial()) {
      boolean overTime = f.areas().stream().anyMatch(a -> a.change().isPresent());
      ForceFacts.AreaLine top = f.areas().get(0);
      angles.add(new ForceAngle(ForceAngle.Kind.AREAS_ROUNDUP, overTime ? 90 : 60,
          force + ": " + NumberWords.count(f.areas().size()) + " areas" + (overTime ? " over time" : "") + "; "
              + top.name() + " recorded the most, " + NumberWords.digits(top.count().value())));
    }

    f.change().ifPresent(change -> {
      long before = change.before().value();
      long after = change.after().value();
      String span = NumberWords.digits(before) + " in " + change.from().label() + " to " + NumberWords.digits(after)
          + " in " + change.to().label();
      Optional<String> multiple = Multiples.of(before, after);
      // as for areas (README, "angle score"): a change on a small base or of a handful is not news
      boolean small = Angles.smallChange(before, after);
      if (multiple.isPresent()) {
        angles.add(new ForceAngle(ForceAngle.Kind.MULTIPLE, small ? Angles.SMALL_BASE_SCORE : 85, force + ": offences " + multiple.get() + ", " + span));
      } else if (change.isRise()) {
        angles.add(new ForceAngle(ForceAngle.Kind.RISE, small ? Angles.SMALL_BASE_SCORE
            : before == 0 ? 60 : percentScore(before, after - before, 50),
            force + ": up " + Percentages.change(before, after).orElse("from none") + ", " + span));
      } else if (change.isFall()) {
        angles.add(new ForceAngle(ForceAngle.Kind.FALL, small ? Angles.SMALL_BASE_SCORE
            : percentScore(before, before - after, 45),
            force + ": down " + Percentages.change(before, after).orElseThrow() + ", " + span));
      }
    });

    f.national().ifPresent(national -> {
      Optional<Change> jump = f.nationalChange();
      Optional<String> multiple = jump.flatMap(c -> Multiples.of(c.before().value(), c.after().value()));
      boolean caveat = jump.isPresent() && f.caveats().stream()
          .anyMatch(c -> c.crossedBy(jump.get().from(), jump.get().to()));
      String share = national.value() >= n && national.value() > 0
          ? Percentages.share(n, national.value()) + " of " : "against ";
      angles.add(new ForceAngle(ForceAngle.Kind.AGAINST_NATIONAL, multiple.isPresent() || caveat ? 80 : 40,
          force + ": " + share + NumberWords.digits(national.value()) + " across England and Wales"
              + multiple.map(m -> ", where the number " + m + " in a year").orElse("")
              + (caveat ? " across a recording-rule change" : "")));
    });

    f.shareOfAllCrime().filter(sh -> sh.part().value() > 0).ifPresent(share -> angles.add(new ForceAngle(ForceAngle.Kind.SHARE_OF_ALL_CRIME, 75,
        force + ": " + Percentages.share(share.part().value(), share.whole().value()) + " of " + share.of()
            + " (" + NumberWords.digits(share.part().value()) + " of " + NumberWords.digits(share.whole().value()) + ")")));

    f.typeRank().ifPresent(type -> {
      Rank rank = type.rank();
      // among a handful of types, third is not news
      if (rank.position() <= 3 && rank.size() >= 5) {
        angles.add(new ForceAngle(ForceAngle.Kind.TOP_CRIME_TYPE, 70 - 5 * rank.position(),
            force + ": " + f.offence().lowerName() + " is the " + (rank.joint() ? "joint " : "")
                + (rank.position() == 1 ? "" : Ordinals.of(rank.position()) + " ") + "most common of the "
                + NumberWords.count(rank.size()) + " " + type.kinds()));
      }
    });

    var perDay = Hedges.rate(n, f.period());
    angles.add(new ForceAngle(ForceAngle.Kind.PER_DAY, 45, force + ": " + perDay.text() + " ("
        + NumberWords.digits(n) + " offences over " + f.period().days() + " days " + Periods.during(f.period()) + ")"));

    angles.sort(Comparator.comparingInt(ForceAngle::score).reversed().thenComparing(ForceAngle::kind));
    return List.copyOf(angles);
  }

  /** As for area stories: {@code base} for 10% to 20%, 5 more each further 10 points, at most 80; 15 less below 10%. */
  private static int percentScore(long earlier, long change, int base) {
    long tenths = change * 10 / earlier;
    if (tenths < 1) {
      return base - 15;
    }
    return (int) Math.min(80, base + 5 * (tenths - 1));
  }
}
