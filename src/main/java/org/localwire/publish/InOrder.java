package org.localwire.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.localwire.model.InputException;

/**
 * Runs a job on every item on several threads and hands the results to a consumer in the
 * items' order, a chunk at a time: memory stays bounded by the chunk, output stays
 * deterministic, and both cores work. The first failure (in item order) stops the run and is
 * rethrown as it was.
 */
final class InOrder {
  /** A job that may reject its input. */
  interface Job<T, R> {
    R apply(T item) throws InputException;
  }

  /** Receives results in item order, on the calling thread. */
  interface Sink<R> {
    void accept(R result) throws InputException;
  }

  static final int CHUNK = 512;

  private InOrder() {}

  static <T, R> void run(List<T> items, int threads, Job<T, R> job, Sink<R> sink) throws InputException {
    if (threads <= 1) {
      for (T item : items) {
        sink.accept(job.apply(item));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "localwire-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      // the next chunk renders while the current one is handed to the sink (written out)
      java.util.ArrayDeque<Pending<T>> inFlight = new java.util.ArrayDeque<>();
      int from = 0;
      while (from < items.size() || !inFlight.isEmpty()) {
        while (inFlight.size() < 2 && from < items.size()) {
          inFlight.add(submit(pool, items.subList(from, Math.min(items.size(), from + CHUNK)), threads, job));
          from += CHUNK;
        }
        drain(inFlight.poll(), threads, sink);
      }
    } finally {
      pool.shutdownNow();
      // no job may go on (writing files, say) after the run has ended, in failure or not
      awaitTermination(pool);
    }
  }

  /** A chunk of items and, per thread, the future list of its results. */
  private record Pending<T>(List<T> chunk, List<Future<List<Object>>> parts) {}

  /** The most items one task takes: small enough that the threads share a chunk's work evenly. */
  static final int RUN = 16;

  private static <T, R> Pending<T> submit(ExecutorService pool, List<T> chunk, int threads, Job<T, R> job) {
    // tasks of a few neighbouring items each, taken by whichever thread is free: stories differ in
    // cost (a force of 32 boroughs against one of two), and one run per thread left a thread idle
    // while the other finished. Neighbours share a force, whose shared facts are then mostly
    // worked out once (Memo).
    int size = Math.max(1, Math.min(RUN, (chunk.size() + threads * 4 - 1) / (threads * 4)));
    List<Future<List<Object>>> parts = new ArrayList<>();
    for (int from = 0; from < chunk.size(); from += size) {
      List<T> run = chunk.subList(from, Math.min(chunk.size(), from + size));
      parts.add(pool.submit(() -> {
        List<Object> out = new ArrayList<>(run.size());
        for (T item : run) {
          try {
            out.add(job.apply(item));
          } catch (InputException | RuntimeException e) {
            out.add(new Failure(e));
            break;
          }
        }
        return out;
      }));
    }
    return new Pending<>(chunk, parts);
  }

  private static <T, R> void drain(Pending<T> pending, int threads, Sink<R> sink) throws InputException {
    // the runs in order, each run's results in order: the items' order
    for (Future<List<Object>> part : pending.parts()) {
      for (Object r : Background.await(part)) {
        if (r instanceof Failure f) {
          if (f.error() instanceof InputException input) {
            throw input;
          }
          throw (RuntimeException) f.error();
        }
        @SuppressWarnings("unchecked")
        R result = (R) r;
        sink.accept(result);
      }
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Failure(Exception error) {}
}
