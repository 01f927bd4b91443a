package org.localwire.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fact engine's bounded memo (issue 6). */
class MemoTest {
  @Test
  void computesOnceWhileTheEntryIsKept() {
    List<String> computed = new ArrayList<>();
    Memo<String, String> memo = new Memo<>(2);
    for (int i = 0; i < 3; i++) {
      assertEquals("GWENT", memo.get("gwent", k -> {
        computed.add(k);
        return k.toUpperCase(java.util.Locale.ROOT);
      }));
    }
    assertEquals(List.of("gwent"), computed);
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    List<String> computed = new ArrayList<>();
    Memo<String, Integer> memo = new Memo<>(2);
    java.util.function.Function<String, Integer> length = k -> {
      computed.add(k);
      return k.length();
    };
    memo.get("gwent", length);
    memo.get("dorset", length);
    memo.get("gwent", length);   // gwent is now the most recently used
    memo.get("kent", length);    // evicts dorset
    memo.get("gwent", length);
    memo.get("dorset", length);  // computed again
    assertEquals(List.of("gwent", "dorset", "kent", "dorset"), computed);
  }
}
