package org.localwire.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The copy of every offence that has a file in {@code data/offences/}, and the general helplines
 * a story about any other offence gives. {@link #none} is for tests and callers without a data
 * folder: every offence gets its {@link OffenceCopy#plain plain} copy.
 */
public final class OffenceCopies {
  private final Map<String, OffenceCopy> byOffence;
  private final List<Helpline> general;
  private final String folder;

  private OffenceCopies(Map<String, OffenceCopy> byOffence, List<Helpline> general, String folder) {
    this.byOffence = Map.copyOf(byOffence);
    this.general = List.copyOf(general);
    this.folder = folder;
  }

  public static OffenceCopies of(Map<String, OffenceCopy> byOffence, List<Helpline> general, String folder) {
    return new OffenceCopies(byOffence, general, folder);
  }

  public static OffenceCopies none() {
    return new OffenceCopies(Map.of(), List.of(), "");
  }

  /** The offence's own copy, if it has a file. */
  public Optional<OffenceCopy> find(String offence) {
    return Optional.ofNullable(byOffence.get(offence));
  }

  /** The offence's copy, or its plain copy with the general helplines. */
  public OffenceCopy of(String offence) {
    OffenceCopy copy = byOffence.get(offence);
    return copy != null ? copy : OffenceCopy.plain(offence, general);
  }

  /** The warning for an offence without a file, naming the file localwire looked for; empty when it has one. */
  public Optional<String> missing(String offence, String slug) {
    if (byOffence.containsKey(offence) || folder.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(folder + "/" + slug + ".json: no copy for " + offence + ", so its drafts have no context "
        + "paragraph and only the general helplines; add the file (see " + folder + "/README.md)");
  }
}
