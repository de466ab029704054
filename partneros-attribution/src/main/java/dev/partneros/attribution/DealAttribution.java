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
 * {@link AttributionCriterion criteria} was met, and an explanation with one step per criterion
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
  public abstract Map<AttributionCriterion, Boolean> criteria();

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
   * {@link AttributionCriterion#ruleId()}), one for the touches ignored after close, and one for
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
  public Set<AttributionCriterion> criteriaMet() {
    Set<AttributionCriterion> met = EnumSet.noneOf(AttributionCriterion.class);
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
  public Set<AttributionCriterion> criteriaMissed() {
    Set<AttributionCriterion> missed = EnumSet.allOf(AttributionCriterion.class);
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
    boolean complete = criteria().size() == AttributionCriterion.values().length;
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
}
