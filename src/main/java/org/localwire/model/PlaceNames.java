package org.localwire.model;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names copy uses for places whose official name reads badly in a sentence
 * ({@code data/area-names.csv}: "Bristol, City of" is "Bristol", with "the" where the name takes
 * it). An area is matched by its ONS code, so that an edition spelling its name another way still
 * gets the copy name; a row without a code names a police force (the model has no force codes),
 * and is also used for an area of a file that gives no codes.
 */
public record PlaceNames(List<Row> rows) {
  /** One row: the ONS code ("" for a force), the official name, the name in copy with its article. */
  public record Row(String code, String name, String inCopy) {
    public Row {
      requireNonNull(code, "code");
      requireNonNull(name, "name");
      requireNonNull(inCopy, "inCopy");
    }
  }

  public PlaceNames {
    rows = List.copyOf(rows);
  }

  public static PlaceNames none() {
    return new PlaceNames(List.of());
  }

  /**
   * Official name to name in copy for the places of a file with {@code areas}: each area by its
   * code, or by its name where the file gives it no code; each force by its name.
   */
  public Map<String, String> in(List<Area> areas) {
    Map<String, String> byCode = new HashMap<>();
    Map<String, String> byName = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Row r : rows) {
      if (r.code().isEmpty()) {
        names.put(r.name(), r.inCopy());
      } else {
        byCode.put(r.code(), r.inCopy());
        byName.put(r.name(), r.inCopy());
      }
    }
    for (Area a : areas) {
      String copy = a.code().isEmpty() ? byName.get(a.name()) : byCode.get(a.code());
      if (copy != null) {
        names.put(a.name(), copy);
      }
    }
    return Map.copyOf(names);
  }
}
