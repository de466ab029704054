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
  public abstract Optional<AffiliateConversion.Click> creditedClick();

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
    return creditedClick().map(AffiliateConversion.Click::affiliate);
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

  /**
   * What became of one affiliate click
   * ({@code docs/rules/attribution.md#affiliate-referral-window}): credited, or why it earned
   * nothing. The reasons are checked in the order declared below.
   */
  public enum ClickStatus {
    /** The last click within the window before the conversion, not a self-referral: it earns the conversion. */
    CREDITED,
    /** Dated after the conversion day: it cannot have led to the conversion. */
    AFTER_CONVERSION,
    /** More than the window's days before the conversion (day 30 in, day 31 out with the default 30). */
    OUTSIDE_WINDOW,
    /** A click on the customer's own affiliate link: self-referral, earns nothing, and is flagged. */
    SELF_REFERRAL,
    /** Within the window, but a later click was credited (or the credited click's affiliate clicked again that day). */
    SUPERSEDED,
    /** Within the window and on the same day as the credited click, but the credited affiliate's id sorts first. */
    TIE_BROKEN_BY_PARTNER_ID
  }

  /**
   * One click of an affiliate conversion and what became of it
   * ({@code docs/rules/attribution.md#affiliate-referral-window}).
   *
   * <p>JSON-serialisable; immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableClickOutcome.class)
  @JsonDeserialize(as = ImmutableClickOutcome.class)
  public abstract static class ClickOutcome {

    ClickOutcome() {}

    /**
     * Returns the click.
     *
     * @return never null
     */
    public abstract AffiliateConversion.Click click();

    /**
     * Returns whether it was credited, or why not.
     *
     * @return never null
     */
    public abstract ClickStatus status();

    /**
     * Returns the days from the click to the conversion (negative for a click after it).
     *
     * @return the day count
     */
    public abstract long daysBeforeConversion();

    /** Builds a {@link ClickOutcome}; used by {@link AffiliateAttributor}. Not thread-safe. */
    static class Builder extends ImmutableClickOutcome.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
