package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Checks that an engine shared by {@value #THREADS} threads gives exactly the sequential results:
 * the function is applied to every input once on the calling thread, then by every
 * thread of a pool to every input (each thread starting at another input, all released together),
 * and each thread's results must equal the sequential ones, input by input. A function that throws
 * must throw the same type with the same message on every thread. Shared with the other modules'
 * tests through the core test jar.
 */
public final class ConcurrencyAssertions {

  /** The number of threads sharing the engine. */
  public static final int THREADS = 8;

  /** One pool for every property of a test run; daemon threads, so it never holds the JVM. */
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, task -> {
    Thread thread = new Thread(task, "concurrency-assertions");
    thread.setDaemon(true);
    return thread;
  });

  private ConcurrencyAssertions() {}

  /**
   * Asserts that {@value #THREADS} threads applying a function to the same inputs at the same time
   * get the results it gives on one thread.
   *
   * @param inputs the inputs, not null
   * @param function the engine call, shared by every thread, not null
   * @param <T> the input type
   * @param <R> the result type
   * @return the sequential results, in input order
   */
  public static <T, R> List<Object> assertSameOnThreads(List<T> inputs, Function<? super T, ? extends R> function) {
    List<Object> sequential = applyAll(inputs, function, 0);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<Object>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int first = t;
      futures.add(POOL.submit(() -> {
        start.await();
        return applyAll(inputs, function, first);
      }));
    }
    for (int t = 0; t < THREADS; t++) {
      List<Object> concurrent;
      try {
        concurrent = futures.get(t).get();
      } catch (ExecutionException e) {
        throw new AssertionError("thread " + t + " failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      assertThat(concurrent).as("thread " + t).isEqualTo(sequential);
    }
    return sequential;
  }

  /** Applies the function to every input, starting at {@code first} and wrapping around, in input order. */
  private static <T, R> List<Object> applyAll(List<T> inputs, Function<? super T, ? extends R> function, int first) {
    int n = inputs.size();
    List<Object> results = new ArrayList<>(java.util.Collections.nCopies(n, null));
    for (int k = 0; k < n; k++) {
      int i = (first + k) % n;
      results.set(i, outcome(inputs.get(i), function));
    }
    return results;
  }

  private static <T, R> Object outcome(T input, Function<? super T, ? extends R> function) {
    try {
      return function.apply(input);
    } catch (RuntimeException e) {
      return new Failure(e.getClass().getName(), Objects.toString(e.getMessage()));
    }
  }

  /** What a call threw, compared by type and message. */
  private record Failure(String type, String message) {}
}
