package org.localwire.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.model.Offence;
import org.localwire.model.OffenceTree;

/** Issue 19: "the Nth most common type of crime" ranks among the finest categories that add up to all crime. */
class CrimeTypesTest {
  static final OffenceTree TREE = OffenceTree.of(List.of(
      new Offence("All", "", 0, "all recorded crime"),
      new Offence("Violence", "All", 1, "offence group"),
      new Offence("With injury", "Violence", 2, "offence subgroup"),
      new Offence("Without injury", "Violence", 2, "offence subgroup"),
      new Offence("Robbery", "All", 1, "offence group"),
      new Offence("Damage", "All", 1, "offence group")));

  /** counts: "All=100;Violence=60;..." ("-" for a figure the data does not give); "-" as rank for none. */
  @ParameterizedTest(name = "{0}: {2} in {1}")
  @CsvSource(delimiter = '|', textBlock = """
      every part given           | All=100;Violence=60;With injury=25;Without injury=35;Robbery=10;Damage=30 | Damage         | 2 of 4
      the top type               | All=100;Violence=60;With injury=25;Without injury=35;Robbery=10;Damage=30 | Without injury | 1 of 4
      a tie is joint             | All=100;Violence=60;With injury=30;Without injury=30;Robbery=10;Damage=30 | Damage         | joint 1 of 4
      a group with parts         | All=100;Violence=60;With injury=25;Without injury=35;Robbery=10;Damage=30 | Violence       | -
      parts not given: the group | All=100;Violence=60;Robbery=10;Damage=30                                  | Violence       | 1 of 3
      a part missing             | All=100;Violence=60;With injury=25;Robbery=10;Damage=30                   | Damage         | -
      not adding up              | All=120;Violence=60;With injury=25;Without injury=35;Robbery=10;Damage=30 | Damage         | -
      none recorded              | All=90;Violence=60;With injury=25;Without injury=35;Robbery=0;Damage=30   | Robbery        | -
      all crime itself           | All=100;Violence=60;With injury=25;Without injury=35;Robbery=10;Damage=30 | All            | -
      """)
  void rank(String name, String counts, String offence, String expected) {
    Map<String, Amount> given = new HashMap<>();
    for (String pair : counts.split(";")) {
      String[] kv = pair.split("=");
      given.put(kv[0], Amount.of(Long.parseLong(kv[1]), new org.localwire.model.Cell("t.csv", 2, 3)));
    }
    Optional<TypeRank> rank = CrimeTypes.rank(TREE, TREE.find(offence).orElseThrow(), "Newport",
        o -> Optional.ofNullable(given.get(o)));
    String actual = rank.map(t -> (t.rank().joint() ? "joint " : "") + t.rank().position() + " of " + t.rank().size())
        .orElse("-");
    assertEquals(expected, actual);
    rank.ifPresent(t -> assertEquals("types of crime", t.kinds()));
  }
}
