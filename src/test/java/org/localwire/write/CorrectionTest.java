package org.localwire.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: what a correction says, from the last issue's content and this one's (pure). */
class CorrectionTest {
  static Map<String, String> figures(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  static Content content(String hash, Map<String, String> figures, String copy, String quote) {
    return new Content(hash, figures, copy, quote);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      one figure              | 2,150 | c | q  | figure     | Correction: figure: offences recorded in Newport 2,150 (was 2,141).
      figure and wording      | 2,150 | d | q  | figure,wording | Correction: figure: offences recorded in Newport 2,150 (was 2,141); the wording changed.
      quote only              | 2,141 | c | q2 | quote      | Correction: the quote changed.
      wording only            | 2,141 | d | q  | wording    | Correction: the wording changed.
      details only            | 2,141 | c | q  | details    | Re-issued: details of the item changed; its copy did not.
      """)
  void theNoteSaysWhatChanged(String row, String now, String copy, String quote, String what, String note) {
    Content before = content("h1", figures("offences recorded in Newport", "2,141"), "c", "q");
    Content after = content("h2", figures("offences recorded in Newport", now), copy, quote);
    Correction c = Correction.between(before, after);
    assertEquals(what, String.join(",", c.what()));
    assertEquals(note, c.note());
  }

  @Test
  void aFigureNoLongerOrNewlyStatedIsSaid() {
    Content before = content("h1", figures("a", "1", "rank", "fifth most common"), "c", "q");
    Content after = content("h2", figures("a", "2", "share", "11.4%"), "c", "q");
    Correction c = Correction.between(before, after);
    assertEquals(List.of(new Correction.Figure("a", "1", "2"), new Correction.Figure("share", "", "11.4%"),
        new Correction.Figure("rank", "fifth most common", "")), c.figures());
    assertEquals("Correction: figures: a 2 (was 1); share now stated, 11.4%; rank no longer stated (was fifth most "
        + "common).", c.note());
  }

  @Test
  void maskingTellsAChangedFigureFromChangedWording() {
    Map<String, String> before = figures("count", "2,141", "per day", "almost six");
    Map<String, String> after = figures("count", "2,150", "per day", "almost six");
    assertEquals(Content.mask("In all, 2,141 offences: almost six a day.", before),
        Content.mask("In all, 2,150 offences: almost six a day.", after));
    assertEquals("In all, \u0000count\u0000 offences.", Content.mask("In all, 2,141 offences.", before));
  }

  @Test
  void maskingTakesTheLongestWordingAtEachPlaceAndLeavesFactNamesAlone() {
    // "one" is a figure of its own and a word in another fact's name: the name is not masked again
    Map<String, String> figures = figures("areas", "one", "share as one in N", "almost one in 41", "count", "2,141",
        "rise", "141");
    assertEquals("\u0000share as one in N\u0000 of all crime, in \u0000areas\u0000 area: \u0000count\u0000, "
        + "up from \u0000rise\u0000.", Content.mask("almost one in 41 of all crime, in one area: 2,141, up from 141.",
        figures));
  }

  @Test
  void theQuoteParagraphIsTheOneThatAttributesAStatement() {
    assertEquals(true, Content.isQuote("[Name], [role] at [charity], said: \"Behind each figure...\""));
    assertEquals(false, Content.isQuote("Police in Newport recorded 2,141 offences."));
  }
}
