package dev.partneros.benchmarks;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The arithmetic and the Markdown of the ratio report ({@link RatioReport}), apart from any JMH
 * run so it can be tested: each round measures the engine and the baseline once; a pair's ratio is
 * the median over the rounds of {@code baseline time / engine time} (higher is better, 1.0 = as fast
 * as hand-written), and its times and bytes are the medians of each side.
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class RatioTable {

  /** The header of the Markdown table, with its separator line. */
  public static final String HEADER = "| rule | variant | engine | baseline | ratio | target "
      + "| bytes/op engine vs baseline | met |\n|---|---|---|---|---|---|---|---|";

  private RatioTable() {}

  /**
   * One round of a pair: the engine's and the baseline's average time per call (in nanoseconds) and
   * bytes allocated per call ({@code gc.alloc.rate.norm}).
   *
   * @param engineNanos the engine's time per call, positive
   * @param baselineNanos the baseline's time per call, positive
   * @param engineBytes the engine's bytes per call, at least 0, or NaN when not measured
   * @param baselineBytes the baseline's bytes per call, at least 0, or NaN when not measured
   */
  public record Round(double engineNanos, double baselineNanos, double engineBytes, double baselineBytes) {

    /**
     * Returns the ratio of this round.
     *
     * @return baseline time / engine time
     */
    public double ratio() {
      return baselineNanos / engineNanos;
    }
  }

  /**
   * Returns the median of values: the middle one, or the mean of the two middle ones.
   *
   * @param values the values, not null, not empty; NaN values are left out
   * @return the median, or NaN when every value is NaN
   */
  public static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /**
   * Formats a time given in nanoseconds with three significant figures in ns, us, ms or s.
   *
   * @param nanos the time, in nanoseconds
   * @return e.g. {@code 1.23 ms}; never null
   */
  public static String time(double nanos) {
    String[] units = {"ns", "us", "ms", "s"};
    double value = nanos;
    int unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return significant(value) + " " + units[unit];
  }

  /**
   * Formats a ratio: two decimals from 0.1, else two significant figures.
   *
   * @param ratio the ratio
   * @return e.g. {@code 0.42} or {@code 0.0031}; never null
   */
  public static String ratio(double ratio) {
    return String.format(Locale.ROOT, ratio >= 0.095 ? "%.2f" : "%.2g", ratio);
  }

  private static String significant(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }

  /**
   * Formats a byte count with thousands separators, no decimals.
   *
   * @param bytes the bytes, or NaN
   * @return e.g. {@code 1,234}, or {@code ?} for NaN; never null
   */
  public static String bytes(double bytes) {
    return Double.isNaN(bytes) ? "?" : String.format(Locale.ROOT, "%,.0f", bytes);
  }

  /**
   * The Markdown line of a measured pair.
   *
   * @param pair the pair, not null
   * @param rounds its rounds, not null, not empty
   * @return one table line, without a line break; never null
   */
  public static String line(RatioPair pair, List<Round> rounds) {
    requireNonNull(pair, "pair");
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("rounds must not be empty, but was " + rounds);
    }
    double engine = median(rounds.stream().map(Round::engineNanos).toList());
    double baseline = median(rounds.stream().map(Round::baselineNanos).toList());
    List<Double> ratios = rounds.stream().map(Round::ratio).toList();
    double ratio = median(ratios);
    long perCall = pair.decisionsPerCall();
    double engineBytes = median(rounds.stream().map(Round::engineBytes).toList()) / perCall;
    double baselineBytes = median(rounds.stream().map(Round::baselineBytes).toList()) / perCall;
    String spread = rounds.size() < 2 ? "" : " (" + ratio(min(ratios)) + "-" + ratio(max(ratios)) + ")";
    String perUnit = perCall == 1 ? " B/op" : " B per " + pair.unit();
    return "| " + pair.rule() + " | " + pair.variant() + " | " + time(engine) + " | " + time(baseline) + " | "
        + ratio(ratio) + "x" + spread + " | " + target(pair) + " | " + bytes(engineBytes)
        + " vs " + bytes(baselineBytes) + perUnit + " | " + met(pair, ratio, engineBytes) + " |";
  }

  /**
   * The Markdown line of a pair whose benchmark this build does not have.
   *
   * @param pair the pair, not null
   * @param missing the missing benchmark, {@code Class.method}, not null
   * @return one table line, without a line break; never null
   */
  public static String notPresent(RatioPair pair, String missing) {
    return "| " + pair.rule() + " | " + pair.variant() + " | not present: " + missing + " | | | " + target(pair)
        + " | | - |";
  }

  /**
   * The Markdown line of a pair whose run failed; the report goes on with the next pair.
   *
   * @param pair the pair, not null
   * @param message what failed, not null; only its first line is kept, with {@code |} escaped
   * @return one table line, without a line break; never null
   */
  public static String failed(RatioPair pair, String message) {
    String first = message.lines().findFirst().orElse("").replace("|", "\\|");
    return "| " + pair.rule() + " | " + pair.variant() + " | failed: " + first + " | | | " + target(pair) + " | | - |";
  }

  /**
   * Tells whether a pair meets its targets: the ratio at least the target and, when there is a bytes
   * target, the engine's bytes per decision at most it.
   *
   * @param pair the pair, not null
   * @param ratio the measured ratio
   * @param engineBytes the engine's bytes per decision, or NaN
   * @return {@code yes}, {@code **no**}, or {@code -} when the pair has no target; never null
   */
  public static String met(RatioPair pair, double ratio, double engineBytes) {
    Optional<Boolean> met = Optional.empty();
    if (pair.target() > 0) {
      met = Optional.of(ratio >= pair.target());
    }
    if (pair.bytesTarget() >= 0) {
      boolean bytesMet = !Double.isNaN(engineBytes) && engineBytes <= pair.bytesTarget();
      met = Optional.of(met.orElse(true) && bytesMet);
    }
    return met.map(yes -> yes ? "yes" : "**no**").orElse("-");
  }

  private static String target(RatioPair pair) {
    List<String> parts = new ArrayList<>();
    if (pair.target() > 0) {
      parts.add(String.format(Locale.ROOT, ">= %.1fx", pair.target()));
    }
    if (pair.bytesTarget() >= 0) {
      parts.add("<= " + pair.bytesTarget() + " B");
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  private static double min(List<Double> values) {
    return Arrays.stream(values.stream().mapToDouble(Double::doubleValue).toArray()).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return Arrays.stream(values.stream().mapToDouble(Double::doubleValue).toArray()).max().orElse(Double.NaN);
  }
}
