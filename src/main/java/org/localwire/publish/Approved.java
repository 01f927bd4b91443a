package org.localwire.publish;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localwire.model.InputException;

/**
 * An approved list ({@code batch --approved FILE}, issue 16): the stories an editor approved on
 * the review page, one story id per line as the page exports it: the story's files' path under
 * {@code --out} without the extension, "stalking-and-harassment-year-to-june-2025/gwent/newport".
 * Blank lines and lines starting {@code #} are ignored; space around an id is dropped.
 *
 * <p>Only approved stories are syndicated: each release folder gets {@code wire/}, a copy of the
 * approved stories' files (every format written but the HTML page, which is for review) and
 * {@code wire/stories.txt} listing them. A story not in the list is written as ever, but not to
 * {@code wire/}.
 */
record Approved(Path file, List<String> text, Map<String, Integer> lines) {
  Approved {
    requireNonNull(file, "file");
    text = List.copyOf(text);
    lines = Map.copyOf(lines);
  }

  /** Reads {@code file}; the ids are checked against the stories of the run by {@link #check}. */
  static Approved read(Path file) throws InputException {
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw InputException.in(file.toString(), "is not UTF-8 text", "give --approved the list the review page "
          + "saves (approved.txt)");
    } catch (IOException e) {
      throw InputException.in(file.toString(), "cannot be read (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")", "check the path given to --approved");
    }
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (int i = 0; i < text.size(); i++) {
      String id = text.get(i).strip();
      if (!id.isEmpty() && !id.startsWith("#")) {
        ids.putIfAbsent(id, i + 1);
      }
    }
    return new Approved(file, text, ids);
  }

  /**
   * Every id names one of {@code stories}, the ids of the stories this batch writes; otherwise an
   * error naming the file, line and column of each id that does not (at most 20), before anything
   * is written.
   */
  void check(Collection<String> stories) throws InputException {
    Set<String> known = Set.copyOf(stories);
    List<InputException> problems = new ArrayList<>();
    int notShown = 0;
    for (Map.Entry<String, Integer> line : sortedByLine()) {
      if (known.contains(line.getKey())) {
        continue;
      }
      if (problems.size() == InputException.MAX_REPORTED) {
        notShown++;
        continue;
      }
      int n = line.getValue();
      int column = text.get(n - 1).indexOf(line.getKey()) + 1;
      problems.add(InputException.in(file + ":" + n + ":" + column, "\"" + line.getKey()
          + "\" names no story this batch writes", "a story's id is its files' path under --out without the "
          + "extension, e.g. " + example(stories) + ", as the review page's approved list gives it; correct the "
          + "line or remove it (start it with # to keep it as a comment)"));
    }
    if (!problems.isEmpty()) {
      throw InputException.all(file.toString(), problems, notShown);
    }
  }

  private List<Map.Entry<String, Integer>> sortedByLine() {
    return lines.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
  }

  private static String example(Collection<String> stories) {
    return stories.stream().sorted().findFirst().orElse("robbery-year-to-june-2025/gwent/newport");
  }

  boolean contains(String id) {
    return lines.containsKey(id);
  }
}
