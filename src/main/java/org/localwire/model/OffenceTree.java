package org.localwire.model;

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

  private OffenceTree(List<Offence> offences) {
    for (Offence offence : offences) {
      Checks.checkArgument(
          byName.put(offence.name(), offence) == null, "offence %s listed twice", offence.name());
    }
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
    return byName.values().stream().filter(o -> o.level() == offence.level()).toList();
  }

  /** The root: all recorded crime, if the tree has one. */
  public Optional<Offence> root() {
    return byName.values().stream().filter(o -> o.level() == 0).findFirst();
  }
}
