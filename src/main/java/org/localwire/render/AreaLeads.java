package org.localwire.render;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Change;
import org.localwire.model.Offence;
import org.localwire.model.OffenceTree;
import org.localwire.model.Period;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Percentages;
import org.localwire.wording.Periods;

/**
 * Each area's biggest story across the offences of a run (issue 17 item 4): which type of crime
 * rose most on the year before, by how much, and the area's strongest story by lead angle score.
 *
 * <p>Like with like, so that "the biggest rise in Newport is shoplifting, up 40%" is true:
 * <ul>
 *   <li>only the types of crime compete: offences with no finer category in the figures, which
 *       together make up all recorded crime (WORDING.md, "Ranks and comparisons"). Total recorded
 *       crime and groups such as violence against the person are left out, so that no offence
 *       competes with the offences it contains;
 *   <li>only the change the stories compute (both years published, the area comparable across
 *       them: data/comparability.csv), and only against the same 12 months a year earlier;
 *   <li>not a small base ({@link Angles#smallChange}: fewer than 20 offences the year before, or a
 *       change of fewer than 10), and not a comparison a caveat in data/caveats.csv applies to
 *       (a change in recording rules, or a year ONS says is miscounted);
 *   <li>the biggest rise is the largest percentage on the earlier figure, compared exactly; two
 *       offences with the same fraction are joint.
 * </ul>
 * Pure.
 */
public record AreaLeads(List<AreaLead> areas, List<String> types, List<String> left) {
  public AreaLeads {
    areas = List.copyOf(areas);
    types = List.copyOf(types);
    left = List.copyOf(left);
  }

  /** Why an offence's change in an area does or does not compete for its biggest rise. */
  public enum Status { COMPARED, NOT_A_TYPE, NO_YEAR_BEFORE, SMALL_BASE, CAVEAT }

  /** One area story of the run, as the summary needs it: its row, and its change if it competes. */
  public record Candidate(Pages.Entry entry, Status status, long before, long after, Period from, Period to) {
    public Candidate {
      requireNonNull(entry, "entry");
      requireNonNull(status, "status");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    /** The candidate for the story {@code entry} about {@code facts}; {@code type}: whether its offence is a type of crime. */
    public static Candidate of(Pages.Entry entry, AreaFacts facts, boolean type) {
      if (!type) {
        return new Candidate(entry, Status.NOT_A_TYPE, 0, 0, facts.period(), facts.period());
      }
      if (facts.change().isEmpty() || !facts.change().get().from().sameSpan(facts.period().yearsEarlier(1))) {
        return new Candidate(entry, Status.NO_YEAR_BEFORE, 0, 0, facts.period(), facts.period());
      }
      Change c = facts.change().get();
      long before = c.before().value();
      long after = c.after().value();
      Status status = Angles.smallChange(before, after) ? Status.SMALL_BASE
          : facts.caveats().stream().anyMatch(v -> v.crossedBy(c.from(), c.to())) ? Status.CAVEAT : Status.COMPARED;
      return new Candidate(entry, status, before, after, c.from(), c.to());
    }
  }

  /**
   * An offence with the area's biggest rise: "Shoplifting", "up 40%", "120 in the year to June
   * 2024, 168 in the year to June 2025", and its story.
   */
  public record Rise(String offence, String percent, String span, String href) {
    public Rise {
      requireNonNull(offence, "offence");
      requireNonNull(percent, "percent");
      requireNonNull(span, "span");
      requireNonNull(href, "href");
    }
  }

  /**
   * One area: its biggest rise (more than one when joint; none when nothing compared rose), how
   * many types were compared ("of the 14 types of crime compared", or why none rose), and its
   * strongest story of any offence.
   */
  public record AreaLead(String area, String force, List<Rise> biggest, boolean joint, String compared,
      Pages.Entry strongest) {
    public AreaLead {
      requireNonNull(area, "area");
      requireNonNull(force, "force");
      biggest = List.copyOf(biggest);
      requireNonNull(compared, "compared");
      requireNonNull(strongest, "strongest");
    }
  }

  /**
   * The offences of {@code run} that are types of crime: not the root of {@code tree}, and with
   * no child among the offences the figures give ({@code inData}).
   */
  public static Set<String> typesOfCrime(OffenceTree tree, Collection<String> inData, Collection<String> run) {
    Set<String> given = Set.copyOf(inData);
    Set<String> types = new java.util.LinkedHashSet<>();
    for (String name : run) {
      tree.find(name).filter(o -> !tree.root().map(Offence::name).orElse("").equals(o.name()))
          .filter(o -> tree.children(o).stream().noneMatch(c -> given.contains(c.name())))
          .ifPresent(o -> types.add(o.name()));
    }
    return types;
  }

  /** The summary of {@code candidates} (area stories, in the order written); {@code run} names every offence of the run. */
  public static AreaLeads of(List<Candidate> candidates, List<String> run, Set<String> types) {
    Map<List<String>, List<Candidate>> byArea = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      byArea.computeIfAbsent(List.of(c.entry().where().force(), c.entry().where().area()), k -> new ArrayList<>())
          .add(c);
    }
    List<AreaLead> areas = byArea.values().stream().map(AreaLeads::lead).toList();
    return new AreaLeads(areas, run.stream().filter(types::contains).toList(),
        run.stream().filter(o -> !types.contains(o)).toList());
  }

  private static AreaLead lead(List<Candidate> stories) {
    Pages.Entry strongest = stories.get(0).entry();
    List<Candidate> rises = new ArrayList<>();
    int compared = 0;
    for (Candidate c : stories) {
      if (c.entry().lead().score() > strongest.lead().score()) {
        strongest = c.entry();
      }
      if (c.status() != Status.COMPARED) {
        continue;
      }
      compared++;
      if (c.after() <= c.before()) {
        continue;
      }
      int cmp = rises.isEmpty() ? 1 : compareRises(c, rises.get(0));
      if (cmp > 0) {
        rises.clear();
      }
      if (cmp >= 0) {
        rises.add(c);
      }
    }
    String among = compared == 0 ? "no type of crime here can be compared like with like"
        : rises.isEmpty() ? (compared == 1 ? "the one type of crime compared did not rise"
        : "none of the " + NumberWords.count(compared) + " types of crime compared rose")
        : compared == 1 ? "the one type of crime compared" : "of the " + NumberWords.count(compared)
        + " types of crime compared";
    List<Rise> biggest = rises.stream().map(c -> new Rise(c.entry().where().offence(),
        "up " + Percentages.change(c.before(), c.after()).orElseThrow(), NumberWords.digits(c.before()) + " "
        + Periods.during(c.from()) + ", " + NumberWords.digits(c.after()) + " " + Periods.during(c.to()),
        c.entry().href())).toList();
    Pages.Entry first = stories.get(0).entry();
    return new AreaLead(first.where().area(), first.where().force(), biggest, biggest.size() > 1, among, strongest);
  }

  /** Which rise is larger as a fraction of its earlier figure: (a1 - b1) / b1 against (a2 - b2) / b2, exactly. */
  static int compareRises(Candidate x, Candidate y) {
    return Long.compare(Math.multiplyExact(x.after() - x.before(), y.before()),
        Math.multiplyExact(y.after() - y.before(), x.before()));
  }
}
