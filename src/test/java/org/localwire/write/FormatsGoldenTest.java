package org.localwire.write;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Dataset;
import org.localwire.model.Network;
import org.localwire.render.Golden;
import org.localwire.render.Pages;
import org.localwire.render.Renderer;
import org.localwire.render.Story;

/** One real area, Newport, in every format a batch writes. */
class FormatsGoldenTest {
  static Story story;
  static Renderer renderer;
  static final Release RELEASE = Release.of("stalking-and-harassment-year-to-june-2025",
      OffsetDateTime.parse("2025-10-23T09:30:00+01:00"))
      .sentBy(new Network("Example Local News Network", "Data desk", "London"));

  @BeforeAll
  static void render() throws Exception {
    DataLoader loader = DataLoader.using(Path.of("data"));
    Dataset data = loader.load(loader.defaultFile(), DataLoader.DEFAULT_OFFENCE);
    AreaFacts facts = Facts.forArea(data, data.area("Newport").orElseThrow(), DataLoader.DEFAULT_OFFENCE,
        data.latestPeriod());
    renderer = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")))
        .withOffences(org.localwire.load.DataLoader.using(Path.of("data")).offenceCopies());
    story = renderer.render(facts, Angles.rank(facts));
  }

  @Test
  void markdown() throws Exception {
    Golden.check("newport.md", Markdown.of(story));
  }

  @Test
  void html() throws Exception {
    List<Pages.Link> links = List.of(new Pages.Link("txt", "newport.txt"), new Pages.Link("json", "newport.json"));
    Golden.check("newport.html", renderer.page(Pages.storyPage(story, links, "../index.html")));
  }

  @Test
  void ninjs() throws Exception {
    Golden.check("newport.json", Ninjs.of(story, RELEASE));
  }

  @Test
  void factsSidecar() throws Exception {
    Golden.check("newport.facts.json", FactsJson.of(story, RELEASE));
  }
}
