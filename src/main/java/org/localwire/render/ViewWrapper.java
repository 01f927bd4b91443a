package org.localwire.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The object wrapper for localwire's view records: a record is a hash of its components, a
 * {@code List} a sequence, a {@code String}, {@code Boolean} or {@code Number} the matching
 * scalar, an enum constant a hash of its type's names to booleans; anything else goes to FreeMarker's
 * default wrapper.
 *
 * <p>Why not the default wrapper alone: it reads records through its bean introspection, which
 * resolves every {@code ${area}} by reflection and wraps strings in bean models. Views are plain
 * records of strings and booleans, so one method handle per component, looked up once per record
 * class, does the same job; the story template renders about twice as fast (see README,
 * Performance). Only record components are visible to templates, never other methods.
 */
final class ViewWrapper implements ObjectWrapper {
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  /** Component name to accessor, per record class, worked out once. */
  private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
    @Override
    protected Map<String, MethodHandle> computeValue(Class<?> type) {
      Map<String, MethodHandle> getters = new HashMap<>();
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      for (RecordComponent component : type.getRecordComponents()) {
        try {
          getters.put(component.getName(), lookup.unreflect(component.getAccessor()).asType(GETTER));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("record " + type.getName() + " is not readable by templates: "
              + e.getMessage(), e);
        }
      }
      return Map.copyOf(getters);
    }
  };

  /** An enum type's constant names, worked out once (getEnumConstants copies its array on every call). */
  private static final ClassValue<java.util.Set<String>> NAMES = new ClassValue<>() {
    @Override
    protected java.util.Set<String> computeValue(Class<?> type) {
      java.util.Set<String> names = new java.util.HashSet<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return java.util.Set.copyOf(names);
    }
  };

  private final ObjectWrapper fallback;

  /** A component's value through its accessor; a failure names the component. */
  static Object read(MethodHandle getter, Record record, String name) throws TemplateModelException {
    try {
      return (Object) getter.invokeExact((Object) record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new TemplateModelException("reading " + name + " of " + record.getClass().getSimpleName(), e);
    }
  }

  ViewWrapper() {
    this.fallback = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
  }

  @Override
  public TemplateModel wrap(Object value) throws TemplateModelException {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return new SimpleScalar(s);
    }
    if (value instanceof Boolean b) {
      return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    }
    if (value instanceof Number n) {
      return new SimpleNumber(n);
    }
    if (value instanceof Record r) {
      return new RecordModel(r, COMPONENTS.get(r.getClass()), this);
    }
    if (value instanceof List<?> list) {
      return new ListModel(list, this);
    }
    if (value instanceof Enum<?> constant) {
      return new EnumModel(constant);
    }
    if (value instanceof TemplateModel model) {
      return model;
    }
    return fallback.wrap(value);
  }

  /** A record as a hash of its components; an unknown name is missing, as FreeMarker expects. */
  private static final class RecordModel implements TemplateHashModel {
    private final Record record;
    private final Map<String, MethodHandle> components;
    private final ViewWrapper wrapper;

    RecordModel(Record record, Map<String, MethodHandle> components, ViewWrapper wrapper) {
      this.record = record;
      this.components = components;
      this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      MethodHandle getter = components.get(key);
      if (getter == null) {
        return null;
      }
      return wrapper.wrap(read(getter, record, key));
    }

    @Override
    public boolean isEmpty() {
      return components.isEmpty();
    }
  }

  /**
   * An enum constant as a hash of its type's constant names, each true only for this one:
   * {@code <#if lead.RISE>}. It is neither a string nor printable, so a template cannot compare it
   * to text; a name the enum does not have is an error naming the ones it has, not a silent false.
   */
  private static final class EnumModel implements TemplateHashModel {
    private final Enum<?> constant;

    EnumModel(Enum<?> constant) {
      this.constant = constant;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      if (constant.name().equals(key)) {
        return TemplateBooleanModel.TRUE;
      }
      if (NAMES.get(constant.getDeclaringClass()).contains(key)) {
        return TemplateBooleanModel.FALSE;
      }
      throw new TemplateModelException(constant.getDeclaringClass().getSimpleName() + " has no value " + key
          + "; it has " + java.util.Arrays.toString(constant.getDeclaringClass().getEnumConstants()));
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }

  /** A list as a read-only sequence, each item wrapped when the template reads it. */
  private static final class ListModel implements TemplateSequenceModel {
    private final List<?> list;
    private final ViewWrapper wrapper;

    ListModel(List<?> list, ViewWrapper wrapper) {
      this.list = list;
      this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(int index) throws TemplateModelException {
      return index >= 0 && index < list.size() ? wrapper.wrap(list.get(index)) : null;
    }

    @Override
    public int size() {
      return list.size();
    }
  }
}
