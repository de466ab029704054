/**
 * PartnerOS JDBC: a PRM's period close on PostgreSQL, exactly once. The schema ships as Flyway
 * migrations in the jar ({@code META-INF/partneros/migrations}); {@link dev.partneros.jdbc.PeriodClose}
 * evaluates a period with the whole-book evaluator and writes tier states, commission and MDF
 * ledger entries, statements and payouts, each naming its program version and run. Plain JDBC over
 * a {@link javax.sql.DataSource}: no pool, no ORM. Implementation helpers sit in the non-exported
 * {@code internal} package ({@code docs/jdbc.md}).
 */
module dev.partneros.jdbc {
  requires transitive dev.partneros.portfolio;
  requires transitive java.sql;
  requires flyway.core;
  requires org.slf4j;

  exports dev.partneros.jdbc;
}
