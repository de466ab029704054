package dev.partneros.benchmarks;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.BookEvaluator;
import dev.partneros.portfolio.BookSummary;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.PortfolioStreamWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The streaming book-scale run: for each partner count given, streams a generated book (standard
 * options, seed 42) as CSV files into a folder, timed on its own, then evaluates it with
 * {@link BookEvaluator} (standard program, summary explanations, as of 2027-12-31) and prints one
 * line: partners, deals, the evaluation's wall time, process CPU per partner, peak heap (sum of the
 * heap pools' peaks, reset before the evaluation), the maximum heap, the output bytes and the bytes
 * per partner of {@code partners.jsonl}. The input and output are deleted afterwards. With more than
 * one size it prints the linearity: (largest time / smallest time) / (largest size / smallest size).
 * One warm-up evaluation of 2,000 partners runs first; each size is one evaluation, not a JMH
 * measurement.
 *
 * <p>Options: {@code --threads N} (default: every core), {@code --work DIR} (default: a new
 * temporary folder), {@code --order shuffled|partner} (default shuffled), {@code --compare-threads}
 * (also evaluates the same book on 1 and then 2 threads and prints the speed-up).
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -Xmx2g -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * dev.partneros.benchmarks.BookScale 100000 1000000}.
 */
public final class BookScale {

  private static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);
  private static final long SEED = 42;

  private BookScale() {}

  /**
   * Runs each size given.
   *
   * @param args partner counts and options
   * @throws IOException if a file cannot be written or deleted
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    List<Integer> sizes = new ArrayList<>();
    int threads = 0;
    Path work = null;
    PortfolioStreamWriter.Order order = PortfolioStreamWriter.Order.SHUFFLED;
    boolean compare = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--work" -> work = Paths.get(args[++i]);
        case "--order" -> order = switch (args[++i]) {
          case "shuffled" -> PortfolioStreamWriter.Order.SHUFFLED;
          case "partner" -> PortfolioStreamWriter.Order.BY_PARTNER;
          default -> throw new IllegalArgumentException("--order must be shuffled or partner, but was " + args[i]);
        };
        case "--compare-threads" -> compare = true;
        default -> sizes.add(Integer.parseInt(args[i].replace("_", "")));
      }
    }
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException("give at least one partner count");
    }
    Path root = work == null ? Files.createTempDirectory("book-scale-") : Files.createDirectories(work);
    ProgramHistory history = ProgramHistory.of(ProgramDocument.standard());
    PortfolioEvaluator evaluator = threads > 0 ? PortfolioEvaluator.standard().withParallelism(threads)
        : PortfolioEvaluator.standard();
    out.printf(Locale.ROOT, "cores %d, threads %s, order %s, max heap %d MiB, work %s%n",
        Runtime.getRuntime().availableProcessors(),
        evaluator.parallelism() == 0 ? "common pool" : String.valueOf(evaluator.parallelism()), order,
        Runtime.getRuntime().maxMemory() >> 20, root);

    Path warm = root.resolve("warm-up");
    generate(warm.resolve("in"), 2_000, order);
    evaluate(evaluator, history, warm.resolve("in"), warm.resolve("out"));
    delete(warm);

    out.println("partners | deals | generate (s) | input (MiB) | evaluate (s) | CPU (us/partner) | peak heap (MiB)"
        + " | max heap (MiB) | output (MiB) | partners.jsonl (B/partner)");
    double firstTime = 0;
    double lastTime = 0;
    int first = 0;
    int last = 0;
    for (int partners : sizes) {
      Path book = root.resolve("book-" + partners);
      Path in = book.resolve("in");
      long start = System.nanoTime();
      long inputBytes = generate(in, partners, order);
      double generation = (System.nanoTime() - start) / 1e9;
      try {
        PortfolioScale.resetPeaks();
        long cpu = cpuNanos();
        start = System.nanoTime();
        BookSummary summary;
        try {
          summary = evaluate(evaluator, history, in, book.resolve("out"));
        } catch (OutOfMemoryError e) {
          double took = (System.nanoTime() - start) / 1e9;
          out.printf(Locale.ROOT, "%d | OutOfMemoryError after %.1f s of evaluation (generation %.1f s), max heap %d MiB"
              + ", peak heap %d MiB%n", partners, took, generation, Runtime.getRuntime().maxMemory() >> 20,
              PortfolioScale.peakHeap() >> 20);
          continue;
        }
        double took = (System.nanoTime() - start) / 1e9;
        long cpuUsed = cpuNanos() - cpu;
        long peak = PortfolioScale.peakHeap();
        long outputBytes = summary.files().values().stream().mapToLong(Long::longValue).sum();
        long jsonl = summary.files().getOrDefault("partners.jsonl", 0L);
        out.printf(Locale.ROOT, "%d | %d | %.1f | %.0f | %.1f | %.1f | %d | %d | %.0f | %d%n", summary.partners(),
            summary.deals(), generation, inputBytes / 1048576.0, took, cpuUsed / 1e3 / summary.partners(), peak >> 20,
            Runtime.getRuntime().maxMemory() >> 20, outputBytes / 1048576.0, jsonl / Math.max(1, summary.partners()));
        delete(book.resolve("out"));
        if (first == 0) {
          first = partners;
          firstTime = took;
        }
        last = partners;
        lastTime = took;
        if (compare) {
          double one = time(evaluator.withParallelism(1), history, in, book.resolve("out"));
          double two = time(evaluator.withParallelism(2), history, in, book.resolve("out"));
          out.printf(Locale.ROOT, "%d | 1 thread %.1f s | 2 threads %.1f s | speed-up %.2fx%n", partners, one, two,
              one / two);
        }
      } finally {
        delete(book);
      }
    }
    if (last != first) {
      out.printf(Locale.ROOT, "linearity: time ratio %.2f / size ratio %.2f = %.2f%n", lastTime / firstTime,
          (double) last / first, (lastTime / firstTime) / ((double) last / first));
    }
    if (work == null) {
      delete(root);
    }
  }

  private static long generate(Path folder, int partners, PortfolioStreamWriter.Order order) throws IOException {
    try (PortfolioStreamWriter writer = PortfolioStreamWriter.csv(folder, order, SEED)) {
      PortfolioGenerator.stream(PortfolioGenerator.Options.standard(partners, SEED), part -> {
        try {
          writer.write(part);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return writer.finish().bytes();
    }
  }

  /** Prints on standard error when each phase of an evaluation starts, in seconds from its start. */
  private static BookEvaluator.Listener phases() {
    long start = System.nanoTime();
    java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    return new BookEvaluator.Listener() {
      @Override
      public void progress(String phase, long done, long total) {
        if (seen.add(phase)) {
          System.err.printf(Locale.ROOT, "  %s from %.1f s%n", phase, (System.nanoTime() - start) / 1e9);
        }
      }
    };
  }

  private static BookSummary evaluate(PortfolioEvaluator evaluator, ProgramHistory history, Path in, Path out) {
    BookSummary summary = BookEvaluator.of(evaluator).withExplain(Explain.SUMMARY)
        .evaluate(history, in, AS_OF, out, phases());
    if (summary.partners() == 0) {
      throw new IllegalStateException("nothing evaluated");
    }
    return summary;
  }

  private static double time(PortfolioEvaluator evaluator, ProgramHistory history, Path in, Path out)
      throws IOException {
    System.gc();
    long start = System.nanoTime();
    evaluate(evaluator, history, in, out);
    double took = (System.nanoTime() - start) / 1e9;
    delete(out);
    return took;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
