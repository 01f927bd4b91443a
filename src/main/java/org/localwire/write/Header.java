package org.localwire.write;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines above a story's headline in its text and Markdown files: the embargo, and for a
 * re-issue its version and correction. A first issue without an embargo has none, so its files
 * are the copy alone.
 */
final class Header {
  /** "09:30 on 23 October 2025": the time as given, in the offset it was given in. */
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM uuuu", Locale.UK);

  private Header() {}

  static List<String> lines(Stamp stamp) {
    List<String> lines = new ArrayList<>();
    stamp.embargo().ifPresent(t -> lines.add(embargo(t)));
    if (stamp.version() > 1) {
      lines.add("Version " + stamp.version() + ". " + stamp.correction());
    }
    return lines;
  }

  /** "Embargoed: not for publication before 09:30 on 23 October 2025 (UTC+01:00)." */
  static String embargo(OffsetDateTime until) {
    String offset = until.getOffset().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + until.getOffset().getId();
    return "Embargoed: not for publication before " + WHEN.format(until) + " (" + offset + ").";
  }

  /** The plain-text file: the header lines, a blank line, then the story as {@link Draft#text()}. */
  static String text(Draft draft, Stamp stamp) {
    List<String> lines = lines(stamp);
    return lines.isEmpty() ? draft.text() : String.join("\n", lines) + "\n\n" + draft.text();
  }
}
