package org.localwire.publish;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** Where a story's words come from: the folder of FreeMarker templates and the quote library's folder. */
public record Library(Path templates, Path quotes) {
  public Library {
    requireNonNull(templates, "templates");
    requireNonNull(quotes, "quotes");
  }
}
