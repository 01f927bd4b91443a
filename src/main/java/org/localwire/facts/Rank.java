package org.localwire.facts;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.localwire.model.Checks;

/**
 * A position in a field, highest first: 1 is the highest. {@code joint} when another entry has
 * exactly the same value. {@code field} is every ranked entry, highest first, so a story can
 * name the leader and the lowest ("Monmouthshire has 7.7").
 */
public record Rank(String measure, String name, int position, boolean joint, List<Ranked> field) {
  public Rank {
    requireNonNull(measure, "measure");
    requireNonNull(name, "name");
    field = List.copyOf(field);
    Checks.checkArgument(position >= 1 && position <= field.size(),
        "position %s is outside a field of %s", position, field.size());
  }

  /** Ranks {@code name} among {@code entries}: position is one more than the number strictly above. */
  public static Rank of(String measure, String name, List<Ranked> entries) {
    List<Ranked> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.<Ranked>naturalOrder().reversed().thenComparing(Ranked::name));
    Ranked self = sorted.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " is not in the ranking"));
    int above = 0;
    int equal = 0;
    for (Ranked r : sorted) {
      int c = r.compareTo(self);
      if (c > 0) {
        above++;
      } else if (c == 0) {
        equal++;
      }
    }
    return new Rank(measure, name, above + 1, equal > 1, sorted);
  }

  /** Position counted from the bottom: 1 is the lowest (with ties, the same for every tied entry). */
  public int positionFromBottom() {
    Ranked self = self();
    return 1 + (int) field.stream().filter(r -> r.compareTo(self) < 0).count();
  }

  public int size() {
    return field.size();
  }

  public boolean isTop() {
    return position == 1;
  }

  /** Last on the measure (and not alone in the field). */
  public boolean isBottom() {
    return field.size() > 1 && field.get(field.size() - 1).compareTo(self()) == 0;
  }

  public Ranked top() {
    return field.get(0);
  }

  public Ranked bottom() {
    return field.get(field.size() - 1);
  }

  /** This entry's own value, at its position in the field. */
  public Ranked self() {
    return field.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  /** Entries with the same value as this one, itself excluded. */
  public List<Ranked> tiedWith() {
    Ranked self = self();
    return field.stream().filter(r -> r.compareTo(self) == 0 && !r.name().equals(name)).toList();
  }
}
