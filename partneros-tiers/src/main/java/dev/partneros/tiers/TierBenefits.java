package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.internal.SectionFields;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      @JsonProperty("economics") Economics economics) {
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
  public abstract Optional<Economics> economics();

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

  /**
   * Whether a tier may register deals ({@code docs/rules/tiers.md#benefits-matrix}).
   *
   * <p>Program-file form: {@code NO}, {@code YES} or {@code PRIORITY}; a YAML boolean ({@code no},
   * {@code yes}, {@code false}, {@code true}) is read as {@code NO} or {@code YES}, since YAML 1.1
   * reads a bare {@code NO} as false.
   */
  public enum DealRegistration {
    /** No deal registration (standard: Registered). */
    NO,
    /** Deal registration (standard: Silver, Gold). */
    YES,
    /** Deal registration with priority in conflicts (standard: Platinum). */
    PRIORITY;

    @JsonCreator
    static DealRegistration fromJson(Object value) {
      if (value instanceof Boolean) {
        return (Boolean) value ? YES : NO;
      }
      for (DealRegistration registration : values()) {
        if (registration.name().equals(value)) {
          return registration;
        }
      }
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("dealRegistration"),
          CoreProblemCode.INVALID_VALUE, "be NO, YES or PRIORITY", value)));
    }
  }

  /** The partner manager a tier gets ({@code docs/rules/tiers.md#benefits-matrix}). */
  public enum PartnerManager {
    /** A pooled partner team (standard: Registered, Silver). */
    POOLED,
    /** A dedicated partner manager (standard: Gold). */
    DEDICATED,
    /** A senior partner manager (standard: Platinum). */
    SENIOR
  }

  /**
   * The support response time a tier gets ({@code docs/rules/tiers.md#benefits-matrix}):
   * {@code STANDARD} (no guaranteed response time, standard: Registered) or a number of hours
   * (standard: Silver 24 h, Gold 4 h, Platinum 1 h). Ordered from slowest (standard) to fastest.
   *
   * <p>Program-file and JSON form: {@code STANDARD} or {@code 24h} ({@link #toString()}), read back by
   * {@link #parse(String)}.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class SupportSla implements Comparable<SupportSla> {

    /** The most hours an SLA may promise (30 days). */
    public static final int MAX_HOURS = 720;

    private static final SupportSla STANDARD = new SupportSla(0);
    private static final Pattern HOURS = Pattern.compile("([0-9]{1,4})\\s*h");

    /** 0 for standard, else the hours. */
    private final int hours;

    private SupportSla(int hours) {
      this.hours = hours;
    }

    /**
     * Returns standard support, without a guaranteed response time.
     *
     * @return never null
     */
    public static SupportSla standard() {
      return STANDARD;
    }

    /**
     * Returns a response time in hours.
     *
     * @param hours 1 to 720
     * @return never null
     * @throws InvalidFactsException if the hours are out of range
     */
    public static SupportSla hours(int hours) {
      if (hours < 1 || hours > MAX_HOURS) {
        throw invalid("have between 1 and " + MAX_HOURS + " hours", hours + "h");
      }
      return new SupportSla(hours);
    }

    /**
     * Parses {@code STANDARD} (any case) or {@code <n>h} ({@code 24h}, {@code 4 h}).
     *
     * @param text the text, not null
     * @return never null
     * @throws InvalidFactsException if the text is neither form or the hours are out of range
     */
    @JsonCreator
    public static SupportSla parse(String text) {
      if (text == null) {
        throw invalid("be STANDARD or a number of hours such as 24h", null);
      }
      String trimmed = text.strip().toLowerCase(Locale.ROOT);
      if (trimmed.equals("standard")) {
        return STANDARD;
      }
      Matcher matcher = HOURS.matcher(trimmed);
      if (!matcher.matches()) {
        throw invalid("be STANDARD or a number of hours such as 24h", text);
      }
      return hours(Integer.parseInt(matcher.group(1)));
    }

    private static InvalidFactsException invalid(String rule, Object value) {
      return new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("supportSla"), CoreProblemCode.INVALID_VALUE,
          rule, value)));
    }

    /**
     * Returns the guaranteed response time.
     *
     * @return the time, or empty for standard support
     */
    public Optional<Duration> responseTime() {
      return hours == 0 ? Optional.empty() : Optional.of(Duration.ofHours(hours));
    }

    /**
     * Tells whether this is standard support (no guaranteed response time).
     *
     * @return true for standard support
     */
    public boolean isStandard() {
      return hours == 0;
    }

    /**
     * Compares by speed: standard support first, then from the most hours to the fewest.
     *
     * @param other the other SLA, not null
     * @return negative if this one is slower
     */
    @Override
    public int compareTo(SupportSla other) {
      requireNonNull(other, "other");
      if (hours == other.hours) {
        return 0;
      }
      if (hours == 0 || other.hours == 0) {
        return hours == 0 ? -1 : 1;
      }
      return Integer.compare(other.hours, hours);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof SupportSla && ((SupportSla) other).hours == hours;
    }

    @Override
    public int hashCode() {
      return hours;
    }

    /**
     * Renders {@code STANDARD} or {@code 24h}.
     *
     * @return never null
     */
    @JsonValue
    @Override
    public String toString() {
      return hours == 0 ? "STANDARD" : hours + "h";
    }
  }

  /** How a tier is listed in the partner directory ({@code docs/rules/tiers.md#benefits-matrix}). */
  public enum DirectoryListing {
    /** Not listed (standard: Registered). */
    NONE,
    /** A basic listing (standard: Silver). */
    BASIC,
    /** A featured listing (standard: Gold). */
    FEATURED,
    /** A spotlight listing (standard: Platinum). */
    SPOTLIGHT
  }

  /** How often a tier meets our executives ({@code docs/rules/tiers.md#benefits-matrix}). */
  public enum ExecutiveAccess {
    /** No executive access (standard: Registered, Silver). */
    NONE,
    /** Quarterly (standard: Gold). */
    QUARTERLY,
    /** Monthly (standard: Platinum). */
    MONTHLY
  }

  /** Which pre-release programmes a tier joins ({@code docs/rules/tiers.md#benefits-matrix}). */
  public enum EarlyAccess {
    /** None (standard: Registered, Silver). */
    NONE,
    /** Beta releases (standard: Gold). */
    BETA,
    /** Alpha releases, the earliest (standard: Platinum). */
    ALPHA
  }

  /**
   * The economics of a tier ({@code docs/rules/tiers.md#tier-economics}): the average revenue a
   * partner of the tier brings, our margin on it and what it costs to serve the partner, and their
   * ratio, {@code ROI = average revenue x margin / cost to serve}. Blueprint assumptions: Registered
   * 5,000 x 70 % / 500 = 7.0x; Silver 50,000 x 65 % / 5,000 = 6.5x; Gold 200,000 x 60 % / 30,000 =
   * 4.0x; Platinum 1,000,000 x 55 % / 150,000 = 3.67x. {@link #fromPortfolio(List, Rate, Money,
   * RoundingMode)} computes them from a tier's actual partners instead.
   *
   * <p>Program-file form (in a tier's benefits): {@code economics: {averageRevenue: 200000,
   * margin: "0.60", costToServe: 30000}}, amounts in the program's currency.
   *
   * <p>Checked when built: amounts of one currency, revenue not negative, cost to serve above zero.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableEconomics.class)
  public abstract static class Economics {

    Economics() {}

    /**
     * Returns a tier's economics.
     *
     * @param averageRevenue the average revenue of a partner of the tier, not null, not negative
     * @param margin our margin on that revenue, not null
     * @param costToServe the cost of serving one partner of the tier, not null, above zero, of the
     *     revenue's currency
     * @return never null
     * @throws InvalidProgramException if an amount is out of range or the currencies differ
     */
    public static Economics of(Money averageRevenue, Rate margin, Money costToServe) {
      return new Builder().averageRevenue(averageRevenue).margin(margin).costToServe(costToServe).build();
    }

    /**
     * Computes a tier's economics from its actual partners: the average of their revenues (rounded
     * once to the currency's minor unit), with the given margin and cost to serve.
     *
     * @param revenues the revenue of each partner of the tier, not null, not empty, one currency
     * @param margin our margin, not null
     * @param costToServe the cost of serving one partner, not null, above zero
     * @param rounding how to round the average, not null
     * @return never null
     * @throws InvalidFactsException if there is no revenue
     * @throws dev.partneros.core.CurrencyMismatchException if the revenues' currencies differ
     */
    public static Economics fromPortfolio(List<Money> revenues, Rate margin, Money costToServe,
        RoundingMode rounding) {
      requireNonNull(revenues, "revenues");
      requireNonNull(costToServe, "costToServe");
      requireNonNull(rounding, "rounding");
      ProblemCollector problems = new ProblemCollector();
      problems.check(!revenues.isEmpty(), FieldPath.root().field("revenues"), CoreProblemCode.EMPTY, "have at least one partner",
          "[]");
      problems.throwIfErrors(InvalidFactsException::new);
      Currency currency = revenues.get(0).currency();
      Money total = Money.total(revenues, currency);
      Money average = total.dividedBy(BigDecimal.valueOf(revenues.size()), rounding);
      return of(average, margin, costToServe);
    }

    @JsonCreator
    static Economics fromJson(
        @JacksonInject(useInput = OptBoolean.FALSE) Currency documentCurrency,
        @JsonProperty("currency") JsonNode currency,
        @JsonProperty("averageRevenue") BigDecimal averageRevenue,
        @JsonProperty("margin") Rate margin,
        @JsonProperty("costToServe") BigDecimal costToServe) {
      ProblemCollector problems = new ProblemCollector();
      SectionFields.refuseHeader(problems, "currency", currency);
      Money revenue = SectionFields.money(problems, FieldPath.root().field("averageRevenue"), averageRevenue,
          documentCurrency);
      problems.requirePresent(FieldPath.root().field("margin"), margin);
      Money cost = SectionFields.money(problems, FieldPath.root().field("costToServe"), costToServe, documentCurrency);
      problems.throwIfErrors(InvalidProgramException::new);
      return of(revenue, margin, cost);
    }

    /**
     * Returns the average revenue of a partner of the tier.
     *
     * @return never null
     */
    @JsonIgnore
    public abstract Money averageRevenue();

    /**
     * Returns our margin on the partner's revenue.
     *
     * @return never null
     */
    public abstract Rate margin();

    /**
     * Returns the cost of serving one partner of the tier.
     *
     * @return never null, above zero
     */
    @JsonIgnore
    public abstract Money costToServe();

    @JsonProperty("averageRevenue")
    BigDecimal averageRevenueAmount() {
      return averageRevenue().amount();
    }

    @JsonProperty("costToServe")
    BigDecimal costToServeAmount() {
      return costToServe().amount();
    }

    /**
     * Returns the return on the cost of serving a partner: {@code average revenue x margin / cost to
     * serve}, rounded half-even to two decimals ({@code 3.67} for the blueprint's Platinum).
     *
     * @return never null, a multiple such as {@code 4.00}
     */
    public BigDecimal roi() {
      return margin().applyTo(averageRevenue().amount()).divide(costToServe().amount(), 2, RoundingMode.HALF_EVEN);
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      problems.requireNonNegative(FieldPath.root().field("averageRevenue"), averageRevenue());
      if (problems.check(costToServe().currency().equals(averageRevenue().currency()),
          FieldPath.root().field("costToServe"), CoreProblemCode.CURRENCY_MISMATCH,
          "be in " + averageRevenue().currency().getCurrencyCode() + ", like the average revenue", costToServe())) {
        problems.check(costToServe().isPositive(), FieldPath.root().field("costToServe"), CoreProblemCode.NOT_POSITIVE, "be > 0",
            costToServe());
      }
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /** Builds {@link Economics}; every attribute is mandatory. Not thread-safe. */
    static class Builder extends ImmutableEconomics.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
