package dev.partneros.jdbc;

import dev.partneros.portfolio.Portfolio;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads the book a period close evaluates from the embedder's own tables: every partner, deal,
 * touch, registration, payment, cancellation and MDF request known on a day
 * ({@code docs/jdbc.md#reading-the-book-from-your-tables}). Called once per close, on the close's
 * connection, inside its lock, in a read-only {@code REPEATABLE READ} transaction: every query the
 * reader runs sees one snapshot of the database, so the book is consistent across tables even while
 * the embedder's own application keeps writing. (The close's lock does not lock the embedder's
 * tables; the book is what the snapshot held.)
 *
 * <p>The rows must come in a stable order ({@code order by} their ids): a resumed close checks that
 * it reads the same book as the run it resumes, by a hash of the book.
 */
@FunctionalInterface
public interface BookReader {

  /**
   * Reads the book.
   *
   * @param connection the close's connection, not null, in a read-only repeatable-read transaction;
   *     the reader must not commit, roll back, close it or change its settings
   * @param knownOn the period's last day: rows dated after it may be left out (the evaluation ignores
   *     them)
   * @return the book, never null
   * @throws SQLException if the tables cannot be read
   */
  Portfolio read(Connection connection, LocalDate knownOn) throws SQLException;
}
