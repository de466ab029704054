package dev.partneros.attribution.commission;

import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The signature-line arithmetic of one program version, partner type and tier, resolved once
 * ({@code docs/rules/commission.md#deciding-a-deal-only}): the referral fee (a rate or a flat
 * amount), the tier's commission rate (benefits matrix) and the volume brackets, each line
 * {@code base x rate x attribution factor} (a flat fee: {@code flat x factor}; brackets: the increase
 * of the year's bracket commission x factor) rounded once with the version's rounding mode, exactly
 * as the whole-book run rounds a line with no cap, no SPIFF uplift and no FX settlement. Rates are
 * held as unscaled {@code long}s; a line whose product overflows is computed in {@code BigDecimal}.
 *
 * <p>A pricer is not {@link #fast()} when its version has a cap, rounds with
 * {@link RoundingMode#UNNECESSARY} or has a currency of more than 3 decimals: the caller then asks
 * the whole calculation.
 *
 * <p>Immutable and thread-safe.
 */
final class DealPricer {

  private static final int NONE = 0;
  private static final int RATE = 1;
  private static final int FLAT = 2;

  private final CommissionTerms terms;
  /** True for the marker of a partner type without models: its deals earn nothing. */
  private final boolean nothing;
  /** True when the models need a tier: the pricer is of {@link #tierName} only. */
  private final boolean needsTier;
  /** The tier's name (the key the pricer is found by), or {@code ""} when the models need no tier. */
  private final String tierName;
  private final RoundingMode rounding;
  /** 10^15 major units in minor units: the magnitude no {@link dev.partneros.core.Money} reaches. */
  private final long limit;
  private final boolean fast;
  private final int referral;
  private final long referralUnscaled;
  private final int referralScale;
  private final boolean tierRate;
  private final long tierUnscaled;
  private final int tierScale;
  private final VolumeBrackets brackets;
  private final int currencyScale;

  /** A marker: of a partner type without models ({@code nothing}), or of a tier no pricer has. */
  private DealPricer(boolean nothing) {
    this.terms = null;
    this.nothing = nothing;
    this.needsTier = false;
    this.tierName = "";
    this.rounding = RoundingMode.UNNECESSARY;
    this.limit = 0;
    this.fast = false;
    this.referral = NONE;
    this.referralUnscaled = 0;
    this.referralScale = 0;
    this.tierRate = false;
    this.tierUnscaled = 0;
    this.tierScale = 0;
    this.brackets = null;
    this.currencyScale = 0;
  }

  private DealPricer(CommissionTerms terms, CommissionPlan.Models models, Tier tier) {
    this.terms = terms;
    this.nothing = false;
    this.needsTier = tier != null;
    this.tierName = tier == null ? "" : tier.name();
    this.rounding = terms.rounding();
    this.currencyScale = terms.currency().getDefaultFractionDigits();
    this.limit = RoundedProduct.pow10(15 + Math.max(0, Math.min(3, currencyScale)));
    CommissionCaps caps = terms.plan().caps();
    boolean ok = caps.perDeal().isEmpty() && caps.perPartner().isEmpty() && caps.perPeriod().isEmpty()
        && terms.rounding() != RoundingMode.UNNECESSARY && currencyScale >= 0 && currencyScale <= 3;
    ReferralFee fee = models.referralFee().orElse(null);
    BigDecimal referralValue = fee == null ? null : fee.rate().map(Rate::value).orElseGet(() -> fee.flat().orElseThrow());
    this.referral = fee == null ? NONE : fee.rate().isPresent() ? RATE : FLAT;
    if (referralValue != null && referralValue.scale() < 0) {
      referralValue = referralValue.setScale(0);
    }
    this.referralUnscaled = referralValue == null ? 0 : RoundedProduct.unscaled(referralValue);
    this.referralScale = referralValue == null ? 0 : referralValue.scale();
    this.tierRate = models.tierRate();
    BigDecimal rate = tierRate ? terms.benefits().commissionRate(tier).value() : BigDecimal.ZERO;
    this.tierUnscaled = RoundedProduct.unscaled(rate);
    this.tierScale = rate.scale();
    this.brackets = models.volumeBrackets().orElse(null);
    this.fast = ok && referralUnscaled != RoundedProduct.OVERFLOW && tierUnscaled != RoundedProduct.OVERFLOW;
  }

  /**
   * Prepares the pricer of a version's models for a partner type, at a tier.
   *
   * @param terms the version
   * @param models the partner type's models under it
   * @param tier the tier, or null when the models need none
   * @return never null
   */
  static DealPricer of(CommissionTerms terms, CommissionPlan.Models models, Tier tier) {
    return new DealPricer(terms, models, tier);
  }

  /**
   * Returns a marker pricer: of a partner type without models (whose deals earn nothing), or of a
   * tier no pricer has (never {@link #fast()}).
   *
   * @param nothing true for the marker of a partner type without models
   * @return never null
   */
  static DealPricer marker(boolean nothing) {
    return new DealPricer(nothing);
  }

  /**
   * Returns the version this pricer prices under.
   *
   * @return the version; null for a marker
   */
  CommissionTerms terms() {
    return terms;
  }

  /**
   * Tells whether this is the marker of a partner type without models: its deals earn nothing.
   *
   * @return true for that marker
   */
  boolean earnsNothing() {
    return nothing;
  }

  /**
   * Tells whether this pricer prices one tier ({@link #tierName()}) only.
   *
   * @return true when the models need a tier
   */
  boolean needsTier() {
    return needsTier;
  }

  /**
   * Tells whether this pricer decides alone (no cap, a rounding mode that rounds).
   *
   * @return false when the caller must ask the whole calculation
   */
  boolean fast() {
    return fast;
  }

  /**
   * Returns the sum of the deal's signature lines in minor units of the program's currency.
   *
   * @param deal the deal, in the program's currency, attributed (factor not zero)
   * @param before the partner's state before it (its fiscal-year volume, for brackets)
   * @return the total in minor units, or {@link RoundedProduct#OVERFLOW} when a line or the total
   *     would be 10^15 or more (the whole calculation refuses such a line; a caller falls back to it)
   */
  long price(CommissionDeal deal, CommissionState before) {
    BigDecimal amount = deal.amount().amount();
    Rate factorRate = deal.attribution().creditFactor();
    BigDecimal factor = factorRate.value();
    long base = RoundedProduct.unscaled(amount);
    long factorUnscaled = RoundedProduct.unscaled(factor);
    int factorScale = factor.scale();
    RoundingMode mode = rounding;
    long total = 0;
    if (referral == RATE) {
      long line = RoundedProduct.of(base, referralUnscaled, factorUnscaled, currencyScale + referralScale + factorScale,
          currencyScale, mode);
      total = plus(total, line != RoundedProduct.OVERFLOW ? line
          : exact(amount.multiply(value(referralUnscaled, referralScale)).multiply(factor), mode), limit);
    } else if (referral == FLAT) {
      long line = RoundedProduct.of(referralUnscaled, factorUnscaled, 1, referralScale + factorScale, currencyScale, mode);
      total = plus(total, line != RoundedProduct.OVERFLOW ? line
          : exact(value(referralUnscaled, referralScale).multiply(factor), mode), limit);
    }
    if (tierRate) {
      long line = RoundedProduct.of(base, tierUnscaled, factorUnscaled, currencyScale + tierScale + factorScale,
          currencyScale, mode);
      total = plus(total, line != RoundedProduct.OVERFLOW ? line
          : exact(amount.multiply(value(tierUnscaled, tierScale)).multiply(factor), mode), limit);
    }
    if (brackets != null && total != RoundedProduct.OVERFLOW) {
      Integer year = terms.fiscalCalendar().fiscalYear(deal.signed());
      BigDecimal volume = before.yearVolumes().getOrDefault(year, BigDecimal.ZERO);
      BigDecimal increase = brackets.commission(volume.add(amount)).subtract(brackets.commission(volume));
      total = plus(total, exact(increase.multiply(factor), mode), limit);
    }
    return total;
  }

  /**
   * Adds a line to a total: {@link RoundedProduct#OVERFLOW} once either is, or the line or total
   * reaches the limit (the whole calculation refuses such a line with its problem).
   */
  private static long plus(long total, long line, long limit) {
    if (total == RoundedProduct.OVERFLOW || line == RoundedProduct.OVERFLOW || Math.abs(line) >= limit) {
      return RoundedProduct.OVERFLOW;
    }
    long sum = total + line;
    return Math.abs(sum) >= limit ? RoundedProduct.OVERFLOW : sum;
  }

  /** A line computed in {@code BigDecimal}, rounded once, in minor units. */
  private long exact(BigDecimal line, RoundingMode mode) {
    BigDecimal rounded = line.setScale(currencyScale, mode);
    return rounded.precision() - rounded.scale() > 15 ? RoundedProduct.OVERFLOW : rounded.unscaledValue().longValueExact();
  }

  private static BigDecimal value(long unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * Returns the name of the tier this pricer prices, or {@code ""} when the models need none.
   *
   * @return never null
   */
  String tierName() {
    return tierName;
  }
}
