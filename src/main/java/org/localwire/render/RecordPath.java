package org.localwire.render;

/** Reads a dotted path of a view ("change.percent") through its records' component accessors. */
final class RecordPath {
  private final java.lang.invoke.MethodHandle[] steps;

  RecordPath(Class<?> type, String path) {
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
