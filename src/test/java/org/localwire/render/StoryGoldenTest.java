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

  /** A draft on every edition of the council table in data/, for the release of {@code period} (null: the latest). */
  static String release(String period, String area) throws Exception {
    DataLoader loader = DataLoader.using(Path.of("data"));
    Dataset data = loader.loadDefault(DataLoader.DEFAULT_OFFENCE, period);
    AreaFacts facts = Facts.of(data, loader.caveats()).forArea(data.area(area).orElseThrow(),
        DataLoader.DEFAULT_OFFENCE, data.latestPeriod());
    Renderer renderer = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")), loader.caveats(),
        loader.areaNames().in(data.areas())).withOffences(loader.offenceCopies());
    return renderer.render(facts, Angles.rank(facts)).text();
  }

  // issue 18: one Welsh and one English council in two releases, and a partnership split since 2022

  @Test
  void newportYearToJune2025WithItsHistory() throws Exception {
    Golden.check("release-2025-newport.txt", release(null, "Newport"));
  }

  @Test
  void newportCalendar2022AgainstCalendar2021() throws Exception {
    Golden.check("release-2022-newport.txt", release("2022", "Newport"));
  }

  @Test
  void bristolYearToJune2025WithItsHistory() throws Exception {
    Golden.check("release-2025-bristol.txt", release(null, "Bristol, City of"));
  }

  @Test
  void bristolCalendar2022AgainstCalendar2021() throws Exception {
    Golden.check("release-2022-bristol.txt", release("2022", "Bristol, City of"));
  }

  @Test
  void bournemouthHasNoComparisonWithTheCouncilItWasPartOf() throws Exception {
    Golden.check("release-2025-bournemouth.txt", release(null, "Bournemouth"));
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
