package dev.partneros.jdbc.internal;

import dev.partneros.portfolio.KnownTierStates;
import dev.partneros.portfolio.Portfolio;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash a run keeps of the book it closes ({@code close_run.facts_hash}): SHA-256 over a
 * canonical text of the book, fed to the digest row by row so that no text of the whole book is
 * built. The text is each table's name and row count, then its rows' {@code toString()}, one a line,
 * in the book's order: the same book gives the same hash in every run and every JVM.
 */
public final class FactsHash {

  private FactsHash() {}

  /**
   * Returns the hash of a book.
   *
   * @param book the book
   * @return 64 hex digits
   */
  public static String of(Portfolio book) {
    return of(book, KnownTierStates.none());
  }

  /**
   * Returns the hash of a book and the stored tier states it is evaluated with. Without states, the
   * hash of the book alone; with them, each partner's state at each day follows the book, one a line.
   *
   * @param book the book
   * @param known the stored tier states the close continues from
   * @return 64 hex digits
   */
  public static String of(Portfolio book, KnownTierStates known) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    table(digest, "partners", book.partners());
    table(digest, "metrics", book.metrics());
    table(digest, "certifications", book.certifications());
    table(digest, "deals", book.deals());
    table(digest, "touches", book.touches());
    table(digest, "registrations", book.registrations());
    table(digest, "payments", book.payments());
    table(digest, "cancellations", book.cancellations());
    table(digest, "mdfRequests", book.mdfRequests());
    table(digest, "ratings", book.ratings());
    table(digest, "checklist", book.checklist());
    table(digest, "fxRates", book.fxRates());
    if (!known.isEmpty()) {
      line(digest, "tierStates " + known.states().size());
      known.states().forEach((id, byDay) -> byDay.forEach((day, state) ->
          line(digest, id + " " + day + " " + Json.text(Json.tree(state)))));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void table(MessageDigest digest, String name, List<?> rows) {
    line(digest, name + " " + rows.size());
    for (Object row : rows) {
      line(digest, row.toString());
    }
  }

  private static void line(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }
}
