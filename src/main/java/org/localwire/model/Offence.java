package org.localwire.model;

import static java.util.Objects.requireNonNull;

/**
 * One node of the ONS offence classification: a name, its parent ("" for the root, total
 * recorded crime) and its depth. Offences are only ever compared with offences at the same
 * depth ("the third most common subgroup"), so depth is part of the model, not a guess.
 */
public record Offence(String name, String parent, int level, String kindName) {
  public Offence {
    requireNonNull(name, "name");
    requireNonNull(parent, "parent");
    requireNonNull(kindName, "kindName");
    Checks.checkArgument(!name.isBlank(), "an offence needs a name");
    Checks.checkArgument(level >= 0, "level must be 0 or more, not %s", level);
  }

  /** Lower case for use inside a sentence: "stalking and harassment". */
  public String lowerName() {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
