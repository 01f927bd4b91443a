package org.localwire.angles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;

class AnglesTest {
  static Dataset c2;
  static Dataset wide;

  @BeforeAll
  static void load() throws InputException {
    DataLoader loader = DataLoader.using(Path.of("data"));
    c2 = loader.load(loader.defaultFile(), DataLoader.DEFAULT_OFFENCE);
    wide = loader.load(Path.of("src/test/resources/wide/gwent-2015-2017.csv"), DataLoader.DEFAULT_OFFENCE);
  }

  static List<Angle> angles(Dataset d, String area) throws InputException {
    return Angles.rank(Facts.forArea(d, d.area(area).orElseThrow(), "Stalking and harassment", d.latestPeriod()));
  }

  @Test
  void highestRateInForceLeadsForBlaenauGwentWithTheLowestNamed() throws InputException {
    Angle top = angles(c2, "Blaenau Gwent").get(0);
    assertEquals(Angle.Kind.HIGHEST_RATE_IN_FORCE, top.kind());
    assertEquals(80, top.score());
    assertEquals("Blaenau Gwent: highest rate of the five Gwent areas with a population estimate, 18.1 offences per "
        + "1,000 people; Monmouthshire has 7.6", top.reason());
  }

  @Test
  void mostOffencesInForceForCaerphilly() throws InputException {
    List<Angle> angles = angles(c2, "Caerphilly");
    Angle count = angles.stream().filter(a -> a.kind() == Angle.Kind.HIGHEST_COUNT_IN_FORCE).findFirst().orElseThrow();
    assertEquals("Caerphilly: most offences of the five Gwent areas, 2,468; next is Newport with 2,141", count.reason());
  }

  @Test
  void largestRiseInForceBeatsDoublingForTorfaen() throws InputException {
    // Torfaen 281 to 640 (x2.28) beats Blaenau Gwent 201 to 432 (x2.15) and Newport 496 to 1,030 (x2.08)
    List<Angle> angles = angles(wide, "Torfaen");
    assertEquals(Angle.Kind.LARGEST_RISE_IN_FORCE, angles.get(0).kind());
    assertEquals(Angle.Kind.DOUBLED, angles.get(1).kind());
    assertEquals("Torfaen: offences more than doubled, 281 in 2015 to 640 in 2017", angles.get(1).reason());
  }

  @Test
  void aRiseBelowDoublingIsARiseScoredBySize() throws InputException {
    // Monmouthshire 200 to 297: up 49%
    Angle rise = angles(wide, "Monmouthshire").stream().filter(a -> a.kind() == Angle.Kind.RISE).findFirst().orElseThrow();
    assertEquals(65, rise.score());
    assertEquals("Monmouthshire: up 49%, 200 in 2015 to 297 in 2017", rise.reason());
  }

  @Test
  void anglesAreSortedByScore() throws InputException {
    for (String area : List.of("Newport", "Manchester Airport", "City of London", "Isles of Scilly")) {
      List<Angle> angles = angles(c2, area);
      for (int i = 1; i < angles.size(); i++) {
        assertTrue(angles.get(i - 1).score() >= angles.get(i).score(), area + ": " + angles);
      }
    }
  }

  /**
   * Issue 13: one Kind for every place. Its order must still break each place's ties as the two
   * kinds of story did before: an area's order, and a force's story types' order.
   */
  @Test
  void oneKindOrderBreaksTiesForAnAreaAndForAForceAsBefore() {
    List<Angle.Kind> area = List.of(Angle.Kind.LARGEST_RISE_IN_FORCE, Angle.Kind.DOUBLED,
        Angle.Kind.LARGEST_FALL_IN_FORCE, Angle.Kind.RISE_AGAINST_NATIONAL_TREND, Angle.Kind.HIGHEST_IN_SERIES,
        Angle.Kind.HIGHEST_RATE_IN_FORCE, Angle.Kind.HIGHEST_COUNT_IN_FORCE, Angle.Kind.RISE, Angle.Kind.FALL,
        Angle.Kind.ABOVE_NATIONAL_RATE, Angle.Kind.TOP_CRIME_TYPE, Angle.Kind.SHARE_OF_FORCE, Angle.Kind.PER_DAY,
        Angle.Kind.BELOW_NATIONAL_RATE);
    List<Angle.Kind> force = List.of(Angle.Kind.AREA_IN_FORCE, Angle.Kind.AREAS_ROUNDUP, Angle.Kind.MULTIPLE,
        Angle.Kind.AGAINST_NATIONAL, Angle.Kind.SHARE_OF_ALL_CRIME, Angle.Kind.RISE, Angle.Kind.FALL,
        Angle.Kind.TOP_CRIME_TYPE, Angle.Kind.PER_DAY);
    assertEquals(area, area.stream().sorted().toList());
    assertEquals(force, force.stream().sorted().toList());
  }

  /** An area's SHARE_OF_ALL_CRIME, out of the area order above, never ties: no other angle scores 42. */
  @Test
  void anAreasShareOfAllCrimeScoresWhatNoOtherAngleDoes() throws InputException {
    Facts facts = Facts.of(c2);
    for (var a : c2.areas()) {
      List<Angle> angles = Angles.rank(facts.forArea(a, "Stalking and harassment", c2.latestPeriod()));
      angles.stream().filter(x -> x.kind() == Angle.Kind.SHARE_OF_ALL_CRIME).forEach(x -> {
        assertEquals(42, x.score());
        assertEquals(1, angles.stream().filter(y -> y.score() == 42).count(), a.name() + ": " + angles);
      });
    }
  }
}
