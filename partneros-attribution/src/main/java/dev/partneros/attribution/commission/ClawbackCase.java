package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a clawback decision reads ({@code docs/rules/clawback.md}): the deal and partner, what
 * happened and when, the customer's start date, the commission on the deal already paid and still
 * unpaid (accrued or payable), and for a downgrade or partial refund the commission recomputed on
 * the new value.
 *
 * <p>Checked when built ({@link InvalidFactsException}): the effective date not before the
 * customer's start ({@code effective}, code {@code before_start}); amounts not negative and of one
 * currency; {@link #recomputed()} present exactly for a downgrade or partial refund.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClawbackCase.class)
@JsonDeserialize(as = ImmutableClawbackCase.class)
public abstract class ClawbackCase {

  ClawbackCase() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the deal.
   *
   * @return never null
   */
  public abstract String dealId();

  /**
   * Returns the partner whose commission is clawed back.
   *
   * @return never null
   */
  public abstract PartnerId partner();

  /**
   * Returns what happened.
   *
   * @return never null
   */
  public abstract CommissionFacts.Cancellation.Kind kind();

  /**
   * Returns the customer's start date.
   *
   * @return never null
   */
  public abstract LocalDate customerStart();

  /**
   * Returns the cancellation's effective date.
   *
   * @return never null, not before {@link #customerStart()}
   */
  public abstract LocalDate effective();

  /**
   * Returns the commission on the deal already paid to the partner.
   *
   * @return never null, not negative
   */
  public abstract Money paid();

  /**
   * Returns the commission on the deal accrued (or payable) but not paid.
   *
   * @return never null, not negative
   */
  public abstract Money accrued();

  /**
   * Returns the commission on the deal recomputed on the new value (downgrade, partial refund).
   *
   * @return the amount, present exactly for a downgrade or partial refund
   */
  public abstract Optional<Money> recomputed();

  /**
   * Returns the commission paid plus accrued: the most a clawback can take.
   *
   * @return never null
   */
  public Money commission() {
    return paid().plus(accrued());
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(!effective().isBefore(customerStart()), root.field("effective"), CoreProblemCode.BEFORE_START,
        "be on or after the customer's start date " + customerStart(), effective());
    problems.requireNonNegative(root.field("paid"), paid());
    problems.requireNonNegative(root.field("accrued"), accrued());
    problems.check(accrued().currency().equals(paid().currency()), root.field("accrued"), CoreProblemCode.CURRENCY_MISMATCH,
        "be in the paid amount's currency " + paid().currency().getCurrencyCode(), accrued());
    boolean needs = kind() == CommissionFacts.Cancellation.Kind.DOWNGRADE
        || kind() == CommissionFacts.Cancellation.Kind.PARTIAL_REFUND;
    if (needs) {
      if (problems.check(recomputed().isPresent(), root.field("recomputed"), CoreProblemCode.MISSING,
          "be present for a " + kind() + " (the commission on the new value)", null)) {
        problems.requireNonNegative(root.field("recomputed"), recomputed().get());
        problems.check(recomputed().get().currency().equals(paid().currency()), root.field("recomputed"),
            CoreProblemCode.CURRENCY_MISMATCH, "be in the paid amount's currency " + paid().currency().getCurrencyCode(),
            recomputed().get());
      }
    } else {
      problems.check(recomputed().isEmpty(), root.field("recomputed"), CoreProblemCode.NOT_ALLOWED, "be absent for a " + kind(),
          recomputed().orElse(null));
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link ClawbackCase}. Not thread-safe. */
  public static class Builder extends ImmutableClawbackCase.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
