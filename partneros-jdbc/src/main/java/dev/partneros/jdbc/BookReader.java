package dev.partneros.jdbc;

import dev.partneros.portfolio.Portfolio;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads the book a period close evaluates from the embedder's own tables: every partner, deal,
 * touch, registration, payment, cancellation and MDF request known on a day
 * ({@code docs/jdbc.md#reading-the-book-from-your-tables}). Called once per close, on the close's
 * connection and inside its lock, so the book cannot change between reading and writing.
 *
 * <p>The rows must come in a stable order ({@code order by} their ids): a resumed close checks that
 * it reads the same book as the run it resumes, by a hash of the book.
 */
@FunctionalInterface
public interface BookReader {

  /**
   * Reads the book.
   *
   * @param connection the close's connection, not null; the reader must not commit, roll back or
   *     close it
   * @param knownOn the period's last day: rows dated after it may be left out (the evaluation ignores
   *     them)
   * @return the book, never null
   * @throws SQLException if the tables cannot be read
   */
  Portfolio read(Connection connection, LocalDate knownOn) throws SQLException;
}
