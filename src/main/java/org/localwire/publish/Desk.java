package org.localwire.publish;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Caveat;
import org.localwire.model.InputException;
import org.localwire.model.OffenceCopies;
import org.localwire.model.PlaceNames;
import org.localwire.model.Quote;
import org.localwire.render.Renderer;
import org.localwire.render.Slugs;

/**
 * What every story is rendered with, batch or single, area or force: the renderer (templates,
 * quotes, area names, offence copies), the recording-rule caveats and the offence copies. One
 * set-up, so that a bad file is the same error, with the same exit code, whatever the story.
 */
record Desk(Renderer renderer, List<Caveat> caveats, OffenceCopies copies, PlaceNames names) {
  /** This desk with the copy names of the places in {@code data} (matched by code), before any story. */
  Desk forData(org.localwire.model.Dataset data) {
    renderer.withNames(names.in(data.areas()));
    return this;
  }

  /** A batch's set-up: caveats, offence copies, quotes, templates; errors come in that order. */
  static Desk forBatch(Path dataDir, Library library, PrintWriter err) throws InputException {
    List<Caveat> caveats = DataLoader.using(dataDir).caveats();
    OffenceCopies copies = DataLoader.using(dataDir).offenceCopies();
    return new Desk(renderer(dataDir, library, caveats, copies, err), caveats, copies,
        DataLoader.using(dataDir).areaNames());
  }

  /**
   * A single story's set-up: offence copies (a warning when {@code offence} has none), caveats,
   * quotes, templates; errors come in that order.
   */
  static Desk forStory(Path dataDir, Library library, String offence, PrintWriter err) throws InputException {
    OffenceCopies copies = DataLoader.using(dataDir).offenceCopies();
    warnIfNoCopy(copies, offence, err);
    List<Caveat> caveats = DataLoader.using(dataDir).caveats();
    return new Desk(renderer(dataDir, library, caveats, copies, err), caveats, copies,
        DataLoader.using(dataDir).areaNames());
  }

  /** The warning that {@code offence} has no copy of its own in data/offences/, if it has none. */
  static void warnIfNoCopy(OffenceCopies copies, String offence, PrintWriter err) {
    copies.missing(offence, Slugs.of(offence)).ifPresent(w -> err.println("localwire: warning: " + w));
  }

  private static Renderer renderer(Path dataDir, Library library, List<Caveat> caveats, OffenceCopies copies,
      PrintWriter err) throws InputException {
    return Renderer.using(library.templates(), quotes(library.quotes(), dataDir, err), caveats).withOffences(copies);
  }

  /**
   * The quote library, its forces and offences checked against the ONS lookup and the offence
   * tree in {@code dataDir}; files in the folder that are not quote files are named in a
   * warning (issue 14).
   */
  private static List<Quote> quotes(Path folder, Path dataDir, PrintWriter err) throws InputException {
    DataLoader data = DataLoader.using(dataDir);
    Set<String> offences = new HashSet<>();
    data.offenceTree().all().forEach(o -> offences.add(o.name()));
    List<Quote> library = QuoteLoader.load(folder, offences, data.forceNames());
    for (Path other : QuoteLoader.otherFiles(folder)) {
      err.println("localwire: warning: " + other + " is not read: quote files end in .json");
      err.flush();
    }
    return library;
  }
}
