package org.localwire.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localwire.angles.Angles;
import org.localwire.facts.AreaFacts;
import org.localwire.facts.Facts;
import org.localwire.load.DataLoader;
import org.localwire.load.QuoteLoader;
import org.localwire.model.Area;
import org.localwire.model.Dataset;
import org.localwire.model.Figure;
import org.localwire.model.InputException;
import org.localwire.model.Period;
import org.localwire.model.Place;

/**
 * Issue 5: a bounded fuzz test. Valid files (wide CSVs and a Table C2 extract) are mutated from a
 * fixed seed (lines cut, duplicated and swapped, cells swapped and replaced with tricky values,
 * quotes and random bytes inserted, the file truncated) and fed through load, facts, angles and
 * render. The only outcomes allowed are a story or an {@link InputException}; any other
 * exception fails the test with the case number and the file. A story must also be right about
 * its own count: the cell it names holds that number.
 */
class BadInputFuzzTest {
  static final long SEED = 5_2025L;
  static final int CASES = 3000;

  static final String[] SEEDS = {
      "src/test/resources/wide/three-years.csv",
      "src/test/resources/wide/gwent-2015-2017.csv",
      "src/test/resources/c2/gwent_ye_mar2024_tableC2.csv",
  };

  /** A wide CSV with every optional column, written as Excel writes it. */
  static final String RICH = "\uFEFFarea,force,area_code,population,offence,2022/23,2023-24,12m to Sep 2024\r\n"
      + "Ynys Môn,North Wales,W06000001,\"69,000\",Stalking and harassment,100,\"1,030\",[x]\r\n"
      + "\"King's Lynn, West\",Norfolk,E1,150000,Stalking and harassment,0,5,7\r\n"
      + "Norwich,Norfolk,E2,,Stalking and harassment,12,12,12\r\n"
      + "Norwich,Norfolk,E2,,Shoplifting,300,280,..\r\n"
      + "Rhondda Cynon Taf,South Wales,W3,237000,Stalking and harassment,1,1,2\r\n";

  static final String[] TRICKY = {"", "[x]", "[c]", "..", "*", "-", "-1", "0", "1", "1,030", "\"1,030\"", "\"1,03\"",
      "4.5", "1e5", "99999999999999999999", "19999999", "NaN", "\u0661\u0662", "\u00a0", "=SUM(A1)", "\"", "\"\"",
      "a\nb", "\"a\nb\"", "2017", "2023/24", "12m to Sep 2018", "area", "force", "Gwent", "Newport", "csp_la",
      "force_total", "unassigned", "../../etc/passwd", "<script>", "${x}", "<#if>", "Ynys Môn"};

  @TempDir Path dir;

  @Test
  void mutatedFilesGiveAStoryOrACleanError() throws Exception {
    // -Dfuzz.seed=N -Dfuzz.cases=N explore further; CI runs the fixed seed
    Random random = new Random(Long.getLong("fuzz.seed", SEED));
    int cases = Integer.getInteger("fuzz.cases", CASES);
    DataLoader loader = DataLoader.using(Path.of("data"));
    Renderer renderer = Renderer.using(Path.of("templates"), QuoteLoader.load(Path.of("quotes")))
        .withOffences(org.localwire.load.DataLoader.using(Path.of("data")).offenceCopies());
    List<String> names = new ArrayList<>();
    List<byte[]> seeds = new ArrayList<>();
    for (String s : SEEDS) {
      names.add(Path.of(s).getFileName().toString());
      seeds.add(Files.readAllBytes(Path.of(s)));
    }
    names.add("rich.csv");
    seeds.add(RICH.getBytes(StandardCharsets.UTF_8));

    List<String> failures = new ArrayList<>();
    int stories = 0;
    int refused = 0;
    for (int i = 0; i < cases && failures.size() < 5; i++) {
      int which = random.nextInt(seeds.size());
      byte[] bytes = mutate(seeds.get(which), random);
      Path file = dir.resolve(i + "-" + names.get(which));
      Files.write(file, bytes);
      try {
        Dataset data = loader.load(file, DataLoader.DEFAULT_OFFENCE);
        for (int k = 0; k < 3; k++) {
          Area area = data.areas().get(random.nextInt(data.areas().size()));
          Period period = data.periods().get(random.nextInt(data.periods().size()));
          String offence = data.offences().get(random.nextInt(data.offences().size()));
          try {
            AreaFacts facts = Facts.forArea(data, area, offence, period);
            String text = renderer.render(facts, Angles.rank(facts)).text();
            checkStory(text, data, area, offence, period, bytes);
            stories++;
          } catch (InputException e) {
            refused++;
            checkMessage(e);
          }
        }
      } catch (InputException e) {
        refused++;
        checkMessage(e);
      } catch (RuntimeException | AssertionError e) {
        failures.add("case " + i + " (" + names.get(which) + "): " + e + "\n" + show(bytes));
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " mutated files gave neither a story nor a clean error:\n" + String.join("\n\n", failures));
    }
    // the mutations must leave enough files valid for stories to be tested too
    assertTrue(stories > cases / 4, "stories: " + stories + ", refused: " + refused);
    assertTrue(refused > cases / 4, "stories: " + stories + ", refused: " + refused);
  }

  /** A story names its area, leaks no template syntax or Java value, and its count is the cell's. */
  private static void checkStory(String text, Dataset data, Area area, String offence, Period period, byte[] bytes)
      throws IOException {
    assertTrue(text.contains(area.name()), "the story names " + area.name() + ":\n" + text);
    // names are data and print as they are: "${x}" as an area name is not a template leak
    String copy = text;
    for (Area a : data.areas()) {
      copy = copy.replace(a.name(), "AREA");
    }
    for (String name : data.forces()) {
      copy = copy.replace(name, "FORCE");
    }
    for (String name : data.offences()) {
      copy = copy.replace(name, "OFFENCE").replace(name.toLowerCase(java.util.Locale.UK), "OFFENCE");
    }
    for (String leak : List.of("null", "NaN", "Infinity", "${", "<#", "Optional[", "Ranked[")) {
      assertTrue(!copy.contains(leak), "\"" + leak + "\" in:\n" + text);
    }
    assertTrue(!Pattern.compile("(^|\\s)-\\d").matcher(copy).find(), "a negative number in:\n" + text);
    Figure figure = data.figure(Place.area(area), offence, period).orElseThrow();
    String cell = cellAt(bytes, figure.cell().line(), figure.cell().column());
    if (cell != null) {
      assertEquals(cell.strip().replace(",", ""), Long.toString(figure.count()),
          "the count of " + area.name() + " is not what its cell " + figure.cell() + " holds");
    }
  }

  /** Every message is one line per problem, each naming where and what to do. */
  private static void checkMessage(InputException e) {
    for (String line : e.lines()) {
      assertTrue(!line.isBlank() && !line.contains("\n"), "a message line: " + line);
    }
    assertTrue(!e.problem().isBlank(), "a problem: " + e.getMessage());
  }

  /**
   * The text of one cell, read by a second, independent parse of the file: only records on a
   * single line are indexed (a record with a line break inside a quote is skipped).
   */
  private static String cellAt(byte[] bytes, long line, int column) throws IOException {
    String text = Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8), Normalizer.Form.NFC);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Map<Long, CSVRecord> byLine = new HashMap<>();
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        boolean oneLine = record.stream().noneMatch(v -> v.contains("\n") || v.contains("\r"));
        if (oneLine) {
          byLine.put(parser.getCurrentLineNumber(), record);
        }
      }
    }
    CSVRecord record = byLine.get(line);
    return record == null || record.size() < column ? null : record.get(column - 1);
  }

  static byte[] mutate(byte[] original, Random random) {
    String text = new String(original, StandardCharsets.UTF_8);
    int mutations = 1 + random.nextInt(3);
    byte[] bytes = original;
    for (int m = 0; m < mutations; m++) {
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      int l = random.nextInt(lines.size());
      switch (random.nextInt(11)) {
        case 0 -> lines.remove(l);
        case 1 -> lines.add(l, lines.get(random.nextInt(lines.size())));
        case 2 -> java.util.Collections.swap(lines, l, random.nextInt(lines.size()));
        case 3 -> lines.set(l, swapCells(lines.get(l), random));
        case 4, 5 -> lines.set(l, replaceCell(lines.get(l), TRICKY[random.nextInt(TRICKY.length)], random));
        case 6 -> lines.set(l, insert(lines.get(l), "\"", random));
        case 7 -> lines.set(l, insert(lines.get(l), ",", random));
        case 8 -> lines.set(l, lines.get(l).isEmpty() ? "" : lines.get(l).substring(0, random.nextInt(lines.get(l).length())));
        case 9 -> lines.set(l, replaceCell(lines.get(l), Integer.toString(random.nextInt(3000)), random));
        default -> {
          // random bytes: applied to the bytes, so they may break UTF-8
          bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
          bytes = randomBytes(bytes, random);
          text = new String(bytes, StandardCharsets.UTF_8);
          continue;
        }
      }
      text = String.join("\n", lines);
      bytes = text.getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  private static byte[] randomBytes(byte[] bytes, Random random) {
    byte[] out = Arrays.copyOf(bytes, bytes.length);
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n && out.length > 0; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  private static String swapCells(String line, Random random) {
    // a mutation, not a parser: splitting on commas is the point
    String[] cells = line.split(",", -1);
    if (cells.length < 2) {
      return line;
    }
    int a = random.nextInt(cells.length);
    int b = random.nextInt(cells.length);
    String t = cells[a];
    cells[a] = cells[b];
    cells[b] = t;
    return String.join(",", cells);
  }

  private static String replaceCell(String line, String value, Random random) {
    String[] cells = line.split(",", -1);
    cells[random.nextInt(cells.length)] = value;
    return String.join(",", cells);
  }

  private static String insert(String line, String s, Random random) {
    int at = random.nextInt(line.length() + 1);
    return line.substring(0, at) + s + line.substring(at);
  }

  private static String show(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
