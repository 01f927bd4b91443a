package org.localwire.render;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Dataset;

/** Full rendered drafts for real areas, compared with files a reporter can read. */
class StoryGoldenTest {
  static String story(String file, String area) throws Exception {
    DataLoader loader = DataLoader.using(Path.of("data"));
    Dataset data = loader.load(file == null ? loader.defaultFile() : Path.of(file), DataLoader.DEFAULT_OFFENCE);
    AreaFacts facts = Facts.forArea(data, data.area(area).orElseThrow(), DataLoader.DEFAULT_OFFENCE,
        data.latestPeriod());
    Renderer renderer = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")), loader.caveats())
        .withOffences(org.localwire.load.DataLoader.using(Path.of("data")).offenceCopies());
    return renderer.render(facts, Angles.rank(facts)).text();
  }

  @Test
  void newport() throws Exception {
    Golden.check("story-newport.txt", story(null, "Newport"));
  }

  @Test
  void blaenauGwent() throws Exception {
    Golden.check("story-blaenau-gwent.txt", story(null, "Blaenau Gwent"));
  }

  @Test
  void torfaenFromAWideCsvOfThreeYears() throws Exception {
    Golden.check("story-torfaen-2015-2017.txt", story("src/test/resources/wide/gwent-2015-2017.csv", "Torfaen"));
  }
}
