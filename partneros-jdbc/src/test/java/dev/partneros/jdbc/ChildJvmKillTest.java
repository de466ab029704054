package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.YearQuarter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("A close whose JVM is killed part-way resumes to the uninterrupted ledgers (docs/jdbc.md#guarantees)")
@Tag("long")
class ChildJvmKillTest {

  @ParameterizedTest(name = "killed after batch {1} of {0}")
  @CsvSource({"2026-Q2, 1", "2026-Q4, 2"})
  void killedJvm_resumesToTheUninterruptedLedgers(String quarter, int batch) throws Exception {
    PGSimpleDataSource ds = TestDatabases.migrated("killed");
    YearQuarter period = YearQuarter.parse(quarter);
    Books.closeThrough(Books.close(ds), Books.small(), period.previous());

    Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        CloseChild.class.getName(), ds.getURL(), quarter, Integer.toString(batch)))
        .redirectError(Path.of("target", "close-child-" + quarter + ".log").toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals("COMMITTED " + batch));
      assertThat(line).as("the child's output").isEqualTo("COMMITTED " + batch);
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    CloseResult resumed = Books.close(ds).whenLocked(PeriodClose.WhenLocked.WAIT).close(period, Books.small());
    assertThat(resumed.outcome()).isEqualTo(CloseResult.Outcome.RESUMED);
    assertThat(resumed.message()).contains(4 * batch + " committed earlier");
    Books.closeThrough(Books.close(ds), Books.small(), Reference.HALF);
    assertThat(LedgerDump.of(ds)).isEqualTo(Reference.halfLedgers());
  }

}
