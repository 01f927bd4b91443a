package org.localwire.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.localwire.angles.Angle;
import org.localwire.facts.Amount;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Change;
import org.localwire.facts.Flag;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.PlaceFacts;
import org.localwire.facts.Total;
import org.localwire.model.Period;
import org.localwire.wording.RateWording;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;
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
 * The view builder for any place: builds the {@link StoryView} of one area's or one force's
 * story, words every number with the wording package and records each as a {@link Phrase} with
 * its cells. Pure. The parts every place has (the offence, the closing, the source line, the
 * place's names) are built by the same code; the parts of a place's comparison set by its own
 * methods (an area among its force's areas; a force's areas, in {@code areas}).
 */
final class Views {
  /** A force's areas are named one by one up to this many; beyond it only the highest and lowest. */
  static final int LISTED_AREAS = 6;

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

  /**
   * As above, for any place, with the offence's own copy (data/offences/): its nouns, context and
   * helplines. {@code caveats} are the recording-rule changes an area's story checks; a force's
   * facts carry the ones its comparisons cross.
   */
  static Built from(PlaceFacts f, List<Angle> angles, Quote quote, List<Caveat> caveats,
      java.util.Map<String, String> names, boolean trace, org.localwire.model.OffenceCopies copies) {
    Views views = new Views(trace);
    views.names = names;
    views.copy = copies.of(f.offence().name());
    views.copies = copies;
    return f instanceof AreaFacts area ? views.build(area, angles, quote, caveats)
        : views.build((ForceFacts) f, angles, quote);
  }

  private java.util.Map<String, String> names = java.util.Map.of();
  private org.localwire.model.OffenceCopy copy;
  private org.localwire.model.OffenceCopies copies = org.localwire.model.OffenceCopies.none();

  /** The name the copy uses: "Bristol" for "Bristol, City of" (data/area-names.csv). */
  String inCopy(String official) {
    return names.getOrDefault(official, official);
  }

  private Built build(AreaFacts f, List<Angle> angles, Quote quote, List<Caveat> caveats) {
    StoryView.Place place = place(f);
    String key = place.area() + "|" + f.offence().name() + "|" + f.period().label();
    // the parts are built in the order of the copy: .facts.json lists the phrases in that order
    StoryView.Figures figures = figures(f);
    StoryView.InForce inForce = inForce(f, place.force());
    StoryView.Wider wider = new StoryView.Wider(national(f), allCrime(f, place.area()), typeRank(f, place.area()),
        List.of());
    StoryView.RateView rate = rate(f, place);
    List<String> crossed = crossedCaveats(f, caveats);
    StoryView.Past past = past(f, place.area(), crossed, Story.lead(angles));
    StoryView.QuoteView quoteView = new StoryView.QuoteView(quote.speaker(), quote.role(), quote.organisation(),
        quote.text(), quote.isSample());
    StoryView.Closing closing = new StoryView.Closing(context(copy),
        quoteView, org.localwire.wording.HelplineWording.sentence(copy.helplines()), sourceLine(f) + earlierSources(f));
    Angle.Kind lead = Story.lead(angles);
    // an area has no areas of its own: the force's areas are a force story's
    StoryView view = new StoryView(lead, StoryView.Variants.of(Quotes.stableHash(key)), place, offence(f), figures,
        inForce, wider, rate, past, closing, null);
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

  private Built build(ForceFacts f, List<Angle> angles, Quote quote) {
    String force = f.force();
    Angle.Kind type = Story.lead(angles);
    // the parts are built in the order of the copy: .facts.json lists the phrases in that order
    StoryView.Figures figures = figures(f);
    List<StoryView.HistoryView> history = history(f);
    StoryView.ChangeView change = f.change().map(c -> trend(force, c, f.changeBasis() == Total.Basis.SUM_OF_AREAS,
        f.areas().size())).orElse(null);
    StoryView.ChangeView fiveYear = f.fiveYearChange().map(c -> trend(force, c, false, 0)).orElse(null);
    AreaLines lines = new AreaLines(this);
    StoryView.AreaList areas = lines.areas(f);
    StoryView.Focus focus = f.focusLine().map(line -> lines.focus(f, line)).orElse(null);
    StoryView.National national = national(f);
    StoryView.AllCrime allCrime = allCrime(f);
    StoryView.TypeRank typeRank = typeRank(f);
    List<StoryView.PartView> parts = parts(f);
    List<StoryView.OtherView> others = others(f);
    List<String> caveats = caveats(f);
    StoryView.QuoteView quoteView = new StoryView.QuoteView(quote.speaker(), quote.role(), quote.organisation(),
        quote.text(), quote.isSample());
    // "the City of London", "the Metropolitan Police" in copy (data/area-names.csv); a "... Police" force's
    // place and police are named by forcePlace and policeIn ("the Metropolitan Police area")
    String named = inCopy(force);
    StoryView.Place place = new StoryView.Place(named, capitalised(named), named, forceArea(force), f.partial(),
        force.endsWith("Police") ? forcePlace(force) : named, force.endsWith("Police") ? policeIn(force) : "police in " + named);
    StoryView.Past past = new StoryView.Past(change != null, change, NO_PREVIOUS, NO_NATIONAL_TREND, NO_LARGEST, series(f),
        history, joinNames(unpublished(f)), caveats, fiveYear != null, fiveYear, others, reporterNotes(focus));
    StoryView.Closing closing = new StoryView.Closing(context(copy), quoteView,
        org.localwire.wording.HelplineWording.sentence(copy.helplines()), sourceLine(f));
    String key = f.subject() + "|" + f.offence().name() + "|" + f.period().label();
    // a force has no rank among its force's areas and no rate of its own in the facts: inForce and rate are null
    StoryView view = new StoryView(type, StoryView.Variants.of(Quotes.stableHash(key)), place, offence(f), figures,
        null, new StoryView.Wider(national, allCrime, typeRank, parts), null, past, closing,
        new StoryView.Areas(areas, focus != null, focus, joinNames(f.unpublishedAreas())));
    // a force story's only review flag is its quote's (its facts carry none yet)
    java.util.Set<Flag> flags = quote.isSample() ? java.util.EnumSet.of(Flag.SAMPLE_QUOTE) : java.util.Set.of();
    return new Built(view, phrases, flags, copy.subjects()); // the offence's ninjs topics, as an area story's
  }

  private StoryView.Figures figures(ForceFacts f) {
    String force = f.force();
    long n = f.count().value();
    RateWording perDay = Hedges.rate(n, f.period());
    return new StoryView.Figures(Periods.during(f.period()), Periods.name(f.period()),
        say("offences recorded by " + force + " " + Periods.during(f.period()) + basisNote(f.total()),
            NumberWords.count(n), Long.toString(n), f.count().cells()),
        n == 1, n == 0,
        sayRate("offences " + unitName(perDay) + " across " + force, perDay, n, f.period(), f.count().cells()),
        perDay.unit().isEmpty() ? Periods.during(f.period()) : perDay.unit(),
        perDay.unit().isEmpty(), perDay.hedge().singular(), basis(f.total()));
  }

  private List<StoryView.HistoryView> history(ForceFacts f) {
    List<StoryView.HistoryView> history = new ArrayList<>();
    for (AreaFacts.PeriodCount h : f.history()) {
      String text = h.count().map(a -> say("offences recorded by " + f.force() + " " + Periods.during(h.period()),
          a.value() == 0 ? "none" : NumberWords.count(a.value()), Long.toString(a.value()), a.cells()))
          .orElse("not published");
      history.add(new StoryView.HistoryView(Periods.name(h.period()), Periods.during(h.period()), text,
          h.count().isPresent()));
    }
    return history;
  }

  /** The periods of the history with no published figure: "2016 and 2017". */
  private static List<String> unpublished(ForceFacts f) {
    return f.history().stream().filter(h -> h.count().isEmpty()).map(h -> Periods.name(h.period())).toList();
  }

  private List<StoryView.PartView> parts(ForceFacts f) {
    long n = f.count().value();
    List<StoryView.PartView> parts = new ArrayList<>();
    for (ForceFacts.Part p : f.parts()) {
      long part = p.count().value();
      // a count of nothing is "none", never "zero (0%)" (WORDING.md)
      // each part by its plural as copy uses it ("robberies", "sexual offences"), never "sexual offences offences"
      parts.add(new StoryView.PartView(copies.of(p.offence().name()).plural(),
          say("offences recorded by " + f.force() + " as " + p.offence().lowerName(),
              part == 0 ? "none" : NumberWords.count(part), Long.toString(part), p.count().amount().cells()),
          part <= n && part > 0 ? say("share of " + f.force() + "'s " + f.offence().lowerName() + " offences", Percentages.share(part, n),
              part + " / " + n, both(p.count().amount(), f.count())) : ""));
    }
    return parts;
  }

  private List<StoryView.OtherView> others(ForceFacts f) {
    String force = f.force();
    List<StoryView.OtherView> others = new ArrayList<>();
    for (ForceFacts.OtherPeriod o : f.otherPeriods()) {
      long c = o.count().value();
      RateWording rate = Hedges.rate(c, o.period());
      others.add(new StoryView.OtherView(Periods.during(o.period()),
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

  private static List<String> reporterNotes(StoryView.Focus focus) {
    List<String> reporterNotes = new ArrayList<>();
    if (focus != null && !focus.hasFiveYear() && !focus.fiveYearMissing().isEmpty()) {
      reporterNotes.add("the figures give no count for " + focus.name() + " for the " + focus.fiveYearMissing()
          + ", so no change over five years is stated.");
    }
    return reporterNotes;
  }

  StoryView.ChangeView trend(String place, Change c, boolean acrossAreas, int areasCount) {
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
    return new StoryView.ChangeView(Periods.since(c.from()), Periods.name(c.from()), Periods.during(c.from()), beforeText,
        direction, percent, before == 0, multiple.isPresent(), multiple.orElse(""), Periods.yearsBetween(c.from(), c.to()),
        Periods.bare(c.to()), acrossAreas, areas, !org.localwire.angles.Angles.smallChange(before, after));
  }

  private StoryView.National national(ForceFacts f) {
    if (f.national().isEmpty()) {
      return new StoryView.National(false, "", false, "", "", false, null);
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
    StoryView.ChangeView change = f.nationalChange().map(c -> trend("England and Wales", c, false, 0)).orElse(null);
    return new StoryView.National(true, count, summed, forces, share, change != null, change);
  }

  private StoryView.AllCrime allCrime(ForceFacts f) {
    if (f.shareOfAllCrime().isEmpty()) {
      return new StoryView.AllCrime(false, "", "", "", "");
    }
    var s = f.shareOfAllCrime().get();
    long part = s.part().value();
    long whole = s.whole().value();
    if (part == 0) {
      // "0% of all crime ... zero of the 8,801" says nothing a count of none does not
      return new StoryView.AllCrime(false, "", "", "", "");
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
    return new StoryView.AllCrime(true, share, oneIn, total, excludes);
  }

  private StoryView.TypeRank typeRank(ForceFacts f) {
    if (f.typeRank().isEmpty()) {
      return new StoryView.TypeRank(false, "", "", "", "", false, false);
    }
    var t = f.typeRank().get();
    Rank r = t.rank();
    String rank = say("rank among " + t.kinds() + " in " + f.force(), Ordinals.commonness(r.position(), r.positionFromBottom(), r.joint()),
        "position " + r.position() + " of " + r.size(), f.count().cells());
    String count = say(t.kinds() + " in the data", NumberWords.count(r.size()), Integer.toString(r.size()), List.of());
    boolean named = r.position() <= 3;
    String above = named ? joinNames(t.above().stream().map(x -> x.name().toLowerCase(Locale.UK)).toList()) : "";
    return new StoryView.TypeRank(true, rank, t.kinds(), count, above, named && t.above().size() > 1,
        r.isTop() && !r.joint());
  }

  String sayRate(String fact, RateWording rate, long count, Period period, List<Cell> cells) {
    String exact = count + " / " + period.days() + " days = "
        + new BigDecimal(count).divide(new BigDecimal(period.days()), 4, RoundingMode.HALF_UP) + " a day";
    return say(fact, rate.hedge().text(), exact, cells);
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

  static String unitName(RateWording rate) {
    return rate.unit().isEmpty() ? "in the period" : "per " + rate.unit().replace("a ", "");
  }


  private StoryView.Place place(AreaFacts f) {
    String area = inCopy(f.area().name());
    // "the most in Dorset ... in Dorset" reads as a tautology: an area named like its force calls it the force area
    String force = area.equalsIgnoreCase(f.force()) ? forceArea(f.force()) : inCopy(f.force());
    // a file of only some of the force's areas: every rank and total is among the areas in the data
    boolean partialInData = f.flagged(Flag.PARTIAL_FORCE) && f.forceComplete();
    return new StoryView.Place(area, capitalised(area), force,
        forceArea(f.force()) + (partialInData ? " in the data" : ""), partialInData, forcePlace(f.force()),
        policeIn(f.force()));
  }

  private StoryView.OffenceView offence(PlaceFacts f) {
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
        perDay.unit().isEmpty() ? during : perDay.unit(), perDay.unit().isEmpty(), perDay.hedge().singular(), "");
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
    // an area's England and Wales figure is always the sum of the forces, compared by its own change
    return new StoryView.National(f.national().isPresent(), national, true, forcesCount, shareOfNational, false, null);
  }

  private StoryView.AllCrime allCrime(AreaFacts f, String area) {
    if (f.shareOfAllCrime().isEmpty()) {
      return new StoryView.AllCrime(false, "", "", "", "");
    }
    var s = f.shareOfAllCrime().get();
    String all = say(NumberWords.count(s.whole().value()),
        w -> new Phrase("all recorded crime in " + area + ", excluding fraud", w, Long.toString(s.whole().value()), s.whole().cells()));
    String allShare = say(Percentages.share(s.part().value(), s.whole().value()),
        w -> new Phrase("share of all recorded crime", w, s.part().value() + " / " + s.whole().value(), both(s.part(), s.whole())));
    return new StoryView.AllCrime(true, allShare, "", all, "");
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
    // a place whose residents are not the people there: its rate per resident comes with the reason it misleads
    String misleads = rated && f.nonResidential().isPresent()
        ? "The rate per resident is a poor guide here: " + f.nonResidential().get() + "." : "";
    return new StoryView.RateView(rated, rate, rateBasis, noRate, rank, rated && f.forceRate().isPresent(), forceRate,
        rated && f.nationalRate().isPresent(), nationalRate, vsNational(f, rate, nationalRate), misleads);
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

  private StoryView.Past past(AreaFacts f, String area, List<String> crossed, Angle.Kind lead) {
    // in the order the copy's phrases were recorded: the change, then the last year's, national, largest
    Change ch = f.change().orElse(null);
    StoryView.ChangeView change = ch == null ? null : change(ch, area);
    StoryView.Previous previous = ch == null ? NO_PREVIOUS : previous(f, ch, area);
    // the national trend is said only in the lead of a rise against it: built only then, so that
    // .facts.json never lists it because its percentage happens to be another change's
    StoryView.NationalTrend national = ch == null || lead != Angle.Kind.RISE_AGAINST_NATIONAL_TREND ? NO_NATIONAL_TREND
        : nationalTrend(f);
    StoryView.Largest largest = ch == null ? NO_LARGEST : largest(f, ch);
    List<StoryView.HistoryView> history = new ArrayList<>(f.history().size());
    List<String> unpublishedNames = new ArrayList<>();
    for (AreaFacts.PeriodCount h : f.history()) {
      history.add(new StoryView.HistoryView(Periods.name(h.period()), Periods.during(h.period()),
          h.count().isPresent() ? NumberWords.digits(h.count().get().value()) : "not published", h.count().isPresent()));
      if (h.count().isEmpty()) {
        unpublishedNames.add(Periods.name(h.period()));
      }
    }
    return new StoryView.Past(change != null, change, previous, national, largest, series(f), history,
        joinNames(unpublishedNames), List.copyOf(crossed), false, null, List.of(), List.of());
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
    return new StoryView.ChangeView(Periods.since(ch.from()), Periods.name(ch.from()), Periods.during(ch.from()),
        beforeText, direction, percent, before == 0, multiple.isPresent(), multiple.orElse(""),
        Periods.yearsBetween(ch.from(), ch.to()), Periods.bare(ch.to()), false, "",
        !org.localwire.angles.Angles.smallChange(before, after));
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

  private static StoryView.Series series(PlaceFacts f) {
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

  /** {@link #say(String, java.util.function.Function)} for a phrase whose parts are at hand. */
  String say(String fact, String text, String exact, List<Cell> cells) {
    return say(text, w -> new Phrase(fact, w, exact, cells));
  }

  String sayRate(String fact, Rate r) {
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

  private static String sourceLine(PlaceFacts f) {
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

  private static String newSourceLine(PlaceFacts f) {
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

  static List<Cell> both(Amount a, Amount b) {
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
