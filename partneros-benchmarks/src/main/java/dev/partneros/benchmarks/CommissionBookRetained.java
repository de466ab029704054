package dev.partneros.benchmarks;

import dev.partneros.attribution.commission.CommissionResult;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * What one whole-book commission result keeps alive: the bytes a {@link CommissionResult} of
 * {@link CommissionBookBenchmark}'s book retains per line and per deal, the part of the heap that
 * grows with the batch and that the collector copies and promotes while a call runs. The book is
 * generated (seed 42) and calculated once and dropped, then the live heap is read by class (the
 * JVM's class histogram, which collects first), one result is calculated and kept, and the heap is
 * read again: the difference is the result. It prints the total, per line and per deal, then the
 * classes that make it up, largest first.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -Xmx4g -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * dev.partneros.benchmarks.CommissionBookRetained 100000}.
 */
public final class CommissionBookRetained {

  private CommissionBookRetained() {}

  /**
   * Measures the result of each book size given (default 100,000 deals).
   *
   * @param args deal counts
   * @throws JMException if the JVM's class histogram cannot be read
   */
  public static void main(String[] args) throws JMException {
    PrintStream out = System.out;
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args) {
      sizes.add(Integer.parseInt(arg));
    }
    if (sizes.isEmpty()) {
      sizes.add(100_000);
    }
    for (int deals : sizes) {
      CommissionBookBenchmark book = new CommissionBookBenchmark();
      book.deals = deals;
      book.setUp();
      book.calculate();
      Map<String, long[]> before = histogram();
      CommissionResult kept = book.calculate();
      Map<String, long[]> after = histogram();
      int lines = kept.lines().size();
      List<Object[]> rows = new ArrayList<>();
      long total = 0;
      for (Map.Entry<String, long[]> entry : after.entrySet()) {
        long[] was = before.getOrDefault(entry.getKey(), new long[2]);
        long bytes = entry.getValue()[1] - was[1];
        total += bytes;
        rows.add(new Object[] {entry.getKey(), entry.getValue()[0] - was[0], bytes});
      }
      for (Map.Entry<String, long[]> entry : before.entrySet()) {
        if (!after.containsKey(entry.getKey())) {
          total -= entry.getValue()[1];
        }
      }
      rows.sort((a, b) -> Long.compare((Long) b[2], (Long) a[2]));
      out.printf(Locale.ROOT, "%,d deals, %,d lines, %,d ledger entries: %,d B retained, %.0f B per line, %.0f B per deal%n",
          deals, lines, kept.entries().size(), total, (double) total / lines, (double) total / deals);
      for (int i = 0; i < Math.min(16, rows.size()); i++) {
        Object[] row = rows.get(i);
        out.printf(Locale.ROOT, "  %-72s %,10d objects %7.1f B per line%n", row[0], row[1], (Long) row[2] / (double) lines);
      }
    }
  }

  /** The live heap by class name: instances and bytes, from the JVM's own class histogram. */
  private static Map<String, long[]> histogram() throws JMException {
    String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
        new Object[] {new String[0]}, new String[] {String[].class.getName()});
    Map<String, long[]> classes = new HashMap<>();
    for (String line : text.split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 4 && fields[0].endsWith(":") && fields[1].matches("\\d+")) {
        classes.put(fields[3], new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])});
      }
    }
    return classes;
  }
}
