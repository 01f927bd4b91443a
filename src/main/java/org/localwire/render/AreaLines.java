package org.localwire.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.localwire.facts.Change;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.Rank;
import org.localwire.facts.Rate;
import org.localwire.facts.Ranked;
import org.localwire.wording.Hedges;
import org.localwire.wording.Multiples;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Percentages;
import org.localwire.wording.Periods;
import org.localwire.wording.RateWording;

/**
 * The view of a place's areas, the component a force's story has ({@link StoryView.Areas}): each
 * area's line, the most and fewest, the largest rise, the highest and lowest rates, and the area
 * in focus where the data covers the force only in part. Words through the {@link Views} it
 * belongs to, so that its phrases fall in the copy's order among the story's.
 */
final class AreaLines {
  private final Views views;

  AreaLines(Views views) {
    this.views = views;
  }

  StoryView.AreaList areas(ForceFacts f) {
    List<ForceFacts.AreaLine> lines = f.areas();
    // with an area's figure missing its place among them is not known: no top or bottom (issue 14)
    if (lines.size() < 2 || f.partial() || !f.unpublishedAreas().isEmpty()) {
      return new StoryView.AreaList(false, false, "", List.of(), new StoryView.Most("", "", "", ""), NO_RISE, NO_RATES);
    }
    String force = f.force();
    boolean listed = lines.size() <= Views.LISTED_AREAS;
    List<StoryView.AreaView> shown = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (listed || i == 0 || i == lines.size() - 1) {
        shown.add(areaLine(f, lines.get(i), listed, i == 0, i == lines.size() - 1));
      }
    }
    ForceFacts.AreaLine top = lines.get(0);
    ForceFacts.AreaLine bottom = lines.get(lines.size() - 1);
    String count = views.say("areas in " + force, NumberWords.count(lines.size()), Integer.toString(lines.size()), List.of());
    String topCount = views.say("offences recorded in " + top.name(), NumberWords.count(top.count().value()),
        Long.toString(top.count().value()), top.count().cells());
    // "the fewest, none", never "the fewest, zero"
    String bottomCount = views.say("offences recorded in " + bottom.name(), bottom.count().value() == 0 ? "none"
        : NumberWords.count(bottom.count().value()),
        Long.toString(bottom.count().value()), bottom.count().cells());
    StoryView.Most most = new StoryView.Most(views.inCopy(top.name()), topCount, views.inCopy(bottom.name()), bottomCount);
    return new StoryView.AreaList(true, listed, count, shown, most, largestRise(lines), areaRates(lines));
  }

  private static final StoryView.AreaRise NO_RISE = new StoryView.AreaRise(false, false, "", "", "", "");
  private static final StoryView.AreaRates NO_RATES = new StoryView.AreaRates(false, "", "", "", "", "");

  /** One area's line: its count, per day, and (when the areas are listed) its change since the first period. */
  private StoryView.AreaView areaLine(ForceFacts f, ForceFacts.AreaLine a, boolean listed, boolean first, boolean last) {
    long c = a.count().value();
    // a count of nothing is "none", never "zero" (WORDING.md)
    String count = views.say("offences recorded in " + a.name() + " " + Periods.during(f.period()),
        c == 0 ? "none" : NumberWords.count(c),
        Long.toString(c), a.count().cells());
    RateWording rate = Hedges.rate(c, f.period());
    String perDay = views.sayRate("offences " + Views.unitName(rate) + " in " + a.name(), rate, c, f.period(), a.count().cells());
    boolean hasChange = listed && a.change().isPresent() && a.change().get().before().value() > 0;
    String direction = "";
    String percent = "";
    String before = "";
    String from = "";
    Optional<String> multiple = Optional.empty();
    if (hasChange) {
      Change ch = a.change().get();
      long b = ch.before().value();
      direction = ch.isRise() ? "up" : ch.isFall() ? "down" : "unchanged";
      // "unchanged from 460", never "unchanged 0%"
      percent = b == c ? "" : views.say("change " + Periods.since(ch.from()) + " in " + a.name(),
          Percentages.change(b, c).orElseThrow(), "100 * (" + c + " - " + b + ") / " + b, Views.both(ch.before(), ch.after()));
      before = views.say("offences recorded in " + a.name() + " " + Periods.during(ch.from()), NumberWords.count(b),
          Long.toString(b), ch.before().cells());
      // "from 2,574 in the year to June 2023", never "in year to June 2023"
      from = Periods.bare(ch.from());
      multiple = Multiples.of(b, c);
      multiple.ifPresent(m -> views.say("multiple " + Periods.since(ch.from()) + " in " + a.name(), m, c + " / " + b,
          Views.both(ch.before(), ch.after())));
    }
    StoryView.LineChange change = new StoryView.LineChange(hasChange, direction, percent, before, from,
        multiple.isPresent(), multiple.orElse(""));
    return new StoryView.AreaView(views.inCopy(a.name()), count, c == 1, perDay,
        rate.unit().isEmpty() ? Periods.during(f.period()) : rate.unit(), rate.unit().isEmpty(), change, first, last);
  }

  /**
   * The largest rise among the areas, only when it is a rise and no other area shares it; or,
   * when every area fell, the smallest fall ({@code allFell}, {@code name} that area).
   */
  private StoryView.AreaRise largestRise(List<ForceFacts.AreaLine> lines) {
    List<Ranked> rises = lines.stream().filter(a -> a.change().isPresent() && a.change().get().before().value() > 0)
        .map(a -> Ranked.ratio(a.name(), a.count().value(), a.count(), a.change().get().before())).toList();
    // "the biggest rise" compares every area: one without a change could be bigger (issue 18)
    if (rises.size() < 2 || rises.size() != lines.size()) {
      return NO_RISE;
    }
    Rank rank = Rank.of("rise", rises.stream().max(Comparator.naturalOrder()).orElseThrow().name(), rises);
    ForceFacts.AreaLine line = lines.stream().filter(a -> a.name().equals(rank.name())).findFirst().orElseThrow();
    Change ch = line.change().orElseThrow();
    boolean allFell = lines.stream().allMatch(a -> a.change().get().isFall());
    if (rank.joint() || !(ch.isRise() || allFell)) {
      // every area fell but two share the smallest fall: no name to give, so nothing said
      return NO_RISE;
    }
    String largest = views.inCopy(rank.name());
    String largestPercent = views.say("change " + Periods.since(ch.from()) + " in " + largest,
        Percentages.change(ch.before().value(), ch.after().value()).orElseThrow(),
        "100 * (" + ch.after().value() + " - " + ch.before().value() + ") / " + ch.before().value(),
        Views.both(ch.before(), ch.after()));
    // allFell only with a name to give (the smallest fall), never beside a rise
    return new StoryView.AreaRise(ch.isRise(), allFell && !ch.isRise(), largest, largestPercent, Periods.during(ch.from()),
        Periods.since(ch.from()));
  }

  /** The highest and lowest rates per 1,000 people of the areas, when every area has one and they differ. */
  private StoryView.AreaRates areaRates(List<ForceFacts.AreaLine> lines) {
    List<ForceFacts.AreaLine> rated = lines.stream().filter(a -> a.rate().isPresent()).toList();
    if (rated.size() != lines.size()) {
      return NO_RATES;
    }
    List<ForceFacts.AreaLine> byRate = new ArrayList<>(rated);
    byRate.sort(Comparator.comparing((ForceFacts.AreaLine a) -> a.rate().get().ranked(a.name())).reversed());
    Rank rank = Rank.of("rate", byRate.get(0).name(), byRate.stream().map(a -> a.rate().get().ranked(a.name())).toList());
    if (rank.joint() || rank.bottom().compareTo(rank.top()) == 0) {
      return NO_RATES;
    }
    String rateBasis = "the " + org.localwire.model.Population.estimate(byRate.get(0).rate().get().basis());
    String topRateArea = views.inCopy(byRate.get(0).name());
    String topRate = views.sayRate("offences per 1,000 people in " + topRateArea, byRate.get(0).rate().get());
    String bottomRateArea = views.inCopy(byRate.get(byRate.size() - 1).name());
    String bottomRate = views.sayRate("offences per 1,000 people in " + bottomRateArea, byRate.get(byRate.size() - 1).rate()
        .get());
    // a rare offence: "0.0 offences for every 1,000 people" is no figure at all (issue 19)
    boolean has = !roundsToNothing(byRate.get(0).rate().get()) && !roundsToNothing(byRate.get(byRate.size() - 1).rate().get());
    return new StoryView.AreaRates(has, rateBasis, topRateArea, topRate, bottomRateArea, bottomRate);
  }

  StoryView.Focus focus(ForceFacts f, ForceFacts.AreaLine line) {
    long c = line.count().value();
    long total = f.count().value();
    String count = views.say("offences recorded in " + line.name() + " " + Periods.during(f.period()), NumberWords.count(c),
        Long.toString(c), line.count().cells());
    RateWording rate = Hedges.rate(c, f.period());
    String perDay = views.sayRate("offences " + Views.unitName(rate) + " in " + line.name(), rate, c, f.period(), line.count().cells());
    String share = c <= total ? views.say("share of " + f.force() + "'s offences recorded in " + line.name(),
        Percentages.share(c, total), c + " / " + total, Views.both(line.count(), f.count())) : "";
    StoryView.ChangeView five = line.fiveYearChange().map(ch -> views.trend(line.name(), ch, false, 0)).orElse(null);
    String missing = line.fiveYearsBefore().filter(p -> p.count().isEmpty()).map(p -> Periods.name(p.period()))
        .orElse("");
    return new StoryView.Focus(views.inCopy(line.name()), count, perDay, rate.unit().isEmpty() ? Periods.during(f.period())
        : rate.unit(), rate.unit().isEmpty(), rate.hedge().singular(), share, five != null, five, missing);
  }

  /** 1000 count / people prints "0.0" at one decimal place: 1000 c / p &lt; 0.05, i.e. 20,000 c &lt; p. */
  private static boolean roundsToNothing(Rate r) {
    return Math.multiplyExact(20_000L, r.count().value()) < r.population().value();
  }

}
