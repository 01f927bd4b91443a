package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where an offence stands among the crime types at the same level of the ONS offence tree in
 * one place: {@code rank.field()} holds every type of that level, most recorded first, and
 * {@code kind} names the level ("offence subgroup").
 */
public record TypeRank(String place, String kind, Rank rank) {
  public TypeRank {
    requireNonNull(place, "place");
    requireNonNull(kind, "kind");
    requireNonNull(rank, "rank");
  }

  /** The kind in the plural: "types of crime". */
  public String kinds() {
    return kind.startsWith("type of ") ? "types of " + kind.substring("type of ".length()) : kind + "s";
  }

  /** The types recorded more often, most first. */
  public List<Ranked> above() {
    return rank.field().subList(0, rank.position() - 1);
  }
}
