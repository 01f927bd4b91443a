package org.localwire.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The share of sentences that many stories have in common (issue 7; compact counts, issue 6). */
class VariationTest {
  @Test
  void aSentenceInEveryStoryIsShared() {
    Variation v = new Variation();
    for (int i = 0; i < 10; i++) {
      v.add(List.of("Police recorded more offences.", "Area " + i + " is unique."));
    }
    assertEquals(50.0, v.sharedPercent());
  }

  @Test
  void aSentenceInOneStoryInTenIsNotShared() {
    Variation v = new Variation();
    for (int i = 0; i < 20; i++) {
      // "Rare." is in two stories of twenty: 10%, not more than 10%
      v.add(i < 2 ? List.of("Rare.", "Story " + i + ".") : List.of("Story " + i + "."));
    }
    assertEquals(0.0, v.sharedPercent());
  }

  @Test
  void oneStoryAloneSharesNothing() {
    Variation v = new Variation();
    v.add(List.of("A.", "A."));
    assertEquals(0.0, v.sharedPercent());
  }

  @Test
  void countsStayExactPastManyDistinctSentences() {
    Variation v = new Variation();
    for (int i = 0; i < 50_000; i++) {
      v.add(List.of("The same headline", "Sentence number " + i + " is different.",
          i % 4 == 0 ? "A quarter of the stories say this." : "Story " + i + " says that."));
    }
    // shared: the headline in all 50,000 and the quarter sentence in 12,500, of 150,000 sentences
    assertEquals(Math.round(1000.0 * 62_500 / 150_000) / 10.0, v.sharedPercent());
    assertEquals(50_000, v.stories());
  }

  @Test
  void fingerprintsDifferForDifferentSentences() {
    assertNotEquals(Variation.fingerprint("Newport rose."), Variation.fingerprint("Newport fell."));
    assertEquals(Variation.fingerprint("Newport rose."), Variation.fingerprint("Newport rose."));
  }
}
