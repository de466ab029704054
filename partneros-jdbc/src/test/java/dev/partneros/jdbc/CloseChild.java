package dev.partneros.jdbc;

import dev.partneros.core.YearQuarter;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The child JVM of {@link ChildJvmKillTest}: closes one quarter of the small book, prints
 * {@code COMMITTED n} after batch n, and stops there to be killed.
 */
public final class CloseChild {

  private CloseChild() {}

  /**
   * Runs the close.
   *
   * @param args the JDBC URL, the quarter, and the batch after which to stop
   * @throws InterruptedException never: the parent kills the JVM while it sleeps
   */
  public static void main(String[] args) throws InterruptedException {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(args[0]);
    ds.setUser("postgres");
    int stopAfter = Integer.parseInt(args[2]);
    Books.close(ds).withListener((q, batch, partners) -> {
      System.out.println("COMMITTED " + batch);
      System.out.flush();
      if (batch == stopAfter) {
        try {
          Thread.sleep(120_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }).close(YearQuarter.parse(args[1]), Books.small());
  }
}
