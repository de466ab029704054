package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's MDF entitlement on an as-of date ({@code docs/rules/mdf.md#entitlement}): what its
 * tier gives in the fiscal year of the as-of date (annual allocation, quarterly cap, its own
 * approvers), whether it is eligible and every reason it is not, and what is used and left this
 * fiscal quarter and year.
 *
 * <p>Definitions:
 * <ul>
 *   <li>{@link #annualAllocation()}: the tier's annual allocation (benefits matrix); under the
 *       accrual model, what accrued so far this fiscal year, capped ({@link #accrued()} is the
 *       uncapped amount).</li>
 *   <li>{@link #rollover()}: the share ({@link MdfPolicy#rollover()}) of the previous fiscal year's
 *       unused allocation carried into this year; the rest expired at that year's end
 *       ({@link #expiredLastYear()}). Zero by default: use it or lose it. Decision: only the previous
 *       year's own allocation rolls over (never older balances, so rollovers do not chain), it raises
 *       the annual balance but not the quarterly cap, and a previous-year tier below the minimum tier
 *       rolls nothing over.</li>
 *   <li>Used: the grants approved in the period, each at its granted amount, or at its claimed
 *       amount when a reimbursed grant's claim was for less.</li>
 *   <li>{@link #quarterRemaining()} = quarterly cap - used this quarter, and
 *       {@link #yearRemaining()} = annual allocation + rollover - used this year, never below
 *       zero; {@link #available()} is the smaller of the two for an eligible partner, else zero.</li>
 *   <li>{@link #expiresOn()}: the last day of the fiscal year; what is not granted by then is lost
 *       (apart from a rollover), and the next day the next year's allocation applies.</li>
 * </ul>
 *
 * <p>The {@link #explanation()} is built on first request, so computing an entitlement formats no
 * text.
 *
 * <p>JSON-serialisable (derived values and the explanation are written, and rebuilt when read);
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfEntitlement.class)
@JsonDeserialize(as = ImmutableMdfEntitlement.class)
@JsonIgnoreProperties(value = {"eligible", "annualBalance", "quarterRemaining", "yearRemaining", "available",
    "explanation"}, allowGetters = true)
public abstract class MdfEntitlement {

  MdfEntitlement() {}

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partnerId();

  /**
   * Returns the as-of date.
   *
   * @return never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the fiscal year of the as-of date, named by the year it ends in.
   *
   * @return the fiscal year
   */
  public abstract int fiscalYear();

  /**
   * Returns the fiscal quarter of the as-of date.
   *
   * @return 1 to 4
   */
  public abstract int fiscalQuarter();

  /**
   * Returns the partner's tier.
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Returns the funding model.
   *
   * @return never null
   */
  public abstract MdfPolicy.FundingModel model();

  /**
   * Returns the annual allocation of this fiscal year (under the accrual model, what accrued, capped).
   *
   * @return never null, not negative
   */
  public abstract Money annualAllocation();

  /**
   * Returns, under the accrual model, what accrued on this fiscal year's sales so far, before the cap.
   *
   * @return the accrued amount, or empty under the other models
   */
  public abstract Optional<Money> accrued();

  /**
   * Returns what was carried over from the previous fiscal year's unused allocation.
   *
   * @return never null, not negative; zero without rollover
   */
  public abstract Money rollover();

  /**
   * Returns what expired, unused and not rolled over, at the end of the previous fiscal year.
   *
   * @return never null, not negative
   */
  public abstract Money expiredLastYear();

  /**
   * Returns the tier's quarterly cap.
   *
   * @return never null, not negative
   */
  public abstract Money quarterlyCap();

  /**
   * Returns what was used in this fiscal quarter.
   *
   * @return never null, not negative
   */
  public abstract Money usedThisQuarter();

  /**
   * Returns what was used in this fiscal year.
   *
   * @return never null, not negative
   */
  public abstract Money usedThisYear();

  /**
   * Returns the tier's own approvers, added to every request's routing.
   *
   * @return never null
   */
  public abstract List<Approver> approvers();

  /**
   * Returns the program's minimum tier.
   *
   * @return never null
   */
  public abstract Tier minimumTier();

  /**
   * Returns the partner's sourced ARR.
   *
   * @return never null
   */
  public abstract Money sourcedArr();

  /**
   * Returns the program's minimum sourced ARR.
   *
   * @return never null
   */
  public abstract Money minimumSourcedArr();

  /**
   * Returns the request ids of the claims whose ROI report is overdue.
   *
   * @return never null; empty when none is
   */
  public abstract List<String> overdueRoiReports();

  /**
   * Returns every reason the partner is not eligible, in the order checked (tier, sourced ARR, ROI
   * reports, allocation).
   *
   * @return never null; empty when eligible
   */
  public abstract List<MdfReason> reasons();

  /**
   * Returns the day this fiscal year's funds expire: its last day.
   *
   * @return never null
   */
  public abstract LocalDate expiresOn();

  /**
   * Tells whether the partner is eligible for new funds.
   *
   * @return true if there is no reason against
   */
  @JsonProperty("eligible")
  public boolean eligible() {
    return reasons().isEmpty();
  }

  /**
   * Returns the annual allocation plus the rollover.
   *
   * @return never null
   */
  @JsonProperty("annualBalance")
  public Money annualBalance() {
    return annualAllocation().plus(rollover());
  }

  /**
   * Returns what is left of the quarterly cap in this fiscal quarter.
   *
   * @return never null, not negative
   */
  @JsonProperty("quarterRemaining")
  public Money quarterRemaining() {
    return nonNegative(quarterlyCap().minus(usedThisQuarter()));
  }

  /**
   * Returns what is left of the annual balance in this fiscal year.
   *
   * @return never null, not negative
   */
  @JsonProperty("yearRemaining")
  public Money yearRemaining() {
    return nonNegative(annualBalance().minus(usedThisYear()));
  }

  /**
   * Returns the most a request could be granted now: the smaller of what is left this quarter and
   * this year for an eligible partner, zero for one that is not.
   *
   * @return never null, not negative
   */
  @JsonProperty("available")
  public Money available() {
    return eligible() ? quarterRemaining().min(yearRemaining()) : Money.zero(quarterlyCap().currency());
  }

  private static Money nonNegative(Money amount) {
    return amount.isNegative() ? Money.zero(amount.currency()) : amount;
  }

  /**
   * Returns the reasons: the entitlement, each eligibility rule, and the balances.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("explanation")
  public Explanation explanation() {
    return Explanation.builder().subject("MDF entitlement of " + partnerId()).asOf(asOf())
        .addAllSteps(MdfTexts.entitlementSteps(this)).build();
  }

  /** Builds an {@link MdfEntitlement}. Not thread-safe. */
  static class Builder extends ImmutableMdfEntitlement.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
