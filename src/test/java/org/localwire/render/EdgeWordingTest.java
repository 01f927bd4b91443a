package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Dataset;

/**
 * Issue 5, edge-case wording: each row writes a small wide CSV, renders the story for one area
 * through the real templates and asserts one sentence of it, exactly as printed. Rows are the
 * boundaries WORDING.md names: a change from 0, a count of 1, a rise below 0.5% and at it, a
 * fall, no change, a tie for the most offences, a force of one area, all counts equal. Each
 * slot of the template has three phrasings picked by a stable hash of the area, so the expected
 * sentence is the phrasing these area names draw.
 */
class EdgeWordingTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      from none, small base: no lead | Alpha,Westmoor,0,5;Beta,Westmoor,10,12;Gamma,Westmoor,10,9 | Alpha | Police in Alpha record five stalking and harassment offences in 2017
      from none: change           | Alpha,Westmoor,0,5;Beta,Westmoor,10,12;Gamma,Westmoor,10,9 | Alpha | Police recorded none in 2016, against five in 2017.
      largest rise: names both    | Alpha,Westmoor,1812,2141;Beta,Westmoor,3000,2900          | Alpha | Of the two areas in the Westmoor police force area, Alpha had the biggest rise in recorded stalking and harassment offences: 1,812 in 2016 to 2,141 in 2017, up 18%.
      small base: tripled, no lead | Alpha,Westmoor,3,9;Beta,Westmoor,300,310                  | Alpha | Police in Alpha record nine stalking and harassment offences in 2017
      small base: tripled, said    | Alpha,Westmoor,3,9;Beta,Westmoor,300,310                  | Alpha | The number has tripled from three in 2016 to nine in 2017. No other area in Westmoor has had a bigger rise since 2016.
      one offence: intro          | Alpha,Westmoor,1,1;Beta,Westmoor,10,12                     | Alpha | Police in Alpha recorded one stalking and harassment offence in 2017, according to official figures.
      one offence: share          | Alpha,Westmoor,1,1;Beta,Westmoor,10,12                     | Alpha | The one offence recorded there is 7.7% of the 13 recorded across the Westmoor police force area, the sum of its areas in the figures.
      one offence: only area      | Alpha,Westmoor,1,1                                         | Alpha | The one offence recorded there is the only one recorded in the Westmoor police force area.
      one a month                 | Alpha,Westmoor,1,1;Beta,Westmoor,12,12;Gamma,Westmoor,12,12;Delta,Westmoor,12,12 | Beta  | Official figures show police in Beta recorded one stalking and harassment offence a month on average in 2017.
      down to one                 | Alpha,Westmoor,3,1;Beta,Westmoor,10,12                     | Alpha | Compared with the three recorded in 2016, the figure in 2017 is down 67%.
      rise below 0.5%             | Alpha,Westmoor,1000,1004;Beta,Westmoor,10,12               | Alpha | Compared with the 1,000 recorded in 2016, the figure in 2017 is up less than 1%.
      rise of exactly 0.5%        | Alpha,Westmoor,1000,1005;Beta,Westmoor,10,12               | Alpha | Compared with the 1,000 recorded in 2016, the figure in 2017 is up 1%.
      largest rise, below 0.5%, small change: no lead | Alpha,Westmoor,1000,1004;Beta,Westmoor,10,9 | Alpha | Compared with the 1,000 recorded in 2016, the figure in 2017 is up less than 1%. No other area in Westmoor has had a bigger rise since 2016.
      fall below 0.5%             | Alpha,Westmoor,1000,996;Beta,Westmoor,10,12                | Alpha | Compared with the 1,000 recorded in 2016, the figure in 2017 is down less than 1%.
      fall: headline              | Alpha,Westmoor,200,150;Beta,Westmoor,300,310               | Alpha | Alpha has Westmoor's biggest fall in stalking and harassment offences
      fall: intro                 | Alpha,Westmoor,200,150;Beta,Westmoor,300,310               | Alpha | Alpha saw the biggest fall in recorded stalking and harassment offences of the two areas in the Westmoor police force area, down 25% from 200 in 2016 to 150 in 2017.
      no change                   | Alpha,Westmoor,200,200;Beta,Westmoor,300,310               | Alpha | Police recorded the same number, 200, in 2016 as in 2017.
      tied for most: headline     | Alpha,Westmoor,110,120;Beta,Westmoor,115,120;Gamma,Westmoor,20,40 | Beta | Beta joint highest for stalking and harassment offences in Westmoor
      tied for most: intro        | Alpha,Westmoor,110,120;Beta,Westmoor,115,120;Gamma,Westmoor,20,40 | Beta | Police recorded 120 stalking and harassment offences in Beta in 2017, the joint highest number of the three areas in the Westmoor police force area.
      tied for most: the other    | Alpha,Westmoor,110,120;Beta,Westmoor,115,120;Gamma,Westmoor,20,40 | Alpha | Police recorded 120 stalking and harassment offences in Alpha in 2017, the joint highest number of the three areas in the Westmoor police force area.
      tied for biggest rise       | Alpha,Westmoor,100,120;Beta,Westmoor,100,120;Gamma,Westmoor,50,40 | Alpha | Compared with the 100 recorded in 2016, the figure in 2017 is up 20%. No other area in Westmoor has had a bigger rise since 2016.
      force of one area           | Alpha,Westmoor,100,120;Beta,Farrow,100,120                 | Alpha | Alpha is the only area in the Westmoor police force area.
      all equal: rank             | Alpha,Westmoor,100,100;Beta,Westmoor,100,100;Gamma,Westmoor,100,100 | Gamma | Police recorded 100 stalking and harassment offences in Gamma in 2017, the joint highest number of the three areas in the Westmoor police force area.
      all equal: change           | Alpha,Westmoor,100,100;Beta,Westmoor,100,100;Gamma,Westmoor,100,100 | Gamma | Police recorded the same number, 100, in 2016 as in 2017.
      """)
  void theRenderedSentence(String name, String rows, String area, String sentence) throws Exception {
    List<String> paragraphs = story(rows, area);
    assertTrue(paragraphs.stream().anyMatch(p -> p.equals(sentence) || p.startsWith(sentence + " ")
            || p.endsWith(" " + sentence) || p.contains(" " + sentence + " ")),
        "no sentence \"" + sentence + "\" in:\n" + String.join("\n", paragraphs));
  }

  @Test
  void fromNoneHasNoPercentage() throws Exception {
    List<String> paragraphs = story("Alpha,Westmoor,0,5;Beta,Westmoor,10,12;Gamma,Westmoor,10,9", "Alpha");
    assertFalse(paragraphs.get(0).contains("%"), paragraphs.get(0));
    assertFalse(paragraphs.get(1).contains("%"), paragraphs.get(1));
    assertFalse(String.join("\n", paragraphs).contains("zero"), String.join("\n", paragraphs));
  }

  @Test
  void aTieIsNeverTheBiggestRise() throws Exception {
    List<String> paragraphs = story("Alpha,Westmoor,100,120;Beta,Westmoor,100,120;Gamma,Westmoor,50,40", "Alpha");
    assertEquals("Alpha joint highest for stalking and harassment offences in Westmoor", paragraphs.get(0));
    assertFalse(String.join("\n", paragraphs).contains("biggest"), String.join("\n", paragraphs));
  }

  @Test
  void oneOffenceIsNeverPlural() throws Exception {
    for (String rows : List.of("Alpha,Westmoor,1,1;Beta,Westmoor,10,12", "Alpha,Westmoor,1,1", "Alpha,Westmoor,3,1")) {
      String text = String.join("\n", story(rows, "Alpha"));
      assertFalse(text.matches("(?s).*\\bone [a-z ]*offences\\b.*"), text);
      assertFalse(text.contains("one offence recorded there are"), text);
    }
  }

  /** The story's headline and paragraphs; {@code rows} are CSV lines joined by ";" under area,force,2016,2017. */
  private List<String> story(String rows, String area) throws Exception {
    Path file = dir.resolve("figures.csv");
    Files.writeString(file, "area,force,2016,2017\n" + rows.replace(";", "\n") + "\n", StandardCharsets.UTF_8);
    DataLoader loader = DataLoader.using(Path.of("data"));
    Dataset data = loader.load(file, DataLoader.DEFAULT_OFFENCE);
    AreaFacts facts = Facts.forArea(data, data.area(area).orElseThrow(), DataLoader.DEFAULT_OFFENCE,
        data.latestPeriod());
    Story story = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")))
        .withOffences(org.localwire.load.DataLoader.using(Path.of("data")).offenceCopies())
        .render(facts, Angles.rank(facts));
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(story.headline()),
        story.paragraphs().stream().map(Story.Paragraph::text))
        .toList();
  }
}
