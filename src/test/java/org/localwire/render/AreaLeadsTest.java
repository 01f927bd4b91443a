package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.Period;

/**
 * Issue 17 item 4, each area's biggest story: which type of crime rose most on the year before,
 * like with like, and the area's strongest story.
 */
class AreaLeadsTest {
  static final Period NOW = Period.twelveMonthsTo(java.time.YearMonth.of(2025, 6));
  static final Period BEFORE = Period.twelveMonthsTo(java.time.YearMonth.of(2024, 6));
  static Dataset data;
  static List<Caveat> caveats;

  @BeforeAll
  static void load() throws Exception {
    DataLoader loader = DataLoader.using(Path.of("data"));
    data = loader.loadDefault(DataLoader.DEFAULT_OFFENCE, null);
    caveats = loader.caveats();
  }

  static Pages.Entry entry(String offence, String area, int score) {
    return new Pages.Entry(offence + "/" + area, new Pages.Where(offence, area, "Gwent", "Wales"),
        new Pages.Lead(offence + " in " + area, "rise", "", score), List.of(), new Pages.Keys(0, "", ""), List.of(),
        offence + "/" + area + ".html", List.of());
  }

  static AreaLeads.Candidate compared(String offence, String area, long before, long after, int score) {
    return new AreaLeads.Candidate(entry(offence, area, score), AreaLeads.Status.COMPARED, before, after, BEFORE, NOW);
  }

  static AreaLeads.Candidate not(AreaLeads.Status status, String offence, String area, int score) {
    return new AreaLeads.Candidate(entry(offence, area, score), status, 0, 0, NOW, NOW);
  }

  @Test
  void onlyTypesOfCrimeCompeteNotTotalCrimeNorAGroupWithItsOwnParts() {
    List<String> run = List.of("Total recorded crime (excluding fraud)", "Violence against the person",
        "Violence with injury", "Stalking and harassment", "Robbery", "Sexual offences", "Residential burglary",
        "Shoplifting");
    Set<String> types = AreaLeads.typesOfCrime(data.tree(), data.offences(), run);
    assertEquals(Set.of("Violence with injury", "Stalking and harassment", "Robbery", "Sexual offences",
        "Residential burglary", "Shoplifting"), types);
    AreaLeads leads = AreaLeads.of(List.of(), run, types);
    assertEquals(List.of("Total recorded crime (excluding fraud)", "Violence against the person"), leads.left());
  }

  @Test
  void theBiggestRiseIsTheLargestFractionOfTheEarlierFigureComparedExactly() {
    AreaLeads leads = AreaLeads.of(List.of(
        compared("Robbery", "Newport", 100, 149, 50), // 49%
        compared("Shoplifting", "Newport", 20, 30, 40), // 50%
        compared("Bicycle theft", "Newport", 300, 200, 70), // a fall
        not(AreaLeads.Status.NOT_A_TYPE, "Total recorded crime (excluding fraud)", "Newport", 95),
        not(AreaLeads.Status.SMALL_BASE, "Homicide", "Newport", 10)), List.of(), Set.of());
    AreaLeads.AreaLead newport = leads.areas().get(0);
    assertEquals("Newport", newport.area());
    assertEquals(1, newport.biggest().size());
    AreaLeads.Rise rise = newport.biggest().get(0);
    assertEquals("Shoplifting", rise.offence());
    assertEquals("up 50%", rise.percent());
    assertEquals("20 in the year to June 2024, 30 in the year to June 2025", rise.span());
    assertEquals("Shoplifting/Newport.html", rise.href());
    assertFalse(newport.joint());
    assertEquals("of the three types of crime compared", newport.compared());
    assertEquals("Total recorded crime (excluding fraud)", newport.strongest().where().offence(),
        "the strongest story may be of any offence");
  }

  @Test
  void anExactTieIsJoint() {
    AreaLeads.AreaLead a = AreaLeads.of(List.of(compared("Robbery", "A", 20, 30, 50),
        compared("Shoplifting", "A", 40, 60, 50)), List.of(), Set.of()).areas().get(0);
    assertTrue(a.joint());
    assertEquals(List.of("Robbery", "Shoplifting"), a.biggest().stream().map(AreaLeads.Rise::offence).toList());
    assertEquals("Robbery", a.strongest().where().offence(), "a tie of scores: the first written");
  }

  @Test
  void nothingRoseOrNothingComparesIsSaid() {
    AreaLeads leads = AreaLeads.of(List.of(compared("Robbery", "A", 30, 20, 50), compared("Shoplifting", "A", 40, 40, 30),
        not(AreaLeads.Status.NO_YEAR_BEFORE, "Robbery", "B", 40), not(AreaLeads.Status.CAVEAT, "Shoplifting", "B", 45),
        compared("Robbery", "C", 30, 20, 50)), List.of(), Set.of());
    assertEquals(List.of("A", "B", "C"), leads.areas().stream().map(AreaLeads.AreaLead::area).toList());
    assertEquals(List.of(), leads.areas().get(0).biggest());
    assertEquals("none of the two types of crime compared rose", leads.areas().get(0).compared());
    assertEquals("no type of crime here can be compared like with like", leads.areas().get(1).compared());
    assertEquals("Shoplifting", leads.areas().get(1).strongest().where().offence());
    assertEquals("the one type of crime compared did not rise", leads.areas().get(2).compared());
  }

  @Test
  void compareRisesIsExactWhereDoublesWouldRound() {
    // 1 / 3 against 33,333,333 / 100,000,000: a third is larger
    assertTrue(AreaLeads.compareRises(compared("A", "x", 3, 4, 0), compared("B", "x", 100_000_000, 133_333_333, 0)) > 0);
    assertEquals(0, AreaLeads.compareRises(compared("A", "x", 3, 4, 0), compared("B", "x", 300, 400, 0)));
  }

  static AreaFacts facts(String area, String offence) throws Exception {
    Dataset d = DataLoader.using(Path.of("data")).loadDefault(offence, null);
    return Facts.of(d, caveats).forArea(d.area(area).orElseThrow(), offence, d.latestPeriod());
  }

  @Test
  void aCandidateTakesTheChangeTheStoryComputes() throws Exception {
    // Newport robbery: 176 in the year to June 2024, 192 in the year to June 2025
    AreaLeads.Candidate robbery = AreaLeads.Candidate.of(entry("Robbery", "Newport", 50), facts("Newport", "Robbery"),
        true);
    assertEquals(AreaLeads.Status.COMPARED, robbery.status());
    assertEquals(176, robbery.before());
    assertEquals(192, robbery.after());
    assertTrue(robbery.from().sameSpan(BEFORE), robbery.from().toString());
    assertEquals(AreaLeads.Status.NOT_A_TYPE, AreaLeads.Candidate.of(entry("Robbery", "Newport", 50),
        facts("Newport", "Robbery"), false).status());
  }

  @Test
  void aSmallBaseDoesNotCompete() throws Exception {
    // homicide: a handful of offences in any council area
    AreaFacts homicide = facts("Newport", "Homicide");
    assertTrue(homicide.change().isPresent(), "Newport has homicide figures for both years");
    assertEquals(AreaLeads.Status.SMALL_BASE, AreaLeads.Candidate.of(entry("Homicide", "Newport", 10), homicide, true)
        .status());
  }
}
