package dev.partneros.benchmarks;

import dev.partneros.core.Tier;
import dev.partneros.tiers.mdf.PoolCandidate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hand-written baseline MDF pool allocation is measured against: the standard
 * program's rule of {@code docs/rules/mdf.md#pool-allocation} written out as plain Java with
 * {@link BigDecimal} money and no explanation. It reads the same {@link PoolCandidate}s the engine
 * reads.
 *
 * <p>A fiscal year's pool is split across all partners at once: each partner's budget is its tier's
 * annual MDF (Registered 0, Silver 5,000, Gold 25,000, Platinum 100,000) x pipeline potential x
 * strategic value, rounded half-even to the cent; its cap is that annual MDF. The pool goes in
 * proportion to the budgets; a partner whose share would pass its cap gets its cap and the rest is
 * shared again among the others (the partners with the smallest cap per unit of budget fill up
 * first); the last cents go by largest remainder, ties to the smaller partner id. Only what the
 * standard program needs: candidates checked, no entitlement of their own, no split by segment.
 * Stateless and thread-safe.
 */
public final class MdfPoolBaseline {

  private MdfPoolBaseline() {}

  /**
   * Splits a pool.
   *
   * @param pool the pool, in dollars with cents
   * @param candidates the partners, each once, in any order
   * @return each partner's allocation in dollars with cents, in partner-id order
   */
  public static List<BigDecimal> allocate(BigDecimal pool, List<PoolCandidate> candidates) {
    List<PoolCandidate> partners = new ArrayList<>(candidates);
    partners.sort(Comparator.comparing(PoolCandidate::partnerId));
    int n = partners.size();
    BigDecimal[] budget = new BigDecimal[n];
    BigDecimal[] cap = new BigDecimal[n];
    BigDecimal[] allocation = new BigDecimal[n];
    boolean[] capped = new boolean[n];
    List<Integer> open = new ArrayList<>();
    BigDecimal budgets = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      PoolCandidate partner = partners.get(i);
      cap[i] = annualMdf(partner.tier());
      budget[i] = cap[i].multiply(partner.pipelinePotential()).multiply(partner.strategicValue())
          .setScale(2, RoundingMode.HALF_EVEN);
      allocation[i] = BigDecimal.ZERO.setScale(2);
      if (budget[i].signum() > 0) {
        open.add(i);
        budgets = budgets.add(budget[i]);
      }
    }
    // Fill the caps, smallest cap per unit of budget first, while a cap is below the fair share.
    List<Integer> byCapPerBudget = new ArrayList<>(open);
    byCapPerBudget.sort((a, b) -> cap[a].multiply(budget[b]).compareTo(cap[b].multiply(budget[a])));
    BigDecimal left = pool;
    for (int i : byCapPerBudget) {
      if (cap[i].multiply(budgets).compareTo(left.multiply(budget[i])) > 0) {
        break;
      }
      allocation[i] = cap[i];
      left = left.subtract(cap[i]);
      budgets = budgets.subtract(budget[i]);
      capped[i] = true;
    }
    List<Integer> uncapped = new ArrayList<>();
    for (int i : open) {
      if (!capped[i]) {
        uncapped.add(i);
      }
    }
    if (uncapped.isEmpty() || left.signum() <= 0) {
      return List.of(allocation);
    }
    BigDecimal cents = left.movePointRight(2);
    BigDecimal[] remainder = new BigDecimal[n];
    BigDecimal given = BigDecimal.ZERO;
    for (int i : uncapped) {
      BigDecimal exact = cents.multiply(budget[i]);
      BigDecimal whole = exact.divideToIntegralValue(budgets);
      remainder[i] = exact.subtract(whole.multiply(budgets));
      allocation[i] = whole.movePointLeft(2).setScale(2);
      given = given.add(whole);
    }
    int leftover = cents.subtract(given).intValueExact();
    List<Integer> byRemainder = new ArrayList<>(uncapped);
    byRemainder.sort((a, b) -> remainder[b].compareTo(remainder[a]));
    for (int k = 0; k < leftover; k++) {
      int i = byRemainder.get(k);
      allocation[i] = allocation[i].add(new BigDecimal("0.01"));
    }
    return List.of(allocation);
  }

  private static BigDecimal annualMdf(Tier tier) {
    if (tier.equals(Tier.PLATINUM)) {
      return new BigDecimal("100000.00");
    } else if (tier.equals(Tier.GOLD)) {
      return new BigDecimal("25000.00");
    } else if (tier.equals(Tier.SILVER)) {
      return new BigDecimal("5000.00");
    } else {
      return BigDecimal.ZERO.setScale(2);
    }
  }
}
