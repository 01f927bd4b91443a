package org.localwire.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded, thread-safe cache of a pure function: the least recently used entries go once it
 * holds {@code capacity}. A batch asks for one force's shared facts many times in a row and then
 * never again, so a few hundred entries serve 100,000 areas in the memory of a few hundred forces.
 * Two threads missing the same key at once may both compute it; the results are equal.
 */
final class Memo<K, V> {
  private final Map<K, V> entries;

  Memo(int capacity) {
    this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  V get(K key, Function<K, V> compute) {
    synchronized (entries) {
      V known = entries.get(key);
      if (known != null) {
        return known;
      }
    }
    // computed outside the lock: a force's facts take a pass over its areas
    V value = compute.apply(key);
    synchronized (entries) {
      V raced = entries.putIfAbsent(key, value);
      return raced != null ? raced : value;
    }
  }
}
