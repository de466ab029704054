package dev.partneros.jdbc.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * A commission ledger entry as stored ({@code commission_entry}).
 *
 * @param id the entry id
 * @param date the entry's date
 * @param kind the ledger entry kind's name
 * @param amount the amount, above zero
 * @param currency the amount's currency, as stored
 * @param lineId the commission line it belongs to, or empty
 * @param correction {@code LATE} or {@code REVERSAL}, or empty
 * @param reverses the entry a reversal cancels, or empty
 */
public record StoredEntry(long id, LocalDate date, String kind, BigDecimal amount, Currency currency,
    Optional<String> lineId,
    Optional<String> correction, Optional<Long> reverses) {

  /** The key two entries are the same entry by: date, kind, amount with its currency, and line. */
  String key() {
    return date + "|" + kind + "|" + amount.stripTrailingZeros().toPlainString() + " " + currency.getCurrencyCode()
        + "|" + lineId.orElse("");
  }
}
