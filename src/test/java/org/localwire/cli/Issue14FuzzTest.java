package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a seeded fuzz test of the CSV and quotes readers from the command line. Valid inputs
 * are mutated (bytes and tricky values inserted, lines cut, duplicated and swapped, the file
 * truncated) and run through {@code batch} and {@code story}. Allowed: exit 0 or 1, never a bug's
 * exit 3 or a stack trace, and the output folder either as it was or holding one whole release,
 * never a partial folder. {@code -Dfuzz14.seed=N -Dfuzz14.cases=N} explore further.
 */
class Issue14FuzzTest {
  static final long SEED = 14_2026L;
  static final int CASES = 60;

  static final String CSV = "\uFEFFarea,force,area_code,population,2016,2017\r\n"
      + "Newport,Gwent,W06000022,159600,10,12\r\n"
      + "Torfaen,Gwent,W06000020,92300,5,[x]\r\n"
      + "\"Ynys M\u00f4n\",North Wales,W06000001,\"69,000\",8,9\r\n"
      + "Conwy,North Wales,W06000003,114800,20,22\r\n";

  static final String[] TRICKY = {"", "[x]", "..", "-1", "0", "1,030", "\"", "\"\"", "a\nb", ";", "\t", ":",
      "\u200B", "\u202E", "\u0000", "\uFFFD", "Newport", "newport", "NEWPORT", "Ynys Mon", "Gwent", "2017", "area",
      "{", "}", "[", "]", ",", "\"quotes\":", "\"date\": \"5 May\"", "\"forces\": [\"Gwnet\"]", "null", "1e400",
      "\"id\": \"x\",", "x".repeat(300), "<#list 1..9 as i>", "${x}"};

  @TempDir Path dir;

  @Test
  void mutatedCsvFilesGiveAReleaseOrACleanErrorNeverAPartialFolder() throws IOException {
    Random random = new Random(Long.getLong("fuzz14.seed", SEED));
    List<String> failures = new ArrayList<>();
    int[] exits = new int[2];
    for (int i = 0; i < Integer.getInteger("fuzz14.cases", CASES) && failures.size() < 5; i++) {
      Path file = Files.write(dir.resolve("csv-" + i + ".csv"), mutate(CSV, random));
      Path out = dir.resolve("out-" + i);
      Cli r = Cli.run("batch", "--data", file.toString(), "--out", out.toString(), "--release", "r", "--threads", "1",
          "--formats", "txt");
      check("case " + i, r, out, file, failures);
      exits[Math.min(1, r.exit())]++;
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n\n", failures));
    }
    // a fuzz test that cannot fail: every mutation refused, or none
    org.junit.jupiter.api.Assertions.assertTrue(exits[0] > 5 && exits[1] > 5, exits[0] + " written, " + exits[1]
        + " refused");
  }

  @Test
  void mutatedQuoteFilesGiveAStoryOrACleanError() throws IOException {
    Random random = new Random(Long.getLong("fuzz14.seed", SEED) + 1);
    Path data = Files.writeString(dir.resolve("figures.csv"), CSV);
    String quotes = Files.readString(Path.of("quotes/samples.json"))
        .replace("\"forces\": []", "\"forces\": [\"Gwent\"]")
        .replace("\"status\": \"sample\",", "\"status\": \"sample\", \"date\": \"2025-03-05\",");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < Integer.getInteger("fuzz14.cases", CASES) && failures.size() < 5; i++) {
      Path folder = Files.createDirectories(dir.resolve("quotes-" + i));
      Path file = Files.write(folder.resolve("q.json"), mutate(quotes, random));
      Path out = dir.resolve("qout-" + i);
      Cli r = i % 2 == 0
          ? Cli.run("story", "--area", "Newport", "--data", data.toString(), "--quotes", folder.toString())
          : Cli.run("batch", "--data", data.toString(), "--quotes", folder.toString(), "--out", out.toString(),
              "--release", "r", "--threads", "1", "--formats", "txt");
      check("case " + i, r, out, file, failures);
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n\n", failures));
    }
  }

  private static void check(String name, Cli r, Path out, Path input, List<String> failures) throws IOException {
    String problem = null;
    if (r.exit() != 0 && r.exit() != 1) {
      problem = "exit " + r.exit();
    } else if (r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("sorry, this is a bug")) {
      problem = "a stack trace or a bug";
    } else if (r.exit() == 1 && !r.out().isEmpty() && !r.out().startsWith("Wrote")) {
      problem = "standard output on a failure";
    } else if (Files.exists(out)) {
      Set<String> names = Issue14ReleaseTest.names(out);
      if (!(names.equals(Set.of(".localwire.lock")) || names.equals(Set.of(".localwire.lock", "r")))) {
        problem = "a partial folder: " + names;
      } else if (names.contains("r") && (r.exit() != 0 || !Files.exists(out.resolve("r/index.html"))
          || !Files.exists(out.resolve("r/.localwire-release")))) {
        problem = "a release that is not whole";
      }
    }
    if (problem != null) {
      failures.add(name + ": " + problem + "\nerr: " + r.err() + "\ninput:\n"
          + new String(Files.readAllBytes(input), StandardCharsets.UTF_8));
    }
  }

  /** One to three mutations of {@code text}. */
  static byte[] mutate(String text, Random random) {
    String s = text;
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
      switch (random.nextInt(7)) {
        case 0 -> {
          int at = random.nextInt(s.length() + 1);
          s = s.substring(0, at) + TRICKY[random.nextInt(TRICKY.length)] + s.substring(at);
        }
        case 1 -> {
          int at = random.nextInt(s.length());
          s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(8)));
        }
        case 2 -> {
          int i = random.nextInt(lines.size());
          lines.add(i, lines.get(random.nextInt(lines.size())));
          s = String.join("\n", lines);
        }
        case 3 -> {
          int i = random.nextInt(lines.size());
          int j = random.nextInt(lines.size());
          String t = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, t);
          s = String.join("\n", lines);
        }
        case 4 -> s = s.substring(0, random.nextInt(s.length() + 1));
        case 5 -> {
          int at = random.nextInt(s.length() + 1);
          s = s.substring(0, at) + (char) random.nextInt(0x3000) + s.substring(at);
        }
        default -> {
          // a tricky value in place of a token between separators
          String[] parts = s.split("(?<=[,:\\n])", -1);
          int i = random.nextInt(parts.length);
          parts[i] = TRICKY[random.nextInt(TRICKY.length)] + (parts[i].endsWith(",") ? "," : parts[i].endsWith("\n")
              ? "\n" : "");
          s = String.join("", parts);
        }
      }
    }
    if (random.nextInt(10) == 0) {
      // a byte that is not UTF-8
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      if (b.length > 0) {
        b[random.nextInt(b.length)] = (byte) 0xE9;
      }
      return b;
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

}
