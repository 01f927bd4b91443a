package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * Who sends the drafts out, from the network config file ({@code localwire.json}): the ninjs
 * {@code copyrightholder}, {@code by} (the byline) and {@code located} (where the copy comes
 * from, the newsroom's dateline, not the area the story is about). An empty string means the
 * file does not give it, and the field is left out of the item.
 */
public record Network(String copyrightHolder, String byline, String located) {
  /** No config: no copyright holder, byline or dateline in the items. */
  public static final Network NONE = new Network("", "", "");

  public Network {
    requireNonNull(copyrightHolder, "copyrightHolder");
    requireNonNull(byline, "byline");
    requireNonNull(located, "located");
  }
}
