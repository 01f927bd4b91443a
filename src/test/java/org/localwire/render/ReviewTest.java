package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16, review by exception: the order of a review page, its common flags and what needs a look. */
class ReviewTest {
  static Pages.Entry entry(String area, String force, int score, String... flags) {
    return new Pages.Entry("r/" + area, new Pages.Where("Robbery", area, force, "Wales"),
        new Pages.Lead(area + " headline", "rise", area + ": up", score), List.of("9 offences"),
        new Pages.Keys(9, "", ""), List.of(flags), area + ".html", List.of(new Pages.Link("html", area + ".html")));
  }

  @Test
  void sortsByScoreHighestFirstATieInTheOrderWrittenForceStoriesAmongTheRest() {
    Review r = Review.of(List.of(entry("A", "F", 40), entry("B", "F", 90), entry("C", "G", 40),
        entry("All of F", "F", 75)));
    assertEquals(List.of("B", "All of F", "A", "C"), r.lines().stream().map(l -> l.entry().where().area()).toList());
    assertEquals(List.of("F", "G"), r.forces());
    assertEquals(List.of("Wales"), r.nations());
    assertFalse(r.severalOffences());
  }

  @Test
  void aFlagOnEveryRowIsSaidOnceAndNeedsNoLook() {
    Review r = Review.of(List.of(entry("A", "F", 40, "small-numbers", "sample-quote"),
        entry("B", "F", 90, "sample-quote"), entry("C", "F", 50, "series-break", "sample-quote")));
    assertEquals(List.of("sample-quote"), r.common());
    assertEquals(List.of("small-numbers", "series-break"), r.flags(), "in Flag order");
    assertEquals(2, r.needsLook());
    Review.Line b = r.lines().get(0);
    assertEquals("B", b.entry().where().area());
    assertEquals(List.of(), b.badges());
    assertFalse(b.needsLook());
    assertEquals(List.of("small-numbers"), r.lines().get(2).badges());
    assertTrue(r.lines().get(2).needsLook());
    assertEquals(List.of("small-numbers", "sample-quote"), r.lines().get(2).entry().flags(), "the row keeps them all");
  }

  @Test
  void oneStoryAloneKeepsItsFlagsAsBadges() {
    Review r = Review.of(List.of(entry("A", "F", 40, "small-numbers")));
    assertEquals(List.of(), r.common());
    assertEquals(List.of("small-numbers"), r.lines().get(0).badges());
    assertEquals(1, r.needsLook());
  }

  @Test
  void noFlagCommonWhenOneRowHasNone() {
    Review r = Review.of(List.of(entry("A", "F", 40, "sample-quote"), entry("B", "F", 40)));
    assertEquals(List.of(), r.common());
    assertEquals(1, r.needsLook());
  }

  @Test
  void severalOffences() {
    Pages.Entry shoplifting = new Pages.Entry("s/A", new Pages.Where("Shoplifting", "A", "F", ""),
        new Pages.Lead("h", "", "", 0), List.of(), new Pages.Keys(0, "", ""), List.of(), "a.html", List.of());
    Review r = Review.of(List.of(entry("A", "F", 40), shoplifting));
    assertTrue(r.severalOffences());
    assertEquals(List.of("Robbery", "Shoplifting"), r.offences());
    assertEquals(List.of("Wales"), r.nations(), "no nation is no option");
  }

  @Test
  void sortKeysAreExactAndBlankWithoutAFigure() {
    assertEquals("428.571429", Pages.Keys.of(3, 7, java.util.Optional.empty()).rate(), "3,000 / 7, half up");
    var change = new org.localwire.facts.Change(org.localwire.model.Period.calendarYear(2023),
        org.localwire.model.Period.calendarYear(2024), new org.localwire.facts.Amount(3, List.of()),
        new org.localwire.facts.Amount(2, List.of()));
    assertEquals("-33.333333", Pages.Keys.of(2, 7, java.util.Optional.of(change)).change(), "on the earlier figure");
    var fromNone = new org.localwire.facts.Change(change.from(), change.to(), new org.localwire.facts.Amount(0, List.of()),
        new org.localwire.facts.Amount(2, List.of()));
    assertEquals("", Pages.Keys.of(2, 7, java.util.Optional.of(fromNone)).change(), "up from none has no percentage");
    assertEquals("", Pages.Keys.of(2141, 0, java.util.Optional.empty()).rate());
    assertEquals("", Pages.Keys.of(2141, 0, java.util.Optional.empty()).change());
  }
}
