package dev.partneros.attribution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The classification of one deal for one partner
 * ({@code docs/rules/attribution.md#classification}), made by a {@link DealClassifier}:
 * {@link AttributionType sourced, influenced or not attributed}, the credit factor that results (a
 * fraction of the partner rate, applied by the commission rules of
 * {@code docs/rules/commission.md#attribution-factor}), whether each of the six
 * {@link Criterion criteria} was met, and an explanation with one step per criterion
 * and one for the classification.
 *
 * <p>{@link #notAttributedReason()} is present exactly when the deal is not attributed. A
 * classification of an {@link CloseStatus#OPEN open} deal is {@link #provisional()}: nothing is cut
 * off by a close date yet.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDealAttribution.class)
@JsonDeserialize(as = ImmutableDealAttribution.class)
public abstract class DealAttribution {

  DealAttribution() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the deal's id.
   *
   * @return never null
   */
  public abstract String dealId();

  /**
   * Returns the partner the deal was classified for.
   *
   * @return never null
   */
  public abstract PartnerId partner();

  /**
   * Returns the classification.
   *
   * @return never null
   */
  public abstract AttributionType type();

  /**
   * Returns the credit factor: the policy's sourced factor (100 % by default), influenced factor
   * (50 % by default), or zero when not attributed.
   *
   * @return never null
   */
  public abstract Rate creditFactor();

  /**
   * Returns, for each of the six criteria in evaluation order, whether it was met.
   *
   * @return never null, every criterion present
   */
  public abstract Map<Criterion, Boolean> criteria();

  /**
   * Returns why the deal is not attributed to the partner.
   *
   * @return the reason, present exactly when {@link #type()} is {@link AttributionType#NOT_ATTRIBUTED}
   */
  public abstract Optional<NotAttributedReason> notAttributedReason();

  /**
   * Returns the number of the partner's touches and registrations dated after the close date,
   * which were ignored.
   *
   * @return zero or more
   */
  public abstract int ignoredAfterClose();

  /**
   * Tells whether the deal is still open, so that the classification may change.
   *
   * @return true for an open deal
   */
  public abstract boolean provisional();

  /**
   * Returns the explanation: one step per criterion (rule ids from
   * {@link Criterion#ruleId()}), one for the touches ignored after close, and one for
   * the classification ({@code attribution.classification}).
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the criteria met, in evaluation order.
   *
   * @return never null
   */
  @JsonIgnore
  public Set<Criterion> criteriaMet() {
    Set<Criterion> met = EnumSet.noneOf(Criterion.class);
    criteria().forEach((criterion, ok) -> {
      if (ok) {
        met.add(criterion);
      }
    });
    return java.util.Collections.unmodifiableSet(met);
  }

  /**
   * Returns the criteria missed, in evaluation order.
   *
   * @return never null
   */
  @JsonIgnore
  public Set<Criterion> criteriaMissed() {
    Set<Criterion> missed = EnumSet.allOf(Criterion.class);
    missed.removeAll(criteriaMet());
    return java.util.Collections.unmodifiableSet(missed);
  }

  /**
   * Tells whether the deal is attributed to the partner (sourced or influenced).
   *
   * @return true unless {@link AttributionType#NOT_ATTRIBUTED}
   */
  @JsonIgnore
  public boolean isAttributed() {
    return type() != AttributionType.NOT_ATTRIBUTED;
  }

  @Value.Check
  void check() {
    boolean complete = criteria().size() == Criterion.values().length;
    boolean consistent = notAttributedReason().isPresent() == (type() == AttributionType.NOT_ATTRIBUTED);
    if (complete && consistent && ignoredAfterClose() >= 0) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(complete, root.field("criteria"), CoreProblemCode.MISSING, "name every criterion", criteria().keySet());
    problems.check(consistent, root.field("notAttributedReason"), CoreProblemCode.INCONSISTENT,
        "be present exactly when the type is NOT_ATTRIBUTED", notAttributedReason());
    problems.check(ignoredAfterClose() >= 0, root.field("ignoredAfterClose"), CoreProblemCode.NEGATIVE, "be >= 0",
        ignoredAfterClose());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Renders a one-line summary: {@code D-1 / P-1: PARTNER_SOURCED, credit factor 100 %}, with the
   * reason when not attributed. The full reasoning is in {@link #explanation()}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return dealId() + " / " + partner() + ": " + type() + notAttributedReason().map(r -> " (" + r + ")").orElse("")
        + ", credit factor " + creditFactor() + (provisional() ? ", provisional" : "");
  }

  /** Builds a {@link DealAttribution}; used by {@link DealClassifier}. Not thread-safe. */
  public static class Builder extends ImmutableDealAttribution.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * Why a deal is {@link AttributionType#NOT_ATTRIBUTED} to a partner
   * ({@code docs/rules/attribution.md#not-attributed}: "partner only mentioned, deal already in the
   * direct pipeline, or partner engagement only after close"). The first reason that applies, in
   * this order, is reported; the criteria missed are in the {@link DealAttribution} as well.
   */
  public enum NotAttributedReason {
    /** The partner has no touch and no registration on the deal at all. */
    NO_PARTNER_ACTIVITY,
    /** Every touch and registration of the partner is dated after the close date, so none counts. */
    ONLY_AFTER_CLOSE,
    /** The partner's only touches up to the close date are mentions, and it did not register the deal. */
    ONLY_MENTIONED,
    /**
     * A direct-sales engagement is dated before the partner's first touch or registration: the deal
     * was already in the direct pipeline when the partner arrived.
     */
    ALREADY_IN_DIRECT_PIPELINE,
    /** The partner was active on the deal, but neither the sourced nor the influenced criteria all hold. */
    CRITERIA_NOT_MET
  }

  /**
   * The six criteria of the deal classification ({@code docs/rules/attribution.md#classification}),
   * in the order they are evaluated. Every {@link DealAttribution} says of each one whether it was
   * met, and its explanation has one step per criterion whose rule id is {@link #ruleId()}.
   */
  public enum Criterion {
    /** Sourced, 1: the lead came through the partner's channel (a touch flagged as a channel lead). */
    LEAD_THROUGH_PARTNER_CHANNEL("attribution.sourced.lead_through_partner_channel", AttributionType.PARTNER_SOURCED),
    /** Sourced, 2: the partner registered the deal within the registration window of first contact. */
    REGISTERED_WITHIN_WINDOW("attribution.sourced.registered_within_window", AttributionType.PARTNER_SOURCED),
    /** Sourced, 3: no direct-sales engagement is dated before the partner's registration. */
    NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION("attribution.sourced.no_direct_engagement_before_registration",
        AttributionType.PARTNER_SOURCED),
    /** Influenced, 1: partner activity is documented on the deal (a documented touch that is not a mention). */
    DOCUMENTED_PARTNER_ACTIVITY("attribution.influenced.documented_partner_activity",
        AttributionType.PARTNER_INFLUENCED),
    /** Influenced, 2: the partner took part in the sales process on or before the close date. */
    TOOK_PART_BEFORE_CLOSE("attribution.influenced.took_part_before_close", AttributionType.PARTNER_INFLUENCED),
    /** Influenced, 3: the deal is marked as dependent on the partner. */
    MARKED_DEPENDENT_ON_PARTNER("attribution.influenced.marked_dependent_on_partner",
        AttributionType.PARTNER_INFLUENCED);

    private final String ruleId;
    private final AttributionType leadsTo;

    Criterion(String ruleId, AttributionType leadsTo) {
      this.ruleId = ruleId;
      this.leadsTo = leadsTo;
    }

    /**
     * Returns the rule id of this criterion's explanation step, such as
     * {@code attribution.sourced.registered_within_window}.
     *
     * @return never null
     */
    public String ruleId() {
      return ruleId;
    }

    /**
     * Returns the classification this criterion is one of the conditions of.
     *
     * @return {@link AttributionType#PARTNER_SOURCED} or {@link AttributionType#PARTNER_INFLUENCED}
     */
    public AttributionType leadsTo() {
      return leadsTo;
    }
  }
}
