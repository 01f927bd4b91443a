package org.localwire.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Area;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.Quote;

/**
 * Skeletons give exactly FreeMarker's output (issue 6): every bundled story, in every offence the
 * data has, rendered both ways; and templates that use a value in any way but printing it make
 * that value one the path branches on.
 */
class SkeletonsTest {
  @Test
  void everyBundledStoryInEveryOffenceIsFreeMarkersOutput() throws Exception {
    DataLoader loader = DataLoader.using(Path.of("data"));
    Dataset data = loader.load(loader.defaultFile(), DataLoader.DEFAULT_OFFENCE);
    List<Quote> quotes = QuoteLoader.load(Path.of("quotes"));
    List<Caveat> caveats = loader.caveats();
    Map<String, String> names = loader.areaNames();
    Configuration config = Renderer.configuration(Path.of("templates"));
    Template template = config.getTemplate(Renderer.STORY);
    Skeletons skeletons = Skeletons.of(config, Path.of("templates"), template, StoryView.class);
    assertNull(skeletons.disabled());
    assertTrue(skeletons.slots().containsAll(List.of("area", "count", "perDay", "change.percent", "quote.text")),
        skeletons.slots().toString());
    // values the template tests or transforms are never filled in from another story
    for (String branched : List.of("lead", "offence", "typeAbove", "noRateReason", "unpublished",
        "change.direction")) {
      assertFalse(skeletons.slots().contains(branched), branched);
    }
    Facts engine = Facts.of(data);
    int stories = 0;
    for (String offence : data.offences()) {
      for (Area area : data.areas()) {
        if (data.figure(org.localwire.model.Place.area(area), offence, data.latestPeriod())
            .map(f -> f.isMissing()).orElse(true)) {
          continue;
        }
        AreaFacts facts;
        try {
          facts = engine.forArea(area, offence, data.latestPeriod());
        } catch (org.localwire.model.InputException e) {
          continue; // a neighbour's figure is suppressed: no story, as in a batch
        }
        Quote quote = quotes.get(stories % quotes.size());
        StoryView view = Views.from(facts, Angles.rank(facts), quote, caveats, names, false).view();
        String expected = direct(template, view);
        assertEquals(expected, skeletons.render(view), area.name() + ", " + offence);
        assertEquals(Story.blocks(expected), skeletons.blocks(view), area.name() + ", " + offence);
        assertEquals(text(expected), new String(skeletons.text(view, SEPARATOR), UTF_8), area.name() + ", " + offence
            + ", as text");
        stories++;
      }
    }
    assertTrue(stories > 3000, "rendered " + stories);
  }

  record Change(String percent, boolean fromZero) {}

  record View(String area, String rank, boolean flag, Change change) {}

  static final List<View> VIEWS = List.of(
      new View("Newport", "the joint highest", true, new Change("12%", false)),
      new View("Newport", "the third lowest", true, new Change("12%", false)),
      new View("Ynys  Môn", "", false, new Change("", true)),
      new View("", "the joint highest", false, null),
      new View("Torfaen", "the highest", true, new Change("3%", false)),
      new View("Blaenau <Gwent> & Co", "the highest", true, new Change("3%", false)),
      // the marker character in data, printed (area) or branched on (rank): never cut at
      new View("Area \uE000\uE100", "joint \uE000\uE101", true, new Change("\uE000", false)),
      new View("Torfaen", "the \uE000\uE100 highest", false, new Change("5%", false)),
      // values that move a story's lines and blocks: line breaks, white space at an end, the
      // boilerplate mark, a value alone on its line
      new View("Two\nlines", "the highest", true, new Change("\n\n", false)),
      new View(" Newport ", "the highest", true, new Change("\t", false)),
      new View("\u00a7 Newport", "the highest", true, new Change("12%\u00a0", false)),
      new View("Newport", "the highest", true, new Change("\u00a7", false)));

  @Test
  void aValueOnlyPrintedIsFilledIn(@TempDir Path dir) throws Exception {
    Skeletons s = check(dir, "<#if flag>${area} had ${rank}<#else>${area}</#if> number.");
    assertEquals(List.of("area", "rank"), s.slots());
  }

  @Test
  void aValueTestedInACondition(@TempDir Path dir) throws Exception {
    Skeletons s = check(dir, "${area}<#if rank?contains(\"joint\")> joint</#if>, ${rank}.");
    assertEquals(List.of("area"), s.slots());
  }

  @Test
  void aValueCapturedByAssign(@TempDir Path dir) throws Exception {
    Skeletons s = check(dir, "<#assign x>${area}</#assign>${x?upper_case} <#if x?has_content>named</#if>.");
    assertEquals(List.of(), s.slots());
  }

  @Test
  void aValueInsideAStringLiteral(@TempDir Path dir) throws Exception {
    Skeletons s = check(dir, "<#assign x = \"${area}!\">${x?length} ${rank}");
    assertEquals(List.of("rank"), s.slots());
  }

  @Test
  void aValueInsideCompressOrAMacro(@TempDir Path dir) throws Exception {
    Skeletons s = check(dir, "<#compress>${area}  x</#compress><#macro m>${rank}</#macro><@m/> ${rank}");
    assertEquals(List.of(), s.slots());
  }

  @Test
  void aValueTransformedInAnIncludedTemplate(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("part.ftl"), "${area?cap_first}");
    Skeletons s = check(dir, "${area} <#include \"part.ftl\"> ${rank}");
    assertEquals(List.of("rank"), s.slots());
  }

  @Test
  void aValueEscapedInAnIncludedHtmlTemplate(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("part.ftlh"), "${area}");
    Skeletons s = check(dir, "${area} <#include \"part.ftlh\"> ${rank}");
    assertEquals(List.of("rank"), s.slots());
  }

  @Test
  void aNestedValueWhoseRecordIsNamedOnItsOwn(@TempDir Path dir) throws Exception {
    Skeletons s = check(dir, "<#if change??>${change.percent}<#if change.fromZero> from none</#if></#if> ${area}");
    assertEquals(List.of("area"), s.slots());
    Skeletons t = check(dir, "<#if flag>${change.percent}<#if change.fromZero> from none</#if></#if> ${area}");
    assertEquals(List.of("area", "change.percent"), t.slots());
  }

  @Test
  void readingValuesIndirectlyTurnsSkeletonsOff(@TempDir Path dir) throws Exception {
    Skeletons s = check(dir, "${.vars[\"area\"]} ${rank}");
    assertNotNull(s.disabled());
    Skeletons t = check(dir, "<#assign f = (\"$\" + \"{area}\")?interpret><@f/> ${rank}");
    assertNotNull(t.disabled());
  }

  @Test
  void valuesAtTheEndsOfLinesAndBlocksGiveTheSameBlocks(@TempDir Path dir) throws Exception {
    // values alone on a line, at a line's ends, opening a boilerplate block, around blank lines
    Skeletons s = check(dir, "${area} headline\n\n  ${area}\n had ${rank}  \n\n\u00a7 ${change.percent}\n\n"
        + "<#if flag>\n${area}\n</#if>\n\n\u00a7\n\n${change.percent}\n${rank} end\n");
    assertNull(s.disabled());
    assertTrue(s.slots().containsAll(List.of("area", "rank", "change.percent")), s.slots().toString());
  }

  /** Renders every test view through the skeletons and directly, and compares. */
  private static Skeletons check(Path dir, String source) throws Exception {
    Files.writeString(dir.resolve("story.ftl"), "<#ftl output_format=\"plainText\">" + source);
    Configuration config = Renderer.configuration(dir);
    Template template = config.getTemplate("story.ftl");
    Skeletons skeletons = Skeletons.of(config, dir, template, View.class);
    List<String> outputs = new ArrayList<>();
    for (int round = 0; round < 2; round++) { // the second round reads the skeletons the first made
      for (View view : VIEWS) {
        String expected;
        try {
          expected = direct(template, view);
        } catch (freemarker.template.TemplateException e) {
          continue; // the view does not suit this template (a null record): nothing to compare
        }
        String actual = skeletons.render(view);
        assertEquals(expected, actual, source + " with " + view);
        assertEquals(Story.blocks(expected), skeletons.blocks(view), source + " with " + view + ", as blocks");
        byte[] text = skeletons.text(view, SEPARATOR);
        if (text != null) { // null: a value that moves lines, and the story is cut from its blocks instead
          assertEquals(text(expected), new String(text, UTF_8), source + " with " + view + ", as text");
        }
        outputs.add(actual);
      }
    }
    assertFalse(outputs.isEmpty());
    return skeletons;
  }

  private static final byte[] SEPARATOR = "=====\n".getBytes(UTF_8);

  /** What a story made from the template's output prints, with the batch's separator after it. */
  private static String text(String output) {
    List<Story.Paragraph> blocks = Story.blocks(output);
    return Story.text(blocks.get(0).text(), blocks.subList(1, blocks.size()), "=====\n");
  }

  private static String direct(Template template, Object view) throws Exception {
    StringWriter out = new StringWriter();
    template.process(view, out);
    return out.toString();
  }
}
