package org.localwire.render;

import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateElement;
import freemarker.core.UndefinedOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which values of a view a template only prints: read off the parsed templates, for
 * {@link Skeletons}. Conservative: a value counts only if every mention of its name in the code of
 * the story template and of every template it includes or imports is a plain {@code ${name}}
 * written straight to the output (not inside {@code <#assign>}, a macro, {@code <#compress>} or
 * any other block that could capture or change it, and not in an HTML template, which escapes).
 * Any other mention, {@code rank?contains("joint")} say, makes it a value the output branches
 * on. Templates that could reach values without naming them ({@code .vars}, {@code ?eval},
 * {@code ?interpret}) leave nothing to trust.
 */
final class PrintedOnly {
  private PrintedOnly() {}

  /** The printed-only paths ("area", "change.percent"), or none and why. */
  record Found(List<String> paths, String disabled) {}

  /** Marks a printed value in a probe's output (see Skeletons); no template may contain it. */
  static final char MARK = '\uE000';

  /** Parents through which a {@code ${x}} goes straight to the output. */
  private static final Set<String> STRAIGHT = Set.of("MixedContent", "IfBlock", "ConditionalBlock", "SwitchBlock",
      "Case", "IteratorBlock", "Items", "Sep", "ElseOfList", "ListElseContainer");
  private static final Pattern DOLLAR = Pattern.compile("\\$\\{([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)}");
  /** Ways a template can reach data without naming it. */
  private static final Pattern INDIRECT = Pattern.compile("(?<![\\w)\\]}\"'])\\.[A-Za-z_]|\\?(eval|interpret)");

  /**
   * The printed-only paths of {@code viewType} in {@code template} and what it includes or
   * imports (from {@code folder}), or why none can be trusted.
   */
  static Found find(Configuration config, Path folder, Template template, Class<? extends Record> viewType) {
    String why = null;
    Map<String, Integer> straight = new HashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    if (!(template.getOutputFormat() instanceof PlainTextOutputFormat)) {
      why = "the story template's output format is not plain text";
    }
    // the story template and every template it includes or imports, followed by name; a name
    // worked out while rendering could be any file, so then every file in the folder counts
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(template.getName()));
    java.util.Set<String> seen = new java.util.HashSet<>();
    boolean everyFile = false;
    while (why == null && !queue.isEmpty()) {
      String name = queue.poll();
      if (!seen.add(name)) {
        continue;
      }
      try {
        // parsed here, not through the configuration's cache: a file the sandbox refuses must
        // fail when the story includes it, with the sandbox's own message, not now
        Template t = name.equals(template.getName()) ? template : parse(config, folder, name);
        if (t == null) {
          why = "template " + name + " is not a file inside the templates folder";
          break;
        }
        // .ftlh and .ftlx files escape what they print (FreeMarker picks that by file name)
        boolean plain = (t.getOutputFormat() instanceof PlainTextOutputFormat
            || t.getOutputFormat() instanceof UndefinedOutputFormat)
            && !name.endsWith(".ftlh") && !name.endsWith(".ftlx");
        List<String> loads = new ArrayList<>();
        why = scan(t, plain, straight, mentions, loads);
        for (String load : loads) {
          if (load == null) {
            everyFile = true;
          } else {
            queue.add(resolve(name, load));
          }
        }
      } catch (IOException | RuntimeException e) {
        why = "template " + name + " cannot be read or parsed";
      }
      if (everyFile && why == null && queue.isEmpty()) {
        try (Stream<Path> files = Files.walk(folder)) {
          files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
              .forEach(queue::add);
        } catch (IOException e) {
          why = "cannot list the templates folder (" + e.getMessage() + ")";
        }
        everyFile = false;
      }
    }
    List<String> slots = new ArrayList<>();
    if (why == null) {
      for (String path : stringPaths(viewType, "")) {
        int printed = straight.getOrDefault(path, 0);
        if (printed > 0 && printed == mentions.getOrDefault(path, 0) && !parentMentioned(path, mentions)) {
          slots.add(path);
        }
      }
    }
    return new Found(why == null ? List.copyOf(slots) : List.of(), why);
  }

  /**
   * Counts, over one template, the plain {@code ${path}} elements that print straight to the
   * output ({@code straight}) and every mention of each name in the template's code
   * ({@code mentions}: the whole canonical form less its text blocks and comments, which are
   * copy, not code). Returns why skeletons cannot be used, or null.
   */
  private static String scan(Template template, boolean plain, Map<String, Integer> straight,
      Map<String, Integer> mentions, List<String> loads) {
    TemplateElement root = template.getRootTreeNode();
    String all = root.getCanonicalForm();
    if (all.indexOf(MARK) >= 0) {
      return "template " + template.getName() + " contains the marker character U+E000";
    }
    Map<String, Integer> words = words(all);
    int indirect = count(INDIRECT, all);
    List<String> copy = new ArrayList<>();
    String why = walk(root, plain, true, straight, copy, loads);
    if (why != null) {
      return why;
    }
    for (String text : copy) {
      words(text).forEach((word, n) -> words.merge(word, -n, Integer::sum));
      indirect -= count(INDIRECT, text);
    }
    if (indirect > 0) {
      return "template " + template.getName() + " reaches values indirectly (.vars, ?eval or the like)";
    }
    words.forEach((word, n) -> mentions.merge(word, n, Integer::sum));
    return null;
  }

  /**
   * Collects the straight {@code ${path}} elements and the canonical text of text blocks and
   * comments. An include inside anything but plain structure could have its output captured or
   * changed: then no skeletons.
   */
  private static String walk(TemplateElement element, boolean plain, boolean straightSoFar,
      Map<String, Integer> straight, List<String> copy, List<String> loads) {
    String kind = element.getClass().getSimpleName();
    if (kind.equals("TextBlock") || kind.equals("Comment")) {
      copy.add(element.getCanonicalForm());
      return null;
    }
    if (kind.equals("DollarVariable") && plain && straightSoFar) {
      Matcher dollar = DOLLAR.matcher(element.getCanonicalForm());
      if (dollar.matches()) {
        straight.merge(dollar.group(1), 1, Integer::sum);
      }
    }
    if (kind.equals("Include") || kind.equals("LibraryLoad")) {
      if (kind.equals("Include") && !straightSoFar) {
        return "a template includes another inside a block that may capture its output";
      }
      Matcher name = LOAD.matcher(element.getCanonicalForm());
      loads.add(name.find() ? name.group(1) : null);
    }
    boolean childrenStraight = straightSoFar && STRAIGHT.contains(kind);
    for (int i = 0; i < element.getChildCount(); i++) {
      String why = walk((TemplateElement) element.getChildAt(i), plain, childrenStraight, straight, copy, loads);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  /** The template {@code name} in {@code folder}, or null if it is not a regular file inside it. */
  private static Template parse(Configuration config, Path folder, String name) throws IOException {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        || !file.toRealPath().startsWith(folder.toRealPath())) {
      return null;
    }
    return new Template(name, Files.readString(file, java.nio.charset.StandardCharsets.UTF_8), config);
  }

  /** The literal name of an include or import; a name built from values does not match. */
  private static final Pattern LOAD = Pattern.compile("^<#(?:include|import)\\s+\"([^\"$]*)\"(?:\\s|/?>)");

  /** A template name as FreeMarker resolves it from the including template's folder. */
  private static String resolve(String from, String name) {
    if (name.startsWith("/")) {
      return java.nio.file.Path.of(name.substring(1)).normalize().toString().replace('\\', '/');
    }
    java.nio.file.Path parent = java.nio.file.Path.of(from).getParent();
    java.nio.file.Path p = parent == null ? java.nio.file.Path.of(name) : parent.resolve(name);
    return p.normalize().toString().replace('\\', '/');
  }

  /** A name or a dotted chain of names ("change.percent"), counted whole. */
  private static final Pattern WORD = Pattern.compile("(?<![\\w$.])[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*");

  private static Map<String, Integer> words(String code) {
    Map<String, Integer> words = new HashMap<>();
    Matcher m = WORD.matcher(code);
    while (m.find()) {
      words.merge(m.group(), 1, Integer::sum);
    }
    return words;
  }

  private static int count(Pattern pattern, String text) {
    int n = 0;
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * True if a record on the way to {@code path} is named on its own ({@code change["percent"]},
   * {@code <#assign c = change>}): then its values could be read under another name.
   */
  private static boolean parentMentioned(String path, Map<String, Integer> mentions) {
    for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
      if (mentions.getOrDefault(path.substring(0, dot), 0) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Paths of the String components of a record type, nested records included ("change.percent"). */
  private static List<String> stringPaths(Class<?> type, String prefix) {
    List<String> paths = new ArrayList<>();
    for (var component : type.getRecordComponents()) {
      Class<?> t = component.getType();
      if (t == String.class) {
        paths.add(prefix + component.getName());
      } else if (t.isRecord()) {
        paths.addAll(stringPaths(t, prefix + component.getName() + "."));
      }
    }
    return paths;
  }
}
