package org.localwire.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localwire.load.DataLoader;
import org.localwire.model.Dataset;
import org.localwire.model.InputException;

/** Facts for Gwent, year ending June 2025, checked against the cells of ONS Table C2 by hand. */
class FactsTest {
  static Dataset data;
  static Dataset wide;

  @BeforeAll
  static void load() throws InputException {
    DataLoader loader = DataLoader.using(Path.of("data"));
    data = loader.load(loader.defaultFile(), DataLoader.DEFAULT_OFFENCE);
    wide = loader.load(Path.of("src/test/resources/wide/three-years.csv"), DataLoader.DEFAULT_OFFENCE);
  }

  static AreaFacts facts(Dataset d, String area) throws InputException {
    return Facts.forArea(d, d.area(area).orElseThrow(), "Stalking and harassment", d.latestPeriod());
  }

  @Test
  void newport() throws InputException {
    AreaFacts f = facts(data, "Newport");
    assertEquals(2141, f.count().value());
    assertEquals(8022, f.forceTotal().value());
    assertTrue(f.forceTotalPublished());
    // Caerphilly 2,468 is first, Newport 2,141 second of five
    assertEquals(2, f.rankByCount().position());
    assertFalse(f.rankByCount().joint());
    assertEquals(5, f.rankByCount().size());
    assertEquals("Caerphilly", f.rankByCount().top().name());
    assertEquals(18878, f.shareOfAllCrime().orElseThrow().whole().value());
    assertEquals(163628, f.rate().orElseThrow().population().value());
    // force population is the sum of its five councils
    assertEquals(67356 + 176437 + 94572 + 163628 + 93419, f.forceRate().orElseThrow().population().value());
    assertEquals(60854727, f.nationalRate().orElseThrow().population().value());
    assertEquals(43, f.forcesInNational());
    assertTrue(f.change().isEmpty(), "Table C2 has one period");
  }

  @Test
  void blaenauGwentHasTheHighestRateAndMonmouthshireTheLowest() throws InputException {
    Rank rate = facts(data, "Blaenau Gwent").rankByRate().orElseThrow();
    assertEquals(1, rate.position());
    assertEquals("Monmouthshire", rate.bottom().name());
    assertEquals(1222 * 1000L, rate.top().numerator());
    assertEquals(67356, rate.top().denominator());
  }

  @Test
  void stalkingAndHarassmentIsRankedAmongThe19TypesOfCrime_issue19() throws InputException {
    TypeRank t = facts(data, "Newport").typeRankInArea().orElseThrow();
    assertEquals("type of crime", t.kind());
    assertEquals("types of crime", t.kinds());
    assertEquals(19, t.rank().size(), "the 19 Table C2 categories that make up all recorded crime");
    // public order offences and criminal damage and arson are both higher in Newport: fifth, not third
    assertEquals(5, t.rank().position());
    assertEquals(java.util.Set.of("Violence without injury", "Shoplifting", "Public order offences",
        "Criminal damage and arson"), java.util.Set.copyOf(t.above().stream().map(r -> r.name()).toList()));
    assertTrue(t.rank().field().stream().anyMatch(r -> r.name().equals("Robbery")), "a group with no parts is a type");
    assertTrue(t.rank().field().stream().noneMatch(r -> r.name().equals("Theft offences")), "a group with parts is not");
    assertTrue(t.rank().field().stream().noneMatch(r -> r.name().equals("Burglary")), "burglary is given in two parts");
    long sum = t.rank().field().stream().mapToLong(r -> r.numerator()).sum();
    assertEquals(facts(data, "Newport").shareOfAllCrime().orElseThrow().whole().value(), sum, "they add up to all crime");
  }

  @Test
  void nationalTotalIsTheSumOfEveryForce() throws InputException {
    AreaFacts f = facts(data, "Newport");
    long sum = 0;
    for (String force : data.forces()) {
      sum += Facts.forceTotal(data, force, "Stalking and harassment", data.latestPeriod()).amount().value();
    }
    assertEquals(sum, f.national().orElseThrow().value());
  }

  @Test
  void cityOfLondonHasNoPublishedForceTotal() throws InputException {
    AreaFacts f = facts(data, "City of London");
    assertFalse(f.forceTotalPublished());
    assertEquals(f.count().value(), f.forceTotal().value());
    assertEquals(1, f.forceAreas());
  }

  @Test
  void changesAcrossPeriodsAndTheLargestRiseInTheForce() throws InputException {
    AreaFacts f = facts(wide, "Juniper Coast");
    Change c = f.change().orElseThrow();
    // year on year is the main comparison, over two years the other (issue 18)
    assertEquals(247, c.before().value());
    assertEquals(329, c.after().value());
    assertEquals("2016", c.from().label());
    assertEquals(193, f.lastChange().orElseThrow().before().value());
    assertEquals("2015", f.lastChange().orElseThrow().from().label());
    Rank rise = f.riseRankInForce().orElseThrow();
    assertEquals(1, rise.position(), "329/247 beats 2259/2058 and 91/106");
    assertEquals(3, rise.size());
  }

  @Test
  void tiesAreJoint() {
    Rank r = Rank.of("offences", "B", List.of(
        new Ranked("A", 10, 1, List.of()), new Ranked("B", 7, 1, List.of()), new Ranked("C", 7, 1, List.of()),
        new Ranked("D", 1, 1, List.of())));
    assertEquals(2, r.position());
    assertTrue(r.joint());
    assertEquals("C", r.tiedWith().get(0).name());
    Rank c = Rank.of("offences", "C", r.field());
    assertEquals(2, c.position());
    assertTrue(c.joint());
  }
}
