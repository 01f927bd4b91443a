package org.localwire.render;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.localwire.facts.Flag;

/**
 * The rows of a review page and what its controls offer (issue 16, review by exception): every
 * story, highest news value (lead angle score) first, a tie in the order the stories were
 * written, force stories among the rest; the forces, nations, offences and flags to filter by.
 *
 * <p>A flag that every row carries ({@code common}, e.g. sample-quote when every draft has a
 * sample quote) singles out no draft: it is said once above the table, not as a badge on each
 * row, and the "needs a look" view ignores it (with two rows or more); a row needs a look when it has any other flag
 * ({@code badges}). When a flag is not on every row it is a badge wherever it is.
 * {@code severalOffences}: the page shows an offence column and filter.
 */
public record Review(List<Line> lines, List<String> common, List<String> flags, List<String> forces,
    List<String> nations, List<String> offences, boolean severalOffences, int needsLook) {

  /** A row of the page: the story, its flags shown as badges (the common ones left out), and whether it needs a look. */
  public record Line(Pages.Entry entry, List<String> badges, boolean needsLook) {
    public Line {
      requireNonNull(entry, "entry");
      badges = List.copyOf(badges);
    }
  }

  public Review {
    lines = List.copyOf(lines);
    common = List.copyOf(common);
    flags = List.copyOf(flags);
    forces = List.copyOf(forces);
    nations = List.copyOf(nations);
    offences = List.copyOf(offences);
  }

  /** The page of {@code entries}, in the order written; sorted here by score, highest first (a stable sort). */
  public static Review of(List<Pages.Entry> entries) {
    List<Pages.Entry> sorted = entries.stream()
        .sorted(Comparator.comparingInt((Pages.Entry e) -> e.lead().score()).reversed()).toList();
    // one story alone is no pattern: its flags stay badges
    Set<String> everywhere = entries.size() < 2 ? new HashSet<>() : new HashSet<>(entries.get(0).flags());
    Set<String> anywhere = new HashSet<>();
    for (Pages.Entry e : entries) {
      everywhere.retainAll(e.flags());
      anywhere.addAll(e.flags());
    }
    List<String> common = inFlagOrder(everywhere);
    anywhere.removeAll(everywhere);
    List<Line> lines = sorted.stream().map(e -> {
      List<String> badges = e.flags().stream().filter(f -> !everywhere.contains(f)).toList();
      return new Line(e, badges, !badges.isEmpty());
    }).toList();
    return new Review(lines, common, inFlagOrder(anywhere),
        entries.stream().map(e -> e.where().force()).distinct().sorted().toList(),
        entries.stream().map(e -> e.where().nation()).filter(n -> !n.isEmpty()).distinct().sorted().toList(),
        entries.stream().map(e -> e.where().offence()).distinct().toList(),
        entries.stream().map(e -> e.where().offence()).distinct().count() > 1, (int) lines.stream().filter(Line::needsLook).count());
  }

  private static List<String> inFlagOrder(Set<String> ids) {
    return Arrays.stream(Flag.values()).map(Flag::id).filter(ids::contains).toList();
  }
}
