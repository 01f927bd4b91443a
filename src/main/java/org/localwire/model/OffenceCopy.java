package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * What the copy says about one offence, from {@code data/offences/<slug>.json}: its noun
 * ("robbery", "robberies"), what the category covers, more context, the helplines that fit it
 * (only services with a real, checked number), its recording caveats and the ninjs subjects.
 * {@link #plain} is the copy of an offence with no file: the noun from its name, no context, the
 * general helplines.
 */
public record OffenceCopy(
    String offence,
    String singular,
    String plural,
    String article,
    String covers,
    List<String> context,
    List<Helpline> helplines,
    List<Caveat> caveats,
    List<String> subjects,
    String file) {

  /** A recording caveat the story prints, with where it comes from. */
  public record Caveat(String text, String source) {
    public Caveat {
      requireNonNull(text, "text");
      requireNonNull(source, "source");
    }
  }

  public OffenceCopy {
    requireNonNull(offence, "offence");
    requireNonNull(singular, "singular");
    requireNonNull(plural, "plural");
    requireNonNull(covers, "covers");
    requireNonNull(file, "file");
    Checks.checkArgument(article.equals("a") || article.equals("an"), "article %s is not a or an", article);
    context = List.copyOf(context);
    helplines = List.copyOf(helplines);
    caveats = List.copyOf(caveats);
    subjects = List.copyOf(subjects);
  }

  /**
   * The copy of an offence without a file: "drug offences" for Drug offences, "homicide
   * offences" for Homicide; no context, the given general helplines.
   */
  public static OffenceCopy plain(String offence, List<Helpline> general) {
    String lower = offence.isEmpty() ? offence : Character.toLowerCase(offence.charAt(0)) + offence.substring(1);
    String stem = lower.endsWith(" offences") ? lower.substring(0, lower.length() - " offences".length()) : lower;
    String singular = stem + " offence";
    String first = singular.substring(0, 1).toLowerCase(Locale.ROOT);
    return new OffenceCopy(offence, singular, stem + " offences", "aeiou".contains(first) ? "an" : "a", "", List.of(),
        general, List.of(), List.of("crime"), "");
  }

  /** "a robbery", "an arson offence". */
  public String withArticle() {
    return article + " " + singular;
  }

  /** The plural at the start of a sentence or headline: "Robberies". */
  public String pluralTitle() {
    return plural.isEmpty() ? plural : plural.substring(0, 1).toUpperCase(Locale.UK) + plural.substring(1);
  }
}
