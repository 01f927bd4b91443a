package org.localwire.model;

import static org.localwire.model.Slots.FREE;
import static org.localwire.model.Slots.hash;
import static org.localwire.model.Slots.table;

import java.util.Arrays;

/**
 * The places of a {@link FigureTable}, each numbered in the order first seen: places by number,
 * and an open-addressing table (linear probing) of place numbers by the place's hash, one array
 * slot per place rather than a map entry and a boxed number (100,000 areas: #6). Mutable: a table
 * that shares one with a dataset changes a {@link #copy} instead.
 */
final class PlaceIndex {
  private Place[] places;
  private int count;
  private int[] slots;

  PlaceIndex() {
    places = new Place[16];
    slots = table(32);
  }

  private PlaceIndex(Place[] places, int count, int[] slots) {
    this.places = places;
    this.count = count;
    this.slots = slots;
  }

  /** A copy to change, leaving this one as it is. */
  PlaceIndex copy() {
    return new PlaceIndex(places.clone(), count, slots.clone());
  }

  /** Makes room for {@code expected} places at once. */
  void expect(int expected) {
    if (expected > places.length) {
      places = Arrays.copyOf(places, expected);
      int capacity = Integer.highestOneBit(expected * 4 / 3) * 2;
      if (capacity > slots.length) {
        slots = table(capacity);
        for (int n = 0; n < count; n++) {
          slots[find(places[n])] = n;
        }
      }
    }
  }

  /** {@code place}'s number, or {@link Slots#FREE} if it has none. */
  int get(Place place) {
    return slots[find(place)];
  }

  /** {@code place}'s number, the next one if it has none yet. */
  int number(Place place) {
    int i = find(place);
    if (slots[i] != FREE) {
      return slots[i];
    }
    if (count == places.length) {
      places = Arrays.copyOf(places, count * 2);
    }
    places[count] = place;
    slots[i] = count;
    count++;
    if (count * 4 > slots.length * 3) {
      slots = table(slots.length * 2);
      for (int n = 0; n < count; n++) {
        slots[find(places[n])] = n;
      }
    }
    return count - 1;
  }

  /** The slot holding {@code place}'s number, or the free slot where it would go. */
  private int find(Place place) {
    int mask = slots.length - 1;
    int i = hash(place.hashCode()) & mask;
    while (slots[i] != FREE && !places[slots[i]].equals(place)) {
      i = (i + 1) & mask;
    }
    return i;
  }
}
