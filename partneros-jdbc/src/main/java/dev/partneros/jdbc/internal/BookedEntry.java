package dev.partneros.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.attribution.commission.LedgerEntry;
import java.util.Optional;

/**
 * A commission ledger entry a close books: one of the engine's entries, a late one of a closed
 * period, or the reversal of a stored one.
 *
 * @param entry the engine's entry (for a reversal: the stored entry's date, kind and amount)
 * @param dealId the deal of its line, or empty
 * @param version the program version that produced it
 * @param explanation its explanation
 * @param correction {@code LATE} or {@code REVERSAL}, or empty
 * @param reverses the stored entry a reversal cancels, or empty
 */
public record BookedEntry(LedgerEntry entry, Optional<String> dealId, String version, JsonNode explanation,
    Optional<String> correction, Optional<Long> reverses) {

  /**
   * Returns the signed effect on the balance owed to the partner (negated for a reversal).
   *
   * @return never null
   */
  public java.math.BigDecimal effect() {
    java.math.BigDecimal effect = entry.effect().amount();
    return reverses.isPresent() ? effect.negate() : effect;
  }
}
