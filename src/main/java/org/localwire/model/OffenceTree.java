package org.localwire.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ONS offence classification as far as the data goes: which offence is part of which, and
 * at what level. Loaded from {@code data/offences.csv}; nothing in Java knows the tree.
 */
public final class OffenceTree {
  private final Map<String, Offence> byName = new LinkedHashMap<>();
  /** Worked out once: every story asks (issue #6). */
  private final Map<Integer, List<Offence>> byLevel;
  private final Optional<Offence> root;
  private final Map<String, List<Offence>> children;

  private OffenceTree(List<Offence> offences) {
    Map<Integer, List<Offence>> levels = new HashMap<>();
    for (Offence offence : offences) {
      Checks.checkArgument(
          byName.put(offence.name(), offence) == null, "offence %s listed twice", offence.name());
      levels.computeIfAbsent(offence.level(), l -> new ArrayList<>()).add(offence);
    }
    Map<Integer, List<Offence>> frozen = new HashMap<>();
    levels.forEach((level, list) -> frozen.put(level, List.copyOf(list)));
    this.byLevel = Map.copyOf(frozen);
    Map<String, List<Offence>> kids = new HashMap<>();
    for (Offence offence : offences) {
      kids.computeIfAbsent(offence.parent(), p -> new ArrayList<>()).add(offence);
    }
    Map<String, List<Offence>> frozenKids = new HashMap<>();
    kids.forEach((parent, list) -> frozenKids.put(parent, List.copyOf(list)));
    this.children = Map.copyOf(frozenKids);
    this.root = Optional.ofNullable(byLevel.getOrDefault(0, List.of()).isEmpty() ? null : byLevel.get(0).get(0));
  }

  public static OffenceTree of(List<Offence> offences) {
    return new OffenceTree(offences);
  }

  public Optional<Offence> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<Offence> all() {
    return List.copyOf(byName.values());
  }

  /** Offences at the same level as {@code offence}, itself included, in tree order. */
  public List<Offence> sameLevel(Offence offence) {
    return byLevel.getOrDefault(offence.level(), List.of());
  }

  /** The offences whose parent is {@code offence}, in tree order. */
  public List<Offence> children(Offence offence) {
    return children.getOrDefault(offence.name(), List.of());
  }

  /** The root: all recorded crime, if the tree has one. */
  public Optional<Offence> root() {
    return root;
  }
}
