package dev.partneros.portfolio;

import dev.partneros.portfolio.BookEvaluator.Listener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The problems of a streaming evaluation: every one goes to the listener and is counted; the first
 * {@value #KEPT} in file, line and column order are kept for the exception. A row copied into
 * several parts of the book is reported once. Thread-safe.
 */
final class BookProblems {

  /** How many problems are kept for the exception. */
  static final int KEPT = 1_000;
  /** How many problems of copied rows are remembered to report them once. */
  private static final int REMEMBERED = 1_000_000;

  private static final Comparator<CsvProblem> ORDER = Comparator.comparing(CsvProblem::file)
      .thenComparingInt(CsvProblem::line).thenComparing(CsvProblem::column).thenComparing(CsvProblem::reason);

  private final Listener listener;
  private final AtomicLong count = new AtomicLong();
  private final TreeSet<CsvProblem> kept = new TreeSet<>(ORDER);
  private final Set<CsvProblem> seen = ConcurrentHashMap.newKeySet();

  BookProblems(Listener listener) {
    this.listener = listener;
  }

  void add(CsvProblem problem) {
    count.incrementAndGet();
    listener.problem(problem);
    synchronized (kept) {
      kept.add(problem);
      if (kept.size() > KEPT) {
        kept.pollLast();
      }
    }
  }

  /** Adds the problems of a part, those at rows copied into other parts ({@code file:line}) once. */
  void addAll(Collection<CsvProblem> problems, Set<String> copied) {
    for (CsvProblem p : problems) {
      if (copied.contains(p.file() + ":" + p.line()) && seen.size() < REMEMBERED && !seen.add(p)) {
        continue;
      }
      add(p);
    }
  }

  long count() {
    return count.get();
  }

  InvalidInputException exception() {
    synchronized (kept) {
      return new InvalidInputException(new ArrayList<>(kept), count.get());
    }
  }
}
