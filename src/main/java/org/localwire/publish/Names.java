package org.localwire.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.localwire.model.Area;
import org.localwire.render.Slugs;

/** Where each story's files go in its release: "gwent/newport", "gwent/gwent-force". */
record Names(Map<String, String> forces, Map<Area, String> areas) {
  static Names of(List<Area> writable) {
    // file names first, in area order, so that two areas with the same slug get -2, -3 the same way every run
    Map<String, Integer> slugsUsed = new HashMap<>();
    // one story per force as well, named <force>/<force>-force so that no area's file can take its name
    Map<String, String> forceBases = new HashMap<>();
    for (String f : forcesOf(writable)) {
      forceBases.put(f, unique(Slugs.of(f) + "/" + Slugs.of(f) + "-force", slugsUsed));
    }
    Map<Area, String> bases = new HashMap<>();
    for (Area area : writable) {
      bases.put(area, unique(Slugs.of(area.force()) + "/" + Slugs.of(area.name()), slugsUsed));
    }
    return new Names(forceBases, bases);
  }

  /** The forces of {@code areas}, in the order their first area comes. */
  static List<String> forcesOf(List<Area> areas) {
    return areas.stream().map(Area::force).distinct().toList();
  }

  private static String unique(String slug, Map<String, Integer> used) {
    int n = used.merge(slug, 1, Integer::sum);
    return n == 1 ? slug : slug + "-" + n;
  }
}
