package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

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
 * A cancellation, downgrade, partial refund or fraud finding on a deal (facts,
 * {@code docs/rules/clawback.md}), effective on a date. {@link #value()} is the new value of a
 * {@link CancellationKind#DOWNGRADE} or the refunded amount of a
 * {@link CancellationKind#PARTIAL_REFUND}, in the deal's currency, and absent otherwise.
 * {@link #partner()} restricts it to one of the partners credited on the deal (typically for
 * fraud); absent, it affects every partner on the deal.
 *
 * <p>The calculator refuses an effective date before the customer's start date (path
 * {@code cancellations[i].effective}), a value above the deal's current value, and an unknown deal
 * or partner.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCancellation.class)
@JsonDeserialize(as = ImmutableCancellation.class)
public abstract class Cancellation {

  Cancellation() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a full cancellation.
   *
   * @param dealId the deal, not null
   * @param effective the effective date, not null
   * @return never null
   */
  public static Cancellation cancel(String dealId, LocalDate effective) {
    return new Builder().dealId(requireNonNull(dealId, "dealId")).effective(requireNonNull(effective, "effective"))
        .kind(CancellationKind.CANCELLATION).build();
  }

  /**
   * Creates a downgrade to a new value.
   *
   * @param dealId the deal, not null
   * @param effective the effective date, not null
   * @param newValue the deal's new first-year value, not null, not negative
   * @return never null
   */
  public static Cancellation downgrade(String dealId, LocalDate effective, Money newValue) {
    return new Builder().dealId(requireNonNull(dealId, "dealId")).effective(requireNonNull(effective, "effective"))
        .kind(CancellationKind.DOWNGRADE).value(requireNonNull(newValue, "newValue")).build();
  }

  /**
   * Creates a partial refund.
   *
   * @param dealId the deal, not null
   * @param effective the effective date, not null
   * @param refunded the amount refunded, not null, not negative
   * @return never null
   */
  public static Cancellation partialRefund(String dealId, LocalDate effective, Money refunded) {
    return new Builder().dealId(requireNonNull(dealId, "dealId")).effective(requireNonNull(effective, "effective"))
        .kind(CancellationKind.PARTIAL_REFUND).value(requireNonNull(refunded, "refunded")).build();
  }

  /**
   * Creates a fraud finding against one partner's referral.
   *
   * @param dealId the deal, not null
   * @param effective the effective date, not null
   * @param partner the partner whose referral was fraudulent, not null
   * @return never null
   */
  public static Cancellation fraud(String dealId, LocalDate effective, PartnerId partner) {
    return new Builder().dealId(requireNonNull(dealId, "dealId")).effective(requireNonNull(effective, "effective"))
        .kind(CancellationKind.FRAUD).partner(requireNonNull(partner, "partner")).build();
  }

  /**
   * Returns the deal.
   *
   * @return never null
   */
  public abstract String dealId();

  /**
   * Returns the effective date.
   *
   * @return never null
   */
  public abstract LocalDate effective();

  /**
   * Returns what happened.
   *
   * @return never null
   */
  public abstract CancellationKind kind();

  /**
   * Returns the new value (downgrade) or refunded amount (partial refund), in the deal's currency.
   *
   * @return the value, present exactly for a downgrade or a partial refund
   */
  public abstract Optional<Money> value();

  /**
   * Returns the one partner affected.
   *
   * @return the partner, or empty for every partner on the deal
   */
  public abstract Optional<PartnerId> partner();

  /**
   * Tells whether the deal ends here (a cancellation or fraud): it stops recurring shares (churn).
   *
   * @return true for {@link CancellationKind#CANCELLATION} and {@link CancellationKind#FRAUD}
   */
  public boolean endsDeal() {
    return kind() == CancellationKind.CANCELLATION || kind() == CancellationKind.FRAUD;
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath path = FieldPath.root().field("value");
    boolean needsValue = kind() == CancellationKind.DOWNGRADE || kind() == CancellationKind.PARTIAL_REFUND;
    if (needsValue) {
      if (problems.check(value().isPresent(), path, CoreProblemCode.MISSING,
          "be present for a " + kind() + " (the new value, or the amount refunded)", null)) {
        problems.requireNonNegative(path, value().get());
      }
    } else {
      problems.check(value().isEmpty(), path, CoreProblemCode.NOT_ALLOWED, "be absent for a " + kind(), value().orElse(null));
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link Cancellation}; dealId, effective and kind are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableCancellation.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
