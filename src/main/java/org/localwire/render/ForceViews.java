package org.localwire.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.localwire.angles.Angle;
import org.localwire.facts.Amount;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Change;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.Rank;
import org.localwire.facts.Rate;
import org.localwire.facts.Ranked;
import org.localwire.facts.Total;
import org.localwire.model.Caveat;
import org.localwire.model.Cell;
import org.localwire.model.Period;
import org.localwire.model.Quote;
import org.localwire.wording.Hedges;
import org.localwire.wording.Multiples;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Ordinals;
import org.localwire.wording.Percentages;
import org.localwire.wording.Periods;
import org.localwire.wording.RateWording;
import org.localwire.wording.Rates;

/**
 * Builds the {@link ForceView} for one force story: words every number with the wording package
 * and records each as a {@link Phrase} with its cells. Pure.
 */
final class ForceViews {
  /** Areas are named one by one up to this many; beyond it only the highest and lowest. */
  static final int LISTED_AREAS = 6;

  private final List<Phrase> phrases = new ArrayList<>();

  private ForceViews(java.util.Map<String, String> names) {
    this.names = names;
  }

  private org.localwire.model.OffenceCopy copy;

  /** How the copy names places (data/area-names.csv): "Bristol", "the City of London". */
  private final java.util.Map<String, String> names;

  private String inCopy(String official) {
    return names.getOrDefault(official, official);
  }

  static Views.Built from(ForceFacts f, List<Angle> angles, Quote quote) {
    return from(f, angles, quote, java.util.Map.of(), org.localwire.model.OffenceCopy.plain(f.offence().name(),
        List.of()));
  }

  static Views.Built from(ForceFacts f, List<Angle> angles, Quote quote, java.util.Map<String, String> names,
      org.localwire.model.OffenceCopy copy) {
    ForceViews views = new ForceViews(names);
    views.copy = copy;
    return views.build(f, angles, quote);
  }

  private Views.Built build(ForceFacts f, List<Angle> angles, Quote quote) {
    String force = f.force();
    Angle.Kind type = Story.lead(angles);
    // the parts are built in the order of the copy: .facts.json lists the phrases in that order
    ForceView.Amounts figures = figures(f);
    List<ForceView.PeriodView> history = history(f);
    ForceView.Trend change = f.change().map(c -> trend(force, c, f.changeBasis() == Total.Basis.SUM_OF_AREAS,
        f.areas().size())).orElse(null);
    ForceView.Trend fiveYear = f.fiveYearChange().map(c -> trend(force, c, false, 0)).orElse(null);
    ForceView.Areas areas = areas(f);
    ForceView.Focus focus = f.focusLine().map(line -> focus(f, line)).orElse(null);
    ForceView.National national = national(f);
    ForceView.AllCrime allCrime = allCrime(f);
    ForceView.TypeRankView typeRank = typeRank(f);
    List<ForceView.PartView> parts = parts(f);
    List<ForceView.OtherView> others = others(f);
    List<String> caveats = caveats(f);
    StoryView.QuoteView quoteView = new StoryView.QuoteView(quote.speaker(), quote.role(), quote.organisation(),
        quote.text(), quote.isSample());
    // "the City of London" in copy (data/area-names.csv); a "... Police" force is named by forcePlace and policeIn
    String named = force.endsWith("Police") ? force : inCopy(force);
    ForceView.Place place = new ForceView.Place(named, force.endsWith("Police") ? forcePlace(force) : named,
        Views.forceArea(force), force.endsWith("Police") ? policeIn(force) : "police in " + named,
        joinNames(f.unpublishedAreas()));
    StoryView.OffenceView offence = new StoryView.OffenceView(f.offence().lowerName(), f.offence().name(),
        Views.pluralName(f.offence().name()), copy.singular(), copy.plural(), copy.pluralTitle());
    ForceView.Past past = new ForceView.Past(history, joinNames(unpublished(f)), change != null, change, fiveYear != null,
        fiveYear, others, caveats, reporterNotes(focus));
    StoryView.Closing closing = new StoryView.Closing(Views.context(copy), quoteView,
        org.localwire.wording.HelplineWording.sentence(copy.helplines()), sourceLine(f));
    ForceView view = new ForceView(type, place, offence, figures, past, areas, focus != null, focus,
        new ForceView.Wider(national, allCrime, typeRank, parts), closing);
    // a force story's only review flag is its quote's (its facts carry none yet)
    java.util.Set<org.localwire.facts.Flag> flags = quote.isSample()
        ? java.util.EnumSet.of(org.localwire.facts.Flag.SAMPLE_QUOTE) : java.util.Set.of();
    return new Views.Built(view, phrases, flags, List.of());
  }

  private ForceView.Amounts figures(ForceFacts f) {
    String force = f.force();
    long n = f.count().value();
    RateWording perDay = Hedges.rate(n, f.period());
    return new ForceView.Amounts(Periods.during(f.period()), Periods.name(f.period()),
        say("offences recorded by " + force + " " + Periods.during(f.period()) + basisNote(f.total()),
            NumberWords.count(n), Long.toString(n), f.count().cells()),
        n == 1, n == 0,
        sayRate("offences " + unitName(perDay) + " across " + force, perDay, n, f.period(), f.count().cells()),
        perDay.unit().isEmpty() ? Periods.during(f.period()) : perDay.unit(),
        perDay.unit().isEmpty(), perDay.hedge().singular(), basis(f.total()));
  }

  private List<ForceView.PeriodView> history(ForceFacts f) {
    List<ForceView.PeriodView> history = new ArrayList<>();
    for (AreaFacts.PeriodCount h : f.history()) {
      String text = h.count().map(a -> say("offences recorded by " + f.force() + " " + Periods.during(h.period()),
          a.value() == 0 ? "none" : NumberWords.count(a.value()), Long.toString(a.value()), a.cells()))
          .orElse("not published");
      history.add(new ForceView.PeriodView(Periods.name(h.period()), Periods.during(h.period()), text,
          h.count().isPresent()));
    }
    return history;
  }

  /** The periods of the history with no published figure: "2016 and 2017". */
  private static List<String> unpublished(ForceFacts f) {
    return f.history().stream().filter(h -> h.count().isEmpty()).map(h -> Periods.name(h.period())).toList();
  }

  private List<ForceView.PartView> parts(ForceFacts f) {
    long n = f.count().value();
    List<ForceView.PartView> parts = new ArrayList<>();
    for (ForceFacts.Part p : f.parts()) {
      long part = p.count().value();
      parts.add(new ForceView.PartView(p.offence().lowerName(),
          say(p.offence().name() + " offences recorded by " + f.force(), NumberWords.count(part), Long.toString(part),
              p.count().amount().cells()),
          part <= n ? say("share of " + f.force() + "'s " + f.offence().lowerName() + " offences", Percentages.share(part, n),
              part + " / " + n, both(p.count().amount(), f.count())) : ""));
    }
    return parts;
  }

  private List<ForceView.OtherView> others(ForceFacts f) {
    String force = f.force();
    List<ForceView.OtherView> others = new ArrayList<>();
    for (ForceFacts.OtherPeriod o : f.otherPeriods()) {
      long c = o.count().value();
      RateWording rate = Hedges.rate(c, o.period());
      others.add(new ForceView.OtherView(Periods.during(o.period()),
          say("offences recorded by " + force + " " + Periods.during(o.period()), NumberWords.count(c), Long.toString(c),
              o.count().cells()),
          o.running() ? "" : sayRate("offences " + unitName(rate) + " across " + force + " " + Periods.during(o.period()),
              rate, c, o.period(), o.count().cells()),
          rate.unit().isEmpty() ? Periods.during(o.period()) : rate.unit(), rate.unit().isEmpty(), o.running()));
    }
    return others;
  }

  private List<String> caveats(ForceFacts f) {
    List<String> caveats = new ArrayList<>();
    for (Caveat c : f.caveats()) {
      caveats.add(say("recording-rule change for " + c.offence() + " from " + Periods.name(c.from()) + " (" + c.source() + ")",
          c.text(), c.text(), List.of(c.cell())));
    }
    return caveats;
  }

  private static List<String> reporterNotes(ForceView.Focus focus) {
    List<String> reporterNotes = new ArrayList<>();
    if (focus != null && !focus.hasFiveYear() && !focus.fiveYearMissing().isEmpty()) {
      reporterNotes.add("the figures give no count for " + focus.name() + " for the " + focus.fiveYearMissing()
          + ", so no change over five years is stated.");
    }
    return reporterNotes;
  }

  private ForceView.Trend trend(String place, Change c, boolean acrossAreas, int areasCount) {
    long before = c.before().value();
    long after = c.after().value();
    String what = place + " " + Periods.during(c.from()) + (acrossAreas ? " (the sum of its areas)" : "");
    String beforeText = say("offences recorded by " + what, NumberWords.count(before), Long.toString(before),
        c.before().cells());
    StoryView.Direction direction = StoryView.Direction.of(c.isRise(), c.isFall());
    String percent = Percentages.change(before, after).map(p -> say("change " + Periods.since(c.from()) + " in " + place,
        p, "100 * (" + after + " - " + before + ") / " + before, both(c.before(), c.after()))).orElse("");
    Optional<String> multiple = Multiples.of(before, after);
    multiple.ifPresent(m -> say("multiple " + Periods.since(c.from()) + " in " + place, m, after + " / " + before,
        both(c.before(), c.after())));
    String areas = areasCount > 0 ? say("areas in " + place, NumberWords.count(areasCount), Integer.toString(areasCount),
        List.of()) : "";
    return new ForceView.Trend(Periods.name(c.from()), Periods.during(c.from()), beforeText, direction, percent,
        before == 0, multiple.isPresent(), multiple.orElse(""), Periods.yearsBetween(c.from(), c.to()), acrossAreas, areas,
        !org.localwire.angles.Angles.smallChange(before, after));
  }

  private ForceView.Areas areas(ForceFacts f) {
    List<ForceFacts.AreaLine> lines = f.areas();
    // with an area's figure missing its place among them is not known: no top or bottom (issue 14)
    if (lines.size() < 2 || f.partial() || !f.unpublishedAreas().isEmpty()) {
      return new ForceView.Areas(false, false, "", List.of(), "", "", "", "", false, "", "", false, "", "", false, "", "", "",
          "", "");
    }
    String force = f.force();
    boolean listed = lines.size() <= LISTED_AREAS;
    List<ForceView.AreaView> views = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (listed || i == 0 || i == lines.size() - 1) {
        views.add(areaLine(f, lines.get(i), listed, i == 0, i == lines.size() - 1));
      }
    }
    ForceFacts.AreaLine top = lines.get(0);
    ForceFacts.AreaLine bottom = lines.get(lines.size() - 1);
    String count = say("areas in " + force, NumberWords.count(lines.size()), Integer.toString(lines.size()), List.of());
    String topCount = say("offences recorded in " + top.name(), NumberWords.count(top.count().value()),
        Long.toString(top.count().value()), top.count().cells());
    // "the fewest, none", never "the fewest, zero"
    String bottomCount = say("offences recorded in " + bottom.name(), bottom.count().value() == 0 ? "none"
        : NumberWords.count(bottom.count().value()),
        Long.toString(bottom.count().value()), bottom.count().cells());
    LargestRise rise = largestRise(lines);
    AreaRates rates = areaRates(lines);
    return new ForceView.Areas(true, listed, count, views, inCopy(top.name()), topCount, inCopy(bottom.name()),
        bottomCount, rise.has(), rise.name(), rise.percent(), rise.allFell() && !rise.has() && !rise.name().isEmpty(),
        rise.fromDuring(), rise.since(),
        rates.has(), rates.basis(), rates.topArea(), rates.top(), rates.bottomArea(), rates.bottom());
  }

  /** One area's line: its count, per day, and (when the areas are listed) its change since the first period. */
  private ForceView.AreaView areaLine(ForceFacts f, ForceFacts.AreaLine a, boolean listed, boolean first, boolean last) {
    long c = a.count().value();
    // a count of nothing is "none", never "zero" (WORDING.md)
    String count = say("offences recorded in " + a.name() + " " + Periods.during(f.period()),
        c == 0 ? "none" : NumberWords.count(c),
        Long.toString(c), a.count().cells());
    RateWording rate = Hedges.rate(c, f.period());
    String perDay = sayRate("offences " + unitName(rate) + " in " + a.name(), rate, c, f.period(), a.count().cells());
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
      percent = say("change " + Periods.since(ch.from()) + " in " + a.name(),
          Percentages.change(b, c).orElseThrow(), "100 * (" + c + " - " + b + ") / " + b, both(ch.before(), ch.after()));
      before = say("offences recorded in " + a.name() + " " + Periods.during(ch.from()), NumberWords.count(b),
          Long.toString(b), ch.before().cells());
      // "from 2,574 in the year to June 2023", never "in year to June 2023"
      from = Periods.bare(ch.from());
      multiple = Multiples.of(b, c);
      multiple.ifPresent(m -> say("multiple " + Periods.since(ch.from()) + " in " + a.name(), m, c + " / " + b,
          both(ch.before(), ch.after())));
    }
    return new ForceView.AreaView(inCopy(a.name()), count, c == 1, perDay,
        rate.unit().isEmpty() ? Periods.during(f.period()) : rate.unit(), rate.unit().isEmpty(), hasChange, direction,
        percent, before, from, multiple.isPresent(), multiple.orElse(""), first, last);
  }

  /** The largest rise among the areas, and whether all fell (then {@code name} is the smallest fall). */
  private record LargestRise(boolean has, boolean allFell, String name, String percent, String fromDuring, String since) {}

  private LargestRise largestRise(List<ForceFacts.AreaLine> lines) {
    // the largest rise, only when it is a rise and no other area shares it
    List<Ranked> rises = lines.stream().filter(a -> a.change().isPresent() && a.change().get().before().value() > 0)
        .map(a -> Ranked.ratio(a.name(), a.count().value(), a.count(), a.change().get().before())).toList();
    // "the biggest rise" compares every area: one without a change could be bigger (issue 18)
    if (rises.size() < 2 || rises.size() != lines.size()) {
      return new LargestRise(false, false, "", "", "", "");
    }
    Rank rank = Rank.of("rise", rises.stream().max(Comparator.naturalOrder()).orElseThrow().name(), rises);
    ForceFacts.AreaLine line = lines.stream().filter(a -> a.name().equals(rank.name())).findFirst().orElseThrow();
    Change ch = line.change().orElseThrow();
    boolean allFell = lines.stream().allMatch(a -> a.change().get().isFall());
    if (rank.joint() || !(ch.isRise() || allFell)) {
      return new LargestRise(false, allFell, "", "", "", "");
    }
    String largest = inCopy(rank.name());
    String largestPercent = say("change " + Periods.since(ch.from()) + " in " + largest,
        Percentages.change(ch.before().value(), ch.after().value()).orElseThrow(),
        "100 * (" + ch.after().value() + " - " + ch.before().value() + ") / " + ch.before().value(),
        both(ch.before(), ch.after()));
    return new LargestRise(ch.isRise(), allFell, largest, largestPercent, Periods.during(ch.from()),
        Periods.since(ch.from()));
  }

  /** The highest and lowest rates per 1,000 people of the areas, when every area has one and they differ. */
  private record AreaRates(boolean has, String basis, String topArea, String top, String bottomArea, String bottom) {}

  private AreaRates areaRates(List<ForceFacts.AreaLine> lines) {
    List<ForceFacts.AreaLine> rated = lines.stream().filter(a -> a.rate().isPresent()).toList();
    AreaRates none = new AreaRates(false, "", "", "", "", "");
    if (rated.size() != lines.size()) {
      return none;
    }
    List<ForceFacts.AreaLine> byRate = new ArrayList<>(rated);
    byRate.sort(Comparator.comparing((ForceFacts.AreaLine a) -> a.rate().get().ranked(a.name())).reversed());
    Rank rank = Rank.of("rate", byRate.get(0).name(), byRate.stream().map(a -> a.rate().get().ranked(a.name())).toList());
    if (rank.joint() || rank.bottom().compareTo(rank.top()) == 0) {
      return none;
    }
    String rateBasis = "the " + org.localwire.model.Population.estimate(byRate.get(0).rate().get().basis());
    String topRateArea = inCopy(byRate.get(0).name());
    String topRate = sayRate1000("offences per 1,000 people in " + topRateArea, byRate.get(0).rate().get());
    String bottomRateArea = inCopy(byRate.get(byRate.size() - 1).name());
    String bottomRate = sayRate1000("offences per 1,000 people in " + bottomRateArea, byRate.get(byRate.size() - 1).rate()
        .get());
    // a rare offence: "0.0 offences for every 1,000 people" is no figure at all (issue 19)
    boolean has = !roundsToNothing(byRate.get(0).rate().get()) && !roundsToNothing(byRate.get(byRate.size() - 1).rate().get());
    return new AreaRates(has, rateBasis, topRateArea, topRate, bottomRateArea, bottomRate);
  }

  private ForceView.Focus focus(ForceFacts f, ForceFacts.AreaLine line) {
    long c = line.count().value();
    long total = f.count().value();
    String count = say("offences recorded in " + line.name() + " " + Periods.during(f.period()), NumberWords.count(c),
        Long.toString(c), line.count().cells());
    RateWording rate = Hedges.rate(c, f.period());
    String perDay = sayRate("offences " + unitName(rate) + " in " + line.name(), rate, c, f.period(), line.count().cells());
    String share = c <= total ? say("share of " + f.force() + "'s offences recorded in " + line.name(),
        Percentages.share(c, total), c + " / " + total, both(line.count(), f.count())) : "";
    ForceView.Trend five = line.fiveYearChange().map(ch -> trend(line.name(), ch, false, 0)).orElse(null);
    String missing = line.fiveYearsBefore().filter(p -> p.count().isEmpty()).map(p -> Periods.name(p.period()))
        .orElse("");
    return new ForceView.Focus(inCopy(line.name()), count, perDay, rate.unit().isEmpty() ? Periods.during(f.period())
        : rate.unit(), rate.unit().isEmpty(), rate.hedge().singular(), share, five != null, five, missing);
  }

  private ForceView.National national(ForceFacts f) {
    if (f.national().isEmpty()) {
      return new ForceView.National(false, "", false, "", "", false, null);
    }
    Total national = f.national().get();
    long n = f.count().value();
    boolean summed = national.basis() == Total.Basis.SUM_OF_FORCES;
    String count = say("offences recorded across England and Wales " + Periods.during(f.period())
        + (summed ? " (sum of forces)" : ""), NumberWords.count(national.value()), Long.toString(national.value()),
        national.amount().cells());
    String forces = summed ? say("police forces in England and Wales", NumberWords.count(national.parts()),
        Integer.toString(national.parts()), List.of()) : "";
    String share = national.value() >= n && national.value() > 0 && n > 0 ? say("share of the England and Wales total",
        Percentages.share(n, national.value()), n + " / " + national.value(), both(f.count(), national.amount()))
        : "";
    ForceView.Trend change = f.nationalChange().map(c -> trend("England and Wales", c, false, 0)).orElse(null);
    return new ForceView.National(true, count, summed, forces, share, change != null, change);
  }

  private ForceView.AllCrime allCrime(ForceFacts f) {
    if (f.shareOfAllCrime().isEmpty()) {
      return new ForceView.AllCrime(false, "", "", "", "");
    }
    var s = f.shareOfAllCrime().get();
    long part = s.part().value();
    long whole = s.whole().value();
    if (part == 0) {
      // "0% of all crime ... zero of the 8,801" says nothing a count of none does not
      return new ForceView.AllCrime(false, "", "", "", "");
    }
    String total = say(s.of() + " in " + f.force(), NumberWords.count(whole), Long.toString(whole), s.whole().cells());
    String share = say("share of " + s.of() + " in " + f.force(), Percentages.share(part, whole), part + " / " + whole,
        both(s.part(), s.whole()));
    String oneIn = part > 0 ? say("share of " + s.of() + " as one in N", Hedges.oneIn(part, whole),
        whole + " / " + part + " = " + new BigDecimal(whole).divide(new BigDecimal(part), 4, RoundingMode.HALF_UP),
        both(s.part(), s.whole())) : "";
    // "Total recorded crime (excluding fraud)": the bracket says what the total leaves out
    String excludes = "";
    var m = java.util.regex.Pattern.compile("\\(excluding ([^)]+)\\)").matcher(s.of());
    if (m.find()) {
      excludes = m.group(1);
    }
    return new ForceView.AllCrime(true, share, oneIn, total, excludes);
  }

  private ForceView.TypeRankView typeRank(ForceFacts f) {
    if (f.typeRank().isEmpty()) {
      return new ForceView.TypeRankView(false, "", "", "", "", false);
    }
    var t = f.typeRank().get();
    Rank r = t.rank();
    String rank = say("rank among " + t.kinds() + " in " + f.force(), Ordinals.commonness(r.position(), r.positionFromBottom(), r.joint()),
        "position " + r.position() + " of " + r.size(), f.count().cells());
    String count = say(t.kinds() + " in the data", NumberWords.count(r.size()), Integer.toString(r.size()), List.of());
    boolean named = r.position() <= 3;
    String above = named ? joinNames(t.above().stream().map(x -> x.name().toLowerCase(Locale.UK)).toList()) : "";
    return new ForceView.TypeRankView(true, rank, t.kinds(), count, above, named && t.above().size() > 1);
  }

  private String say(String fact, String text, String exact, List<Cell> cells) {
    phrases.add(new Phrase(fact, text, exact, cells));
    return text;
  }

  private String sayRate(String fact, RateWording rate, long count, Period period, List<Cell> cells) {
    String exact = count + " / " + period.days() + " days = "
        + new BigDecimal(count).divide(new BigDecimal(period.days()), 4, RoundingMode.HALF_UP) + " a day";
    return say(fact, rate.hedge().text(), exact, cells);
  }

  /** 1000 count / people prints "0.0" at one decimal place: 1000 c / p &lt; 0.05, i.e. 20,000 c &lt; p. */
  private static boolean roundsToNothing(Rate r) {
    return Math.multiplyExact(20_000L, r.count().value()) < r.population().value();
  }

  private String sayRate1000(String fact, Rate r) {
    return say(fact, Rates.perThousand(r.count().value(), r.population().value()),
        "1000 * " + r.count().value() + " / " + r.population().value(), both(r.count(), r.population()));
  }

  /** How a headline names the force's area: "Gwent", "the Metropolitan Police area". */
  static String forcePlace(String force) {
    return force.endsWith("Police") ? "the " + force + " area" : force;
  }

  /** How the copy names those who recorded the offences: "police in Gwent", "the Metropolitan Police". */
  static String policeIn(String force) {
    return force.endsWith("Police") ? "the " + force : "police in " + force;
  }

  private static String basis(Total t) {
    return switch (t.basis()) {
      case PUBLISHED -> "";
      case SUM_OF_AREAS -> "the sum of its areas";
      case SUM_OF_QUARTERS -> "the sum of its " + NumberWords.count(t.parts()) + " quarterly figures";
      case SUM_OF_FORCES -> "the sum of the forces";
    };
  }

  private static String basisNote(Total t) {
    String b = basis(t);
    return b.isEmpty() ? "" : " (" + b + ")";
  }

  private static String unitName(RateWording rate) {
    return rate.unit().isEmpty() ? "in the period" : "per " + rate.unit().replace("a ", "");
  }

  private static String sourceLine(ForceFacts f) {
    // the file name is for the editor (.facts.json "source"), not the reader (issue 19)
    String from = f.source().table().isEmpty() ? "" : ", published by " + f.source().publisher() + " ("
        + f.source().table() + ")";
    return "Figures: police recorded crime, " + Periods.name(f.period()) + from
        + ". They count offences recorded by police, not the number of victims.";
  }

  private static String joinNames(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static List<Cell> both(Amount a, Amount b) {
    List<Cell> cells = new ArrayList<>(a.cells());
    cells.addAll(b.cells());
    return cells;
  }
}
