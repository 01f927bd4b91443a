package org.localwire.publish;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.localwire.model.InputException;

/**
 * A piece of set-up worked out on its own thread while the caller does another (the batch reads
 * its templates and quotes while the figures load). {@link #get()} gives its result, or throws
 * what it threw, so errors read as they would without the thread.
 */
final class Background<T> {
  /** Set-up that may reject its input. */
  interface Task<T> {
    T call() throws InputException;
  }

  private final FutureTask<T> task;

  private Background(FutureTask<T> task) {
    this.task = task;
  }

  static <T> Background<T> start(String name, Task<T> work) {
    Callable<T> callable = work::call;
    FutureTask<T> task = new FutureTask<>(callable);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true); // a failed run does not wait for set-up it will not use
    thread.start();
    return new Background<>(task);
  }

  T get() throws InputException {
    return await(task);
  }

  /** A future's result, or what its work threw: bad input, a bug or an error, as it was. */
  static <V> V await(Future<V> future) throws InputException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InputException input) {
        throw input;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
