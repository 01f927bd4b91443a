package org.localwire.model;

import java.util.Arrays;

/**
 * What the open-addressing tables (linear probing) of {@link FigureTable} and {@link PlaceIndex}
 * share: each is an {@code int[]} of numbers whose length is a power of two, indexed by a hash,
 * with {@link #FREE} in an empty slot.
 */
final class Slots {
  private Slots() {}

  static final int FREE = -1;

  static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  static int[] table(int capacity) {
    int[] slots = new int[capacity];
    Arrays.fill(slots, FREE);
    return slots;
  }
}
