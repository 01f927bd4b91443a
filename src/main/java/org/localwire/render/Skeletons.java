package org.localwire.render;

import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <p>Which values are "only printed" is read off the parsed templates, conservatively
 * ({@link PrintedOnly}). The tests render every story both ways and compare the bytes.
 */
final class Skeletons {
  /** Marks a printed value in a probe's output; the next character is the slot number. */
  private static final char MARK = PrintedOnly.MARK;
  static final char FIRST_SLOT = '\uE100';
  /** More distinct paths than this and later ones are rendered directly, to bound memory. */
  static final int MAX_SKELETONS = 5_000;

  private final Template template;
  private final Class<? extends Record> viewType;
  private final String disabled;
  /** Printed-only paths ("area", "change.percent"), in slot order. */
  private final List<String> slots;
  private final Map<String, Integer> slotOf;
  private final RecordPath[] slotPaths;
  private final Map<String, RecordPath> accessors = new ConcurrentHashMap<>();
  private final PathNode root = new PathNode();
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
    this.slotPaths = slots.stream().map(p -> new RecordPath(viewType, p)).toArray(RecordPath[]::new);
  }

  /**
   * Skeletons for {@code template}, whose data model is a {@code viewType} record, after reading
   * the story template and what it includes for the values it only prints ({@link PrintedOnly}).
   */
  static Skeletons of(Configuration config, Path folder, Template template, Class<? extends Record> viewType) {
    PrintedOnly.Found found = PrintedOnly.find(config, folder, template, viewType);
    return new Skeletons(template, viewType, found.paths(), found.disabled());
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
    Skeleton skeleton = skeleton(view);
    String filled = skeleton == null ? null : skeleton.fill(slotPaths, view);
    return filled != null ? filled : direct(view);
  }

  /**
   * The template's output for {@code view} as the story's blocks: exactly {@code
   * Story.blocks(render(view))}, cut from the skeleton's own blocks when every value filled in
   * keeps the lines as they are (see {@link Skeleton#blocks}).
   */
  List<Story.Paragraph> blocks(Record view) throws TemplateException, IOException {
    Skeleton skeleton = skeleton(view);
    if (skeleton == null) {
      return Story.blocks(direct(view));
    }
    String[] values = skeleton.values(slotPaths, view);
    if (values == null) {
      return Story.blocks(direct(view));
    }
    List<Story.Paragraph> blocks = skeleton.blocks(values);
    return blocks != null ? blocks : Story.blocks(skeleton.fill(values));
  }

  /**
   * {@code Story.of(blocks(view), ...).text()} and {@code after}, in UTF-8, filled straight from
   * the skeleton; null when that cannot be done (no skeleton, or a value that moves lines), and
   * the caller renders the story as usual. A probe's template errors are thrown as they are.
   */
  byte[] text(Record view, byte[] after) throws TemplateException, IOException {
    Skeleton skeleton = skeleton(view);
    String[] values = skeleton == null ? null : skeleton.values(slotPaths, view);
    return values == null ? null : skeleton.text(values, after);
  }

  /** The skeleton of {@code view}'s path, found or made by a probe; null if none can be used. */
  private Skeleton skeleton(Record view) throws TemplateException, IOException {
    if (disabled != null || view.getClass() != viewType) {
      return null;
    }
    PathNode node = root;
    while (node.skeleton == null) {
      RecordPath read = node.accessor;
      if (read == null) {
        return probe(view);
      }
      PathNode next = node.child(key(read.get(view)));
      if (next == null) {
        return probe(view);
      }
      node = next;
    }
    return node.skeleton;
  }

  private String direct(Record view) throws TemplateException, IOException {
    BoundedWriter out = new BoundedWriter(2048);
    process(view, out);
    return out.toString();
  }

  /** Runs the template; output beyond {@link BoundedWriter#MAX_CHARS} is a template error at its line. */
  private void process(Object model, BoundedWriter out) throws TemplateException, IOException {
    try {
      template.process(model, out);
    } catch (BoundedWriter.TooLong e) {
      throw e.where;
    }
  }

  /** Renders with markers for the printed values and records the path and its skeleton; null if it cannot be cut. */
  private Skeleton probe(Record view) throws TemplateException, IOException {
    List<Object[]> reads = new ArrayList<>();
    BoundedWriter out = new BoundedWriter(2048);
    process(new Probe(view, "", reads), out);
    for (Object[] read : reads) {
      if (hasMark(read[1])) {
        // a value the template prints around the markers holds the marker: cutting would go wrong
        return null;
      }
    }
    Skeleton skeleton = Skeleton.parse(out.toString(), slots.size(), this::intern);
    if (skeleton == null) {
      return null;
    }
    if (skeletons.get() < MAX_SKELETONS) {
      PathNode node = root;
      for (Object[] read : firstReads(reads)) {
        synchronized (node) {
          if (node.read == null && node.skeleton == null) {
            node.accessor = accessor((String) read[0]);
            node.read = (String) read[0];
          } else if (node.skeleton != null || !node.read.equals(read[0])) {
            // a template that reads differently on the same values is not deterministic: do not store it
            return null;
          }
        }
        node = node.childOrAdd(key(read[1]));
      }
      synchronized (node) {
        if (node.skeleton == null && node.read == null) {
          node.skeleton = skeleton;
          skeletons.incrementAndGet();
        }
      }
    }
    return skeleton;
  }

  /**
   * Each path's first read only. The template reads a value many times (the story template
   * reads {@code change} ten times): a view is immutable, so a later read of a path gives what
   * the first gave, and the first reads alone decide every later one. The path tree is then
   * some 30 nodes deep instead of 120 to 150.
   */
  private static List<Object[]> firstReads(List<Object[]> reads) {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    List<Object[]> first = new ArrayList<>();
    for (Object[] read : reads) {
      if (seen.add(read[0])) {
        first.add(read);
      }
    }
    return first;
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
  private RecordPath accessor(String path) {
    RecordPath known = accessors.get(path);
    return known != null ? known : accessors.computeIfAbsent(path, p -> new RecordPath(viewType, p));
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
      Object value = ViewWrapper.read(getter, record, path);
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
