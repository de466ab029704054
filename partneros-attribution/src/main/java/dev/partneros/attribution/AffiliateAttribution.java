package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which affiliate earns a conversion
 * ({@code docs/rules/attribution.md#affiliate-referral-window}), made by an
 * {@link AffiliateAttributor}: the credited click, if any, every click with its
 * {@link ClickStatus} (ordered by date, then affiliate id), and the self-referral flag.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAffiliateAttribution.class)
@JsonDeserialize(as = ImmutableAffiliateAttribution.class)
public abstract class AffiliateAttribution {

  AffiliateAttribution() {}

  /**
   * Returns the conversion's id.
   *
   * @return never null
   */
  public abstract String conversionId();

  /**
   * Returns the credited click.
   *
   * @return the click, or empty when no click earns the conversion
   */
  public abstract Optional<AffiliateClick> creditedClick();

  /**
   * Tells whether a click on the customer's own affiliate link was found within the window: a
   * self-referral, which earned nothing and is flagged for review.
   *
   * @return true if flagged
   */
  public abstract boolean selfReferral();

  /**
   * Returns every click with its outcome, by date, then affiliate id.
   *
   * @return never null
   */
  public abstract List<ClickOutcome> clicks();

  /**
   * Returns the explanation: one step per click ({@code attribution.affiliate.click}, outcome the
   * status) and one for the result ({@code attribution.affiliate.credit}).
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the credited affiliate.
   *
   * @return the affiliate of {@link #creditedClick()}, or empty
   */
  public Optional<PartnerId> affiliate() {
    return creditedClick().map(AffiliateClick::affiliate);
  }

  @Value.Check
  void check() {
    long credited = 0;
    for (ClickOutcome click : clicks()) {
      if (click.status() == ClickStatus.CREDITED) {
        credited++;
      }
    }
    if (credited != (creditedClick().isPresent() ? 1 : 0)) {
      ProblemCollector problems = new ProblemCollector();
      problems.check(false, FieldPath.root().field("clicks"), CoreProblemCode.INCONSISTENT,
          "have exactly one CREDITED click when a click is credited and none otherwise", credited + " CREDITED");
      problems.throwIfErrors(InvalidFactsException::new);
    }
  }

  /**
   * Renders a one-line summary: {@code C-1: AFF-1 (click 2026-06-04)}, or {@code C-1: nobody},
   * with {@code , self-referral flagged} when flagged.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return conversionId() + ": " + creditedClick().map(c -> c.affiliate() + " (click " + c.date() + ")")
        .orElse("nobody") + (selfReferral() ? ", self-referral flagged" : "");
  }

  /** Builds an {@link AffiliateAttribution}; used by {@link AffiliateAttributor}. Not thread-safe. */
  static class Builder extends ImmutableAffiliateAttribution.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
