package org.localwire.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Safe ASCII file names from area and force names: accents dropped ("Ynys Môn" to
 * "ynys-mon"), anything but a-z and 0-9 becomes one hyphen, so no slug can hold a path
 * separator, a dot or "..", start with a hyphen, or be empty. A name with nothing left
 * ("!!!", a name in another script) gets "area-" and a stable hash of the name; a name longer
 * than {@link #MAX_LENGTH} is cut at a hyphen and given the hash, so that two long names do
 * not collide; Windows device names ("con", "nul") get "-area" so the file can be opened there.
 */
public final class Slugs {
  /** File systems allow 255 bytes a name; this leaves room for the extension and a temp suffix. */
  public static final int MAX_LENGTH = 80;

  private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
      "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
      "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private Slugs() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  public static String of(String name) {
    // accents come off only where there are any (a batch asks for a slug per story)
    String ascii = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String slug = hyphenate(ascii.toLowerCase(Locale.ROOT));
    if (slug.isEmpty()) {
      return "area-" + hash(name);
    }
    if (slug.length() > MAX_LENGTH) {
      String cut = slug.substring(0, MAX_LENGTH - 9);
      int hyphen = cut.lastIndexOf('-');
      cut = hyphen > 0 ? cut.substring(0, hyphen) : cut;
      return cut + "-" + hash(name);
    }
    return WINDOWS_DEVICES.contains(slug) ? slug + "-area" : slug;
  }

  /** Runs of anything but a-z and 0-9 become one hyphen; none at either end. */
  private static String hyphenate(String lower) {
    StringBuilder sb = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && sb.length() > 0) {
          sb.append('-');
        }
        sb.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Eight hex digits, the same on every machine (CRC-32 of the UTF-8 bytes). */
  private static String hash(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }
}
