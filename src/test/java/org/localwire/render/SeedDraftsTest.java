package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.localwire.angles.Angles;
import org.localwire.facts.ForceFacts;
import org.localwire.facts.Facts;
import org.localwire.facts.Totals;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.Period;
import org.localwire.seeds.SeedCase;
import org.localwire.seeds.SeedChecks;
import org.localwire.seeds.SeedLoader;
import org.localwire.wording.Claims;

/**
 * Every seed case run end to end (issue 4): localwire's wording of every reported fact is exact
 * for the value the figures give; the draft states the precise value where the article was
 * loose; every number in a draft traces to a phrase with cells; the figures are offences, never
 * people.
 */
class SeedDraftsTest {
  static final DataLoader LOADER = DataLoader.using(Path.of("data"));
  static final Map<String, SeedCase> SEEDS = new LinkedHashMap<>();
  static final Map<String, Story> DRAFTS = new LinkedHashMap<>();
  // numbers the copy prints that are not counts: helplines, "per 1,000", "12 months", "five years"
  static final Set<String> FIXED = Set.of("0808", "802", "0300", "16", "89", "111", "101", "999", "1,000", "12");
  static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])\\d+(,\\d{3})*(\\.\\d+)?%?");

  @BeforeAll
  static void run() throws Exception {
    List<Caveat> caveats = LOADER.caveats();
    Renderer renderer = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")))
        .withOffences(org.localwire.load.DataLoader.using(Path.of("data")).offenceCopies());
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("seeds"), "*.json")) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path file : sorted) {
        SeedCase seed = SeedLoader.load(file, LOADER.offenceTree());
        SEEDS.put(seed.id(), seed);
        DRAFTS.put(seed.id(), draft(seed.data(), caveats, renderer));
      }
    }
    assertEquals(5, SEEDS.size());
  }

  /** The draft as 'story --data seeds/FILE' writes it: the one force, its latest year. */
  static Story draft(Dataset data, List<Caveat> caveats, Renderer renderer) throws Exception {
    String force = data.forces().get(0);
    String offence = data.offences().get(0);
    Period period = Totals.years(data).stream().filter(p -> Totals.force(data, force, offence, p).isPresent())
        .reduce((a, b) -> b).orElseThrow();
    ForceFacts facts = Facts.of(data, caveats).forForce(force, offence, period, Optional.empty());
    return renderer.render(facts, Angles.rank(facts));
  }

  @TestFactory
  Stream<DynamicTest> everyLocalwireWordingIsExactForTheFigures() {
    return SEEDS.values().stream().map(seed -> DynamicTest.dynamicTest(seed.id(), () -> {
      for (SeedChecks.FactCheck check : SeedChecks.check(seed)) {
        String where = seed.id() + "/" + check.fact().id() + ": \"" + check.localwire() + "\" for "
            + check.measurement().exact();
        assertTrue(check.localwireTrue(), where);
        if (check.measurement().available()) {
          assertEquals(Claims.Verdict.EXACT, check.localwireJudgement().orElseThrow().verdict(), where);
        } else {
          assertEquals("", check.localwire(), "localwire states nothing it cannot check: " + where);
        }
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachSeedGetsTheStoryTypeItEncodes() {
    return SEEDS.values().stream().map(seed -> DynamicTest.dynamicTest(seed.id(),
        () -> assertEquals(seed.storyType(), DRAFTS.get(seed.id()).lead().name())));
  }

  @Test
  void theArticlesLooseAndFalseClaimsAreMarked() throws Exception {
    assertEquals("loose but true", verdict("000_cb0c1a5ab4eb2516", "gwent-a-day"), "at least six a day for 9.36");
    assertEquals("loose but true", verdict("000_cb0c1a5ab4eb2516", "monmouthshire-a-day"));
    assertEquals("exact", verdict("000_cb0c1a5ab4eb2516", "monmouthshire-rise"), "48.5% is 49% rounded half up");
    assertEquals("false", verdict("001_1debd2e3c14f85a2", "share"), "15 percent for 15.79%");
    assertEquals("cannot be checked", verdict("001_1debd2e3c14f85a2", "rank"));
    assertEquals("false", verdict("002_866d698726dd8433", "double"), "doubled for x1.93");
    assertEquals("exact", verdict("002_866d698726dd8433", "almost-doubled"));
    assertEquals("false", verdict("003_446cf921fde0ef3d", "a-day"), "five a day for 4.99");
    assertEquals("cannot be checked", verdict("003_446cf921fde0ef3d", "five-years"), "no base figure");
    assertEquals("loose but true", verdict("004_53ef4dc31ab091da", "national-nearly"));
  }

  static String verdict(String seed, String fact) throws Exception {
    return SeedChecks.check(SEEDS.get(seed)).stream().filter(c -> c.fact().id().equals(fact)).findFirst()
        .orElseThrow().articleVerdict();
  }

  /** Where the article was loose, the draft states the precise value (issue 4, "Accuracy beyond the seeds"). */
  @Test
  void theDraftsStateThePreciseValue() {
    assertTrue(text("000_cb0c1a5ab4eb2516").contains("3,416 stalking and harassment offences in 2017, more than nine a day"),
        text("000_cb0c1a5ab4eb2516"));
    assertTrue(text("001_1debd2e3c14f85a2").contains("15.8%"), text("001_1debd2e3c14f85a2"));
    assertTrue(text("001_1debd2e3c14f85a2").contains("almost one in six"), text("001_1debd2e3c14f85a2"));
    assertFalse(text("001_1debd2e3c14f85a2").contains("15%"));
    assertTrue(text("002_866d698726dd8433").contains("has almost doubled in two years, from 1,213 in 2015 to 2,339"),
        text("002_866d698726dd8433"));
    assertTrue(text("003_446cf921fde0ef3d").contains("1,821 stalking and harassment offences in Newham in the year to "
        + "September 2018, almost five a day"), text("003_446cf921fde0ef3d"));
    assertTrue(text("004_53ef4dc31ab091da").contains("almost tripled in a year, from 33,006 in 2019/20 to 98,544"),
        text("004_53ef4dc31ab091da"));
    assertTrue(text("004_53ef4dc31ab091da").contains("since April 2020"), "the recording-rule change explains the jump");
    assertTrue(text("004_53ef4dc31ab091da").contains("stalking offences only"), "stalking alone, not the group");
  }

  static String text(String seed) {
    return DRAFTS.get(seed).text();
  }

  @TestFactory
  Stream<DynamicTest> everyNumberTracesToACell() {
    return DRAFTS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Story story = e.getValue();
      Set<String> allowed = new HashSet<>(FIXED);
      for (Phrase p : story.phrases()) {
        if (p.cells().isEmpty() && !p.fact().startsWith("areas in") && !p.fact().contains("forces in")
            && !p.fact().endsWith("in the data")) {
          throw new AssertionError("phrase without cells: " + p);
        }
        Matcher m = NUMBER.matcher(p.text());
        while (m.find()) {
          allowed.add(m.group());
        }
      }
      // periods are named, not counted ("2017", "2023/24", "April 2015"); file names are names
      String text = story.text().replaceAll("\\S+\\.(json|csv)\\b", "")
          .replaceAll("\\b(19|20)\\d\\d(/\\d\\d)?\\b", "");
      Matcher m = NUMBER.matcher(text);
      while (m.find()) {
        assertTrue(allowed.contains(m.group()), "number " + m.group() + " traces to no phrase in " + e.getKey() + ":\n"
            + story.text());
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> offencesNotPeople() {
    Pattern people = Pattern.compile("(?i)\\b(people|victims|women|men|residents|individuals) (were|was) "
        + "(stalked|harassed)|\\bcases\\b");
    return DRAFTS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> assertFalse(people.matcher(e.getValue().text()).find(), e.getValue().text())));
  }

  @TestFactory
  Stream<DynamicTest> sampleQuotesAreMarked() {
    return DRAFTS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      assertTrue(e.getValue().sampleQuote());
      assertTrue(e.getValue().text().contains("[sample quote: replace with an approved statement]"));
      assertTrue(e.getValue().text().contains("0808 802 0300"), "the helpline paragraph");
    }));
  }
}
