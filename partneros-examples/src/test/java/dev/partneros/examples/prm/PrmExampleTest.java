package dev.partneros.examples.prm;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Runs the PRM example twice on an embedded PostgreSQL: eight closes, then nothing changed. */
class PrmExampleTest {

  @Test
  void eightQuarters_thenARunThatChangesNothing() throws IOException, SQLException {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String first = run(postgres);
      String second = run(postgres);

      assertThat(first).contains("PRM tables created and filled", "period-close schema at version 2",
          "2026-Q1 was closed by run 1: 7 partners", "2027-Q4 was closed by run 8: 7 partners");
      assertThat(first).contains("Clawback crossing a quarter (deal D-132 of P-006):\n  2027-Q1  2027-03-10  ACCRUAL");
      assertThat(first).containsPattern("\\n  2027-Q2  2027-04-01  [A-Z_]+  ");
      assertThat(first).contains("Payouts to P-001 and why", "What-if over the stored book: version 2026.1 against 2026.2");
      assertThat(second).contains("PRM tables already filled", "2026-Q1 was already closed by run 1",
          "2027-Q4 was already closed by run 8");
      assertThat(second.substring(second.indexOf("Clawback"))).isEqualTo(first.substring(first.indexOf("Clawback")));
    }
  }

  private static String run(EmbeddedPostgres postgres) throws SQLException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrmExample.run(postgres.getPostgresDatabase(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
