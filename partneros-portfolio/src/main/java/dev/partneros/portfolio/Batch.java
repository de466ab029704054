package dev.partneros.portfolio;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Maps a function over a list of independent items (partners, deals), in parallel from
 * {@link #PARALLEL_FROM} items on, keeping the list's order, so a result never depends on the
 * number of threads. The threads are those of the fork-join pool the call runs in: the common pool,
 * or the pool {@link PortfolioEvaluator#withParallelism(int)} creates. Stateless; thread-safe.
 */
final class Batch {

  /** From this many items on, items are mapped in parallel. */
  static final int PARALLEL_FROM = 200;

  private Batch() {}

  static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
    Stream<T> stream = items.size() >= PARALLEL_FROM ? items.parallelStream() : items.stream();
    return stream.<R>map(function).collect(Collectors.toList());
  }
}
