package org.localwire.render;

import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateElement;
import freemarker.core.UndefinedOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The story template's output, worked out by FreeMarker once per path through the template and
 * reused for every later story that takes the same path.
 *
 * <p>A path is the sequence of values the template reads and branches on: the lead angle, the
 * phrasing variants, the booleans. Every other value, an area's name or a worded number, is
 * only ever printed as it stands ({@code ${area}}), so it cannot change which text the template
 * writes around it. The first story on a path is rendered by FreeMarker with each printed value
 * replaced by a marker; its output, cut at the markers, is the path's skeleton. A later story
 * walks the same reads, finds the skeleton and fills the markers with its own values: the same
 * characters FreeMarker would have written, without interpreting the template again.
 *
 * <p>Which values are "only printed" is read off the parsed templates, conservatively: a value
 * counts only if every mention of its name in the code of every template in the folder is a
 * plain {@code ${name}} written straight to the output (not inside {@code <#assign>}, a macro,
 * {@code <#compress>} or any other block that could capture or change it). Any other mention,
 * {@code rank?contains("joint")} say, makes it a value the path branches on. Templates that
 * could reach values indirectly ({@code .vars}, {@code ?eval}, {@code ?interpret}) turn the
 * skeletons off. The tests render every story both ways and compare the bytes.
 */
final class Skeletons {
  /** Marks a printed value in a probe's output; the next character is the slot number. */
  private static final char MARK = '\uE000';
  private static final char FIRST_SLOT = '\uE100';
  /** More distinct paths than this and later ones are rendered directly, to bound memory. */
  static final int MAX_SKELETONS = 5_000;

  /** Parents through which a {@code ${x}} goes straight to the output. */
  private static final Set<String> STRAIGHT = Set.of("MixedContent", "IfBlock", "ConditionalBlock", "SwitchBlock",
      "Case", "IteratorBlock", "Items", "Sep", "ElseOfList", "ListElseContainer");
  private static final Pattern DOLLAR = Pattern.compile("\\$\\{([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)}");
  /** Ways a template can reach data without naming it. */
  private static final Pattern INDIRECT = Pattern.compile("(?<![\\w)\\]}\"'])\\.[A-Za-z_]|\\?(eval|interpret)");

  private final Template template;
  private final Class<? extends Record> viewType;
  private final String disabled;
  /** Printed-only paths ("area", "change.percent"), in slot order. */
  private final List<String> slots;
  private final Map<String, Integer> slotOf;
  private final Accessor[] slotAccessors;
  private final Map<String, Accessor> accessors = new ConcurrentHashMap<>();
  private final Node root = new Node();
  private final AtomicInteger skeletons = new AtomicInteger();

  private Skeletons(Template template, Class<? extends Record> viewType, List<String> slots, String disabled) {
    this.template = template;
    this.viewType = viewType;
    this.slots = List.copyOf(slots);
    this.disabled = disabled;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < slots.size(); i++) {
      index.put(slots.get(i), i);
    }
    this.slotOf = Map.copyOf(index);
    this.slotAccessors = slots.stream().map(p -> new Accessor(viewType, p)).toArray(Accessor[]::new);
  }

  /**
   * Skeletons for {@code template}, whose data model is a {@code viewType} record, after reading
   * every template in {@code folder} (any of them may be included).
   */
  static Skeletons of(Configuration config, Path folder, Template template, Class<? extends Record> viewType) {
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
    return new Skeletons(template, viewType, slots, why);
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

  /** Null when skeletons are in use, else why not. */
  String disabled() {
    return disabled;
  }

  /** The printed-only paths the skeletons fill in. */
  List<String> slots() {
    return slots;
  }

  /** The template's output for {@code view}: exactly what {@code template.process(view)} writes. */
  String render(Record view) throws TemplateException, IOException {
    if (disabled != null || view.getClass() != viewType) {
      return direct(view);
    }
    Node node = root;
    while (node.skeleton == null) {
      Accessor read = node.accessor;
      if (read == null) {
        return probe(view);
      }
      Node next = node.children.get(key(read.get(view)));
      if (next == null) {
        return probe(view);
      }
      node = next;
    }
    String filled = node.skeleton.fill(this, view);
    return filled != null ? filled : direct(view);
  }

  private String direct(Record view) throws TemplateException, IOException {
    StringWriter out = new StringWriter(2048);
    template.process(view, out);
    return out.toString();
  }

  /** Renders with markers for the printed values, records the path and its skeleton, then fills it. */
  private String probe(Record view) throws TemplateException, IOException {
    List<Object[]> reads = new ArrayList<>();
    StringWriter out = new StringWriter(2048);
    template.process(new Probe(view, "", reads), out);
    for (Object[] read : reads) {
      if (hasMark(read[1])) {
        // a value the template prints around the markers holds the marker: cutting would go wrong
        return direct(view);
      }
    }
    Skeleton skeleton = Skeleton.parse(out.toString(), slots.size(), this::intern);
    if (skeleton == null) {
      return direct(view);
    }
    if (skeletons.get() < MAX_SKELETONS) {
      Node node = root;
      for (Object[] read : reads) {
        synchronized (node) {
          if (node.read == null && node.skeleton == null) {
            node.accessor = accessor((String) read[0]);
            node.read = (String) read[0];
          } else if (node.skeleton != null || !node.read.equals(read[0])) {
            // a template that reads differently on the same values is not deterministic: stop using skeletons
            return direct(view);
          }
        }
        node = node.children.computeIfAbsent(key(read[1]), k -> new Node());
      }
      synchronized (node) {
        if (node.skeleton == null && node.read == null) {
          node.skeleton = skeleton;
          skeletons.incrementAndGet();
        }
      }
    }
    String filled = skeleton.fill(this, view);
    return filled != null ? filled : direct(view);
  }

  /** The one copy of a stretch of template text that many skeletons share (boilerplate, mostly). */
  private String intern(String text) {
    String known = texts.putIfAbsent(text, text);
    return known != null ? known : text;
  }

  private final Map<String, String> texts = new ConcurrentHashMap<>();

  /** True if a value, or any string inside it (a list's items, a record's components), holds the marker. */
  private static boolean hasMark(Object value) {
    if (value instanceof String s) {
      return s.indexOf(MARK) >= 0;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (hasMark(item)) {
          return true;
        }
      }
    }
    if (value instanceof Record r) {
      for (var component : r.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          if (hasMark(component.getAccessor().invoke(r))) {
            return true;
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          return true; // cannot look inside: do not cut
        }
      }
    }
    return false;
  }

  /** A value as a map key: null and records (whose components are read one by one) as markers. */
  private static Object key(Object value) {
    if (value == null) {
      return Absent.NULL;
    }
    if (value instanceof Record) {
      return Absent.PRESENT_RECORD;
    }
    return value;
  }

  private enum Absent { NULL, PRESENT_RECORD }

  /** The reader of a dotted path of the view, made once per path. */
  private Accessor accessor(String path) {
    Accessor known = accessors.get(path);
    return known != null ? known : accessors.computeIfAbsent(path, p -> new Accessor(viewType, p));
  }

  /** Reads a dotted path through record accessors. */
  private static final class Accessor {
    private final java.lang.invoke.MethodHandle[] steps;

    Accessor(Class<?> type, String path) {
      String[] names = path.split("\\.");
      steps = new java.lang.invoke.MethodHandle[names.length];
      Class<?> at = type;
      for (int i = 0; i < names.length; i++) {
        var handle = ViewWrapper.component(at, names[i]);
        if (handle == null) {
          throw new IllegalStateException(at.getSimpleName() + " has no component " + names[i]);
        }
        steps[i] = handle;
        at = ViewWrapper.componentType(at, names[i]);
      }
    }

    Object get(Object view) {
      Object at = view;
      for (var step : steps) {
        if (at == null) {
          return null;
        }
        try {
          at = (Object) step.invokeExact(at);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
      }
      return at;
    }
  }

  /** A node of the path tree: either the next value the template reads, or the skeleton. */
  private static final class Node {
    volatile String read;
    volatile Accessor accessor;
    volatile Skeleton skeleton;
    final Map<Object, Node> children = new ConcurrentHashMap<>();
  }

  /** Output cut at the markers: text, slot, text, slot, ..., text. */
  private record Skeleton(String[] texts, int[] slots, int length) {
    static Skeleton parse(String output, int slotCount, java.util.function.UnaryOperator<String> intern) {
      List<String> texts = new ArrayList<>();
      List<Integer> slots = new ArrayList<>();
      int from = 0;
      int at;
      while ((at = output.indexOf(MARK, from)) >= 0) {
        if (at + 1 >= output.length()) {
          return null;
        }
        int slot = output.charAt(at + 1) - FIRST_SLOT;
        if (slot < 0 || slot >= slotCount) {
          return null;
        }
        texts.add(intern.apply(output.substring(from, at)));
        slots.add(slot);
        from = at + 2;
      }
      texts.add(intern.apply(output.substring(from)));
      return new Skeleton(texts.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray(),
          output.length() - 2 * slots.size());
    }

    /** The output with {@code view}'s values; null if a value is missing or holds the marker. */
    String fill(Skeletons owner, Record view) {
      String[] values = new String[slots.length];
      int size = length;
      for (int i = 0; i < slots.length; i++) {
        Object value = owner.slotAccessors[slots[i]].get(view);
        if (!(value instanceof String s) || s.indexOf(MARK) >= 0) {
          return null;
        }
        values[i] = s;
        size += s.length();
      }
      StringBuilder sb = new StringBuilder(size);
      sb.append(texts[0]);
      for (int i = 0; i < slots.length; i++) {
        sb.append(values[i]).append(texts[i + 1]);
      }
      return sb.toString();
    }
  }

  /**
   * The data model of a probe: reads of printed-only paths give markers; every other read is
   * recorded, in order, with its value.
   */
  private final class Probe implements TemplateHashModel {
    private final Record record;
    private final String prefix;
    private final List<Object[]> reads;

    Probe(Record record, String prefix, List<Object[]> reads) {
      this.record = record;
      this.prefix = prefix;
      this.reads = reads;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      String path = prefix + key;
      Integer slot = slotOf.get(path);
      if (slot != null) {
        return new SimpleScalar(String.valueOf(MARK) + (char) (FIRST_SLOT + slot));
      }
      var getter = ViewWrapper.component(record.getClass(), key);
      if (getter == null) {
        // not a component: missing for every view of this type, so nothing to record
        return null;
      }
      Object value;
      try {
        value = (Object) getter.invokeExact((Object) record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new TemplateModelException("reading " + path, e);
      }
      reads.add(new Object[] {path, key(value)});
      if (value instanceof Record r) {
        return new Probe(r, path + ".", reads);
      }
      return template.getObjectWrapper().wrap(value);
    }

    @Override
    public boolean isEmpty() {
      return record.getClass().getRecordComponents().length == 0;
    }
  }
}
