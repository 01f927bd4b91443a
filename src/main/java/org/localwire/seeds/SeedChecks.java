package org.localwire.seeds;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.localwire.model.InputException;
import org.localwire.wording.Claims;
import org.localwire.wording.Hedges;
import org.localwire.wording.Multiples;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Ordinals;
import org.localwire.wording.Percentages;

/**
 * Checks every fact a seed article reports: the exact value from the seed's figures, the
 * article's words judged against it, and localwire's own words for the same fact (written by the
 * wording package, judged by {@link Claims}, which implements the wording standard
 * independently). Pure.
 */
public final class SeedChecks {
  private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(people|persons|individuals|victims)\\b");

  private SeedChecks() {}

  /**
   * One reported fact checked. {@code article} is empty when the figures cannot give the exact
   * value ({@code measurement.unavailable()} says why) or the article prints no figure; {@code
   * localwire} is "" when localwire states nothing for the fact.
   */
  public record FactCheck(
      ReportedFact fact,
      Measures.Measurement measurement,
      Optional<Claims.Judgement> article,
      String localwire,
      Optional<Claims.Judgement> localwireJudgement,
      List<String> notes) {
    public FactCheck {
      requireNonNull(fact, "fact");
      requireNonNull(measurement, "measurement");
      requireNonNull(article, "article");
      requireNonNull(localwire, "localwire");
      requireNonNull(localwireJudgement, "localwireJudgement");
      notes = List.copyOf(notes);
    }

    /** What a reporter reads for the article's claim: "exact", "loose but true", "false", "cannot be checked". */
    public String articleVerdict() {
      if (fact.article().isBlank()) {
        return "not stated";
      }
      return article.map(j -> j.verdict().words()).orElse("cannot be checked");
    }

    /** True when localwire says nothing, or says something exact for the value. */
    public boolean localwireTrue() {
      return localwireJudgement.map(j -> j.verdict() == Claims.Verdict.EXACT).orElse(localwire.isEmpty());
    }
  }

  /**
   * Checks every fact of {@code seed}. Throws when a fact's recorded exact value is not what
   * the figures give: the seed file, not the article, is then wrong.
   */
  public static List<FactCheck> check(SeedCase seed) throws InputException {
    List<FactCheck> out = new ArrayList<>();
    for (ReportedFact fact : seed.facts()) {
      Measures.Measurement m = Measures.of(seed.data(), fact);
      if (fact.measure() != ReportedFact.Measure.UNCHECKABLE && !m.exact().equals(fact.exact())) {
        throw InputException.at(fact.cell(), "fact \"" + fact.id() + "\" records the exact value \"" + fact.exact()
            + "\" but the figures give \"" + m.exact() + "\"" + (m.available() ? "" : " (" + m.unavailable() + ")"),
            "correct the seed file's \"exact\" or its figures");
      }
      List<String> notes = new ArrayList<>();
      if (PEOPLE.matcher(fact.article()).find()) {
        notes.add("the article counts people; the figures count offences");
      }
      Optional<Claims.Judgement> article = Optional.empty();
      String localwire = "";
      Optional<Claims.Judgement> ours = Optional.empty();
      if (m.available()) {
        if (!fact.article().isBlank()) {
          article = Optional.of(judge(fact.article(), m));
        }
        localwire = words(m);
        ours = Optional.of(judge(localwire, m));
      }
      out.add(new FactCheck(fact, m, article, localwire, ours, notes));
    }
    return List.copyOf(out);
  }

  /** localwire's words for the fact, from the wording package. */
  static String words(Measures.Measurement m) {
    long a = m.first();
    long b = m.second();
    return switch (m.fact().measure()) {
      case COUNT, AREAS, AREAS_RISING_MORE_THAN -> NumberWords.count(a);
      case RATE -> Hedges.rate(a, m.period()).text();
      case CHANGE -> (b >= a ? "up " : "down ") + Percentages.change(a, b).orElseThrow();
      case MULTIPLE -> Multiples.of(a, b).orElseGet(() -> (b >= a ? "up " : "down ")
          + Percentages.change(a, b).orElseThrow());
      case SHARE -> Percentages.share(a, b);
      case TOP_AREAS -> join(m.names());
      case RANK -> Ordinals.of(m.position()) + " most common";
      case UNCHECKABLE -> "";
    };
  }

  /** Judges words against the measurement, by the measure's kind. */
  static Claims.Judgement judge(String words, Measures.Measurement m) {
    long a = m.first();
    long b = m.second();
    return switch (m.fact().measure()) {
      case COUNT, AREAS, AREAS_RISING_MORE_THAN -> Claims.count(words, a);
      case RATE -> Claims.rate(words, a, m.period().days(), m.period().months());
      case CHANGE -> Claims.change(words, a, b);
      case MULTIPLE -> {
        Claims.Judgement j = Claims.multiple(words, a, b);
        yield j.verdict() == Claims.Verdict.UNREADABLE ? Claims.change(words, a, b) : j;
      }
      case SHARE -> {
        Claims.Judgement j = Claims.share(words, a, b);
        yield j.verdict() == Claims.Verdict.UNREADABLE && a > 0 ? Claims.oneIn(words, a, b) : j;
      }
      case TOP_AREAS -> Claims.names(words, m.names());
      case RANK -> Claims.rank(words, m.position());
      case UNCHECKABLE -> new Claims.Judgement(Claims.Verdict.UNREADABLE, "not checked");
    };
  }

  private static String join(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
