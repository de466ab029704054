package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The values of every {@link Metric} for one partner at one as-of date
 * ({@code docs/rules/tiers.md#metrics}): what tier criteria are compared with.
 * {@link TierQualifier#measure(TierFacts, java.time.LocalDate)} computes them from dated facts
 * over the program's rolling window; callers that aggregate elsewhere may build them directly.
 *
 * <p>Money metrics default to zero and counts to 0; the scores (NPS, CSAT) and custom metrics may
 * be missing ("not measured"), and a missing value meets no threshold. Money is in the program's
 * currency.
 *
 * <p>Checked when built ({@link InvalidFactsException}, paths relative to the value): money in
 * {@link #currency()} and not negative, counts not negative, NPS -100 to 100, CSAT 0 to 100,
 * custom names of letters, digits, spaces, underscores and hyphens.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierMetrics.class)
@JsonDeserialize(as = ImmutableTierMetrics.class)
public abstract class TierMetrics {

  private static final Pattern CUSTOM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ -]{0,59}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal NEGATIVE_HUNDRED = HUNDRED.negate();

  TierMetrics() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns metrics that are all zero, no or not measured.
   *
   * @param currency the currency of the money metrics, not null
   * @return never null
   */
  public static TierMetrics zero(Currency currency) {
    requireNonNull(currency, "currency");
    return builder().currency(currency).build();
  }

  /**
   * Returns the currency of the money metrics (the program's).
   *
   * @return never null
   */
  public abstract Currency currency();

  /**
   * Returns the window the metrics were measured over.
   *
   * @return the window, or empty when the caller built the metrics directly
   */
  public abstract Optional<DateRange> window();

  /**
   * Returns the sourced ARR.
   *
   * @return never null, zero by default
   */
  @Value.Default
  public Money sourcedArr() {
    return Money.zero(currency());
  }

  /**
   * Returns the influenced ARR.
   *
   * @return never null, zero by default
   */
  @Value.Default
  public Money influencedArr() {
    return Money.zero(currency());
  }

  /**
   * Returns the total partner revenue.
   *
   * @return never null, zero by default
   */
  @Value.Default
  public Money totalPartnerRevenue() {
    return Money.zero(currency());
  }

  /**
   * Returns the number of qualified referrals.
   *
   * @return {@code >= 0}
   */
  @Value.Default
  public long qualifiedReferrals() {
    return 0;
  }

  /**
   * Returns the number of deals registered.
   *
   * @return {@code >= 0}
   */
  @Value.Default
  public long dealsRegistered() {
    return 0;
  }

  /**
   * Returns the number of deals closed.
   *
   * @return {@code >= 0}
   */
  @Value.Default
  public long dealsClosed() {
    return 0;
  }

  /**
   * Returns the number of certified people.
   *
   * @return {@code >= 0}
   */
  @Value.Default
  public long certifiedPeople() {
    return 0;
  }

  /**
   * Returns the net promoter score.
   *
   * @return -100 to 100, or empty when not measured
   */
  public abstract Optional<BigDecimal> nps();

  /**
   * Returns the customer satisfaction score.
   *
   * @return 0 to 100, or empty when not measured
   */
  public abstract Optional<BigDecimal> csat();

  /**
   * Returns the number of joint case studies.
   *
   * @return {@code >= 0}
   */
  @Value.Default
  public long jointCaseStudies() {
    return 0;
  }

  /**
   * Tells whether an approved joint business plan is in force.
   *
   * @return true if there is one
   */
  @Value.Default
  public boolean approvedJointBusinessPlan() {
    return false;
  }

  /**
   * Returns the custom metrics by name; a name that is absent is not measured.
   *
   * @return never null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, BigDecimal> custom();

  /**
   * Returns the value of a metric as a number (money as its amount, a flag as 1 or 0).
   *
   * @param metric the metric, not null
   * @param customName the name of a custom metric, not null; ignored unless {@code metric} is
   *     {@link Metric#CUSTOM}
   * @return the value, or empty when not measured
   */
  public Optional<BigDecimal> value(Metric metric, Optional<String> customName) {
    requireNonNull(customName, "customName");
    return Optional.ofNullable(raw(requireNonNull(metric, "metric"), customName.orElse(null)));
  }

  /** The value, or null when not measured: the allocation-free form the engines use. */
  BigDecimal raw(Metric metric, String customName) {
    switch (metric) {
      case SOURCED_ARR:
        return sourcedArr().amount();
      case INFLUENCED_ARR:
        return influencedArr().amount();
      case TOTAL_PARTNER_REVENUE:
        return totalPartnerRevenue().amount();
      case QUALIFIED_REFERRALS:
        return BigDecimal.valueOf(qualifiedReferrals());
      case DEALS_REGISTERED:
        return BigDecimal.valueOf(dealsRegistered());
      case DEALS_CLOSED:
        return BigDecimal.valueOf(dealsClosed());
      case CERTIFIED_PEOPLE:
        return BigDecimal.valueOf(certifiedPeople());
      case NPS:
        return nps().orElse(null);
      case CSAT:
        return csat().orElse(null);
      case JOINT_CASE_STUDIES:
        return BigDecimal.valueOf(jointCaseStudies());
      case APPROVED_JOINT_BUSINESS_PLAN:
        return approvedJointBusinessPlan() ? BigDecimal.ONE : BigDecimal.ZERO;
      default:
        return customName == null ? null : custom().get(customName);
    }
  }

  /**
   * Tells whether every metric of this value is at least that of another (money compared by
   * amount, a missing score or custom metric below any value): "better or equal metrics".
   *
   * @param other the other metrics, not null, of the same currency
   * @return true if no metric of this value is below the other's
   */
  public boolean dominates(TierMetrics other) {
    requireNonNull(other, "other");
    for (Metric metric : Metric.values()) {
      if (metric != Metric.CUSTOM && !atLeast(raw(metric, null), other.raw(metric, null))) {
        return false;
      }
    }
    for (Map.Entry<String, BigDecimal> entry : other.custom().entrySet()) {
      if (!atLeast(custom().get(entry.getKey()), entry.getValue())) {
        return false;
      }
    }
    return currency().equals(other.currency());
  }

  private static boolean atLeast(BigDecimal mine, BigDecimal theirs) {
    return theirs == null || (mine != null && mine.compareTo(theirs) >= 0);
  }

  @Value.Check
  void check() {
    if (isValid()) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    money(problems, root.field("sourcedArr"), sourcedArr());
    money(problems, root.field("influencedArr"), influencedArr());
    money(problems, root.field("totalPartnerRevenue"), totalPartnerRevenue());
    count(problems, root.field("qualifiedReferrals"), qualifiedReferrals());
    count(problems, root.field("dealsRegistered"), dealsRegistered());
    count(problems, root.field("dealsClosed"), dealsClosed());
    count(problems, root.field("certifiedPeople"), certifiedPeople());
    count(problems, root.field("jointCaseStudies"), jointCaseStudies());
    nps().ifPresent(v -> problems.requireInRange(root.field("nps"), v, HUNDRED.negate(), HUNDRED));
    csat().ifPresent(v -> problems.requireInRange(root.field("csat"), v, BigDecimal.ZERO, HUNDRED));
    custom().keySet().forEach(name -> problems.check(CUSTOM_NAME.matcher(name).matches(),
        root.field("custom").key(name), CoreProblemCode.INVALID_NAME,
        "be a letter followed by letters, digits, spaces, underscores or hyphens (at most 60)", name));
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** The cheap test of every invariant; the problems are only described when one fails. */
  private boolean isValid() {
    Currency currency = currency();
    return moneyOk(sourcedArr(), currency) && moneyOk(influencedArr(), currency)
        && moneyOk(totalPartnerRevenue(), currency) && qualifiedReferrals() >= 0 && dealsRegistered() >= 0
        && dealsClosed() >= 0 && certifiedPeople() >= 0 && jointCaseStudies() >= 0
        && scoreOk(nps().orElse(null), NEGATIVE_HUNDRED) && scoreOk(csat().orElse(null), BigDecimal.ZERO)
        && (custom().isEmpty() || custom().keySet().stream().allMatch(name -> CUSTOM_NAME.matcher(name).matches()));
  }

  private static boolean scoreOk(BigDecimal score, BigDecimal lowest) {
    return score == null || score.compareTo(lowest) >= 0 && score.compareTo(HUNDRED) <= 0;
  }

  private static boolean moneyOk(Money value, Currency currency) {
    return value.currency().equals(currency) && !value.isNegative();
  }

  private void money(ProblemCollector problems, FieldPath path, Money value) {
    if (problems.check(value.currency().equals(currency()), path, CoreProblemCode.CURRENCY_MISMATCH,
        "be in " + currency().getCurrencyCode() + " (the program's currency)", value)) {
      problems.requireNonNegative(path, value);
    }
  }

  private static void count(ProblemCollector problems, FieldPath path, long value) {
    problems.check(value >= 0, path, CoreProblemCode.NEGATIVE, "be >= 0", value);
  }

  /** Builds {@link TierMetrics}; {@code currency} is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableTierMetrics.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
