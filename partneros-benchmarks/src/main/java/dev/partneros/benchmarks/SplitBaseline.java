package dev.partneros.benchmarks;

import dev.partneros.attribution.Deal;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.PartnerId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hand-written baseline of the multi-touch credit benchmarks
 * ({@code docs/rules/attribution.md#multi-touch-credit}): the standard {@code LINEAR} model written
 * the way one would without PartnerOS. Touches dated on or before the close and of a credited kind
 * (referral, registration, meeting, demo, co-sell) count one each; a partner's part is the deal
 * amount times its touches over all credited touches, floored to cents, and the cents left over go
 * one each to the largest remainders (ties to the smaller partner id), so the parts add up exactly
 * to the deal amount ({@code docs/rules/conventions.md#allocation}).
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class SplitBaseline {

  private SplitBaseline() {}

  /**
   * Splits a closed deal's amount linearly by credited touches.
   *
   * @param deal the deal, closed
   * @return each credited partner's part in cents, by partner id; empty when nothing is credited
   */
  public static Map<PartnerId, BigDecimal> linear(Deal deal) {
    LocalDate closed = deal.closed().orElseThrow();
    TreeMap<PartnerId, Long> counts = new TreeMap<>();
    long total = 0;
    for (Deal.PartnerTouch touch : deal.touches()) {
      TouchKind kind = touch.kind();
      if (!touch.date().isAfter(closed) && kind != TouchKind.MENTION && kind != TouchKind.POST_SALE) {
        counts.merge(touch.partner(), 1L, Long::sum);
        total++;
      }
    }
    Map<PartnerId, BigDecimal> parts = new TreeMap<>();
    if (total == 0) {
      return parts;
    }
    BigInteger cents = deal.amount().amount().movePointRight(2).toBigIntegerExact();
    BigInteger divisor = BigInteger.valueOf(total);
    List<PartnerId> partners = new ArrayList<>(counts.keySet());
    long[] floors = new long[partners.size()];
    long[] remainders = new long[partners.size()];
    long left = cents.longValueExact();
    for (int i = 0; i < partners.size(); i++) {
      BigInteger[] division = cents.multiply(BigInteger.valueOf(counts.get(partners.get(i)))).divideAndRemainder(divisor);
      floors[i] = division[0].longValueExact();
      remainders[i] = division[1].longValueExact();
      left -= floors[i];
    }
    while (left > 0) {
      int best = 0;
      for (int i = 1; i < partners.size(); i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      floors[best]++;
      remainders[best] = -1;
      left--;
    }
    for (int i = 0; i < partners.size(); i++) {
      parts.put(partners.get(i), BigDecimal.valueOf(floors[i], 2));
    }
    return parts;
  }
}
