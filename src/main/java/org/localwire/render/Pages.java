package org.localwire.render;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What the HTML templates see: a story page, and the release's review page. */
public final class Pages {
  private Pages() {}

  /** One story as an HTML page: the copy, the chart and links to the other formats. */
  public record StoryPage(String headline, List<String> paragraphs, boolean sampleQuote, String area, String force,
      String period, Chart chart, List<Link> formats, String indexHref) {
    public StoryPage {
      paragraphs = List.copyOf(paragraphs);
      formats = List.copyOf(formats);
    }
  }

  /** A link with its label, relative to the page that carries it. */
  public record Link(String label, String href) {
    public Link {
      requireNonNull(label, "label");
      requireNonNull(href, "href");
    }
  }

  /** One row of the review page. */
  public record Entry(String area, String force, String headline, String href, String angle, String reason,
      List<String> figures, List<Link> links, boolean sampleQuote, List<String> flags) {
    public Entry {
      figures = List.copyOf(figures);
      links = List.copyOf(links);
      flags = List.copyOf(flags);
    }
  }

  /** An area whose story the release does not have, and why (issue 14: skipped stories are listed). */
  public record Skipped(String area, String force, String reason) {
    public Skipped {
      requireNonNull(area, "area");
      requireNonNull(force, "force");
      requireNonNull(reason, "reason");
    }
  }

  /** The review page of a release. */
  public record Index(String release, String offence, String period, String summary, List<String> forces,
      List<Entry> entries, List<Skipped> skipped, List<String> flags) {
    public Index {
      forces = List.copyOf(forces);
      entries = List.copyOf(entries);
      skipped = List.copyOf(skipped);
      flags = List.copyOf(flags);
    }

    /** The page of a release; {@code flags} is every flag some story carries, in {@link org.localwire.facts.Flag} order. */
    public Index(String release, String offence, String period, String summary, List<String> forces,
        List<Entry> entries, List<Skipped> skipped) {
      this(release, offence, period, summary, forces, entries, skipped, flagsOf(entries));
    }

    private static List<String> flagsOf(List<Entry> entries) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      entries.forEach(e -> seen.addAll(e.flags()));
      return java.util.Arrays.stream(org.localwire.facts.Flag.values()).map(org.localwire.facts.Flag::id)
          .filter(seen::contains).toList();
    }
  }

  /** The review-page row for {@code story}: top angle, key figures worded as in the copy, links. */
  public static Entry entry(Story story, List<Link> links) {
    var f = story.facts();
    List<String> figures = new java.util.ArrayList<>();
    figures.add(org.localwire.wording.NumberWords.digits(f.count().value()) + " offences");
    var perDay = org.localwire.wording.Hedges.rate(f.count().value(), f.period());
    if (!perDay.unit().isEmpty() && !f.flagged(org.localwire.facts.Flag.RARE_OFFENCE)) {
      figures.add(perDay.text());
    }
    f.rate().filter(r -> !f.flagged(org.localwire.facts.Flag.RARE_OFFENCE)).ifPresent(r -> figures.add(org.localwire.wording.Rates.perThousand(r.count().value(),
        r.population().value()) + " per 1,000 people"));
    f.change().ifPresent(c -> org.localwire.wording.Percentages.change(c.before().value(), c.after().value())
        .ifPresent(p -> figures.add((c.isRise() ? "up " : c.isFall() ? "down " : "") + p + " since " + c.from().label())));
    // why an earlier period is not compared (issue 18): a split or merged partnership, a code reused
    f.notes().stream().filter(n -> n.startsWith("No comparison with ")).forEach(figures::add);
    String angle = story.angles().isEmpty() ? "" : story.angles().get(0).kind().name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ');
    String reason = story.angles().isEmpty() ? "" : story.angles().get(0).reason();
    // the headline opens the HTML page when there is one, else the first format written
    String href = links.stream().filter(l -> l.label().equals("html")).findFirst().orElse(links.get(0)).href();
    return new Entry(f.area().name(), f.force(), story.headline(), href, angle, reason, figures, links,
        story.sampleQuote(), story.flags().stream().map(org.localwire.facts.Flag::id).toList());
  }

  /** The page data for {@code story}, with links to its files in {@code formats} (extensions). */
  public static StoryPage storyPage(Story story, List<Link> formats, String indexHref) {
    return new StoryPage(story.headline(), story.paragraphs().stream().map(Story.Paragraph::text).toList(),
        story.sampleQuote(), story.facts().area().name(), story.facts().force(),
        org.localwire.wording.Periods.name(story.facts().period()), Chart.of(story.facts()), formats, indexHref);
  }

  /**
   * One story on the review page of several offences (issue 17): where it is, its headline, its
   * lead angle and that angle's score, and its page relative to the output folder.
   */
  public record Row(String offence, String area, String force, String headline, String angle, String reason,
      int score, String href) {
    public Row {
      requireNonNull(offence, "offence");
      requireNonNull(area, "area");
      requireNonNull(force, "force");
      requireNonNull(headline, "headline");
      requireNonNull(angle, "angle");
      requireNonNull(reason, "reason");
      requireNonNull(href, "href");
    }
  }

  /** The review page of a run over several offences: every story, strongest angle first. */
  public record Overview(String period, String summary, List<String> offences, List<String> forces, List<Row> rows) {
    public Overview {
      offences = List.copyOf(offences);
      forces = List.copyOf(forces);
      rows = List.copyOf(rows);
    }
  }
}
