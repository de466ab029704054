package dev.partneros.attribution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A deal's credit split across partners by a multi-touch {@link AttributionPolicy.CreditModel}
 * ({@code docs/rules/attribution.md#multi-touch-credit}), made by a {@link CreditSplitter}: each
 * partner's exact {@link Share} and its part of the deal amount.
 *
 * <p>Every partner with a credited touch has an entry (possibly a zero share: the later partners
 * under {@link AttributionPolicy.CreditModel#FIRST_TOUCH}, for instance). When anything is credited the shares add up
 * to exactly {@link Share#ONE} and the amounts to exactly {@link #dealAmount()} (penny-exact,
 * {@code docs/rules/conventions.md#allocation}); when nothing can be credited (no credited touch
 * up to the close date) both maps are empty and {@link #isCredited()} is false.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreditSplit.class)
@JsonDeserialize(as = ImmutableCreditSplit.class)
public abstract class CreditSplit {

  CreditSplit() {}

  /**
   * Returns the deal's id.
   *
   * @return never null
   */
  public abstract String dealId();

  /**
   * Returns the model that split the credit.
   *
   * @return never null
   */
  public abstract AttributionPolicy.CreditModel model();

  /**
   * Returns the deal amount that was split.
   *
   * @return never null
   */
  public abstract Money dealAmount();

  /**
   * Returns each partner's exact share of the credit, in partner-id order.
   *
   * @return never null; adding up to exactly 1 unless empty
   */
  @Value.NaturalOrder
  public abstract SortedMap<PartnerId, Share> shares();

  /**
   * Returns each partner's part of the deal amount, in partner-id order: the shares applied to the
   * amount, penny-exact, the cents left over going by largest remainder, ties to the smaller
   * partner id ({@code docs/rules/conventions.md#allocation}).
   *
   * @return never null; adding up to exactly {@link #dealAmount()} unless empty; same keys as
   *     {@link #shares()}
   */
  @Value.NaturalOrder
  public abstract SortedMap<PartnerId, Money> amounts();

  /**
   * Returns the touches that were credited, in canonical order (date, partner id, kind).
   *
   * @return never null
   */
  public abstract List<Deal.PartnerTouch> creditedTouches();

  /**
   * Returns the touches that were not: after the close date, or of a kind the policy does not
   * credit; in canonical order.
   *
   * @return never null
   */
  public abstract List<Deal.PartnerTouch> ignoredTouches();

  /**
   * Returns the explanation: the model and its parameters ({@code attribution.multitouch.model}),
   * then one step per partner ({@code attribution.multitouch.share}).
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /**
   * Tells whether any credit was given.
   *
   * @return false when no partner could be credited
   */
  @JsonIgnore
  public boolean isCredited() {
    return !shares().isEmpty();
  }

  @Value.Check
  void check() {
    if (!shares().keySet().equals(amounts().keySet())) {
      ProblemCollector problems = new ProblemCollector();
      problems.check(false, FieldPath.root().field("amounts"), CoreProblemCode.INCONSISTENT,
          "have the same partners as the shares " + shares().keySet(), amounts().keySet());
      problems.throwIfErrors(InvalidFactsException::new);
    }
  }

  /**
   * Renders a one-line summary: {@code D-1 LINEAR: P-1 2/3 = 66,666.67 USD, P-2 1/3 = 33,333.33 USD}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(dealId()).append(' ').append(model()).append(':');
    if (shares().isEmpty()) {
      return out.append(" no credit").toString();
    }
    String separator = " ";
    for (java.util.Map.Entry<PartnerId, Share> entry : shares().entrySet()) {
      out.append(separator).append(entry.getKey()).append(' ').append(entry.getValue()).append(" = ")
          .append(amounts().get(entry.getKey()));
      separator = ", ";
    }
    return out.toString();
  }

  /** Builds a {@link CreditSplit}; used by {@link CreditSplitter}. Not thread-safe. */
  static class Builder extends ImmutableCreditSplit.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
