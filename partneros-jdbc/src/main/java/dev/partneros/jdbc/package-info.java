/**
 * A partner program's period close on PostgreSQL ({@code docs/jdbc.md}): {@link dev.partneros.jdbc.PartnerOsSchema}
 * migrates the schema, {@link dev.partneros.jdbc.PeriodClose} closes one quarter exactly once over a
 * {@link javax.sql.DataSource}, from a {@link dev.partneros.portfolio.Portfolio} the caller gives or a
 * {@link dev.partneros.jdbc.BookReader} reads from the embedder's own tables.
 */
package dev.partneros.jdbc;
