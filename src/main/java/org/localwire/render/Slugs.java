package org.localwire.render;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Safe ASCII file names from area and force names: accents dropped ("Ynys Môn" to
 * "ynys-mon"), anything but letters and digits becomes one hyphen, so no name can contain a
 * path separator or "..".
 */
public final class Slugs {
  private Slugs() {}

  public static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "area" : slug;
  }
}
