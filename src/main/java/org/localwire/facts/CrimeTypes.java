package org.localwire.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.localwire.model.Offence;
import org.localwire.model.OffenceTree;

/**
 * Where an offence stands among the types of crime a reader knows (WORDING.md "Ranks and
 * comparisons"): the categories that together make up all recorded crime at the finest level the
 * figures give for the place and period. For Table C2 these are the 19 categories below the
 * groups (violence with injury, shoplifting, criminal damage and arson, ...), so that no category
 * a reader knows is higher and left out of "the third most common".
 *
 * <p>The partition is found from the data, not assumed: starting at the root, an offence is
 * replaced by its children whenever the figures give any of them. The rank is made only when the
 * types found add up exactly to all recorded crime; otherwise a category is missing and the rank
 * could be false, so there is none. Pure.
 */
public final class CrimeTypes {
  /** How the copy names the field: "the third most common of the 19 types of crime". */
  public static final String KIND = "type of crime";

  private CrimeTypes() {}

  /**
   * The rank of {@code offence} among the types of crime in {@code place}, or empty when the
   * offence is not one of the finest categories (a group such as theft offences), the tree has no
   * root, a figure is missing, or the types do not add up to all recorded crime.
   */
  public static Optional<TypeRank> rank(OffenceTree tree, Offence offence, String place,
      Function<String, Optional<Amount>> countOf) {
    Optional<Offence> root = tree.root();
    if (root.isEmpty() || root.get().name().equals(offence.name())) {
      return Optional.empty();
    }
    Optional<Amount> all = countOf.apply(root.get().name());
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<Ranked> types = new ArrayList<>();
    collect(tree, root.get(), countOf, types);
    long sum = 0;
    boolean listed = false;
    for (Ranked t : types) {
      sum += t.numerator();
      listed |= t.name().equals(offence.name());
    }
    Optional<Amount> own = countOf.apply(offence.name());
    // "the 19th most common" of something never recorded is no rank at all
    if (!listed || types.size() < 2 || sum != all.get().value() || own.isEmpty() || own.get().value() == 0) {
      return Optional.empty();
    }
    return Optional.of(new TypeRank(place, KIND, Rank.of("offences recorded", offence.name(), types)));
  }

  private static void collect(OffenceTree tree, Offence node, Function<String, Optional<Amount>> countOf,
      List<Ranked> into) {
    List<Offence> given = new ArrayList<>();
    for (Offence child : tree.children(node)) {
      if (countOf.apply(child.name()).isPresent()) {
        given.add(child);
      }
    }
    if (given.isEmpty()) {
      countOf.apply(node.name()).ifPresent(a -> into.add(Ranked.of(node.name(), a)));
      return;
    }
    for (Offence child : given) {
      collect(tree, child, countOf, into);
    }
  }
}
