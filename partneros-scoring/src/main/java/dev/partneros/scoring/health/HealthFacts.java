package dev.partneros.scoring.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.YearQuarter;
import dev.partneros.core.internal.ProblemCollector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the health score of one partner for one quarter reads
 * ({@code docs/rules/health.md#health-score}): the quarter's revenue and the same quarter's
 * revenue a year earlier, deals registered in the quarter, portal engagement (a cadence, or the
 * portal-active days it is derived from: give exactly one), partner NPS (-100 to 100; may be
 * missing) and strategic fit.
 *
 * <p>Refused when built, with the path of every problem: negative revenue, the two revenues in
 * different currencies, negative deals, NPS outside -100..100, active days outside 0..92, both or
 * neither of cadence and active days.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthFacts.class)
@JsonDeserialize(as = ImmutableHealthFacts.class)
public abstract class HealthFacts {

  /**
   * How often a partner is active on the partner portal ({@code docs/rules/health.md#engagement}),
   * lowest first. It is either given or derived from portal-active days in the quarter: at least 12
   * weekly, at least 3 monthly, at least 1 quarterly, else inactive (thresholds configurable).
   */
  public enum Cadence {
    /** No portal activity in the quarter. */
    INACTIVE,
    /** Active about once a quarter. */
    QUARTERLY,
    /** Active about monthly. */
    MONTHLY,
    /** Active about weekly. */
    WEEKLY
  }

  /**
   * How well a partner fits the program's strategy ({@code docs/rules/health.md#strategic-fit}),
   * lowest first.
   */
  public enum StrategicFit {
    /** Weak fit. */
    WEAK,
    /** Moderate fit. */
    MODERATE,
    /** Strong fit. */
    STRONG
  }

  HealthFacts() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partnerId();

  /**
   * Returns the quarter scored.
   *
   * @return never null
   */
  public abstract YearQuarter quarter();

  /**
   * Returns the partner's revenue in the quarter.
   *
   * @return never null, not negative
   */
  public abstract Money revenue();

  /**
   * Returns the partner's revenue in the same quarter a year earlier.
   *
   * @return never null, not negative, in the currency of {@link #revenue()}
   */
  public abstract Money priorYearRevenue();

  /**
   * Returns the deals the partner registered in the quarter.
   *
   * @return at least 0
   */
  public abstract int dealsRegistered();

  /**
   * Returns the portal cadence, when given directly.
   *
   * @return the cadence, or empty when derived from {@link #portalActiveDays()}
   */
  public abstract Optional<Cadence> engagement();

  /**
   * Returns the days the partner was active on the portal in the quarter, when the cadence is to
   * be derived from them.
   *
   * @return 0 to 92, or empty when {@link #engagement()} is given
   */
  public abstract Optional<Integer> portalActiveDays();

  /**
   * Returns the partner's NPS.
   *
   * @return -100 to 100, or empty when missing (scores the policy's missing points, and is flagged)
   */
  public abstract Optional<Integer> nps();

  /**
   * Returns the partner's strategic fit.
   *
   * @return never null
   */
  public abstract StrategicFit strategicFit();

  /** {@link #revenueUnits()} and {@link #priorYearRevenueUnits()} of an amount beyond a long. */
  static final long NOT_IN_LONG = -1;
  /** The {@link #npsIndex()} of a missing NPS. */
  static final int NPS_MISSING_INDEX = 201;
  /** The {@link #engagementIndex()} of the first active-day count, after the cadences. */
  static final int DAYS_INDEX = Cadence.values().length;

  /**
   * Returns the revenue in minor units, derived once when the facts are built so a decision reads a
   * long ({@code docs/rules/health.md#decision-only}). Not part of equality or JSON.
   *
   * @return the minor units, or {@link #NOT_IN_LONG}
   */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  long revenueUnits() {
    return units(revenue());
  }

  /**
   * Returns the prior year's revenue in minor units, as {@link #revenueUnits()}.
   *
   * @return the minor units, or {@link #NOT_IN_LONG}
   */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  long priorYearRevenueUnits() {
    return units(priorYearRevenue());
  }

  /**
   * Returns the engagement as one index: a given cadence's ordinal, or {@link #DAYS_INDEX}
   * plus the active days (4-96). Not part of equality or JSON.
   *
   * @return 0 to 96, or -1 when neither is given (such facts are refused)
   */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  int engagementIndex() {
    return engagement().isPresent() ? engagement().get().ordinal()
        : portalActiveDays().map(days -> DAYS_INDEX + days).orElse(-1);
  }

  /**
   * Returns the NPS as an index: {@code nps + 100} (0-200), or {@link #NPS_MISSING_INDEX}. Not part
   * of equality or JSON.
   *
   * @return 0 to 201
   */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  int npsIndex() {
    return nps().map(n -> n + 100).orElse(NPS_MISSING_INDEX);
  }

  private static long units(Money amount) {
    java.math.BigInteger units = amount.minorUnits();
    return units.signum() >= 0 && units.bitLength() < Long.SIZE ? units.longValue() : NOT_IN_LONG;
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireNonNegative(root.field("revenue"), revenue());
    problems.requireNonNegative(root.field("priorYearRevenue"), priorYearRevenue());
    problems.check(revenue().currency().equals(priorYearRevenue().currency()), root.field("priorYearRevenue"),
        CoreProblemCode.CURRENCY_MISMATCH, "be in the currency of revenue " + revenue().currency().getCurrencyCode(),
        priorYearRevenue().currency().getCurrencyCode());
    problems.check(dealsRegistered() >= 0, root.field("dealsRegistered"), CoreProblemCode.NEGATIVE, "be >= 0", dealsRegistered());
    problems.check(engagement().isPresent() != portalActiveDays().isPresent(), root.field("engagement"),
        CoreProblemCode.ONE_OF, "be given either as a cadence or as portalActiveDays (exactly one)",
        engagement().isPresent() ? "both" : "neither");
    portalActiveDays().ifPresent(days -> problems.requireInRange(root.field("portalActiveDays"), days, 0, 92));
    nps().ifPresent(nps -> problems.requireInRange(root.field("nps"), nps, -100, 100));
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds {@link HealthFacts}. Not thread-safe. */
  public static class Builder extends ImmutableHealthFacts.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
