package dev.partneros.tiers;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.internal.SectionFields;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one tier gets ({@code docs/rules/tiers.md#benefits-matrix}): commission rate, resale
 * margin, MDF annual allocation and quarterly cap ({@code docs/rules/mdf.md#entitlement}), deal
 * registration, partner manager, support SLA, directory listing, executive access, early access,
 * and optionally the tier's economics.
 *
 * <p>Program-file form, amounts in the program's currency, rates as fractions:
 * <pre>{@code
 * GOLD:
 *   commissionRate: "0.20"
 *   resaleMargin: "0.35"
 *   mdfAnnual: 25000
 *   mdfQuarterlyCap: 10000
 *   dealRegistration: YES         # NO, YES, PRIORITY
 *   partnerManager: DEDICATED     # POOLED, DEDICATED, SENIOR
 *   supportSla: 4h                # STANDARD or hours
 *   directoryListing: FEATURED    # NONE, BASIC, FEATURED, SPOTLIGHT
 *   executiveAccess: QUARTERLY    # NONE, QUARTERLY, MONTHLY
 *   earlyAccess: BETA             # NONE, BETA, ALPHA
 *   economics: {averageRevenue: 200000, margin: "0.60", costToServe: 30000}   # optional
 * }</pre>
 * Every benefit is required: a missing one is reported with its path
 * ({@code benefits.GOLD.supportSla must be present}).
 *
 * <p>Checked when built ({@link InvalidProgramException}): MDF amounts not negative, the quarterly
 * cap not above the annual allocation, both of one currency.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierBenefits.class)
public abstract class TierBenefits {

  TierBenefits() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @JsonCreator
  static TierBenefits fromJson(
      @JacksonInject(useInput = OptBoolean.FALSE) Currency documentCurrency,
      @JsonProperty("currency") JsonNode currency,
      @JsonProperty("commissionRate") Rate commissionRate,
      @JsonProperty("resaleMargin") Rate resaleMargin,
      @JsonProperty("mdfAnnual") BigDecimal mdfAnnual,
      @JsonProperty("mdfQuarterlyCap") BigDecimal mdfQuarterlyCap,
      @JsonProperty("dealRegistration") DealRegistration dealRegistration,
      @JsonProperty("partnerManager") PartnerManager partnerManager,
      @JsonProperty("supportSla") SupportSla supportSla,
      @JsonProperty("directoryListing") DirectoryListing directoryListing,
      @JsonProperty("executiveAccess") ExecutiveAccess executiveAccess,
      @JsonProperty("earlyAccess") EarlyAccess earlyAccess,
      @JsonProperty("economics") TierEconomics economics) {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    SectionFields.refuseHeader(problems, "currency", currency);
    problems.requirePresent(root.field("commissionRate"), commissionRate);
    problems.requirePresent(root.field("resaleMargin"), resaleMargin);
    Money annual = SectionFields.money(problems, root.field("mdfAnnual"), mdfAnnual, documentCurrency);
    Money cap = SectionFields.money(problems, root.field("mdfQuarterlyCap"), mdfQuarterlyCap, documentCurrency);
    problems.requirePresent(root.field("dealRegistration"), dealRegistration);
    problems.requirePresent(root.field("partnerManager"), partnerManager);
    problems.requirePresent(root.field("supportSla"), supportSla);
    problems.requirePresent(root.field("directoryListing"), directoryListing);
    problems.requirePresent(root.field("executiveAccess"), executiveAccess);
    problems.requirePresent(root.field("earlyAccess"), earlyAccess);
    problems.throwIfErrors(InvalidProgramException::new);
    return new Builder().commissionRate(commissionRate).resaleMargin(resaleMargin).mdfAnnualAllocation(annual)
        .mdfQuarterlyCap(cap).dealRegistration(dealRegistration).partnerManager(partnerManager)
        .supportSla(supportSla).directoryListing(directoryListing).executiveAccess(executiveAccess)
        .earlyAccess(earlyAccess).economics(Optional.ofNullable(economics)).build();
  }

  /**
   * Returns the commission rate on the tier's deals ({@code docs/rules/commission.md#tier-rate}).
   *
   * @return never null
   */
  public abstract Rate commissionRate();

  /**
   * Returns the resale margin, off list price.
   *
   * @return never null
   */
  public abstract Rate resaleMargin();

  /**
   * Returns the annual MDF allocation ({@code docs/rules/mdf.md#entitlement}); zero means not
   * eligible.
   *
   * @return never null, not negative
   */
  @JsonIgnore
  public abstract Money mdfAnnualAllocation();

  /**
   * Returns the most MDF granted in one quarter ({@code docs/rules/mdf.md#grant-limits}).
   *
   * @return never null, not negative, not above {@link #mdfAnnualAllocation()}
   */
  @JsonIgnore
  public abstract Money mdfQuarterlyCap();

  @JsonProperty("mdfAnnual")
  BigDecimal mdfAnnualAmount() {
    return mdfAnnualAllocation().amount();
  }

  @JsonProperty("mdfQuarterlyCap")
  BigDecimal mdfQuarterlyCapAmount() {
    return mdfQuarterlyCap().amount();
  }

  /**
   * Returns whether the tier may register deals.
   *
   * @return never null
   */
  public abstract DealRegistration dealRegistration();

  /**
   * Returns the partner manager the tier gets.
   *
   * @return never null
   */
  public abstract PartnerManager partnerManager();

  /**
   * Returns the support response time.
   *
   * @return never null
   */
  public abstract SupportSla supportSla();

  /**
   * Returns the directory listing.
   *
   * @return never null
   */
  public abstract DirectoryListing directoryListing();

  /**
   * Returns the executive access.
   *
   * @return never null
   */
  public abstract ExecutiveAccess executiveAccess();

  /**
   * Returns the early access.
   *
   * @return never null
   */
  public abstract EarlyAccess earlyAccess();

  /**
   * Returns the tier's economics.
   *
   * @return the economics, or empty when the program states none
   */
  public abstract Optional<TierEconomics> economics();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath annual = FieldPath.root().field("mdfAnnual");
    FieldPath cap = FieldPath.root().field("mdfQuarterlyCap");
    boolean ok = problems.requireNonNegative(annual, mdfAnnualAllocation());
    ok &= problems.requireNonNegative(cap, mdfQuarterlyCap());
    if (ok && problems.check(mdfQuarterlyCap().currency().equals(mdfAnnualAllocation().currency()), cap,
        CoreProblemCode.CURRENCY_MISMATCH, "be in the annual allocation's currency", mdfQuarterlyCap())) {
      problems.check(mdfQuarterlyCap().compareTo(mdfAnnualAllocation()) <= 0, cap, CoreProblemCode.OUT_OF_RANGE,
          "be at most the annual allocation " + mdfAnnualAllocation(), mdfQuarterlyCap());
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds {@link TierBenefits}; every benefit is mandatory, economics optional. Not thread-safe. */
  public static class Builder extends ImmutableTierBenefits.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
