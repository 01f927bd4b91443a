package org.localwire.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.localwire.wording.Claims.Verdict;

/** The word-by-word checker against WORDING.md, a row per rule and boundary (issue 4). */
class ClaimsTest {

  @ParameterizedTest(name = "\"{0}\" for {1} over {2} days: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      at least six people a day        | 3416 | 365 | 12 | LOOSE
      more than nine a day             | 3416 | 365 | 12 | EXACT
      more than six a day              | 3416 | 365 | 12 | LOOSE
      at least nine a day              | 3416 | 365 | 12 | EXACT
      about nine a day                 | 3416 | 365 | 12 | EXACT
      almost 10 a day                  | 3416 | 365 | 12 | EXACT
      almost 11 a day                  | 3416 | 365 | 12 | LOOSE
      ten a day                        | 3416 | 365 | 12 | FALSE
      five ... cases reported every day | 1821 | 365 | 12 | FALSE
      almost five a day                | 1821 | 365 | 12 | EXACT
      more than four a day             | 1821 | 365 | 12 | EXACT
      more than three a day            | 1821 | 365 | 12 | LOOSE
      over two cases ... every day     | 1030 | 365 | 12 | EXACT
      almost three a day               | 1030 | 365 | 12 | EXACT
      at least one case ... each day   | 640  | 365 | 12 | EXACT
      just below one [a day]           | 297  | 365 | 12 | LOOSE
      fewer than one a day             | 297  | 365 | 12 | EXACT
      almost six a week                | 297  | 365 | 12 | EXACT
      almost one a day                 | 347  | 365 | 12 | EXACT
      almost one a day                 | 300  | 365 | 12 | LOOSE
      nine a day                       | 3285 | 365 | 12 | EXACT
      more than nine a day             | 3285 | 365 | 12 | FALSE
      almost 25 a day                  | 9013 | 366 | 12 | EXACT
      more than five a day             | 954  | 183 | 6  | EXACT
      two a month                      | 24   | 365 | 12 | EXACT
      24                               | 24   | 365 | 12 | EXACT
      """)
  void rates(String words, long count, long days, long months, Verdict expected) {
    assertEquals(expected, Claims.rate(words, count, days, months).verdict(), Claims.rate(words, count, days, months)
        .why());
  }

  @ParameterizedTest(name = "\"{0}\" for {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      3,416 cases                    | 3416  | EXACT
      3,417                          | 3416  | FALSE
      nearly 100,000 stalking crimes | 98544 | LOOSE
      almost 98,545                  | 98544 | LOOSE
      more than 98,000               | 98544 | LOOSE
      98,544                         | 98544 | EXACT
      Thousands of stalking crimes   | 4347  | LOOSE
      thousands                      | 1500  | FALSE
      hundreds                       | 954   | LOOSE
      the five local authorities     | 5     | EXACT
      Three local authority areas    | 3     | EXACT
      zero                           | 0     | EXACT
      about 100,000                  | 98544 | FALSE
      fewer than 5                   | 4     | LOOSE
      """)
  void counts(String words, long count, Verdict expected) {
    assertEquals(expected, Claims.count(words, count).verdict(), Claims.count(words, count).why());
  }

  @ParameterizedTest(name = "\"{0}\" for {1} of {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      15 percent        | 9013 | 57093 | FALSE
      16%               | 9013 | 57093 | EXACT
      15.8%             | 9013 | 57093 | EXACT
      15.7%             | 9013 | 57093 | FALSE
      almost 16%        | 9013 | 57093 | EXACT
      more than 15%     | 9013 | 57093 | EXACT
      almost one in six | 9013 | 57093 | EXACT
      one in six        | 9013 | 57093 | FALSE
      more than one in seven | 9013 | 57093 | EXACT
      one in four       | 25   | 100   | EXACT
      50 per cent       | 1    | 2     | EXACT
      """)
  void shares(String words, long part, long whole, Verdict expected) {
    Claims.Judgement j = words.contains("one in") ? Claims.oneIn(words, part, whole) : Claims.share(words, part, whole);
    assertEquals(expected, j.verdict(), j.why());
  }

  @ParameterizedTest(name = "\"{0}\" from {1} to {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      an increase of 108 percent | 496 | 1030 | EXACT
      an increase of 107 percent | 496 | 1030 | FALSE
      increased by 49 percent    | 200 | 297  | EXACT
      increased by 48 percent    | 200 | 297  | FALSE
      a fall of 49%              | 200 | 297  | FALSE
      down 5%                    | 100 | 95   | EXACT
      over 100 percent           | 201 | 432  | LOOSE
      over 114 percent           | 201 | 432  | EXACT
      less than 1%               | 1000 | 1004 | EXACT
      """)
  void changes(String words, long before, long after, Verdict expected) {
    assertEquals(expected, Claims.change(words, before, after).verdict(), Claims.change(words, before, after).why());
  }

  @ParameterizedTest(name = "\"{0}\" from {1} to {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      double the figure from 2015 | 1213  | 2339  | FALSE
      doubled                     | 1213  | 2339  | FALSE
      almost doubled              | 1213  | 2339  | EXACT
      more than doubled           | 1213  | 2339  | FALSE
      doubled                     | 100   | 200   | EXACT
      almost doubled              | 100   | 180   | EXACT
      almost doubled              | 100   | 179   | FALSE
      almost doubled              | 100   | 200   | FALSE
      more than doubled           | 496   | 1030  | EXACT
      more than doubled           | 100   | 280   | LOOSE
      almost tripled              | 33006 | 98544 | EXACT
      tripled                     | 33006 | 98544 | FALSE
      more than doubled           | 33006 | 98544 | LOOSE
      more than quadrupled        | 294   | 2336  | EXACT
      """)
  void multiples(String words, long before, long after, Verdict expected) {
    assertEquals(expected, Claims.multiple(words, before, after).verdict(), Claims.multiple(words, before, after).why());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "the stark rise", "a worrying trend"})
  void wordsWithoutAFigureAreUnreadable(String words) {
    assertEquals(Verdict.UNREADABLE, Claims.multiple(words, 1, 3).verdict());
    assertEquals(Verdict.UNREADABLE, Claims.rate(words, 1, 365, 12).verdict());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Newport and Caerphilly | EXACT
      Caerphilly, Newport    | EXACT
      Newport and Torfaen    | FALSE
      Newport                | FALSE
      """)
  void names(String words, Verdict expected) {
    assertEquals(expected, Claims.names(words, List.of("Newport", "Caerphilly")).verdict());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      third most prevalent crime group | 3 | EXACT
      third most common                | 2 | FALSE
      """)
  void ranks(String words, int position, Verdict expected) {
    assertEquals(expected, Claims.rank(words, position).verdict());
  }

  /** Whatever localwire's hedges write is judged exact: the two implementations agree. */
  @ParameterizedTest(name = "{0} over {1} days")
  @CsvSource({"3416, 365", "1821, 365", "297, 365", "0, 365", "1, 365", "347, 365", "346, 365", "9013, 366",
      "3285, 365", "365, 365", "366, 366", "10, 365", "954, 183", "78, 365", "2, 365"})
  void localwiresOwnRatesAreExact(long count, long days) {
    var period = days == 366 ? org.localwire.model.Period.financialYear(2023) : days == 183
        ? org.localwire.model.Period.parse("Apr 2021 to Sep 2021").orElseThrow() : org.localwire.model.Period.calendarYear(2017);
    String words = Hedges.rate(count, period).text();
    Claims.Judgement j = Claims.rate(words, count, period.days(), period.months());
    assertEquals(Verdict.EXACT, j.verdict(), words + ": " + j.why());
  }
}
