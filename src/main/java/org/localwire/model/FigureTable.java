package org.localwire.model;

import static org.localwire.model.Slots.FREE;
import static org.localwire.model.Slots.hash;
import static org.localwire.model.Slots.table;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures of a {@link Dataset}, stored by column rather than as one {@link Figure} and one
 * {@link Cell} per value: 100,000 areas over three years are 300,000 figures, and as objects
 * (figure, cell, key, map entry) they took some 140 MB; as columns they take about 10 MB (issue
 * #6). {@link #get} makes the figure again on demand, equal to the one added.
 *
 * <p>A figure is found by its place, offence and period, each numbered in the order first seen;
 * the three numbers make one {@code long} key in an open-addressing table, so a lookup is O(1)
 * and allocates only the figure it returns. Mutable while the builder fills it; {@link #freeze}
 * gives the dataset one that never changes.
 */
final class FigureTable {
  private PlaceIndex places;
  private Map<String, Integer> offences;
  private Map<Period, Integer> periods;
  /** Distinct "missing" markers and file names; a figure holds its index into each. */
  private Dictionary markers;
  private Dictionary files;

  private int size;
  private long[] counts;
  private int[] lines;
  private int[] columns;
  private short[] markerOf;
  private short[] fileOf;

  /** Each figure's packed key; slots is the open-addressing table (linear probing) of figure numbers. */
  private long[] keys;
  private int[] slots;

  /** True once {@link #freeze} has handed the maps and the table to a dataset: copy them before adding. */
  private boolean shared;

  // a loader adds a row's figures one after another for the same place, offence or period object:
  // checking for the same object first saves hashing a record three times per figure
  private Place lastPlace;
  private int lastPlaceNumber;
  private String lastOffence;
  private int lastOffenceNumber;
  private Period lastPeriod;
  private int lastPeriodNumber;

  FigureTable() {
    places = new PlaceIndex();
    offences = new HashMap<>();
    periods = new HashMap<>();
    markers = new Dictionary();
    markers.index("");
    files = new Dictionary();
    counts = new long[16];
    lines = new int[16];
    columns = new int[16];
    markerOf = new short[16];
    fileOf = new short[16];
    keys = new long[16];
    slots = table(32);
  }

  /**
   * Makes room for {@code figures} figures and {@code places} places at once, so that a loader that
   * knows roughly how many are coming does not copy its columns a dozen times as they grow.
   */
  void expect(int expectedFigures, int expectedPlaces) {
    // a hint, not a promise: never more than a few million slots ahead of need
    int figures = Math.min(expectedFigures, 1 << 22);
    int placeCount = Math.min(expectedPlaces, 1 << 22);
    if (shared) {
      unshare();
    }
    if (figures > counts.length) {
      grow(figures);
      int capacity = Integer.highestOneBit(figures * 4 / 3) * 2;
      if (capacity > slots.length) {
        slots = table(capacity);
        for (int n = 0; n < size; n++) {
          slots[find(keys[n])] = n;
        }
      }
    }
    places.expect(placeCount);
  }

  private FigureTable(FigureTable from) {
    // shared, not copied: the builder copies them before it changes them (see unshare)
    places = from.places;
    offences = Collections.unmodifiableMap(from.offences);
    periods = Collections.unmodifiableMap(from.periods);
    markers = from.markers;
    files = from.files;
    slots = from.slots;
    // columns trimmed: a plain copy, much cheaper than building the maps again
    size = from.size;
    counts = Arrays.copyOf(from.counts, size);
    lines = Arrays.copyOf(from.lines, size);
    columns = Arrays.copyOf(from.columns, size);
    markerOf = Arrays.copyOf(from.markerOf, size);
    fileOf = Arrays.copyOf(from.fileOf, size);
    keys = Arrays.copyOf(from.keys, size);
    shared = true;
  }

  /**
   * The table for a built dataset: it shares this one's maps and hash table, which this one
   * copies before it adds another figure, so the dataset never changes.
   */
  FigureTable freeze() {
    shared = true;
    return new FigureTable(this);
  }

  private void unshare() {
    places = places.copy();
    offences = new HashMap<>(offences);
    periods = new HashMap<>(periods);
    markers = markers.copy();
    files = files.copy();
    slots = slots.clone();
    shared = false;
  }

  int size() {
    return size;
  }

  /** Adds {@code figure} unless one is there for its place, offence and period; returns that one, or null. */
  Figure add(Figure figure) {
    if (shared) {
      unshare();
    }
    Place place = figure.place();
    if (place != lastPlace) {
      lastPlaceNumber = places.number(place);
      lastPlace = place;
    }
    String offence = figure.offence();
    if (offence != lastOffence) {
      lastOffenceNumber = number(offences, offence);
      lastOffence = offence;
    }
    Period period = figure.period();
    if (period != lastPeriod) {
      lastPeriodNumber = number(periods, period);
      lastPeriod = period;
    }
    long key = key(lastPlaceNumber, lastOffenceNumber, lastPeriodNumber);
    int i = find(key);
    if (slots[i] != FREE) {
      return figure(slots[i], place, offence, period);
    }
    Cell cell = figure.cell();
    Checks.checkArgument(cell.line() <= Integer.MAX_VALUE, "line %s is beyond any file localwire reads", cell.line());
    if (size == counts.length) {
      grow(size * 2);
    }
    counts[size] = figure.isMissing() ? 0 : figure.count();
    lines[size] = (int) cell.line();
    columns[size] = cell.column();
    markerOf[size] = markers.index(figure.missing());
    fileOf[size] = files.index(cell.file());
    keys[size] = key;
    slots[i] = size;
    size++;
    // at most three quarters full: a lookup probes a slot or two on average
    if (size * 4 > slots.length * 3) {
      slots = table(slots.length * 2);
      for (int n = 0; n < size; n++) {
        slots[find(keys[n])] = n;
      }
    }
    return null;
  }

  /** The figure for place, offence and period, or null. */
  Figure get(Place place, String offence, Period period) {
    int p = places.get(place);
    Integer o = offences.get(offence);
    Integer t = periods.get(period);
    if (p == FREE || o == null || t == null) {
      return null;
    }
    int slot = slots[find(key(p, o, t))];
    return slot == FREE ? null : figure(slot, place, offence, period);
  }

  private Figure figure(int n, Place place, String offence, Period period) {
    return new Figure(place, offence, period, counts[n], markers.name(markerOf[n]),
        new Cell(files.name(fileOf[n]), lines[n], columns[n]));
  }

  private static <K> int number(Map<K, Integer> numbers, K key) {
    Integer n = numbers.get(key);
    if (n == null) {
      n = numbers.size();
      numbers.put(key, n);
    }
    return n;
  }

  /** Room for {@code capacity} figures in every column. */
  private void grow(int capacity) {
    counts = Arrays.copyOf(counts, capacity);
    lines = Arrays.copyOf(lines, capacity);
    columns = Arrays.copyOf(columns, capacity);
    markerOf = Arrays.copyOf(markerOf, capacity);
    fileOf = Arrays.copyOf(fileOf, capacity);
    keys = Arrays.copyOf(keys, capacity);
  }

  /** Place in the high 32 bits, offence and period in 16 bits each. */
  private static long key(int place, int offence, int period) {
    Checks.checkState(offence <= 0xFFFF && period <= 0xFFFF,
        "a dataset holds at most 65,536 offences and as many periods");
    return ((long) place << 32) | ((long) offence << 16) | period;
  }

  /** The slot holding {@code key}, or the free slot where it would go. */
  private int find(long key) {
    int mask = slots.length - 1;
    int i = hash(key) & mask;
    while (slots[i] != FREE && keys[slots[i]] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** A few distinct strings, each numbered in the order first seen. */
  private static final class Dictionary {
    private final Map<String, Short> numbers;
    private String[] names;

    Dictionary() {
      numbers = new HashMap<>();
      names = new String[0];
    }

    private Dictionary(Map<String, Short> numbers, String[] names) {
      this.numbers = numbers;
      this.names = names;
    }

    Dictionary copy() {
      return new Dictionary(new HashMap<>(numbers), names.clone());
    }

    short index(String name) {
      // the last name added first: a file's figures come one after another
      int last = names.length - 1;
      if (last >= 0 && names[last].equals(name)) {
        return (short) last;
      }
      Short n = numbers.get(name);
      if (n == null) {
        Checks.checkState(names.length < Short.MAX_VALUE, "a dataset reads at most %s files", Short.MAX_VALUE);
        n = (short) names.length;
        numbers.put(name, n);
        names = Arrays.copyOf(names, names.length + 1);
        names[n] = name;
      }
      return n;
    }

    String name(short index) {
      return names[index];
    }
  }
}
