package org.localwire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13 item 8: places by code; the name in copy from area-names.csv whatever the data calls the area. */
class PlaceNamesTest {
  static final PlaceNames NAMES = new PlaceNames(List.of(
      new PlaceNames.Row("E22000002", "Bristol, City of", "Bristol"),
      new PlaceNames.Row("", "Metropolitan Police", "the Metropolitan Police")));

  static Area area(String name, String code) {
    return new Area(name, code, "Avon and Somerset", new Population.Unknown("none in this test"));
  }

  @Test
  void anAreaIsMatchedByItsCodeWhateverItsNameInTheData() {
    assertEquals(Map.of("City of Bristol", "Bristol", "Metropolitan Police", "the Metropolitan Police"),
        NAMES.in(List.of(area("City of Bristol", "E22000002"))));
  }

  @Test
  void aCodeOfAnotherAreaIsNotMatchedByName() {
    // the data's "Bristol, City of" with another code is another place: it keeps its own name
    assertEquals(Map.of("Metropolitan Police", "the Metropolitan Police"),
        NAMES.in(List.of(area("Bristol, City of", "E22999999"))));
  }

  @Test
  void anAreaOfAFileWithoutCodesIsMatchedByName() {
    assertEquals("Bristol", NAMES.in(List.of(area("Bristol, City of", ""))).get("Bristol, City of"));
  }
}
