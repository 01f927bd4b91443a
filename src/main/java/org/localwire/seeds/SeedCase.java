package org.localwire.seeds;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.localwire.model.Dataset;

/**
 * One seed article rebuilt as localwire input (a file in {@code seeds/}): the article's figures
 * as a {@link Dataset}, the facts it reports, the story type the angle selector should pick for
 * it ({@code storyType}), and notes on what the article leaves out. {@code seedFile} names the
 * article the case encodes ("000_cb0c1a5ab4eb2516.txt").
 */
public record SeedCase(
    String id,
    String seedFile,
    String about,
    String storyType,
    Dataset data,
    List<ReportedFact> facts,
    List<String> notes) {
  public SeedCase {
    requireNonNull(id, "id");
    requireNonNull(seedFile, "seedFile");
    requireNonNull(about, "about");
    requireNonNull(storyType, "storyType");
    requireNonNull(data, "data");
    facts = List.copyOf(facts);
    notes = List.copyOf(notes);
  }
}
