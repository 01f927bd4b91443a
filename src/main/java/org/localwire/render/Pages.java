package org.localwire.render;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.localwire.facts.Change;
import org.localwire.facts.Flag;
import org.localwire.wording.Hedges;
import org.localwire.wording.NumberWords;
import org.localwire.wording.Percentages;
import org.localwire.wording.Periods;
import org.localwire.wording.Rates;

/** What the HTML templates see: a story page, and the review pages of a release and of a run. */
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

  /** Where a story is about: its offence, area ("All of Gwent" for a force story), force and nation ("" if not known). */
  public record Where(String offence, String area, String force, String nation) {
    public Where {
      requireNonNull(offence, "offence");
      requireNonNull(area, "area");
      requireNonNull(force, "force");
      requireNonNull(nation, "nation");
    }
  }

  /** A story's headline and lead angle: its kind in words, the reason, and its score (the news value). */
  public record Lead(String headline, String angle, String reason, int score) {
    public Lead {
      requireNonNull(headline, "headline");
      requireNonNull(angle, "angle");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * The review page's sort keys, for the browser only (never shown): the count, the rate per
   * 1,000 people and the change in % on the earlier figure, exact to six decimal places in
   * Locale.ROOT; "" where the story has none (no population, no earlier figure, or none then).
   */
  public record Keys(long count, String rate, String change) {
    public Keys {
      requireNonNull(rate, "rate");
      requireNonNull(change, "change");
    }

    static Keys of(long count, long population, java.util.Optional<Change> change) {
      String rate = population <= 0 ? "" : BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(1000))
          .divide(BigDecimal.valueOf(population), 6, RoundingMode.HALF_UP).toPlainString();
      String percent = change.filter(c -> c.before().value() > 0).map(c -> BigDecimal.valueOf(c.difference())
          .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(c.before().value()), 6, RoundingMode.HALF_UP)
          .toPlainString()).orElse("");
      return new Keys(count, rate, percent);
    }
  }

  /**
   * One row of a review page. {@code id} is the story's stable name, the one an approved list
   * gives ({@code batch --approved}): its files' path under {@code --out} without the extension,
   * "stalking-and-harassment-year-to-june-2025/gwent/newport". {@code href} and {@code links} are
   * relative to the page that shows the row.
   */
  public record Entry(String id, Where where, Lead lead, List<String> figures, Keys keys, List<String> flags,
      String href, List<Link> links) {
    public Entry {
      requireNonNull(id, "id");
      requireNonNull(where, "where");
      requireNonNull(lead, "lead");
      requireNonNull(keys, "keys");
      requireNonNull(href, "href");
      figures = List.copyOf(figures);
      flags = List.copyOf(flags);
      links = List.copyOf(links);
    }

    /** The same row on a page in the folder above {@code folder}: its links start "folder/". */
    public Entry under(String folder) {
      return new Entry(id, where, lead, figures, keys, flags, folder + "/" + href,
          links.stream().map(l -> new Link(l.label(), folder + "/" + l.href())).toList());
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

  /** The review page of a release; the rows are in {@code review}. */
  public record Index(String release, String offence, String period, String summary, Review review,
      List<Skipped> skipped) {
    public Index {
      requireNonNull(review, "review");
      skipped = List.copyOf(skipped);
    }
  }

  /** The review page of a run over several offences: every story, and each area's biggest story. */
  public record Overview(String period, String summary, Review review, AreaLeads areas) {
    public Overview {
      requireNonNull(review, "review");
      requireNonNull(areas, "areas");
    }
  }

  /**
   * The review-page row for {@code story}, named {@code id} (see {@link Entry}): top angle, key
   * figures worded as in the copy, links relative to the release folder.
   */
  public static Entry entry(Story story, String id, List<Link> links) {
    var f = (org.localwire.facts.AreaFacts) story.facts();
    List<String> figures = new ArrayList<>();
    figures.add(NumberWords.digits(f.count().value()) + " offences");
    var perDay = Hedges.rate(f.count().value(), f.period());
    if (!perDay.unit().isEmpty() && !f.flagged(Flag.RARE_OFFENCE)) {
      figures.add(perDay.text());
    }
    f.rate().filter(r -> !f.flagged(Flag.RARE_OFFENCE)).ifPresent(r -> figures.add(Rates.perThousand(r.count().value(),
        r.population().value()) + " per 1,000 people"));
    f.change().ifPresent(c -> Percentages.change(c.before().value(), c.after().value())
        .ifPresent(p -> figures.add((c.isRise() ? "up " : c.isFall() ? "down " : "") + p + " " + Periods.since(c.from()))));
    // why an earlier period is not compared (issue 18): a split or merged partnership, a code reused
    f.notes().stream().filter(n -> n.startsWith("No comparison with ")).forEach(figures::add);
    return entry(story, id, new Where(f.offence().name(), f.area().name(), f.force(), nation(f.area().code())),
        figures, f.rate().map(r -> r.population().value()).orElse(0L), links);
  }

  /** The review-page row for a force's story, named {@code id}, its force in {@code nation}. */
  public static Entry forceEntry(Story story, String id, String nation, List<Link> links) {
    var f = story.facts();
    return entry(story, id, new Where(f.offence().name(), "All of " + f.force(), f.force(), nation),
        List.of(NumberWords.digits(f.count().value()) + " offences, whole force"), 0, links);
  }

  /** Any place's row: the lead angle, the figures and sort keys, the story's review flags. */
  private static Entry entry(Story story, String id, Where where, List<String> figures, long people,
      List<Link> links) {
    var f = story.facts();
    var top = story.angles().isEmpty() ? null : story.angles().get(0);
    Lead lead = new Lead(story.headline(), top == null ? "" : words(top.kind().name()), top == null ? "" : top.reason(),
        top == null ? 0 : top.score());
    return new Entry(id, where, lead, figures, Keys.of(f.count().value(), people, f.change()),
        story.flags().stream().map(Flag::id).toList(), headlineHref(links), links);
  }

  /** "England" or "Wales" from an ONS code (E..., W...), "" when the code says neither. */
  public static String nation(String code) {
    if (code.startsWith("E")) {
      return "England";
    }
    return code.startsWith("W") ? "Wales" : "";
  }

  /** LARGEST_RISE_IN_FORCE as "largest rise in force". */
  private static String words(String kind) {
    return kind.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The headline opens the HTML page when there is one, else the first format written. */
  private static String headlineHref(List<Link> links) {
    return links.stream().filter(l -> l.label().equals("html")).findFirst().orElse(links.get(0)).href();
  }

  /** The page data for {@code story}, with links to its files in {@code formats} (extensions). */
  public static StoryPage storyPage(Story story, List<Link> formats, String indexHref) {
    return new StoryPage(story.headline(), story.paragraphs().stream().map(Story.Paragraph::text).toList(),
        story.sampleQuote(), story.facts().name(), story.facts().force(),
        org.localwire.wording.Periods.name(story.facts().period()), Chart.of(story.facts()), formats, indexHref);
  }
}
