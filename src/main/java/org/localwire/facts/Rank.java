package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.localwire.model.Checks;

/**
 * A position in a field, highest first: 1 is the highest. {@code joint} when another entry has
 * exactly the same value. {@code field} is every ranked entry, highest first (ties by name), so
 * a story can name the leader and the lowest ("Monmouthshire has 7.7"); {@code index} is this
 * entry's place in it.
 */
public record Rank(String measure, String name, int position, boolean joint, List<Ranked> field, int index) {
  /** Highest value first; equal values by name, so the order is the same on every run. */
  public static final Comparator<Ranked> HIGHEST_FIRST =
      Comparator.<Ranked>naturalOrder().reversed().thenComparing(Ranked::name);

  public Rank {
    requireNonNull(measure, "measure");
    requireNonNull(name, "name");
    field = List.copyOf(field);
    Checks.checkArgument(position >= 1 && position <= field.size(),
        "position %s is outside a field of %s", position, field.size());
    Checks.checkArgument(field.get(index).name().equals(name), "entry %s is not %s", index, name);
  }

  /** Ranks {@code name} among {@code entries}: position is one more than the number strictly above. */
  public static Rank of(String measure, String name, List<Ranked> entries) {
    List<Ranked> sorted = new ArrayList<>(entries);
    sorted.sort(HIGHEST_FIRST);
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).name().equals(name)) {
        return at(measure, name, List.copyOf(sorted), i);
      }
    }
    throw new IllegalArgumentException(name + " is not in the ranking");
  }

  /** Ranks {@code name} in a field already sorted {@link #HIGHEST_FIRST}, found through its index. */
  public static Rank at(String measure, String name, List<Ranked> sorted, Map<String, Integer> index) {
    Integer i = index.get(name);
    Checks.checkArgument(i != null, "%s is not in the ranking", name);
    return at(measure, name, sorted, i);
  }

  private static Rank at(String measure, String name, List<Ranked> sorted, int i) {
    Ranked self = sorted.get(i);
    int first = i;
    while (first > 0 && sorted.get(first - 1).compareTo(self) == 0) {
      first--;
    }
    int last = i;
    while (last < sorted.size() - 1 && sorted.get(last + 1).compareTo(self) == 0) {
      last++;
    }
    return new Rank(measure, name, first + 1, last > first, sorted, i);
  }

  /** Position counted from the bottom: 1 is the lowest (with ties, the same for every tied entry). */
  public int positionFromBottom() {
    int last = index;
    while (last < field.size() - 1 && field.get(last + 1).compareTo(self()) == 0) {
      last++;
    }
    return field.size() - last;
  }

  public int size() {
    return field.size();
  }

  public boolean isTop() {
    return position == 1;
  }

  /** Last on the measure (and not alone in the field). */
  public boolean isBottom() {
    return field.size() > 1 && positionFromBottom() == 1;
  }

  public Ranked top() {
    return field.get(0);
  }

  public Ranked bottom() {
    return field.get(field.size() - 1);
  }

  /** This entry's own value. */
  public Ranked self() {
    return field.get(index);
  }

  /** Entries with the same value as this one, itself excluded. */
  public List<Ranked> tiedWith() {
    Ranked self = self();
    return field.stream().filter(r -> r.compareTo(self) == 0 && !r.name().equals(name)).toList();
  }
}
