package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.facts.ForceFacts;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Caveat;
import org.localwire.model.Dataset;
import org.localwire.model.Period;
import org.localwire.seeds.SeedLoader;

/**
 * No sentence of the seed articles appears in what localwire writes (issue 4): every run of
 * eight words of every seed sentence of eight or more words is looked for in the rendered drafts
 * (the five seed drafts and force and area drafts from the bundled data) and in the project's
 * own text (seed files, templates, quotes, caveats, README).
 *
 * <p>The articles are not in the project. When ../shared/seeds is present the test reads them and
 * checks the stored fingerprints (SHA-256 of each eight-word run, in
 * src/test/resources/seed-shingles.txt) are theirs; {@code -Dgolden.update=true} rewrites them.
 * On a clone without the articles, the fingerprints alone are used.
 */
class NoSeedSentenceTest {
  static final Path ARTICLES = Path.of("../shared/seeds");
  static final Path FINGERPRINTS = Path.of("src/test/resources/seed-shingles.txt");
  static final int WORDS = 8;
  static Set<String> seedShingles;

  @BeforeAll
  static void fingerprints() throws Exception {
    Optional<Set<String>> fromArticles = fromArticles();
    if (fromArticles.isPresent() && Boolean.getBoolean("golden.update")) {
      Files.write(FINGERPRINTS, fromArticles.get(), StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(FINGERPRINTS), "missing " + FINGERPRINTS + "; run with ../shared/seeds present and "
        + "-Dgolden.update=true to create it");
    seedShingles = new TreeSet<>(Files.readAllLines(FINGERPRINTS, StandardCharsets.UTF_8));
    fromArticles.ifPresent(s -> assertEquals(s, seedShingles, FINGERPRINTS + " is not the fingerprint of "
        + ARTICLES + "; rerun with -Dgolden.update=true"));
    assertTrue(seedShingles.size() > 500, "the five articles give hundreds of eight-word runs");
  }

  static Optional<Set<String>> fromArticles() throws Exception {
    if (!Files.isDirectory(ARTICLES)) {
      return Optional.empty();
    }
    Set<String> out = new TreeSet<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(ARTICLES, "*.txt")) {
      for (Path file : files) {
        for (String sentence : Files.readString(file, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+|\\R+")) {
          List<String> words = words(sentence);
          if (words.size() >= WORDS) {
            out.addAll(shingles(words));
          }
        }
      }
    }
    return Optional.of(out);
  }

  /** Lower-case words, quotes and apostrophes made plain, punctuation dropped. */
  static List<String> words(String text) {
    String plain = text.toLowerCase(Locale.UK)
        .replaceAll("[\u2018\u2019\u201b`]", "'")
        .replaceAll("[^a-z0-9' ]+", " ");
    List<String> out = new ArrayList<>();
    for (String w : plain.split("\\s+")) {
      String t = w.replaceAll("^'+|'+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  static List<String> shingles(List<String> words) throws Exception {
    List<String> out = new ArrayList<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (int i = 0; i + WORDS <= words.size(); i++) {
      byte[] hash = sha.digest(String.join(" ", words.subList(i, i + WORDS)).getBytes(StandardCharsets.UTF_8));
      out.add(HexFormat.of().formatHex(hash, 0, 12));
    }
    return out;
  }

  static void assertNoSeedSentence(String where, String text) throws Exception {
    List<String> words = words(text);
    List<String> shingles = shingles(words);
    for (int i = 0; i < shingles.size(); i++) {
      assertFalse(seedShingles.contains(shingles.get(i)), where + " repeats eight words of a seed article: \""
          + String.join(" ", words.subList(i, i + WORDS)) + "\"");
    }
  }

  @Test
  void theCheckFindsACopiedSentence() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(ARTICLES), "the articles are not here");
    String copied = Files.readString(ARTICLES.resolve("002_866d698726dd8433.txt"), StandardCharsets.UTF_8)
        .lines().filter(l -> words(l).size() >= WORDS).findFirst().orElseThrow();
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> assertNoSeedSentence("a test draft", "Headline\n\nIntro. " + copied));
    assertTrue(e.getMessage().contains("repeats eight words"), e.getMessage());
  }

  @TestFactory
  Stream<DynamicTest> noRenderedDraftRepeatsASeedSentence() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    DataLoader loader = DataLoader.using(Path.of("data"));
    List<Caveat> caveats = loader.caveats();
    Renderer forces = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")))
        .withOffences(org.localwire.load.DataLoader.using(Path.of("data")).offenceCopies());
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("seeds"), "*.json")) {
      for (Path file : files) {
        String text = SeedDraftsTest.draft(SeedLoader.load(file, loader.offenceTree()).data(), caveats, forces).text();
        tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> assertNoSeedSentence(file.toString(),
            text)));
      }
    }
    Dataset rolling = loader.load(Path.of("data", DataLoader.ROLLING_FILE), DataLoader.DEFAULT_OFFENCE);
    for (String[] f : new String[][] {{"Gwent", "2017"}, {"Dorset", "2017"}, {"North Wales", "2018"},
        {"Metropolitan Police", "12m to Sep 2018"}}) {
      ForceFacts facts = Facts.of(rolling, caveats).forForce(f[0], DataLoader.DEFAULT_OFFENCE,
          Period.parse(f[1]).orElseThrow(), Optional.empty());
      String text = forces.render(facts, Angles.rank(facts)).text();
      tests.add(DynamicTest.dynamicTest(f[0] + " " + f[1], () -> assertNoSeedSentence(f[0], text)));
    }
    Dataset c2 = loader.load(loader.defaultFile(), DataLoader.DEFAULT_OFFENCE);
    Renderer areas = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")))
        .withOffences(org.localwire.load.DataLoader.using(Path.of("data")).offenceCopies());
    for (String area : List.of("Newport", "Caerphilly", "Newham", "Bournemouth")) {
      AreaFacts facts = Facts.forArea(c2, c2.area(area).orElseThrow(), DataLoader.DEFAULT_OFFENCE, c2.latestPeriod());
      String text = areas.render(facts, Angles.rank(facts)).text();
      tests.add(DynamicTest.dynamicTest(area, () -> assertNoSeedSentence(area, text)));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> noProjectTextRepeatsASeedSentence() throws Exception {
    List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("ARCHITECTURE.md"),
        Path.of("bench/README.md"), Path.of("data/caveats.csv"), Path.of("data/SOURCES.md")));
    for (String dir : List.of("seeds", "templates", "quotes", "docs", "data/offences")) {
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(Path.of(dir))) {
        stream.forEach(files::add);
      }
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(),
        () -> assertNoSeedSentence(f.toString(), Files.readString(f, StandardCharsets.UTF_8))));
  }
}
