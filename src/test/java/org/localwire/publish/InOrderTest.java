package org.localwire.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localwire.model.InputException;

/** Results reach the sink in the items' order, whatever the threads and sizes; the first failure in item order wins. */
class InOrderTest {
  @ParameterizedTest
  @CsvSource({"0,2", "1,2", "7,2", "43,2", "315,2", "1025,2", "1025,3", "100,1"})
  void resultsInItemOrder(int items, int threads) throws Exception {
    List<Integer> in = IntStream.range(0, items).boxed().toList();
    List<Integer> out = new ArrayList<>();
    InOrder.run(in, threads, i -> i * 2, out::add);
    assertEquals(in.stream().map(i -> i * 2).toList(), out);
  }

  @ParameterizedTest
  @CsvSource({"2", "3"})
  void theFirstFailureInItemOrderIsThrown(int threads) {
    java.util.concurrent.CountDownLatch laterFailed = new java.util.concurrent.CountDownLatch(1);
    InputException e = assertThrows(InputException.class, () -> InOrder.run(IntStream.range(0, 600).boxed().toList(),
        threads, i -> {
          if (i == 500) {
            laterFailed.countDown();
            throw InputException.in("item 500", "failed", "nothing");
          }
          if (i == 40) {
            try {
              laterFailed.await(10, java.util.concurrent.TimeUnit.SECONDS); // the later item fails first in time
            } catch (InterruptedException x) {
              Thread.currentThread().interrupt();
            }
            throw InputException.in("item 40", "failed", "nothing");
          }
          return i;
        }, r -> { }));
    assertEquals(true, e.getMessage().contains("item 40"), e.getMessage());
  }
}
