package org.localwire.cli;

import java.nio.file.Path;
import org.localwire.publish.Library;
import picocli.CommandLine.Option;

/** Where the templates and the quote library are. */
final class RenderOptions {
  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Folder of FreeMarker templates (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--quotes", paramLabel = "DIR", defaultValue = "quotes",
      description = "Folder of quote library JSON files (default: ${DEFAULT-VALUE}).")
  Path quotes;

  /** The folders as the publishing service takes them. */
  Library library() {
    return new Library(templates, quotes);
  }
}
