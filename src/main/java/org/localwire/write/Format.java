package org.localwire.write;

import java.util.Locale;

/** The output formats of a batch, by file extension. */
public enum Format {
  TXT("txt", "text"),
  MD("md", "Markdown"),
  HTML("html", "HTML"),
  JSON("json", "ninjs JSON");

  private final String extension;
  private final String label;

  Format(String extension, String label) {
    this.extension = extension;
    this.label = label;
  }

  public String extension() {
    return extension;
  }

  public String label() {
    return label;
  }

  /** {@code txt}, {@code md}, {@code html} or {@code json}, ignoring case. */
  public static Format parse(String text) {
    for (Format f : values()) {
      if (f.extension.equalsIgnoreCase(text.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format \"" + text + "\": use txt, md, html or json");
  }

  @Override
  public String toString() {
    return extension.toLowerCase(Locale.ROOT);
  }
}
