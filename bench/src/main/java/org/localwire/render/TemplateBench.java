package org.localwire.render;

import freemarker.template.Template;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Area;
import org.localwire.model.Dataset;
import org.localwire.model.Quote;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The story template alone, on one thread, over the views of all 315 bundled areas in turn (run
 * from the repository root): FreeMarker processing each view to a string. In this package to
 * reach the view records, which are not public API.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TemplateBench {
  Template template;
  StoryView[] views;
  int next;

  @Setup(Level.Trial)
  public void load() throws Exception {
    DataLoader loader = DataLoader.using(Path.of("data"));
    Dataset data = loader.load(loader.defaultFile(), DataLoader.DEFAULT_OFFENCE);
    Facts engine = Facts.of(data);
    List<Quote> quotes = QuoteLoader.load(Path.of("quotes"));
    List<StoryView> built = new ArrayList<>();
    for (Area area : data.areas()) {
      AreaFacts facts = engine.forArea(area, DataLoader.DEFAULT_OFFENCE, data.latestPeriod());
      built.add(Views.from(facts, Angles.rank(facts), quotes.get(built.size() % quotes.size()), loader.caveats(),
          loader.areaNames(), false).view());
    }
    views = built.toArray(StoryView[]::new);
    var config = Renderer.configuration(Path.of("templates"));
    template = config.getTemplate(Renderer.STORY);
  }

  private StoryView nextView() {
    StoryView view = views[next];
    next = next + 1 == views.length ? 0 : next + 1;
    return view;
  }

  /** FreeMarker interpreting the story template for one view. */
  @Benchmark
  public String freemarkerText() throws Exception {
    StringWriter out = new StringWriter(2048);
    template.process(nextView(), out);
    return out.toString();
  }
}
