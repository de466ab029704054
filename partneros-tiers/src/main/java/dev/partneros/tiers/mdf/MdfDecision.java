package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision on an MDF request ({@code docs/rules/mdf.md#requests}): its {@link #status()}, what
 * was asked of the fund, what the limits allow ({@link #grantable()}) and what is granted
 * ({@link #granted()}), which limits bit ({@link #limitedBy()}), the approvers it needs and those
 * still missing, every reason for a rejection, and the partner's entitlement it was decided
 * against.
 *
 * <ul>
 *   <li>{@link Status#REJECTED}: {@link #reasons()} is not empty; nothing is granted.</li>
 *   <li>{@link Status#NEEDS_APPROVAL}: {@link #pendingApprovers()} is not empty; nothing is
 *       granted yet, {@link #grantable()} says what would be.</li>
 *   <li>{@link Status#APPROVED}: granted = asked.</li>
 *   <li>{@link Status#PARTIALLY_APPROVED}: granted &lt; asked, {@link #limitedBy()} names the
 *       quarterly cap, the annual balance, or both when they are equal.</li>
 * </ul>
 * A granted decision gives the {@link #grant()} to record in the ledger; paid in advance, it is due
 * {@link #disbursementDueOn()}.
 *
 * <p>The {@link #explanation()} is built on first request, so deciding formats no text.
 *
 * <p>JSON-serialisable (the explanation is written, and rebuilt when read); immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfDecision.class)
@JsonDeserialize(as = ImmutableMdfDecision.class)
@JsonIgnoreProperties(value = {"partnerId", "explanation"}, allowGetters = true)
public abstract class MdfDecision {

  MdfDecision() {}

  /**
   * Returns the request decided.
   *
   * @return never null
   */
  public abstract MdfRequest request();

  /**
   * Returns the partner.
   *
   * @return never null
   */
  @JsonProperty("partnerId")
  public PartnerId partnerId() {
    return request().partnerId();
  }

  /**
   * Returns the as-of date of the decision (the approval date when granted).
   *
   * @return never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the outcome.
   *
   * @return never null
   */
  public abstract Status status();

  /**
   * Returns what the request asks of the fund: its amount, or under the co-op model the match of
   * the activity's cost.
   *
   * @return never null, above zero
   */
  public abstract Money asked();

  /**
   * Returns what the limits allow: min(asked, quarterly cap remaining, annual balance remaining)
   * for a request that is not rejected; zero for one that is.
   *
   * @return never null, not negative, at most {@link #asked()}
   */
  public abstract Money grantable();

  /**
   * Returns what is granted: {@link #grantable()} when approved or partially approved, else zero.
   *
   * @return never null, not negative
   */
  public abstract Money granted();

  /**
   * Returns the limits that hold the grantable amount below what was asked (both when they are
   * equal); for an eligible partner with nothing left, the limit that left nothing.
   *
   * @return never null; empty when nothing limits the request
   */
  public abstract List<GrantLimit> limitedBy();

  /**
   * Returns the approver the amount asked is routed to ({@link MdfPolicy#routing()}).
   *
   * @return never null
   */
  public abstract Approver routedTo();

  /**
   * Returns the lower bound (inclusive) of the routing bracket the amount asked fell in.
   *
   * @return never null
   */
  public abstract Money routedFrom();

  /**
   * Returns the upper bound (exclusive) of the routing bracket the amount asked fell in.
   *
   * @return the next step's {@code from}, or empty for the last step
   */
  public abstract Optional<Money> routedBelow();

  /**
   * Returns every approver the request needs: the routed one and the tier's own, lowest role first.
   *
   * @return never null, not empty
   */
  public abstract List<Approver> requiredApprovers();

  /**
   * Returns the required approvers who have not approved yet.
   *
   * @return never null; empty unless the status is {@link Status#NEEDS_APPROVAL} or
   *     {@link Status#REJECTED}
   */
  public abstract List<Approver> pendingApprovers();

  /**
   * Returns every reason for a rejection, in the order checked.
   *
   * @return never null; empty unless rejected
   */
  public abstract List<MdfReason> reasons();

  /**
   * Returns the partner's entitlement the request was decided against.
   *
   * @return never null
   */
  public abstract MdfEntitlement entitlement();

  /**
   * Returns, for a grant paid in advance, the last day to disburse it ({@link MdfPolicy#disbursementDays()}
   * after approval).
   *
   * @return the day, or empty when nothing is granted or it is paid by reimbursement
   */
  public abstract Optional<LocalDate> disbursementDueOn();

  /**
   * Tells whether something is granted.
   *
   * @return true if approved or partially approved
   */
  public boolean isGranted() {
    return status() == Status.APPROVED || status() == Status.PARTIALLY_APPROVED;
  }

  /**
   * Returns the grant to record in the partner's ledger.
   *
   * @return the grant (approved on the as-of date), or empty when nothing is granted
   */
  public Optional<MdfLedger.Grant> grant() {
    if (!isGranted()) {
      return Optional.empty();
    }
    return Optional.of(new MdfLedger.Grant.Builder().requestId(request().requestId()).activity(request().activity())
        .amount(granted()).approvedOn(asOf()).payment(request().payment()).build());
  }

  /**
   * Returns the reasons: the allowed use, the eligibility rules, the routing, the limits and the
   * approvals, then the outcome.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("explanation")
  public Explanation explanation() {
    return Explanation.builder().subject("MDF request " + request().requestId() + " of " + partnerId()).asOf(asOf())
        .addAllSteps(MdfTexts.decisionSteps(this)).build();
  }

  /** Builds an {@link MdfDecision}. Not thread-safe. */
  static class Builder extends ImmutableMdfDecision.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /** The outcome of an MDF request ({@code docs/rules/mdf.md#requests}). */
  public enum Status {
    /** Every approval is given and the whole amount asked is granted. */
    APPROVED,
    /**
     * Every approval is given, but a limit (the quarterly cap or the annual balance) grants less than
     * was asked; {@link MdfDecision#limitedBy()} says which.
     */
    PARTIALLY_APPROVED,
    /**
     * The request can be granted, but approvals are missing; {@link MdfDecision#pendingApprovers()}
     * names them.
     */
    NEEDS_APPROVAL,
    /** The request cannot be granted; {@link MdfDecision#reasons()} says every reason. */
    REJECTED
  }

  /**
   * A limit that grants less than a request asks ({@code docs/rules/mdf.md#grant-limits}: a request
   * is granted at most min(requested, quarterly cap remaining, annual balance remaining)).
   */
  public enum GrantLimit {
    /** What is left of the tier's quarterly cap in the fiscal quarter of the decision. */
    QUARTERLY_CAP,
    /** What is left of the annual entitlement (plus any rollover) in the fiscal year of the decision. */
    ANNUAL_BALANCE
  }
}
