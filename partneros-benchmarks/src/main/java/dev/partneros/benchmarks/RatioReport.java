package dev.partneros.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The ratio report: runs each {@link RatioPair} (engine benchmark, baseline benchmark) through the
 * JMH {@link Runner} with the {@code gc} profiler, interleaved (in each round the engine's fork and
 * the baseline's fork run one after the other, the order alternating from round to round, so a
 * drift of the machine hits both sides), and prints a Markdown table of the median ratio
 * {@code baseline time / engine time} and the bytes allocated per decision of both sides
 * ({@link RatioTable}). The machine (cores, JVM, OS) is printed above the table; progress goes to
 * standard error.
 *
 * <p>Options: {@code --rounds N} (default 3), {@code --quick} (2 warm-up iterations of 1 s and 3
 * measurement iterations of 0.5 s instead of 3 and 5 of 1 s), {@code --only REGEX} (pairs whose rule, variant or
 * benchmark names contain a match), {@code --out FILE} (also writes the report to a file).
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -Djmh.ignoreLock=true -cp
 * "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * dev.partneros.benchmarks.RatioReport --quick --rounds 3 --out ratios.md}.
 */
public final class RatioReport {

  private RatioReport() {}

  /**
   * The options of one run.
   *
   * @param rounds the number of rounds, at least 1
   * @param quick whether to use short iterations
   * @param only the pattern selecting pairs
   * @param out the file to write the report to, if any
   */
  record Settings(int rounds, boolean quick, Pattern only, Optional<Path> out) {

    /** Reads the command line. */
    static Settings parse(String... args) {
      int rounds = 3;
      boolean quick = false;
      Pattern only = Pattern.compile("");
      Optional<Path> out = Optional.empty();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
          case "--quick" -> quick = true;
          case "--only" -> only = Pattern.compile(value(args, ++i));
          case "--out" -> out = Optional.of(Path.of(value(args, ++i)));
          default -> throw new IllegalArgumentException("option must be one of --rounds N, --quick, --only REGEX, "
              + "--out FILE, but was " + args[i]);
        }
      }
      if (rounds < 1) {
        throw new IllegalArgumentException("--rounds must be at least 1, but was " + rounds);
      }
      return new Settings(rounds, quick, only, out);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " must be followed by a value");
      }
      return args[i];
    }

    /** Whether a pair is selected by {@code --only}. */
    boolean selects(RatioPair pair) {
      return only.matcher(pair.rule() + " | " + pair.variant() + " | " + pair.engine() + " | " + pair.baseline()).find();
    }
  }

  /**
   * Runs the report.
   *
   * @param args the options above
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Settings settings = Settings.parse(args);
    PrintStream progress = System.err;
    Set<String> available = available();
    List<String> lines = new ArrayList<>();
    lines.add(machine());
    lines.add("");
    lines.add(String.format(Locale.ROOT, "%d %s, interleaved, %s iterations; ratio = median of baseline/engine "
        + "(min-max over the rounds)", settings.rounds(), settings.rounds() == 1 ? "round" : "rounds",
        settings.quick() ? "quick" : "standard"));
    lines.add("");
    lines.add(RatioTable.HEADER);
    for (RatioPair pair : RatioPair.all()) {
      if (!settings.selects(pair)) {
        continue;
      }
      Optional<String> missing = pair.missing(available);
      if (missing.isPresent()) {
        progress.println("skip " + pair.rule() + " / " + pair.variant() + ": not present: " + missing.get());
        lines.add(RatioTable.notPresent(pair, missing.get()));
        continue;
      }
      try {
        lines.add(RatioTable.line(pair, rounds(pair, settings, progress)));
      } catch (RunnerException e) {
        progress.println("failed " + pair.rule() + " / " + pair.variant() + ": " + e.getMessage());
        lines.add(RatioTable.failed(pair, e.getMessage()));
      }
    }
    String report = String.join("\n", lines) + "\n";
    System.out.print(report);
    if (settings.out().isPresent()) {
      Files.writeString(settings.out().get(), report, StandardCharsets.UTF_8);
      progress.println("wrote " + settings.out().get());
    }
  }

  /** Runs a pair's rounds, interleaved. */
  private static List<RatioTable.Round> rounds(RatioPair pair, Settings settings, PrintStream progress)
      throws RunnerException {
    List<RatioTable.Round> rounds = new ArrayList<>();
    for (int r = 0; r < settings.rounds(); r++) {
      boolean engineFirst = r % 2 == 0;
      progress.printf(Locale.ROOT, "%s / %s: round %d of %d (%s first)%n", pair.rule(), pair.variant(), r + 1,
          settings.rounds(), engineFirst ? "engine" : "baseline");
      double[] first = run(engineFirst ? pair.engine() : pair.baseline(), pair.params(), settings.quick());
      double[] second = run(engineFirst ? pair.baseline() : pair.engine(), pair.params(), settings.quick());
      double[] engine = engineFirst ? first : second;
      double[] baseline = engineFirst ? second : first;
      rounds.add(new RatioTable.Round(engine[0], baseline[0], engine[1], baseline[1]));
      progress.printf(Locale.ROOT, "  engine %s, baseline %s, ratio %.3g%n", RatioTable.time(engine[0]),
          RatioTable.time(baseline[0]), baseline[0] / engine[0]);
    }
    return rounds;
  }

  /** The machine line: cores, JVM and OS. */
  static String machine() {
    return String.format(Locale.ROOT, "Machine: %d cores, max heap %d MiB; JVM %s %s (%s); OS %s %s %s",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
  }

  /** The full names of the benchmarks of this build. */
  static Set<String> available() {
    Set<BenchmarkListEntry> entries = BenchmarkList.defaultList()
        .getAll(OutputFormatFactory.createFormatInstance(System.err, VerboseMode.SILENT), List.of());
    return entries.stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toUnmodifiableSet());
  }

  /** Runs one benchmark in one fork: its time per call in ns and its bytes per call (or NaN). */
  private static double[] run(String benchmark, Map<String, String> params, boolean quick) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(RatioPair.PACKAGE + benchmark) + "$")
        .forks(1)
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .addProfiler(GCProfiler.class)
        .warmupIterations(quick ? 2 : 3)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(quick ? 3 : 5)
        .measurementTime(quick ? TimeValue.milliseconds(500) : TimeValue.seconds(1))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
    params.forEach(options::param);
    Collection<RunResult> results = new Runner(options.build()).run();
    if (results.size() != 1) {
      throw new RunnerException("benchmark " + benchmark + " must give one result, but gave " + results.size());
    }
    RunResult result = results.iterator().next();
    Result<?> bytes = result.getSecondaryResults().get("gc.alloc.rate.norm");
    return new double[] {result.getPrimaryResult().getScore(), bytes == null ? Double.NaN : bytes.getScore()};
  }
}
