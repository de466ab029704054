package dev.partneros.attribution;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.internal.Rates;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The deal attribution policy, the program file's {@code attribution} section
 * ({@code docs/rules/attribution.md#configuration}). Every attribute has the standard program's
 * default, so a section only names what it changes:
 *
 * <pre>
 * attribution:
 *   registrationWindowDays: 7        # sourced: registered at most 7 days after first contact
 *   sourcedCreditFactor: "1"         # 100 % of the partner rate
 *   influencedCreditFactor: "0.5"    # 50 %; 0.25 is a common alternative
 *   protectionDays: 30               # a registration protects days 0..30 inclusive
 *   affiliateWindowDays: 30          # last click within 30 days (60 and 90 are common)
 *   multiTouchModel: LINEAR          # FIRST_TOUCH, LAST_TOUCH, LINEAR, TIME_DECAY, POSITION_BASED, CUSTOM
 *   halfLifeDays: 7                  # TIME_DECAY
 *   positionWeights: {first: "0.4", middle: "0.2", last: "0.4"}   # POSITION_BASED
 *   creditedTouchKinds: [REFERRAL, REGISTRATION, MEETING, DEMO, CO_SELL]
 * </pre>
 *
 * <p>Day counts are whole days between two dates; every window includes its last day. Rates are
 * fractions between 0 and 1. Validated when built or read: every problem is reported at once in an
 * {@link InvalidProgramException} with its path ({@code attribution.positionWeights} when read
 * through {@link ProgramDocument#readSection(String, Class)}).
 *
 * <p>Decision (the blueprint is silent on a default model): the standard multi-touch model is
 * {@link CreditModel#LINEAR}, the one that favours no position. Mentions and post-sale touches are
 * not credited by default: a mention is not partner activity, and post-sale work is not part of the
 * sale.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttributionPolicy.class)
@JsonDeserialize(as = ImmutableAttributionPolicy.class)
public abstract class AttributionPolicy {

  /** The program-file section this policy is read from. */
  public static final String SECTION = "attribution";

  /** The longest window, protection or half-life accepted, in days: ten years. */
  public static final int MAX_DAYS = 3650;

  AttributionPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's policy, every default of
   * {@code docs/rules/attribution.md#configuration}.
   *
   * @return never null
   */
  public static AttributionPolicy standard() {
    return new Builder().build();
  }

  /**
   * Reads the policy from a program document's {@code attribution} section, or returns
   * {@link #standard()} when the section is absent.
   *
   * @param document the program document, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of the section, with its path
   */
  public static AttributionPolicy from(ProgramDocument document) {
    requireNonNull(document, "document");
    return document.readSection(SECTION, AttributionPolicy.class, AttributionPolicy::standard);
  }

  /**
   * Returns the registration window of {@link AttributionType#PARTNER_SOURCED}: the most days
   * after first contact a registration may come. Inclusive: with 7, a registration on day 7 is in
   * the window and one on day 8 is not.
   *
   * @return 7 by default; 0 to {@value #MAX_DAYS}
   */
  @Value.Default
  public int registrationWindowDays() {
    return 7;
  }

  /**
   * Returns the credit factor of a sourced deal: the share of the partner rate it earns.
   *
   * @return 100 % by default
   */
  @Value.Default
  public Rate sourcedCreditFactor() {
    return Rate.ONE;
  }

  /**
   * Returns the credit factor of an influenced deal; never above the sourced factor.
   *
   * @return 50 % by default (25 % is a common alternative)
   */
  @Value.Default
  public Rate influencedCreditFactor() {
    return Rate.ofPercent(50);
  }

  /**
   * Returns how long a registration protects the partner's claim, unless it carries its own: the
   * registration day is day 0 and the claim is protected through this day inclusive.
   *
   * @return 30 by default; 1 to {@value #MAX_DAYS}
   */
  @Value.Default
  public int protectionDays() {
    return 30;
  }

  /**
   * Returns the affiliate referral window (cookie duration): a click at most this many days before
   * the conversion is within it (day 30 in, day 31 out with the default).
   *
   * @return 30 by default (60 and 90 are common); 1 to {@value #MAX_DAYS}
   */
  @Value.Default
  public int affiliateWindowDays() {
    return 30;
  }

  /**
   * Returns the model {@link CreditSplitter#split(Deal)} uses.
   *
   * @return {@link CreditModel#LINEAR} by default
   */
  @Value.Default
  public CreditModel multiTouchModel() {
    return CreditModel.LINEAR;
  }

  /**
   * Returns the half-life of {@link CreditModel#TIME_DECAY}, in days.
   *
   * @return 7 by default; 1 to {@value #MAX_DAYS}
   */
  @Value.Default
  public int halfLifeDays() {
    return 7;
  }

  /**
   * Returns the weights of {@link CreditModel#POSITION_BASED}.
   *
   * @return 40 / 20 / 40 by default
   */
  @Value.Default
  public PositionWeights positionWeights() {
    return PositionWeights.standard();
  }

  /**
   * Returns the touch kinds that earn multi-touch credit.
   *
   * @return {@code REFERRAL, REGISTRATION, MEETING, DEMO, CO_SELL} by default; never empty
   */
  @Value.Default
  public Set<TouchKind> creditedTouchKinds() {
    return EnumSet.of(TouchKind.REFERRAL, TouchKind.REGISTRATION, TouchKind.MEETING, TouchKind.DEMO,
        TouchKind.CO_SELL);
  }

  /**
   * Returns the credit factor of a classification: the sourced or influenced factor, or zero.
   *
   * @param type the classification, not null
   * @return never null
   */
  public Rate creditFactor(AttributionType type) {
    switch (requireNonNull(type, "type")) {
      case PARTNER_SOURCED:
        return sourcedCreditFactor();
      case PARTNER_INFLUENCED:
        return influencedCreditFactor();
      default:
        return Rate.ZERO;
    }
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireInRange(root.field("registrationWindowDays"), registrationWindowDays(), 0, MAX_DAYS);
    problems.requireInRange(root.field("protectionDays"), protectionDays(), 1, MAX_DAYS);
    problems.requireInRange(root.field("affiliateWindowDays"), affiliateWindowDays(), 1, MAX_DAYS);
    problems.requireInRange(root.field("halfLifeDays"), halfLifeDays(), 1, MAX_DAYS);
    boolean ratesOk = Rates.checkRange(problems, root.field("sourcedCreditFactor"), sourcedCreditFactor())
        & Rates.checkRange(problems, root.field("influencedCreditFactor"), influencedCreditFactor());
    problems.check(!ratesOk || influencedCreditFactor().compareTo(sourcedCreditFactor()) <= 0,
        root.field("influencedCreditFactor"), CoreProblemCode.OUT_OF_RANGE,
        "be at most the sourcedCreditFactor " + sourcedCreditFactor().value().toPlainString(),
        influencedCreditFactor().value().toPlainString());
    problems.check(!creditedTouchKinds().isEmpty(), root.field("creditedTouchKinds"), CoreProblemCode.EMPTY,
        "name at least one touch kind", "[]");
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds an {@link AttributionPolicy}; every attribute has its default. Not thread-safe. */
  public static class Builder extends ImmutableAttributionPolicy.Builder {
    /** Creates a builder holding the standard policy. */
    Builder() {}
  }

  /**
   * The weights of the {@link CreditModel#POSITION_BASED} model
   * ({@code docs/rules/attribution.md#multi-touch-credit}): the first touch, the touches in between
   * and the last touch; 40 % / 20 % / 40 % by default. They add up to exactly 1 (refused otherwise,
   * at path {@code positionWeights}).
   *
   * <p>JSON form: {@code {"first": "0.4", "middle": "0.2", "last": "0.4"}}.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePositionWeights.class)
  @JsonDeserialize(as = ImmutablePositionWeights.class)
  public abstract static class PositionWeights {

    PositionWeights() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns the standard weights, 40 / 20 / 40.
     *
     * @return never null
     */
    public static PositionWeights standard() {
      return new Builder().build();
    }

    /**
     * Creates weights.
     *
     * @param first the first touch's weight, not null
     * @param middle the weight shared by the touches in between, not null
     * @param last the last touch's weight, not null
     * @return never null
     * @throws InvalidProgramException if the weights do not add up to exactly 1
     */
    public static PositionWeights of(Rate first, Rate middle, Rate last) {
      return new Builder().first(first).middle(middle).last(last).build();
    }

    /**
     * Returns the weight of the first touch.
     *
     * @return 40 % by default
     */
    @Value.Default
    public Rate first() {
      return Rate.ofPercent(40);
    }

    /**
     * Returns the weight shared equally by the touches between the first and the last.
     *
     * @return 20 % by default
     */
    @Value.Default
    public Rate middle() {
      return Rate.ofPercent(20);
    }

    /**
     * Returns the weight of the last touch.
     *
     * @return 40 % by default
     */
    @Value.Default
    public Rate last() {
      return Rate.ofPercent(40);
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath root = FieldPath.root();
      boolean ratesOk = Rates.checkRange(problems, root.field("first"), first())
          & Rates.checkRange(problems, root.field("middle"), middle())
          & Rates.checkRange(problems, root.field("last"), last());
      if (!ratesOk) {
        problems.throwIfErrors(InvalidProgramException::new);
      }
      java.math.BigDecimal sum = first().value().add(middle().value()).add(last().value());
      problems.check(sum.compareTo(java.math.BigDecimal.ONE) == 0, FieldPath.root(), CoreProblemCode.WEIGHTS_NOT_ONE,
          "have first + middle + last add up to exactly 1", sum.toPlainString());
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /** Builds {@link PositionWeights}; every weight has its default. Not thread-safe. */
    public static class Builder extends ImmutablePositionWeights.Builder {
      /** Creates a builder holding the standard weights. */
      Builder() {}
    }
  }

  /**
   * How a deal's credit is split across the partners that touched it before close
   * ({@code docs/rules/attribution.md#multi-touch-credit}). Only the touches a
   * {@link CreditSplitter} counts take part: those dated on or before the close date whose kind is
   * one of the policy's {@link AttributionPolicy#creditedTouchKinds()}. Each touch gets a weight; a
   * partner's share is the sum of its touches' weights over the sum of all weights.
   *
   * <p>"First" and "last" are by date. Dates have no time of day, so when several touches share the
   * first (or last) date they share that position's weight equally: no partner wins a same-day tie
   * merely by the spelling of its id.
   */
  public enum CreditModel {
    /** All the credit to the touches on the earliest date, shared equally among them. */
    FIRST_TOUCH,
    /** All the credit to the touches on the latest date, shared equally among them. */
    LAST_TOUCH,
    /** Every touch the same weight. */
    LINEAR,
    /**
     * Weight {@code 2^(-age / halfLife)}, age = days from the touch to the close date, half-life
     * {@link AttributionPolicy#halfLifeDays()} (7 days by default): a touch on the close date weighs
     * 1, one a half-life earlier 1/2. See {@link CreditSplitter} for the exact representation.
     */
    TIME_DECAY,
    /**
     * {@link AttributionPolicy#positionWeights()} (40 / 20 / 40 by default) to the first touch, the
     * touches in between and the last touch. One touch (or touches all on one day) gets everything,
     * shared equally; with no touch in between, the middle weight is split between first and last in
     * proportion to their weights (so two touches get 50 / 50 by default).
     */
    POSITION_BASED,
    /**
     * The deal's own agreed weights per partner ({@link Deal#customWeights()}, adding up to exactly
     * 1). A weighted partner without a counted touch gets nothing and the other weights are scaled up
     * to add up to 1 again; a partner with touches but no weight gets nothing.
     */
    CUSTOM
  }
}
