package org.localwire.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.localwire.angles.Angle;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Area;
import org.localwire.model.Dataset;
import org.localwire.render.Pages;
import org.localwire.render.Renderer;
import org.localwire.write.Markdown;
import org.localwire.write.Ninjs;
import org.localwire.write.Release;
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
 * The hot path on one thread, over every area of the bundled data in turn (run from the
 * repository root: it reads data/, templates/ and quotes/): facts and angles for one area, and
 * one story rendered to a string in each format. Throughput in operations per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class StoryBench {
  Dataset data;
  Facts engine;
  Renderer renderer;
  List<Area> areas;
  String offence;
  int next;
  final Release release = new Release("bench", LocalDate.of(2025, 6, 30));
  final List<Pages.Link> links = List.of(new Pages.Link("txt", "a.txt"));

  @Setup(Level.Trial)
  public void load() throws Exception {
    DataLoader loader = DataLoader.using(Path.of("data"));
    String file = System.getProperty("bench.data");
    data = loader.load(file == null ? loader.defaultFile() : Path.of(file), DataLoader.DEFAULT_OFFENCE);
    offence = DataLoader.DEFAULT_OFFENCE;
    engine = Facts.of(data);
    renderer = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")));
    areas = data.areas();
    prepare();
  }

  AreaFacts[] allFacts;
  List<Angle>[] allAngles;

  @SuppressWarnings("unchecked")
  private void prepare() throws Exception {
    allFacts = new AreaFacts[areas.size()];
    allAngles = new List[areas.size()];
    for (int i = 0; i < areas.size(); i++) {
      allFacts[i] = engine.forArea(areas.get(i), offence, data.latestPeriod());
      allAngles[i] = Angles.rank(allFacts[i]);
    }
  }

  /** Moves to the next area (cheap, unlike a per-invocation setup). */
  private int next() {
    int i = next;
    next = next + 1 == areas.size() ? 0 : next + 1;
    return i;
  }

  /** Facts and ranked angles; the angles' reasons are worded only when asked for (not here). */
  @Benchmark
  public List<Angle> factsAndAngles() throws Exception {
    AreaFacts f = engine.forArea(areas.get(next()), offence, data.latestPeriod());
    return Angles.rank(f);
  }

  /** As {@link #factsAndAngles}, with every angle's reason worded, as the review page and JSON need. */
  @Benchmark
  public int factsAndAnglesWithReasons() throws Exception {
    AreaFacts f = engine.forArea(areas.get(next()), offence, data.latestPeriod());
    int length = 0;
    for (Angle angle : Angles.rank(f)) {
      length += angle.reason().length();
    }
    return length;
  }

  /** A whole text story from its facts and angles: the view, the template, the paragraphs. */
  @Benchmark
  public String storyText() throws Exception {
    int i = next();
    return renderer.render(allFacts[i], allAngles[i], false).text();
  }

  /** The same text as {@code batch --stdout} makes it: UTF-8 straight from the skeleton, with the separator. */
  @Benchmark
  public byte[] storyTextStdout() throws Exception {
    int i = next();
    return renderer.text(allFacts[i], allAngles[i], "=====\n");
  }

  @Benchmark
  public String storyMarkdown() throws Exception {
    int i = next();
    return Markdown.of(renderer.render(allFacts[i], allAngles[i], false));
  }

  @Benchmark
  public String storyHtml() throws Exception {
    int i = next();
    return renderer.page(Pages.storyPage(renderer.render(allFacts[i], allAngles[i], false), links, "../index.html"));
  }

  /** ninjs with its provenance sidecar's phrases built (the json format writes both). */
  @Benchmark
  public String storyNinjs() throws Exception {
    int i = next();
    return Ninjs.of(renderer.render(allFacts[i], allAngles[i], true), release);
  }
}
