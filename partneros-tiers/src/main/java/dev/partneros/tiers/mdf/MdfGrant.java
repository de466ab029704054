package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An earlier grant of MDF, as recorded in a partner's {@link MdfLedger}
 * ({@code docs/rules/mdf.md#approvals}): the request it answered, what it funds, the amount
 * granted, the approval date (which places it in a fiscal quarter and year) and how it is paid.
 * {@link MdfDecision#grant()} gives the grant of an approved decision.
 *
 * <p>Checked when built: the id is not blank, the amount is above zero, an advance is not paid
 * before its approval and a reimbursed grant records no disbursement.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfGrant.class)
@JsonDeserialize(as = ImmutableMdfGrant.class)
public abstract class MdfGrant {

  MdfGrant() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a grant paid by reimbursement.
   *
   * @param requestId the request's id, not blank
   * @param activity what it funds, not null
   * @param amount the amount granted, not null, above zero
   * @param approvedOn the approval date, not null
   * @return never null
   * @throws InvalidFactsException if the id is blank or the amount not above zero
   */
  public static MdfGrant of(String requestId, ActivityType activity, Money amount, LocalDate approvedOn) {
    return new Builder().requestId(requestId).activity(activity).amount(amount).approvedOn(approvedOn).build();
  }

  /**
   * Returns the id of the request this grant answered.
   *
   * @return never null, not blank
   */
  public abstract String requestId();

  /**
   * Returns what the grant funds.
   *
   * @return never null
   */
  public abstract ActivityType activity();

  /**
   * Returns the amount granted.
   *
   * @return never null, above zero
   */
  public abstract Money amount();

  /**
   * Returns the day the grant was approved.
   *
   * @return never null
   */
  public abstract LocalDate approvedOn();

  /**
   * Returns how the grant is paid.
   *
   * @return never null; {@link PaymentMode#REIMBURSEMENT} by default
   */
  @Value.Default
  public PaymentMode payment() {
    return PaymentMode.REIMBURSEMENT;
  }

  /**
   * Returns the day an advance was paid.
   *
   * @return the day, or empty when not paid yet (always empty for a reimbursed grant)
   */
  public abstract Optional<LocalDate> disbursedOn();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNotBlank(FieldPath.root().field("requestId"), requestId());
    problems.check(amount().isPositive(), FieldPath.root().field("amount"), CoreProblemCode.NOT_POSITIVE, "be > 0", amount());
    FieldPath disbursed = FieldPath.root().field("disbursedOn");
    disbursedOn().ifPresent(d -> {
      if (problems.check(payment() == PaymentMode.ADVANCE, disbursed, CoreProblemCode.NOT_ALLOWED,
          "be absent for a grant paid by reimbursement", d)) {
        if (d.isBefore(approvedOn())) {
          problems.check(false, disbursed, CoreProblemCode.BEFORE_START, "not be before the approval on " + approvedOn(), d);
        }
      }
    });
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds an {@link MdfGrant}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableMdfGrant.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
