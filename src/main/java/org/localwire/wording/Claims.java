package org.localwire.wording;

import static java.util.Objects.requireNonNull;
import static org.localwire.model.Checks.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges printed words against the exact value they describe, by the tables of WORDING.md: is
 * "at least six a day" true for 3,416 offences over 365 days, and is it as tight as the language
 * allows? The words are read, not trusted: a hedge ("more than", "almost", "at least", "fewer
 * than", "about" and their synonyms), a number (digits or one to twenty in words, or "hundreds",
 * "thousands"), a unit ("a day", "every week"), a percentage, a multiple ("almost doubled"), a
 * share ("almost one in six"), names or an ordinal. All decisions are exact integer arithmetic.
 *
 * <p>This is a second, independent implementation of the wording rules: {@link Hedges},
 * {@link Multiples} and {@link Percentages} write words; this class checks words, whoever wrote
 * them, so that a test can hold localwire's own wording to the standard.
 */
public final class Claims {
  /** How printed words stand against the exact value. */
  public enum Verdict {
    /** True and as tight as the wording standard allows (an unhedged number must be exact). */
    EXACT("exact"),
    /** True, but a tighter wording exists ("at least six" for 9.36). */
    LOOSE("loose but true"),
    /** Not true for the exact value ("five" for 4.99, "doubled" for x1.93). */
    FALSE("false"),
    /** The words state no figure this class can read. */
    UNREADABLE("no figure to check");

    private final String words;

    Verdict(String words) {
      this.words = words;
    }

    /** As a reporter reads it: "loose but true". */
    public String words() {
      return words;
    }

    public boolean isTrue() {
      return this == EXACT || this == LOOSE;
    }
  }

  /** A verdict with the reason in words: "9.3589 is more than 6; the tight wording is more than nine". */
  public record Judgement(Verdict verdict, String why) {
    public Judgement {
      requireNonNull(verdict, "verdict");
      requireNonNull(why, "why");
    }
  }

  private enum Hedge {
    NONE, MORE_THAN, ALMOST, AT_LEAST, FEWER_THAN, ABOUT
  }

  private static final Map<String, Hedge> HEDGES = Map.ofEntries(
      Map.entry("more than", Hedge.MORE_THAN), Map.entry("over", Hedge.MORE_THAN), Map.entry("above", Hedge.MORE_THAN),
      Map.entry("upwards of", Hedge.MORE_THAN),
      Map.entry("almost", Hedge.ALMOST), Map.entry("nearly", Hedge.ALMOST), Map.entry("just under", Hedge.ALMOST),
      Map.entry("just below", Hedge.ALMOST), Map.entry("close to", Hedge.ALMOST),
      Map.entry("at least", Hedge.AT_LEAST), Map.entry("no fewer than", Hedge.AT_LEAST),
      Map.entry("fewer than", Hedge.FEWER_THAN), Map.entry("less than", Hedge.FEWER_THAN),
      Map.entry("under", Hedge.FEWER_THAN), Map.entry("below", Hedge.FEWER_THAN),
      Map.entry("about", Hedge.ABOUT), Map.entry("around", Hedge.ABOUT), Map.entry("roughly", Hedge.ABOUT),
      Map.entry("approximately", Hedge.ABOUT), Map.entry("some", Hedge.ABOUT));

  private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth");

  private static final String HEDGE_WORDS = String.join("|",
      HEDGES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());
  private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + String.join("|",
      SMALL.stream().sorted((a, b) -> b.length() - a.length()).toList()) + "|a dozen|dozens|hundreds|thousands";
  private static final Pattern AMOUNT =
      Pattern.compile("(?:\\b(" + HEDGE_WORDS + ")\\s+)?(?<![\\w.,])(" + NUMBER + ")(?![\\w,]|\\.\\d)");
  private static final Pattern PERCENT = Pattern.compile(
      "(?:\\b(" + HEDGE_WORDS + ")\\s+)?(?<![\\w.,])(" + NUMBER + ")\\s*(?:%|percent\\b|per cent\\b)");
  private static final Pattern UNIT = Pattern.compile(
      "\\b(?:a|per|every|each)\\s+(day|week|month|year)\\b|\\b(daily|weekly|monthly|annually|yearly)\\b");
  private static final Pattern MULTIPLE = Pattern.compile(
      "(?:\\b(almost|nearly|just under|more than|over)\\s+)?\\b(doubled|double|doubling|twice|tripled|triple|trebled|"
          + "treble|tripling|quadrupled|quadruple|quadrupling)\\b");
  private static final Pattern ONE_IN = Pattern.compile(
      "(?:\\b(" + HEDGE_WORDS + ")\\s+)?\\bone in (" + NUMBER + ")\\b");
  private static final Pattern RISE = Pattern.compile("\\b(increase[sd]?|rise|rose|risen|up|higher|grew|growth)\\b");
  private static final Pattern FALL = Pattern.compile("\\b(decrease[sd]?|fall|fell|fallen|down|lower|drop(ped)?)\\b");

  private Claims() {}

  /** A count claim ("3,416", "nearly 100,000", "thousands of") about exactly {@code count}. */
  public static Judgement count(String words, long count) {
    checkArgument(count >= 0, "a count cannot be negative, got %s", count);
    Optional<Read> read = readAmount(normalise(words), AMOUNT);
    if (read.isEmpty()) {
      return unreadable(words);
    }
    return judge(read.get(), Rational.of(count), NumberWords.digits(count));
  }

  /**
   * A rate claim ("at least six a day", "almost six a week", "five ... every day") about {@code
   * count} offences over a period of {@code days} days and {@code months} months. The unit comes
   * from the words; without one, the words are read as the count for the whole period.
   */
  public static Judgement rate(String words, long count, long days, long months) {
    checkArgument(days > 0 && months > 0, "a period has days and months, got %s and %s", days, months);
    String text = normalise(words);
    Optional<Read> read = readAmount(text, AMOUNT);
    if (read.isEmpty()) {
      return unreadable(words);
    }
    Matcher unit = UNIT.matcher(text);
    String u = unit.find() ? (unit.group(1) != null ? unit.group(1) : adverb(unit.group(2))) : "";
    Rational value = switch (u) {
      case "day" -> Rational.of(count, days);
      case "week" -> Rational.of(7 * count, days);
      case "month" -> Rational.of(count, months);
      default -> Rational.of(count);
    };
    String label = u.isEmpty() ? "" : " a " + u;
    return judge(read.get(), value, value.decimal(4) + label);
  }

  /** A percentage of a whole ("15 percent", "15.8%", "almost 16%"): {@code 100 part / whole}. */
  public static Judgement share(String words, long part, long whole) {
    checkArgument(whole > 0, "a share needs a positive whole, got %s", whole);
    Optional<Read> read = readAmount(normalise(words), PERCENT);
    if (read.isEmpty()) {
      return unreadable(words);
    }
    Rational value = Rational.of(100 * part, whole);
    return judgePercent(read.get(), value);
  }

  /**
   * A percentage change ("an increase of 108 percent", "down 5%"): {@code 100 |new - old| / old},
   * and a stated direction must match the sign.
   */
  public static Judgement change(String words, long oldValue, long newValue) {
    checkArgument(oldValue > 0, "a percentage change needs a positive old value, got %s", oldValue);
    String text = normalise(words);
    Optional<Read> read = readAmount(text, PERCENT);
    if (read.isEmpty()) {
      return unreadable(words);
    }
    boolean saysRise = RISE.matcher(text).find();
    boolean saysFall = FALL.matcher(text).find();
    if ((saysRise && newValue < oldValue) || (saysFall && newValue > oldValue)) {
      return new Judgement(Verdict.FALSE, "the words say " + (saysRise ? "a rise" : "a fall") + " but the count went "
          + (newValue < oldValue ? "down" : "up") + ", " + oldValue + " to " + newValue);
    }
    return judgePercent(read.get(), Rational.of(100 * Math.abs(newValue - oldValue), oldValue));
  }

  /** A multiple ("doubled", "almost doubled", "more than tripled") for r = new / old. */
  public static Judgement multiple(String words, long oldValue, long newValue) {
    checkArgument(oldValue > 0, "a multiple needs a positive old value, got %s", oldValue);
    Matcher m = MULTIPLE.matcher(normalise(words));
    if (!m.find()) {
      return unreadable(words);
    }
    String hedge = m.group(1) == null ? "" : m.group(1);
    String verb = m.group(2);
    long times = verb.startsWith("doubl") || verb.equals("twice") ? 2 : verb.startsWith("quadrupl") ? 4 : 3;
    Rational r = Rational.of(newValue, oldValue);
    String exact = "x" + r.decimal(4);
    int versusTimes = r.compareTo(Rational.of(times));
    int versusAlmost = r.compareTo(Rational.of(9 * times, 10));
    switch (hedge) {
      case "almost", "nearly", "just under" -> {
        boolean ok = versusTimes < 0 && versusAlmost >= 0;
        return new Judgement(ok ? Verdict.EXACT : Verdict.FALSE, exact + (ok ? " is within " : " is outside ")
            + "x" + Rational.of(9 * times, 10).decimal(1) + " to x" + times);
      }
      case "more than", "over" -> {
        if (versusTimes <= 0) {
          return new Judgement(Verdict.FALSE, exact + " is not more than x" + times);
        }
        // tight unless the next multiple's "almost" band is reached
        boolean tight = times == 4 || r.compareTo(Rational.of(9 * (times + 1), 10)) < 0;
        return new Judgement(tight ? Verdict.EXACT : Verdict.LOOSE, exact + " is more than x" + times
            + (tight ? "" : "; the tight wording is almost x" + (times + 1)));
      }
      default -> {
        return new Judgement(versusTimes == 0 ? Verdict.EXACT : Verdict.FALSE, exact
            + (versusTimes == 0 ? " is exactly x" : " is not exactly x") + times);
      }
    }
  }

  /** A share as "one in N" ("almost one in six") for part of whole. */
  public static Judgement oneIn(String words, long part, long whole) {
    checkArgument(part > 0 && part <= whole, "one in N needs 0 < part <= whole, got %s of %s", part, whole);
    Matcher m = ONE_IN.matcher(normalise(words));
    if (!m.find()) {
      return unreadable(words);
    }
    Hedge hedge = m.group(1) == null ? Hedge.NONE : HEDGES.get(m.group(1));
    long n = number(m.group(2)).num().longValueExact();
    Rational x = Rational.of(whole, part);
    String exact = "1 in " + x.decimal(4);
    int c = x.compareTo(Rational.of(n));
    return switch (hedge) {
      case NONE -> new Judgement(c == 0 ? Verdict.EXACT : Verdict.FALSE, exact);
      case ALMOST, FEWER_THAN -> c <= 0 ? new Judgement(Verdict.FALSE, exact + " is not below one in " + n)
          : new Judgement(Rational.of(10 * n * part).compareTo(Rational.of(9 * whole)) >= 0 ? Verdict.EXACT : Verdict.LOOSE, exact);
      case MORE_THAN, AT_LEAST -> c >= 0 && !(hedge == Hedge.AT_LEAST && c == 0)
          ? new Judgement(Verdict.FALSE, exact + " is not above one in " + n)
          : new Judgement(x.ceil().equals(BigInteger.valueOf(n)) ? Verdict.EXACT : Verdict.LOOSE, exact);
      case ABOUT -> x.roundHalfUp().equals(BigInteger.valueOf(n))
          ? new Judgement(x.minus(Rational.of(n)).abs().compareTo(Rational.of(n, 10)) <= 0 ? Verdict.EXACT : Verdict.LOOSE, exact)
          : new Judgement(Verdict.FALSE, exact + " does not round to " + n);
    };
  }

  /** Names ("Newport and Caerphilly") against the expected set, in any order. */
  public static Judgement names(String words, List<String> expected) {
    Set<String> said = new TreeSet<>();
    for (String part : words.split(",|\\band\\b|&")) {
      String name = part.strip();
      if (!name.isEmpty()) {
        said.add(name.toLowerCase(Locale.UK));
      }
    }
    Set<String> want = new TreeSet<>();
    expected.forEach(e -> want.add(e.toLowerCase(Locale.UK)));
    if (said.isEmpty()) {
      return unreadable(words);
    }
    return new Judgement(said.equals(want) ? Verdict.EXACT : Verdict.FALSE, "the figures give " + String.join(", ",
        expected));
  }

  /** An ordinal rank ("third most common") against the position, 1 being the highest. */
  public static Judgement rank(String words, int position) {
    String text = normalise(words);
    for (int i = 0; i < ORDINALS.size(); i++) {
      if (Pattern.compile("\\b" + ORDINALS.get(i) + "\\b").matcher(text).find()) {
        return new Judgement(i + 1 == position ? Verdict.EXACT : Verdict.FALSE, "the figures give position "
            + position);
      }
    }
    return unreadable(words);
  }

  private static String adverb(String word) {
    return switch (word) {
      case "daily" -> "day";
      case "weekly" -> "week";
      case "monthly" -> "month";
      default -> "year";
    };
  }

  private static Judgement unreadable(String words) {
    return new Judgement(Verdict.UNREADABLE, words.isBlank() ? "nothing printed" : "no figure in \"" + words + "\"");
  }

  /** Lower case; editorial brackets and ellipses dropped ("just below one [a day]"). */
  private static String normalise(String words) {
    return words.toLowerCase(Locale.UK).replace("[", " ").replace("]", " ").replace("...", " ").replace("\u2026", " ")
        .replaceAll("\\s+", " ").strip();
  }

  /** A hedge and its number as read: {@code decimals} is the precision printed (1 for "15.8"). */
  private record Read(Hedge hedge, String hedgeWords, Rational number, int decimals, String vague) {}

  private static Optional<Read> readAmount(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    Hedge hedge = m.group(1) == null ? Hedge.NONE : HEDGES.get(m.group(1));
    String n = m.group(2);
    if (n.equals("hundreds") || n.equals("thousands") || n.equals("dozens")) {
      return Optional.of(new Read(hedge, m.group(1) == null ? "" : m.group(1), Rational.of(0), 0, n));
    }
    int dot = n.indexOf('.');
    int decimals = dot < 0 ? 0 : n.length() - dot - 1;
    return Optional.of(new Read(hedge, m.group(1) == null ? "" : m.group(1), number(n), decimals, ""));
  }

  private static Rational number(String n) {
    if (n.equals("a dozen")) {
      return Rational.of(12);
    }
    int small = SMALL.indexOf(n);
    if (small >= 0) {
      return Rational.of(small);
    }
    BigDecimal d = new BigDecimal(n.replace(",", ""));
    return new Rational(d.unscaledValue(), BigInteger.TEN.pow(Math.max(0, d.scale())));
  }

  /** The WORDING.md table for hedged amounts, for v the exact value and N the number read. */
  private static Judgement judge(Read read, Rational v, String shown) {
    if (!read.vague().isEmpty()) {
      long low = switch (read.vague()) {
        case "dozens" -> 24;
        case "hundreds" -> 200;
        default -> 2000;
      };
      long high = switch (read.vague()) {
        case "dozens" -> 100;
        case "hundreds" -> 1000;
        default -> 1_000_000;
      };
      boolean ok = v.compareTo(Rational.of(low)) >= 0 && v.compareTo(Rational.of(high)) < 0;
      return new Judgement(ok ? Verdict.LOOSE : Verdict.FALSE, shown + (ok ? " is " : " is not ") + read.vague()
          + (ok ? "; the figure itself is tighter" : ""));
    }
    Rational n = read.number();
    String nText = n.show(read.decimals());
    int c = v.compareTo(n);
    return switch (read.hedge()) {
      case NONE -> c == 0 ? new Judgement(Verdict.EXACT, shown + " is exactly " + nText)
          : new Judgement(Verdict.FALSE, shown + " is not " + nText);
      case MORE_THAN -> c <= 0 ? new Judgement(Verdict.FALSE, shown + " is not more than " + nText)
          : tightness(v.floor(read.decimals()).equals(n), shown + " is more than " + nText, v.tightest());
      case AT_LEAST -> c < 0 ? new Judgement(Verdict.FALSE, shown + " is less than " + nText)
          : tightness(v.floor(read.decimals()).equals(n), shown + " is at least " + nText, v.tightest());
      case ALMOST -> {
        if (c >= 0) {
          yield new Judgement(Verdict.FALSE, shown + " is not below " + nText);
        }
        // tight when v >= 0.9 N and v > N - 1 (WORDING.md)
        boolean tight = v.times(Rational.of(10)).compareTo(n.times(Rational.of(9))) >= 0
            && v.compareTo(n.minus(Rational.of(1))) > 0;
        yield tightness(tight, shown + " is below " + nText, v.tightest());
      }
      case FEWER_THAN -> c >= 0 ? new Judgement(Verdict.FALSE, shown + " is not below " + nText)
          : tightness(v.ceil(read.decimals()).equals(n), shown + " is below " + nText, v.tightest());
      case ABOUT -> {
        if (!v.roundHalfUp(read.decimals()).equals(n)) {
          yield new Judgement(Verdict.FALSE, shown + " does not round to " + nText);
        }
        yield tightness(v.minus(n).abs().times(Rational.of(10)).compareTo(n) <= 0, shown + " rounds to " + nText,
            v.tightest());
      }
    };
  }

  /** A percentage: unhedged, it must be the exact value rounded half up to the places printed. */
  private static Judgement judgePercent(Read read, Rational value) {
    String shown = value.decimal(4) + "%";
    if (read.hedge() == Hedge.NONE && read.vague().isEmpty()) {
      Rational rounded = value.roundHalfUp(read.decimals());
      boolean ok = rounded.equals(read.number());
      return new Judgement(ok ? Verdict.EXACT : Verdict.FALSE, shown + (ok ? " rounds half up to " : " rounds half up to "
          + rounded.show(read.decimals()) + "%, not ") + read.number().show(read.decimals()) + "%");
    }
    return judge(read, value, shown);
  }

  private static Judgement tightness(boolean tight, String why, String tighter) {
    return tight ? new Judgement(Verdict.EXACT, why) : new Judgement(Verdict.LOOSE, why + "; tighter: " + tighter);
  }
}
