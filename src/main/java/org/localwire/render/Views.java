package org.localwire.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.localwire.angles.Angle;
import org.localwire.facts.Amount;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Change;
import org.localwire.facts.Flag;
import org.localwire.facts.Rank;
import org.localwire.facts.Rate;
import org.localwire.facts.Ranked;
import org.localwire.model.Caveat;
import org.localwire.model.Cell;
import org.localwire.model.Quote;
import org.localwire.wording.Hedges;
import org.localwire.wording.Multiples;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Ordinals;
import org.localwire.wording.Percentages;
import org.localwire.wording.Periods;
import org.localwire.wording.Rates;

/**
 * Builds the {@link StoryView} for one area: words every number with the wording package and
 * records each as a {@link Phrase} with its cells. Pure.
 */
final class Views {
  private final List<Phrase> phrases = new ArrayList<>();
  private final boolean trace;

  private Views(boolean trace) {
    this.trace = trace;
  }

  /** The view, its phrases, and the review flags the story carries (the facts' and the copy's own). */
  /**
   * A story's view (a {@link StoryView} or a {@link ForceView}), its phrases, and the review flags
   * and ninjs subjects the story carries.
   */
  record Built(Record view, List<Phrase> phrases, java.util.Set<Flag> flags, List<String> subjects) {}

  static Built from(AreaFacts f, List<Angle> angles, Quote quote) {
    return from(f, angles, quote, List.of());
  }

  static Built from(AreaFacts f, List<Angle> angles, Quote quote, List<Caveat> caveats) {
    return from(f, angles, quote, caveats, java.util.Map.of());
  }

  static Built from(AreaFacts f, List<Angle> angles, Quote quote, List<Caveat> caveats,
      java.util.Map<String, String> names) {
    return from(f, angles, quote, caveats, names, true);
  }

  /** As above; without {@code trace} the built phrases are empty (the copy is the same). */
  static Built from(AreaFacts f, List<Angle> angles, Quote quote, List<Caveat> caveats,
      java.util.Map<String, String> names, boolean trace) {
    return from(f, angles, quote, caveats, names, trace, org.localwire.model.OffenceCopies.none());
  }

  /** As above, with the offence's own copy (data/offences/): its nouns, context and helplines. */
  static Built from(AreaFacts f, List<Angle> angles, Quote quote, List<Caveat> caveats,
      java.util.Map<String, String> names, boolean trace, org.localwire.model.OffenceCopies copies) {
    Views views = new Views(trace);
    views.names = names;
    views.copy = copies.of(f.offence().name());
    return views.build(f, angles, quote, caveats);
  }

  private java.util.Map<String, String> names = java.util.Map.of();
  private org.localwire.model.OffenceCopy copy;

  /** The name the copy uses: "Bristol" for "Bristol, City of" (data/area-names.csv). */
  private String inCopy(String official) {
    return names.getOrDefault(official, official);
  }

  private Built build(AreaFacts f, List<Angle> angles, Quote quote, List<Caveat> caveats) {
    StoryView.Place place = place(f);
    String key = place.area() + "|" + f.offence().name() + "|" + f.period().label();
    // the parts are built in the order of the copy: .facts.json lists the phrases in that order
    StoryView.Figures figures = figures(f);
    StoryView.InForce inForce = inForce(f, place.force());
    StoryView.Wider wider = new StoryView.Wider(national(f), allCrime(f, place.area()), typeRank(f, place.area()));
    StoryView.RateView rate = rate(f, place);
    List<String> crossed = crossedCaveats(f, caveats);
    StoryView.Past past = past(f, place.area(), crossed, rate.any());
    StoryView.QuoteView quoteView = new StoryView.QuoteView(quote.speaker(), quote.role(), quote.organisation(),
        quote.text(), quote.isSample());
    StoryView.Closing closing = new StoryView.Closing(context(copy),
        quoteView, org.localwire.wording.HelplineWording.sentence(copy.helplines()), sourceLine(f) + earlierSources(f));
    Angle.Kind lead = Story.lead(angles);
    StoryView view = new StoryView(lead, StoryView.Variants.of(Quotes.stableHash(key)), place, offence(f), figures,
        inForce, wider, rate, past, closing);
    java.util.Set<Flag> flags = java.util.EnumSet.noneOf(Flag.class);
    flags.addAll(f.flags());
    if (!crossed.isEmpty()) {
      flags.add(Flag.SERIES_BREAK);
    }
    if (quote.isSample()) {
      flags.add(Flag.SAMPLE_QUOTE);
    }
    return new Built(view, phrases, flags, copy.subjects());
  }

  private StoryView.Place place(AreaFacts f) {
    String area = inCopy(f.area().name());
    // "the most in Dorset ... in Dorset" reads as a tautology: an area named like its force calls it the force area
    String force = area.equalsIgnoreCase(f.force()) ? forceArea(f.force()) : inCopy(f.force());
    // a file of only some of the force's areas: every rank and total is among the areas in the data
    boolean partialInData = f.flagged(Flag.PARTIAL_FORCE) && f.forceComplete();
    return new StoryView.Place(area, capitalised(area), force,
        forceArea(f.force()) + (partialInData ? " in the data" : ""), partialInData);
  }

  private StoryView.OffenceView offence(AreaFacts f) {
    return new StoryView.OffenceView(f.offence().lowerName(), f.offence().name(), pluralName(f.offence().name()),
        copy.singular(), copy.plural(), copy.pluralTitle());
  }

  private StoryView.Figures figures(AreaFacts f) {
    long n = f.count().value();
    String count = say(NumberWords.count(n),
        w -> new Phrase("offences recorded in " + f.area().name(), w, Long.toString(n), f.count().cells()));
    var perDay = f.flagged(Flag.RARE_OFFENCE) || n == 0 ? Hedges.whole(n) : Hedges.rate(n, f.period());
    String perDayText = say(perDay.hedge().text(),
        w -> new Phrase("offences per " + unit(perDay.unit()), w, n + " / " + f.period().days() + " days" + exactRate(n, f.period().days()), f.count().cells()));
    String during = Periods.during(f.period());
    return new StoryView.Figures(during, Periods.name(f.period()), count, n == 1, n == 0, perDayText,
        perDay.unit().isEmpty() ? during : perDay.unit(), perDay.unit().isEmpty(), perDay.hedge().singular());
  }

  private StoryView.InForce inForce(AreaFacts f, String force) {
    long n = f.count().value();
    Rank rank = f.rankByCount();
    // issue 14: with a neighbour's figure missing the rank is among the areas with one, never printed
    int areasTotal = rank.size() + f.unpublishedInForce().size();
    boolean only = areasTotal == 1;
    String rankText = only || !f.forceComplete() ? "" : say(rankWords(rank),
        w -> new Phrase("rank in " + force + " by offences recorded", w, field(rank), fieldCells(rank)));
    Ranked top = rank.top();
    String topCount = say(NumberWords.count(top.numerator()),
        w -> new Phrase("offences recorded in " + top.name(), w, Long.toString(top.numerator()), top.cells()));
    String areasInForce = say(NumberWords.count(areasTotal),
        w -> new Phrase("areas in " + force, w, Integer.toString(areasTotal), List.of()));
    String forceTotal = !f.forceTotalKnown() ? "" : say(NumberWords.count(f.forceTotal().value()),
        w -> new Phrase("offences recorded across " + force, w, Long.toString(f.forceTotal().value()), f.forceTotal().cells()));
    String shareOfForce = f.forceTotal().value() == 0 || !f.forceTotalKnown() ? "" : say(Percentages.share(n, f.forceTotal().value()),
        w -> new Phrase("share of the force's offences", w, n + " / " + f.forceTotal().value(), both(f.count(), f.forceTotal())));
    StoryView.ForceTotal total = new StoryView.ForceTotal(f.forceTotalKnown(), forceTotal, f.forceTotalPublished(),
        shareOfForce, f.forceTotal().value() == 0, majority(n, f.forceTotal().value()));
    return new StoryView.InForce(only, f.forceComplete(), areasInForce, rankText, !only && rank.joint(), rank.isTop(),
        inCopy(top.name()), topCount, joinNames(f.unpublishedInForce().stream().map(this::inCopy).toList()), total);
  }

  private StoryView.National national(AreaFacts f) {
    long n = f.count().value();
    String national = f.national().map(a -> say(NumberWords.count(a.value()),
        w -> new Phrase("offences recorded across England and Wales (sum of forces)", w, Long.toString(a.value()), a.cells()))).orElse("");
    String shareOfNational = f.national().filter(a -> a.value() > 0 && n > 0).map(a -> say(Percentages.share(n, a.value()),
        w -> new Phrase("share of the England and Wales total", w, n + " / " + a.value(), both(f.count(), a)))).orElse("");
    String forcesCount = f.national().isPresent() ? say(NumberWords.count(f.forcesInNational()),
        w -> new Phrase("police forces in England and Wales", w, Integer.toString(f.forcesInNational()), List.of())) : "";
    return new StoryView.National(f.national().isPresent(), national, shareOfNational, forcesCount);
  }

  private StoryView.AllCrime allCrime(AreaFacts f, String area) {
    if (f.shareOfAllCrime().isEmpty()) {
      return new StoryView.AllCrime(false, "", "");
    }
    var s = f.shareOfAllCrime().get();
    String all = say(NumberWords.count(s.whole().value()),
        w -> new Phrase("all recorded crime in " + area + ", excluding fraud", w, Long.toString(s.whole().value()), s.whole().cells()));
    String allShare = say(Percentages.share(s.part().value(), s.whole().value()),
        w -> new Phrase("share of all recorded crime", w, s.part().value() + " / " + s.whole().value(), both(s.part(), s.whole())));
    return new StoryView.AllCrime(true, allShare, all);
  }

  private StoryView.TypeRank typeRank(AreaFacts f, String area) {
    if (f.typeRankInArea().isEmpty()) {
      return new StoryView.TypeRank(false, "", "", "", "", false, false);
    }
    var t = f.typeRankInArea().get();
    boolean typeTop = t.rank().isTop() && !t.rank().joint();
    String typeRank = say(Ordinals.commonness(t.rank().position(), t.rank().positionFromBottom(), t.rank().joint()),
        w -> new Phrase("rank among " + t.kinds() + " in " + area, w, field(t.rank()), fieldCells(t.rank())));
    String typeCount = say(NumberWords.count(t.rank().size()),
        w -> new Phrase(t.kinds() + " in the data", w, Integer.toString(t.rank().size()), List.of()));
    // name the types above only when there are one or two of them: a longer list reads as padding
    boolean named = t.rank().position() <= 3;
    String typeAbove = named ? joinNames(t.above().stream().map(r -> r.name().toLowerCase(Locale.UK)).toList()) : "";
    int typeAboveCount = named ? t.above().size() : 0;
    return new StoryView.TypeRank(true, typeRank, t.kinds(), typeCount, typeAbove, typeAboveCount > 1, typeTop);
  }

  private StoryView.RateView rate(AreaFacts f, StoryView.Place place) {
    String area = place.area();
    String force = place.force();
    String rate = "";
    String rateBasis = "";
    String noRate = "";
    // the reason from the data, not cut out of a note's text: a colon in a name would cut it (issue 14)
    if (f.rate().isEmpty() && f.area().population() instanceof org.localwire.model.Population.Unknown unknown) {
      noRate = unknown.reason();
    }
    // a rare offence is told by its count: "0.0 offences for every 1,000 people" says nothing (issue 19)
    boolean rated = f.rate().isPresent() && !f.flagged(Flag.RARE_OFFENCE) && f.count().value() > 0;
    if (rated) {
      Rate r = f.rate().get();
      rate = sayRate("offences per 1,000 people in " + area, r);
      rateBasis = "the " + org.localwire.model.Population.estimate(r.basis());
    }
    StoryView.RateRank rank = rateRank(f, force, rated);
    String forceRate = f.forceRate().map(r -> sayRate("offences per 1,000 people across " + force, r)).orElse("");
    String nationalRate = f.nationalRate().map(r -> sayRate("offences per 1,000 people across England and Wales", r))
        .orElse("");
    return new StoryView.RateView(rated, rate, rateBasis, noRate, rank, rated && f.forceRate().isPresent(), forceRate,
        rated && f.nationalRate().isPresent(), nationalRate, vsNational(f, rate, nationalRate));
  }

  private StoryView.RateRank rateRank(AreaFacts f, String force, boolean rated) {
    boolean hasRateRank = rated && f.rankByRate().isPresent() && f.rankByRate().get().size() > 1;
    if (!hasRateRank) {
      return new StoryView.RateRank(false, "", "", "", "");
    }
    Rank rr = f.rankByRate().get();
    String rateRank = say(rankWords(rr),
        w -> new Phrase("rank in " + force + " by rate per 1,000 people", w, field(rr), fieldCells(rr)));
    String rateAreas = say(NumberWords.count(rr.size()),
        w -> new Phrase("areas in " + force + " with a population estimate", w, Integer.toString(rr.size()), List.of()));
    Ranked bottom = rr.bottom();
    String rateBottom = say(rate(bottom),
        w -> new Phrase("offences per 1,000 people in " + bottom.name(), w, "1000 * " + bottom.numerator() / 1000 + " / " + bottom.denominator(), bottom.cells()));
    return new StoryView.RateRank(true, rateRank, rateAreas, inCopy(bottom.name()), rateBottom);
  }

  private static String vsNational(AreaFacts f, String rate, String nationalRate) {
    if (f.rate().isEmpty() || f.nationalRate().isEmpty()) {
      return "";
    }
    int c = f.rate().get().ranked("a").compareTo(f.nationalRate().get().ranked("b"));
    // the printed rates can round to the same figure while the exact ones differ
    if (c != 0 && rate.equals(nationalRate)) {
      return c > 0 ? "slightly higher than" : "slightly lower than";
    }
    return c > 0 ? "higher than" : c < 0 ? "lower than" : "the same as";
  }

  private StoryView.Past past(AreaFacts f, String area, List<String> crossed, boolean rated) {
    // in the order the copy's phrases were recorded: the change, then the last year's, national, largest
    Change ch = f.change().orElse(null);
    StoryView.ChangeView change = ch == null ? null : change(ch, area);
    StoryView.Previous previous = ch == null ? NO_PREVIOUS : previous(f, ch, area);
    StoryView.NationalTrend national = ch == null ? NO_NATIONAL_TREND : nationalTrend(f);
    StoryView.Largest largest = ch == null ? NO_LARGEST : largest(f, ch);
    List<StoryView.HistoryView> history = new ArrayList<>(f.history().size());
    List<String> unpublishedNames = new ArrayList<>();
    for (AreaFacts.PeriodCount h : f.history()) {
      history.add(new StoryView.HistoryView(Periods.name(h.period()),
          h.count().isPresent() ? NumberWords.digits(h.count().get().value()) : "not published", h.count().isPresent()));
      if (h.count().isEmpty()) {
        unpublishedNames.add(Periods.name(h.period()));
      }
    }
    java.util.Set<String> said = new java.util.LinkedHashSet<>(crossed);
    // a place whose residents are not the people there: its rate per resident comes with the reason it misleads
    if (rated && f.nonResidential().isPresent()) {
      said.add("The rate per resident is a poor guide here: " + f.nonResidential().get() + ".");
    }
    return new StoryView.Past(change != null, change, previous, national, largest, series(f), history,
        joinNames(unpublishedNames), List.copyOf(said));
  }

  /**
   * The caveats the copy says, once each: a recording-rule change the story's comparisons cross,
   * and a caveat about the figures of a period the story uses (data/caveats.csv).
   */
  private static List<String> crossedCaveats(AreaFacts f, List<Caveat> caveats) {
    java.util.Set<String> crossed = new java.util.LinkedHashSet<>();
    for (Caveat c : caveats) {
      if (!c.covers(f.offence().name(), f.force())) {
        continue;
      }
      boolean needed = c.about(f.period())
          || f.change().map(ch -> c.crossedBy(ch.from(), ch.to())).orElse(false)
          || f.lastChange().map(ch -> c.crossedBy(ch.from(), ch.to())).orElse(false);
      if (needed) {
        crossed.add(c.text());
      }
    }
    return List.copyOf(crossed);
  }

  private StoryView.ChangeView change(Change ch, String area) {
    long before = ch.before().value();
    long after = ch.after().value();
    String beforeText = say(NumberWords.count(before),
        w -> new Phrase("offences recorded in " + area + " " + Periods.during(ch.from()), w, Long.toString(before), ch.before().cells()));
    StoryView.Direction direction = StoryView.Direction.of(ch.isRise(), ch.isFall());
    String percent = Percentages.change(before, after)
        .map(p -> say(p,
            w -> new Phrase("change " + Periods.since(ch.from()), w, "100 * (" + after + " - " + before + ") / " + before, both(ch.before(), ch.after()))))
        .orElse("");
    var multiple = Multiples.of(before, after);
    multiple.ifPresent(m -> say(m,
        w -> new Phrase("multiple " + Periods.since(ch.from()), w, after + " / " + before, both(ch.before(), ch.after()))));
    return new StoryView.ChangeView(Periods.since(ch.from()), Periods.during(ch.from()), beforeText, direction, percent,
        before == 0, multiple.isPresent(), multiple.orElse(""), Periods.yearsBetween(ch.from(), ch.to()),
        Periods.bare(ch.to()));
  }

  /** The last year's change, when the data has one that is not the story's main change. */
  private StoryView.Previous previous(AreaFacts f, Change ch, String area) {
    if (f.lastChange().isEmpty() || f.lastChange().get().from().equals(ch.from())) {
      return NO_PREVIOUS;
    }
    Change last = f.lastChange().get();
    String previousCount = say(NumberWords.count(last.before().value()),
        w -> new Phrase("offences recorded in " + area + " " + Periods.during(last.from()), w, Long.toString(last.before().value()), last.before().cells()));
    long b = last.before().value();
    long a = last.after().value();
    String previousPercent = Percentages.change(b, a)
        .map(p -> say(p, w -> new Phrase("change " + Periods.since(last.from()), w, "100 * (" + a + " - " + b + ") / " + b,
            both(last.before(), last.after()))))
        .orElse("");
    return new StoryView.Previous(true, last.from().label(), previousCount, Periods.during(last.from()),
        StoryView.Direction.of(last.isRise(), last.isFall()), previousPercent);
  }

  private StoryView.NationalTrend nationalTrend(AreaFacts f) {
    if (f.nationalChange().isEmpty() || f.nationalChange().get().before().value() <= 0) {
      return NO_NATIONAL_TREND;
    }
    Change nc = f.nationalChange().get();
    long b = nc.before().value();
    long a = nc.after().value();
    String nationalPercent = Percentages.change(b, a).map(p -> say(p, w -> new Phrase("change across England and Wales "
        + Periods.since(nc.from()) + " (sum of forces)", w, "100 * (" + a + " - " + b + ") / " + b, both(nc.before(), nc.after()))))
        .orElse("");
    return new StoryView.NationalTrend(true, StoryView.Direction.of(nc.isRise(), nc.isFall()), nationalPercent);
  }

  private StoryView.Largest largest(AreaFacts f, Change ch) {
    long before = ch.before().value();
    long after = ch.after().value();
    // a file of only some of the force's areas cannot say which area of the force rose most
    boolean wholeForce = !(f.flagged(Flag.PARTIAL_FORCE) && f.forceComplete());
    boolean largest = wholeForce && f.riseRankInForce().map(r -> r.isTop() && r.size() > 1 && ch.isRise()).orElse(false);
    boolean largestFall = wholeForce && f.riseRankInForce().map(r -> r.isBottom() && !r.joint() && r.size() > 1 && ch.isFall())
        .orElse(false);
    // never for a small base: 3 to 9 may be the biggest percentage rise, but it is not news (README)
    boolean sizeable = before >= 20 && Math.abs(after - before) >= 10;
    boolean largestNationally = sizeable && f.riseRankNational()
        .map(r -> r.isTop() && !r.joint() && r.size() > 1 && ch.isRise()).orElse(false);
    boolean largestInWales = sizeable && !largestNationally && f.riseRankInWales()
        .map(r -> r.isTop() && !r.joint() && r.size() > 1 && ch.isRise()).orElse(false);
    String nationalAreas = largestNationally ? say(NumberWords.count(f.riseRankNational().get().size()),
        w -> new Phrase("areas in England and Wales with both figures", w,
            field(f.riseRankNational().get()), fieldCells(f.riseRankNational().get()))) : "";
    String walesAreas = largestInWales ? say(NumberWords.count(f.riseRankInWales().get().size()),
        w -> new Phrase("areas in Wales with both figures", w,
            field(f.riseRankInWales().get()), fieldCells(f.riseRankInWales().get()))) : "";
    return new StoryView.Largest(largest, largestFall, largestNationally, largestInWales, nationalAreas, walesAreas);
  }

  private static StoryView.Series series(AreaFacts f) {
    List<AreaFacts.PeriodCount> known = f.history().stream().filter(h -> h.count().isPresent()).toList();
    // "going back to 2021", "going back to the year to June 2023"
    return new StoryView.Series(NumberWords.count(known.size()), known.isEmpty() ? "" : Periods.bare(known.get(0).period()));
  }

  private static final StoryView.Previous NO_PREVIOUS = new StoryView.Previous(false, "", "", "",
      StoryView.Direction.of(false, false), "");
  private static final StoryView.NationalTrend NO_NATIONAL_TREND = new StoryView.NationalTrend(false,
      StoryView.Direction.of(false, false), "");
  private static final StoryView.Largest NO_LARGEST = new StoryView.Largest(false, false, false, false, "", "");

  /**
   * Returns {@code text}, recording its provenance when this view traces: the fact, exact value
   * and cells are built only then (they cost more than the words, and only .facts.json and the
   * tests read them).
   */
  private String say(String text, java.util.function.Function<String, Phrase> provenance) {
    if (trace) {
      phrases.add(provenance.apply(text));
    }
    return text;
  }

  private String sayRate(String fact, Rate r) {
    return say(Rates.perThousand(r.count().value(), r.population().value()),
        w -> new Phrase(fact, w, "1000 * " + r.count().value() + " / " + r.population().value(), both(r.count(), r.population())));
  }

  /**
   * "the highest", "the joint second highest", "the lowest", "the third lowest": counted from
   * whichever end is nearer, so that a reader never meets "the 30th highest of 31".
   */
  static String rankWords(Rank rank) {
    String joint = rank.joint() ? "joint " : "";
    if (rank.isTop()) {
      return "the " + joint + "highest";
    }
    if (rank.isBottom()) {
      return "the " + joint + "lowest";
    }
    int fromBottom = rank.positionFromBottom();
    if (fromBottom < rank.position()) {
      return "the " + joint + Ordinals.of(fromBottom) + " lowest";
    }
    return "the " + joint + Ordinals.of(rank.position()) + " highest";
  }

  /** What the category covers, more context, then its recording caveats: one paragraph each. */
  static List<String> context(org.localwire.model.OffenceCopy copy) {
    List<String> paragraphs = new ArrayList<>();
    if (!copy.covers().isEmpty()) {
      paragraphs.add(copy.covers());
    }
    paragraphs.addAll(copy.context());
    copy.caveats().forEach(c -> paragraphs.add(c.text()));
    return List.copyOf(paragraphs);
  }

  /** "The Isles of Scilly" at the start of a sentence. */
  static String capitalised(String name) {
    return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.UK) + name.substring(1);
  }

  /** "Most of the force's offences": a majority, more than half, never the largest share alone (WORDING.md). */
  static boolean majority(long part, long whole) {
    return whole > 0 && part > whole - part;
  }

  /** How the copy names a force's whole area: "the Gwent police force area". */
  static String forceArea(String force) {
    return force.endsWith("Police") ? "the " + force + " area" : "the " + force + " police force area";
  }

  /** The last source line made: every story of a batch has the same source and period. */
  private static volatile SourceLine lastSource;

  private record SourceLine(Object source, Object period, String line) {}

  private static String sourceLine(AreaFacts f) {
    SourceLine last = lastSource;
    if (last != null && last.source() == f.source() && last.period().equals(f.period())) {
      return last.line();
    }
    String line = newSourceLine(f);
    lastSource = new SourceLine(f.source(), f.period(), line);
    return line;
  }

  /**
   * " Figures for 2021 and 2022 come from earlier ONS editions of the same table.": the earlier
   * periods of the history whose figures another file gave, or "" when there are none.
   */
  private static String earlierSources(AreaFacts f) {
    List<String> periods = new ArrayList<>();
    for (AreaFacts.PeriodCount h : f.history()) {
      if (h.count().isPresent() && !h.period().equals(f.period())
          && h.count().get().cells().stream().noneMatch(c -> c.file().equals(f.source().file()))) {
        periods.add(Periods.name(h.period()).replace("year to ", "the year to "));
      }
    }
    if (periods.isEmpty()) {
      return "";
    }
    return " The figures for " + joinNames(periods) + " come from earlier editions of the same ONS table.";
  }

  private static String newSourceLine(AreaFacts f) {
    // the file name is for the editor (.facts.json "source"), not the reader (issue 19)
    String from = f.source().table().isEmpty() ? ""
        : ", published by " + f.source().publisher() + " (" + f.source().table() + ")";
    return "Figures: police recorded crime, " + Periods.name(f.period()) + from
        + ". They count offences recorded by police, not the number of victims.";
  }

  private static String rate(Ranked r) {
    // a rate ranking holds 1000 * count / population
    return Rates.perThousand(r.numerator() / 1000, r.denominator());
  }

  private static String joinNames(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static String unit(String unit) {
    return unit.isEmpty() ? "period" : unit.replace("a ", "");
  }

  private static String exactRate(long n, long days) {
    return " = " + new java.math.BigDecimal(n).divide(new java.math.BigDecimal(days), 4, java.math.RoundingMode.HALF_UP);
  }

  /** A ranking's exact basis: "position 2 of 5: Caerphilly 2468, Newport 2141, ...". */
  private static String field(Rank rank) {
    StringBuilder sb = new StringBuilder("position " + rank.position() + " of " + rank.size()
        + (rank.joint() ? " (tied)" : "") + ":");
    for (Ranked r : rank.field()) {
      sb.append(' ').append(r.name()).append(' ');
      if (rank.measure().contains("1,000")) {
        // a rate ranking holds 1000 * count / population: show count / population
        sb.append(r.numerator() / 1000).append(" per ").append(r.denominator()).append(" people");
      } else if (r.denominator() != 1) {
        sb.append(r.numerator()).append('/').append(r.denominator());
      } else {
        sb.append(r.numerator());
      }
      sb.append(',');
    }
    return sb.substring(0, sb.length() - 1);
  }

  private static List<Cell> fieldCells(Rank rank) {
    List<Cell> cells = new ArrayList<>();
    rank.field().forEach(r -> cells.addAll(r.cells()));
    return cells;
  }

  private static List<Cell> both(Amount a, Amount b) {
    List<Cell> cells = new ArrayList<>(a.cells());
    cells.addAll(b.cells());
    return cells;
  }

  /**
   * Whether an offence's name as the data gives it takes a plural verb: the Table C2 names that
   * end in "offences" ("Sexual offences", "Drug offences") do; "Robbery", "Shoplifting" and
   * "Stalking and harassment" do not.
   */
  static boolean pluralName(String offence) {
    return offence.toLowerCase(java.util.Locale.ROOT).endsWith("offences");
  }
}
