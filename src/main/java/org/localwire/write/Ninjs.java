package org.localwire.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import freemarker.core.HTMLOutputFormat;
import org.localwire.facts.Flag;
import org.localwire.render.Slugs;
import org.localwire.render.Story;

/**
 * A story as an IPTC ninjs 2.2 news item, written with Jackson's streaming generator. The schema forbids unknown
 * properties at its root, so localwire's own data (facts, angles, cells) goes in the
 * {@code .facts.json} file beside it ({@link FactsJson}).
 */
public final class Ninjs {

  private Ninjs() {}

  /** The item's identifier: stable for the same release, force and area. */
  public static String uri(Release release, Draft draft) {
    return "urn:localwire:" + Slugs.of(release.name()) + ":" + Slugs.of(draft.force()) + ":" + draft.slug();
  }

  /** The first issue of {@code story} in {@code release}. */
  public static String of(Story story, Release release) {
    return of(Draft.of(story), release);
  }

  /** The first issue of {@code story} in {@code release}. */
  public static String of(Draft story, Release release) {
    return of(story, release, Stamp.first(release));
  }

  /**
   * {@code pubstatus} is {@code withheld} while the draft carries a sample quote or a blocking
   * flag ({@link Flag#blocking()}), else {@code usable}.
   */
  static boolean withheld(Draft story) {
    return story.sampleQuote() || story.flags().stream().anyMatch(id -> Flag.byId(id).map(Flag::blocking)
        .orElse(false));
  }

  static String of(Draft story, Release release, Stamp stamp) {
    return Json.of(item(story, release, stamp));
  }

  /** The item as ordered maps and lists, for {@link Json}. */
  static Map<String, Object> item(Draft story, Release release, Stamp stamp) {
    Map<String, Object> item = new LinkedHashMap<>(); // ordered: same data, same bytes
    item.put("uri", uri(release, story));
    head(item, release, stamp, withheld(story) ? "withheld" : "usable");
    item.put("slugline", Slugs.of(story.offence()) + "-" + story.slug());
    byline(item, release);
    item.put("ednote", ednote(story, stamp));
    item.put("headlines", List.of(object("role", "main", "contenttype", "text/plain", "value", story.headline())));
    String body = String.join("\n\n", story.paragraphs());
    Map<String, Object> text = object("role", "main", "contenttype", "text/plain", "value", body);
    text.put("charcount", body.length());
    text.put("wordcount", words(body));
    item.put("bodies", List.of(text, object("role", "main", "contenttype", "text/html", "value", html(story))));
    // the offence, then its topics from data/offences/<offence>.json, each once
    List<Object> subjects = new ArrayList<>();
    java.util.Set<String> named = new java.util.HashSet<>();
    for (String name : concat(List.of(story.offence(), "crime statistics"), story.subjects())) {
      if (named.add(name.toLowerCase(java.util.Locale.ROOT))) {
        subjects.add(object("name", name, "rel", "about"));
      }
    }
    item.put("subjects", subjects);
    List<Object> places = new ArrayList<>();
    places.add(object("name", story.place(), "rel", "about",
        "literal", story.placeCode().isEmpty() ? story.slug() : story.placeCode()));
    if (!story.place().equals(story.force() + " police force area")) {
      places.add(object("name", story.force() + " police force area", "rel", "about"));
    }
    item.put("places", places);
    item.put("genres", List.of(object("name", "Data story")));
    item.put("usageterms", "Figures: Contains public sector information licensed under the Open Government "
        + "Licence v3.0.");
    return item;
  }

  /**
   * The item that withdraws a story no longer in the release ({@code pubstatus: canceled}):
   * its identifier, version and slugline, and the note saying why; no copy.
   */
  static String withdrawn(String uri, String slugline, Release release, Stamp stamp) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("uri", uri);
    head(item, release, stamp, "canceled");
    item.put("slugline", slugline);
    byline(item, release);
    item.put("ednote", stamp.correction());
    return Json.of(item);
  }

  /** type, version, versioncreated, embargoed, pubstatus, copyrightholder, language. */
  private static void head(Map<String, Object> item, Release release, Stamp stamp, String pubstatus) {
    item.put("type", "text");
    item.put("version", Integer.toString(stamp.version()));
    item.put("versioncreated", Stamp.format(stamp.created()));
    stamp.embargo().ifPresent(t -> item.put("embargoed", Stamp.format(t)));
    item.put("pubstatus", pubstatus);
    if (!release.network().copyrightHolder().isEmpty()) {
      item.put("copyrightholder", release.network().copyrightHolder());
    }
    item.put("language", "en-GB");
  }

  /** by and located, from the network config; left out when it does not give them. */
  private static void byline(Map<String, Object> item, Release release) {
    if (!release.network().byline().isEmpty()) {
      item.put("by", release.network().byline());
    }
    if (!release.network().located().isEmpty()) {
      item.put("located", release.network().located());
    }
  }

  /** The correction, if any, then what an editor must do before publication. */
  private static String ednote(Draft story, Stamp stamp) {
    String draft = story.sampleQuote()
        ? "Draft. The quote is a sample, not a real statement: replace it with an approved statement before "
            + "publication."
        : "Draft generated by localwire from official figures; check before publication.";
    return stamp.correction().isEmpty() ? draft : stamp.correction() + " " + draft;
  }

  /**
   * The paragraphs as HTML paragraphs, every character that is markup escaped as the HTML story
   * page escapes it (FreeMarker's HTML output format: {@code &lt; &gt; &amp; &quot; &#39;}).
   */
  static String html(Draft story) {
    StringBuilder sb = new StringBuilder();
    for (String p : story.paragraphs()) {
      sb.append(sb.length() == 0 ? "" : "\n").append("<p>").append(HTMLOutputFormat.INSTANCE.escapePlainText(p)).append("</p>");
    }
    return sb.toString();
  }

  /** Words as runs of characters other than ASCII white space (regex \s): the count a word processor gives. */
  private static int words(String body) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** An ordered JSON object from name, value pairs. */
  private static Map<String, Object> object(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
