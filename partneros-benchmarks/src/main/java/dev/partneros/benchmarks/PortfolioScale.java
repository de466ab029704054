package dev.partneros.benchmarks;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioGenerator;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The portfolio-scale run: generates a portfolio of the given size (8 quarters, 2 deals
 * per active partner), evaluates it under the standard program on one thread and then on every
 * core, and prints the times, the speed-up and the peak heap. Each size is one cold-to-warm run
 * (one warm-up evaluation of 2,000 partners first), not a JMH measurement: at 100,000 partners one
 * evaluation takes minutes.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -Xmx4g -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * dev.partneros.benchmarks.PortfolioScale 10000 100000}.
 */
public final class PortfolioScale {

  private static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);

  private PortfolioScale() {}

  /**
   * Runs each size given.
   *
   * @param args partner counts, each 1 to 1,000,000
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    ProgramHistory history = ProgramHistory.of(ProgramDocument.standard());
    PortfolioEvaluator evaluator = PortfolioEvaluator.standard();
    evaluator.evaluate(history, generate(2_000), AS_OF);
    out.println("partners | deals | 1 thread (s) | all cores (s) | speed-up | peak heap (MiB)");
    for (String arg : args) {
      int partners = Integer.parseInt(arg);
      Portfolio portfolio = generate(partners);
      resetPeaks();
      double one = seconds(() -> evaluator.withParallelism(1).evaluate(history, portfolio, AS_OF));
      double all = seconds(() -> evaluator.evaluate(history, portfolio, AS_OF));
      out.printf(Locale.ROOT, "%d | %d | %.1f | %.1f | %.2fx | %d%n", partners, portfolio.deals().size(), one, all,
          one / all, peakHeap() >> 20);
    }
  }

  private static Portfolio generate(int partners) {
    return PortfolioGenerator.generate(PortfolioGenerator.Options.standard(partners, 42).withDealsPerPartner(2));
  }

  private interface Evaluation {
    PortfolioEvaluation run();
  }

  private static double seconds(Evaluation evaluation) {
    long start = System.nanoTime();
    PortfolioEvaluation result = evaluation.run();
    long took = System.nanoTime() - start;
    if (result.partners().isEmpty()) {
      throw new IllegalStateException("nothing evaluated");
    }
    return took / 1e9;
  }

  /** Collects, then resets every memory pool's peak. */
  static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since {@link #resetPeaks()}: it can exceed the heap's maximum. */
  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
