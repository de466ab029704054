package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A partner's request for MDF ({@code docs/rules/mdf.md#requests}): what it would fund, how much,
 * when it was submitted, how it would be paid, and the approvals already given.
 *
 * <p>{@link #amount()} is what the partner asks for; under the co-op model it is the activity's
 * total cost, of which the fund asks to pay the match ({@link CoopTerms}).
 *
 * <p><b>From {@code NEEDS_APPROVAL} to {@code APPROVED}</b> (Decision): a request carries the
 * approvals already given ({@link #approvals()}). Deciding a request whose approvals do not cover
 * every required approver gives {@link MdfDecision.Status#NEEDS_APPROVAL} with the approvers still missing;
 * once they have signed, the caller decides the same request again with
 * {@code request.approvedBy(...)} (or a builder) on the day of the last sign-off. The limits are
 * checked again on that day, against the ledger as it is then, and the result is
 * {@link MdfDecision.Status#APPROVED} or {@link MdfDecision.Status#PARTIALLY_APPROVED}: an approval is for the
 * request as submitted, so a smaller grant needs no new sign-off. The approval date is the as-of
 * date of that decision.
 *
 * <p>Checked when built: the id is not blank; the amount is above zero; approvals are listed once.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfRequest.class)
@JsonDeserialize(as = ImmutableMdfRequest.class)
public abstract class MdfRequest {

  MdfRequest() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the request's id, unique within the partner's ledger (it becomes the grant's id).
   *
   * @return never null, not blank
   */
  public abstract String requestId();

  /**
   * Returns the partner asking.
   *
   * @return never null
   */
  public abstract PartnerId partnerId();

  /**
   * Returns what the funds would pay for.
   *
   * @return never null
   */
  public abstract ActivityType activity();

  /**
   * Returns the amount asked for (under the co-op model: the activity's total cost).
   *
   * @return never null, above zero
   */
  public abstract Money amount();

  /**
   * Returns the day the request was submitted.
   *
   * @return never null
   */
  public abstract LocalDate submittedOn();

  /**
   * Returns the approvals already given.
   *
   * @return never null, each approver once; empty by default
   */
  public abstract List<Approver> approvals();

  /**
   * Returns how granted funds would be paid.
   *
   * @return never null; {@link PaymentMode#REIMBURSEMENT} by default
   */
  @Value.Default
  public PaymentMode payment() {
    return PaymentMode.REIMBURSEMENT;
  }

  /**
   * Returns a free-text description of the activity.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns this request with more approvals given; approvals it already carries are kept once.
   *
   * @param approvers the approvers who signed off, not null
   * @return never null
   */
  public MdfRequest approvedBy(Approver... approvers) {
    java.util.Objects.requireNonNull(approvers, "approvers");
    Builder builder = new Builder();
    builder.from(this);
    for (Approver approver : approvers) {
      if (!approvals().contains(approver)) {
        builder.addApprovals(approver);
      }
    }
    return builder.build();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNotBlank(FieldPath.root().field("requestId"), requestId());
    problems.check(amount().isPositive(), FieldPath.root().field("amount"), CoreProblemCode.NOT_POSITIVE, "be > 0", amount());
    Set<Approver> seen = new HashSet<>();
    for (int i = 0; i < approvals().size(); i++) {
      problems.check(seen.add(approvals().get(i)), FieldPath.root().field("approvals").index(i), CoreProblemCode.DUPLICATE,
          "name each approver once", approvals().get(i));
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds an {@link MdfRequest}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableMdfRequest.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
