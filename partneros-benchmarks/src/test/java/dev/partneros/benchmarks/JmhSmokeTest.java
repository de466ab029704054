package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark once, in this JVM, at its smallest size and for a few milliseconds, so
 * the benchmarks cannot rot. This measures nothing: the full runs are the commands in each
 * benchmark's Javadoc.
 */
class JmhSmokeTest {

  @Test
  void everyBenchmarkRunsAtItsSmallestSize() throws Exception {
    Options options = new OptionsBuilder()
        .include("dev\\.partneros\\.benchmarks\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(20))
        .timeUnit(TimeUnit.MICROSECONDS)
        .param("parts", "10")
        .param("touches", "2")
        .param("deals", "50")
        .param("partners", "10")
        .param("curve", "LINEAR")
        .param("quarters", "1")
        .shouldFailOnError(true)
        .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).extracting(r -> r.getParams().getBenchmark())
        .anyMatch(name -> name.endsWith("AllocationBenchmark.splitCapped"))
        .anyMatch(name -> name.contains("ScoringBenchmark"))
        .anyMatch(name -> name.contains("TierBenchmark"))
        .anyMatch(name -> name.contains("AttributionBenchmark"))
        .anyMatch(name -> name.contains("CommissionBenchmark"))
        .anyMatch(name -> name.endsWith("CommissionBookBenchmark.bookBaseline"))
        .anyMatch(name -> name.endsWith("TierBenchmark.qualifyCheckedBaseline"))
        .anyMatch(name -> name.contains("MdfBenchmark"))
        .anyMatch(name -> name.contains("PortfolioBenchmark"));
    assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
  }
}
