package dev.partneros.benchmarks;

import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.commission.ClawbackCase;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written baselines of the commission benchmarks: the standard plan's rules
 * ({@code docs/rules/commission.md} and {@code docs/rules/clawback.md}) written the way one would
 * without PartnerOS, with if/else and {@code BigDecimal} money, no configuration and no
 * explanation. The benchmarks run them on exactly the engine's inputs so the ratio of the two is
 * the price of configurability and explanations.
 *
 * <ul>
 *   <li>{@link #tierRateLines}: the tier's commission rate (10 / 15 / 20 / 25 %) times the
 *       attribution factor (sourced 100 %, influenced 50 %) times the deal amount, rounded once
 *       {@code HALF_EVEN} to cents.</li>
 *   <li>{@link #marginalBracketLines}: the OEM example's marginal brackets
 *       ({@code [0, 100K) 20 %, [100K, 250K) 25 %, [250K, inf) 30 %}) over each partner's cumulative
 *       calendar-year volume, deals in signature order then deal id; a deal's line is the increase it
 *       makes to the year's commission times its attribution factor, rounded once.</li>
 *   <li>{@link #clawbacks}: the standard clawback schedule (0-29 days 100 %, 30-89 50 %, 90-179
 *       {@code 50 % x (180 - days) / 90}, 180+ none; fraud 100 %; a downgrade claws back the
 *       fraction of the commission lost), at most paid plus accrued, unpaid accruals cancelled
 *       first.</li>
 * </ul>
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class CommissionBaseline {

  static final BigDecimal HALF = new BigDecimal("0.5");
  static final BigDecimal RATE_REGISTERED = new BigDecimal("0.10");
  static final BigDecimal RATE_SILVER = new BigDecimal("0.15");
  static final BigDecimal RATE_GOLD = new BigDecimal("0.20");
  static final BigDecimal RATE_PLATINUM = new BigDecimal("0.25");
  private static final BigDecimal LOW = BigDecimal.valueOf(100_000);
  private static final BigDecimal HIGH = BigDecimal.valueOf(250_000);
  private static final BigDecimal RATE_LOW = new BigDecimal("0.20");
  private static final BigDecimal RATE_MIDDLE = new BigDecimal("0.25");
  private static final BigDecimal RATE_HIGH = new BigDecimal("0.30");
  private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

  private CommissionBaseline() {}

  /**
   * One commission line of a baseline.
   *
   * @param dealId the deal
   * @param partner the partner paid
   * @param amount the amount, rounded to cents
   */
  public record Line(String dealId, PartnerId partner, BigDecimal amount) {}

  /**
   * One clawback of the baseline.
   *
   * @param dealId the deal
   * @param clawback the amount clawed back
   * @param cancelledAccrual the part taken from unpaid accruals
   * @param adjustment the rest, netted against later payouts
   */
  public record Clawback(String dealId, BigDecimal clawback, BigDecimal cancelledAccrual, BigDecimal adjustment) {}

  /**
   * Computes the tier-rate line of every deal.
   *
   * @param deals the deals, each with a tier
   * @return one line per deal, in the deals' order
   */
  public static List<Line> tierRateLines(List<CommissionDeal> deals) {
    List<Line> lines = new ArrayList<>(deals.size());
    for (CommissionDeal deal : deals) {
      lines.add(tierRateLine(deal));
    }
    return lines;
  }

  /**
   * Computes the tier-rate line of one deal: the per-deal decision.
   *
   * @param deal the deal, with a tier
   * @return its line
   */
  public static Line tierRateLine(CommissionDeal deal) {
    return new Line(deal.dealId(), deal.partner(), tierRateAmount(deal));
  }

  /**
   * Computes one deal's tier-rate commission: the per-deal rule of {@link #tierRateLines}.
   *
   * @param deal the deal, with a tier
   * @return the amount, rounded to cents
   */
  public static BigDecimal tierRateAmount(CommissionDeal deal) {
    Tier tier = deal.tier().orElseThrow();
    BigDecimal rate;
    if (tier.equals(Tier.PLATINUM)) {
      rate = RATE_PLATINUM;
    } else if (tier.equals(Tier.GOLD)) {
      rate = RATE_GOLD;
    } else if (tier.equals(Tier.SILVER)) {
      rate = RATE_SILVER;
    } else {
      rate = RATE_REGISTERED;
    }
    BigDecimal amount = deal.amount().amount().multiply(rate);
    if (deal.attribution().type() == AttributionType.PARTNER_INFLUENCED) {
      amount = amount.multiply(HALF);
    }
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  /**
   * Computes the marginal volume-bracket line of every deal.
   *
   * @param deals the deals
   * @return one line per deal, by partner, then signature date and deal id
   */
  public static List<Line> marginalBracketLines(List<CommissionDeal> deals) {
    List<CommissionDeal> sorted = new ArrayList<>(deals);
    sorted.sort(Comparator.comparing((CommissionDeal d) -> d.partner().value()).thenComparing(CommissionDeal::signed)
        .thenComparing(CommissionDeal::dealId));
    Map<String, BigDecimal> volumes = new HashMap<>();
    List<Line> lines = new ArrayList<>(sorted.size());
    for (CommissionDeal deal : sorted) {
      String key = deal.partner().value() + "/" + deal.signed().getYear();
      BigDecimal before = volumes.getOrDefault(key, BigDecimal.ZERO);
      BigDecimal after = before.add(deal.amount().amount());
      volumes.put(key, after);
      BigDecimal amount = bracketCommission(after).subtract(bracketCommission(before));
      if (deal.attribution().type() == AttributionType.PARTNER_INFLUENCED) {
        amount = amount.multiply(HALF);
      }
      lines.add(new Line(deal.dealId(), deal.partner(), amount.setScale(2, RoundingMode.HALF_EVEN)));
    }
    return lines;
  }

  /** The commission on a year's volume under the marginal brackets, exact. */
  static BigDecimal bracketCommission(BigDecimal volume) {
    if (volume.compareTo(LOW) <= 0) {
      return volume.multiply(RATE_LOW);
    }
    BigDecimal commission = LOW.multiply(RATE_LOW);
    if (volume.compareTo(HIGH) <= 0) {
      return commission.add(volume.subtract(LOW).multiply(RATE_MIDDLE));
    }
    return commission.add(HIGH.subtract(LOW).multiply(RATE_MIDDLE)).add(volume.subtract(HIGH).multiply(RATE_HIGH));
  }

  /**
   * Decides every clawback.
   *
   * @param cases the cases
   * @return one clawback per case, in the cases' order
   */
  public static List<Clawback> clawbacks(List<ClawbackCase> cases) {
    List<Clawback> clawbacks = new ArrayList<>(cases.size());
    for (ClawbackCase c : cases) {
      BigDecimal paid = c.paid().amount();
      BigDecimal accrued = c.accrued().amount();
      BigDecimal commission = paid.add(accrued);
      BigDecimal base = commission;
      if (c.recomputed().isPresent()) {
        base = commission.subtract(c.recomputed().get().amount().min(commission));
      }
      long days = ChronoUnit.DAYS.between(c.customerStart(), c.effective());
      BigDecimal clawback = scheduled(base, days, c.kind() == CommissionFacts.Cancellation.Kind.FRAUD).min(commission);
      BigDecimal cancelled = clawback.min(accrued);
      clawbacks.add(new Clawback(c.dealId(), clawback, cancelled, clawback.subtract(cancelled)));
    }
    return clawbacks;
  }

  /**
   * The standard schedule applied to a base: all of it for fraud or under 30 days, half under 90,
   * {@code base x (180 - days) / 180} under 180, nothing after; rounded to cents {@code HALF_EVEN}.
   */
  static BigDecimal scheduled(BigDecimal base, long days, boolean fraud) {
    if (fraud || days < 30) {
      return base;
    } else if (days < 90) {
      return base.multiply(HALF).setScale(2, RoundingMode.HALF_EVEN);
    } else if (days < 180) {
      return base.multiply(BigDecimal.valueOf(180 - days)).divide(ONE_EIGHTY, 2, RoundingMode.HALF_EVEN);
    }
    return BigDecimal.ZERO.setScale(2);
  }
}
