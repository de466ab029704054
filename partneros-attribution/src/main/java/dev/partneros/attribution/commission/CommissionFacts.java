package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FxRate;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The dated facts a commission calculation reads ({@code docs/rules/commission.md} and
 * {@code docs/rules/clawback.md}): partner accounts, closed deals with their attribution,
 * collected payments, cancellations, SPIFF windows, quotas and the explicit FX rates
 * ({@code docs/rules/conventions.md#currencies-and-fx}: each fixed at a transaction date, with its
 * source).
 *
 * <p>Lists keep the caller's order, but no result depends on it. Cross-references (a deal's
 * partner, a payment's deal, dates between facts, FX rates) are checked by the
 * {@link CommissionCalculator}, which reports every problem at once with its path
 * ({@code deals[3].amount}, {@code payments[0].date}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionFacts.class)
@JsonDeserialize(as = ImmutableCommissionFacts.class)
public abstract class CommissionFacts {

  CommissionFacts() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the partner accounts, one per partner.
   *
   * @return never null
   */
  public abstract List<PartnerAccount> partners();

  /**
   * Returns the closed deals, one per deal and partner credited.
   *
   * @return never null
   */
  public abstract List<CommissionDeal> deals();

  /**
   * Returns the payments collected.
   *
   * @return never null
   */
  public abstract List<Payment> payments();

  /**
   * Returns the cancellations, downgrades, refunds and fraud findings.
   *
   * @return never null
   */
  public abstract List<Cancellation> cancellations();

  /**
   * Returns the SPIFF campaigns.
   *
   * @return never null
   */
  public abstract List<SpiffWindow> spiffWindows();

  /**
   * Returns the quarterly quotas.
   *
   * @return never null
   */
  public abstract List<Quota> quotas();

  /**
   * Returns the FX rates, each fixed at a transaction date.
   *
   * @return never null
   */
  public abstract List<FxRate> fxRates();

  /** Builds {@link CommissionFacts}; every list may be empty. Not thread-safe. */
  public static class Builder extends ImmutableCommissionFacts.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * A payment collected from the customer on a deal (facts,
   * {@code docs/rules/commission.md#payout-timing}): the first one is the default payable trigger,
   * and each one is the base of a recurring-share line. A payment belongs to the deal (every partner
   * credited on it), is in the deal's currency and is never dated before the deal was signed
   * (checked by the calculator, path {@code payments[i].date}).
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePayment.class)
  @JsonDeserialize(as = ImmutablePayment.class)
  public abstract static class Payment {

    Payment() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates a payment.
     *
     * @param dealId the deal paid, not null
     * @param date the day it was collected, not null
     * @param amount the amount, not null, above zero
     * @return never null
     * @throws InvalidFactsException if the amount is not above zero
     */
    public static Payment of(String dealId, LocalDate date, Money amount) {
      return new Builder().dealId(requireNonNull(dealId, "dealId")).date(requireNonNull(date, "date"))
          .amount(requireNonNull(amount, "amount")).build();
    }

    /**
     * Returns the deal paid.
     *
     * @return never null
     */
    public abstract String dealId();

    /**
     * Returns the day the payment was collected.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns the amount collected, in the deal's currency.
     *
     * @return never null, above zero
     */
    public abstract Money amount();

    @Value.Check
    void check() {
      if (amount().isPositive()) {
        return;
      }
      ProblemCollector problems = new ProblemCollector();
      problems.check(amount().isPositive(), FieldPath.root().field("amount"), CoreProblemCode.NOT_POSITIVE, "be > 0", amount());
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link Payment}; every attribute is mandatory. Not thread-safe. */
    public static class Builder extends ImmutablePayment.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A partner's quota for one fiscal quarter (facts, {@code docs/rules/commission.md#spiffs}): the
   * quarter met its quota when the amounts of the partner's attributed deals signed in it, net of
   * cancellations effective by its end, reach the target (inclusive,
   * {@code docs/rules/conventions.md#thresholds-and-brackets}). The quarter must be a fiscal quarter
   * of the program in force on its first day, and the target in the program's currency (checked by
   * the calculator at {@code quotas[i]}).
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableQuota.class)
  @JsonDeserialize(as = ImmutableQuota.class)
  public abstract static class Quota {

    Quota() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates a quota.
     *
     * @param partner the partner, not null
     * @param quarter the fiscal quarter, not null
     * @param target the volume to reach, not null, not negative
     * @return never null
     */
    public static Quota of(PartnerId partner, DateRange quarter, Money target) {
      return new Builder().partner(requireNonNull(partner, "partner")).quarter(requireNonNull(quarter, "quarter"))
          .target(requireNonNull(target, "target")).build();
    }

    /**
     * Returns the partner.
     *
     * @return never null
     */
    public abstract PartnerId partner();

    /**
     * Returns the fiscal quarter.
     *
     * @return never null
     */
    public abstract DateRange quarter();

    /**
     * Returns the volume to reach, in the program's currency.
     *
     * @return never null, not negative
     */
    public abstract Money target();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      problems.requireNonNegative(FieldPath.root().field("target"), target());
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link Quota}; every attribute is mandatory. Not thread-safe. */
    public static class Builder extends ImmutableQuota.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A SPIFF campaign (facts, {@code docs/rules/commission.md#spiffs}: SPIFFs are time-boxed): a kind
   * and the closed range of dates it runs. A deal signed inside the window earns the SPIFF; the
   * quarterly quota SPIFF applies to quarters that end inside its window. A
   * {@link SpiffTerms.Kind#PRODUCT_LAUNCH} names the launched products, and its length must lie within the
   * plan's {@code launchMinDays} to {@code launchMaxDays} (30 to 60 by default, checked by the
   * calculator at {@code spiffWindows[i].period}).
   *
   * <p>Checked when built ({@link InvalidFactsException}): a launch names at least one product;
   * other kinds name none.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableSpiffWindow.class)
  @JsonDeserialize(as = ImmutableSpiffWindow.class)
  public abstract static class SpiffWindow {

    SpiffWindow() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates a window for a SPIFF that names no product.
     *
     * @param kind the SPIFF, not null, not {@link SpiffTerms.Kind#PRODUCT_LAUNCH}
     * @param period the days it runs, not null
     * @return never null
     */
    public static SpiffWindow of(SpiffTerms.Kind kind, DateRange period) {
      return new Builder().kind(requireNonNull(kind, "kind")).period(requireNonNull(period, "period")).build();
    }

    /**
     * Creates a product-launch window.
     *
     * @param period the days it runs, not null
     * @param products the launched products, not null, not empty
     * @return never null
     */
    public static SpiffWindow launch(DateRange period, Set<String> products) {
      return new Builder().kind(SpiffTerms.Kind.PRODUCT_LAUNCH).period(requireNonNull(period, "period"))
          .products(requireNonNull(products, "products")).build();
    }

    /**
     * Returns the SPIFF.
     *
     * @return never null
     */
    public abstract SpiffTerms.Kind kind();

    /**
     * Returns the days the campaign runs, both ends included.
     *
     * @return never null
     */
    public abstract DateRange period();

    /**
     * Returns the launched products (product launch only).
     *
     * @return never null
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> products();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath path = FieldPath.root().field("products");
      if (kind() == SpiffTerms.Kind.PRODUCT_LAUNCH) {
        problems.check(!products().isEmpty(), path, CoreProblemCode.EMPTY, "name the launched products", "[]");
      } else {
        problems.check(products().isEmpty(), path, CoreProblemCode.NOT_ALLOWED, "be empty for a " + kind() + " window", products());
      }
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link SpiffWindow}; kind and period are mandatory. Not thread-safe. */
    public static class Builder extends ImmutableSpiffWindow.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A partner's commission account (facts, {@code docs/rules/commission.md}): its {@link #type()}
   * (which models apply), the day it joined (the first-deal SPIFF), its {@link #payoutCurrency()} 
   * ({@code docs/rules/conventions.md#currencies-and-fx}: payouts are settled in the partner's
   * payout currency), its agreed custom rebate rate and an optional minimum payout in its payout
   * currency.
   *
   * <p>Decision: the program's minimum payout is in the program's currency; a partner paid in
   * another currency states its own {@link #minimumPayout()} (never converted silently), and a
   * partner without one is an error at {@code partners[i].minimumPayout}.
   *
   * <p>Checked when built ({@link InvalidFactsException}): the minimum payout not negative and in the
   * payout currency.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePartnerAccount.class)
  @JsonDeserialize(as = ImmutablePartnerAccount.class)
  public abstract static class PartnerAccount {

    PartnerAccount() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates an account with no custom rebate rate and the program's minimum payout.
     *
     * @param id the partner, not null
     * @param type the partner type, not null
     * @param joined the day the partner joined, not null
     * @param payoutCurrency the currency the partner is paid in, not null
     * @return never null
     */
    public static PartnerAccount of(PartnerId id, PartnerType type, LocalDate joined, Currency payoutCurrency) {
      return new Builder().id(requireNonNull(id, "id")).type(requireNonNull(type, "type"))
          .joined(requireNonNull(joined, "joined")).payoutCurrency(requireNonNull(payoutCurrency, "payoutCurrency"))
          .build();
    }

    /**
     * Returns the partner.
     *
     * @return never null
     */
    public abstract PartnerId id();

    /**
     * Returns the partner type, which selects the plan's {@link CommissionPlan.Models}.
     *
     * @return never null
     */
    public abstract PartnerType type();

    /**
     * Returns the day the partner joined the program.
     *
     * @return never null
     */
    public abstract LocalDate joined();

    /**
     * Returns the currency the partner is paid in.
     *
     * @return never null
     */
    public abstract Currency payoutCurrency();

    /**
     * Returns the partner's agreed rate for a custom volume-rebate band
     * ({@code docs/rules/commission.md#volume-rebates}: "1M+: custom").
     *
     * @return the rate, or empty (then reaching a custom band is an error, never zero)
     */
    public abstract Optional<Rate> customRebateRate();

    /**
     * Returns the partner's own minimum payout, in its payout currency.
     *
     * @return the minimum, or empty to use the program's
     */
    public abstract Optional<Money> minimumPayout();

    @Value.Check
    void check() {
      if (minimumPayout().isEmpty()) {
        return;
      }
      ProblemCollector problems = new ProblemCollector();
      Money minimum = minimumPayout().get();
      FieldPath path = FieldPath.root().field("minimumPayout");
      problems.requireNonNegative(path, minimum);
      problems.check(minimum.currency().equals(payoutCurrency()), path, CoreProblemCode.CURRENCY_MISMATCH,
          "be in the payout currency " + payoutCurrency().getCurrencyCode(), minimum);
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link PartnerAccount}; id, type, joined and payoutCurrency are mandatory. Not thread-safe. */
    public static class Builder extends ImmutablePartnerAccount.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A cancellation, downgrade, partial refund or fraud finding on a deal (facts,
   * {@code docs/rules/clawback.md}), effective on a date. {@link #value()} is the new value of a
   * {@link Kind#DOWNGRADE} or the refunded amount of a
   * {@link Kind#PARTIAL_REFUND}, in the deal's currency, and absent otherwise.
   * {@link #partner()} restricts it to one of the partners credited on the deal (typically for
   * fraud); absent, it affects every partner on the deal.
   *
   * <p>The calculator refuses an effective date before the customer's start date (path
   * {@code cancellations[i].effective}), a value above the deal's current value, and an unknown deal
   * or partner.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCancellation.class)
  @JsonDeserialize(as = ImmutableCancellation.class)
  public abstract static class Cancellation {

    Cancellation() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates a full cancellation.
     *
     * @param dealId the deal, not null
     * @param effective the effective date, not null
     * @return never null
     */
    public static Cancellation cancel(String dealId, LocalDate effective) {
      return new Builder().dealId(requireNonNull(dealId, "dealId")).effective(requireNonNull(effective, "effective"))
          .kind(Kind.CANCELLATION).build();
    }

    /**
     * Creates a downgrade to a new value.
     *
     * @param dealId the deal, not null
     * @param effective the effective date, not null
     * @param newValue the deal's new first-year value, not null, not negative
     * @return never null
     */
    public static Cancellation downgrade(String dealId, LocalDate effective, Money newValue) {
      return new Builder().dealId(requireNonNull(dealId, "dealId")).effective(requireNonNull(effective, "effective"))
          .kind(Kind.DOWNGRADE).value(requireNonNull(newValue, "newValue")).build();
    }

    /**
     * Creates a partial refund.
     *
     * @param dealId the deal, not null
     * @param effective the effective date, not null
     * @param refunded the amount refunded, not null, not negative
     * @return never null
     */
    public static Cancellation partialRefund(String dealId, LocalDate effective, Money refunded) {
      return new Builder().dealId(requireNonNull(dealId, "dealId")).effective(requireNonNull(effective, "effective"))
          .kind(Kind.PARTIAL_REFUND).value(requireNonNull(refunded, "refunded")).build();
    }

    /**
     * Creates a fraud finding against one partner's referral.
     *
     * @param dealId the deal, not null
     * @param effective the effective date, not null
     * @param partner the partner whose referral was fraudulent, not null
     * @return never null
     */
    public static Cancellation fraud(String dealId, LocalDate effective, PartnerId partner) {
      return new Builder().dealId(requireNonNull(dealId, "dealId")).effective(requireNonNull(effective, "effective"))
          .kind(Kind.FRAUD).partner(requireNonNull(partner, "partner")).build();
    }

    /**
     * Returns the deal.
     *
     * @return never null
     */
    public abstract String dealId();

    /**
     * Returns the effective date.
     *
     * @return never null
     */
    public abstract LocalDate effective();

    /**
     * Returns what happened.
     *
     * @return never null
     */
    public abstract Kind kind();

    /**
     * Returns the new value (downgrade) or refunded amount (partial refund), in the deal's currency.
     *
     * @return the value, present exactly for a downgrade or a partial refund
     */
    public abstract Optional<Money> value();

    /**
     * Returns the one partner affected.
     *
     * @return the partner, or empty for every partner on the deal
     */
    public abstract Optional<PartnerId> partner();

    /**
     * Tells whether the deal ends here (a cancellation or fraud): it stops recurring shares (churn).
     *
     * @return true for {@link Kind#CANCELLATION} and {@link Kind#FRAUD}
     */
    public boolean endsDeal() {
      return kind() == Kind.CANCELLATION || kind() == Kind.FRAUD;
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath path = FieldPath.root().field("value");
      boolean needsValue = kind() == Kind.DOWNGRADE || kind() == Kind.PARTIAL_REFUND;
      if (needsValue) {
        if (problems.check(value().isPresent(), path, CoreProblemCode.MISSING,
            "be present for a " + kind() + " (the new value, or the amount refunded)", null)) {
          problems.requireNonNegative(path, value().get());
        }
      } else {
        problems.check(value().isEmpty(), path, CoreProblemCode.NOT_ALLOWED, "be absent for a " + kind(), value().orElse(null));
      }
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link Cancellation}; dealId, effective and kind are mandatory. Not thread-safe. */
    public static class Builder extends ImmutableCancellation.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }

    /** What happened to a deal after signature ({@code docs/rules/clawback.md}). */
    public enum Kind {
      /** The customer cancelled: the day-band fraction of every commission on the deal is clawed back. */
      CANCELLATION,
      /** The customer downgraded to a new value: a partial cancellation of the lost value. */
      DOWNGRADE,
      /** Part of the payment was refunded: the same as a downgrade by the refunded value. */
      PARTIAL_REFUND,
      /** The referral was fraudulent: 100 % of every commission on it, and the partner is flagged. */
      FRAUD
    }
  }
}
