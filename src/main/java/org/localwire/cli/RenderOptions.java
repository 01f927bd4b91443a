package org.localwire.cli;

import java.nio.file.Path;
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
  org.localwire.publish.Library library() {
    return new org.localwire.publish.Library(templates, quotes);
  }

  /**
   * The quote library, its forces and offences checked against the ONS lookup and the offence
   * tree in {@code dataDir}; files in the folder that are not quote files are named in a
   * warning (issue 14).
   */
  java.util.List<org.localwire.model.Quote> quotes(Path dataDir, java.io.PrintWriter err)
      throws org.localwire.model.InputException {
    org.localwire.load.DataLoader data = org.localwire.load.DataLoader.using(dataDir);
    java.util.Set<String> offences = new java.util.HashSet<>();
    data.offenceTree().all().forEach(o -> offences.add(o.name()));
    java.util.List<org.localwire.model.Quote> library = org.localwire.load.QuoteLoader.load(quotes, offences,
        data.forceNames());
    for (Path other : org.localwire.load.QuoteLoader.otherFiles(quotes)) {
      err.println("localwire: warning: " + other + " is not read: quote files end in .json");
      err.flush();
    }
    return library;
  }
}
