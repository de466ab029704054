package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.TierProblemCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One partner's MDF history ({@code docs/rules/mdf.md#lifecycle}): its earlier grants and the
 * claims against them (with their ROI reports). The caller persists it and passes it to every
 * evaluation; engines never hold it. A new grant is added with {@link #withGrant(Grant)} (from
 * {@link MdfDecision#grant()}), a claim with {@link #withClaim(Claim)}.
 *
 * <p>Checked when built, with paths relative to the ledger: grant ids are unique; every claim names
 * a grant of the ledger, at most one claim per grant, received on or after the grant's approval; a
 * claim against an advance records no reimbursement. (That amounts are in the fund's currency and
 * nothing is dated after the as-of date is checked by the engines, which know both.)
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfLedger.class)
@JsonDeserialize(as = ImmutableMdfLedger.class)
public abstract class MdfLedger {

  private static final MdfLedger EMPTY = new Builder().build();

  MdfLedger() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the ledger of a partner that never had MDF.
   *
   * @return never null
   */
  public static MdfLedger empty() {
    return EMPTY;
  }

  /**
   * Returns a ledger.
   *
   * @param grants the grants, not null
   * @param claims the claims, not null
   * @return never null
   * @throws InvalidFactsException naming every inconsistency
   */
  public static MdfLedger of(List<Grant> grants, List<Claim> claims) {
    return new Builder().grants(grants).claims(claims).build();
  }

  /**
   * Returns the grants, in the order recorded.
   *
   * @return never null
   */
  public abstract List<Grant> grants();

  /**
   * Returns the claims, in the order received.
   *
   * @return never null
   */
  public abstract List<Claim> claims();

  /**
   * Returns this ledger with one more grant.
   *
   * @param grant the grant, not null, of a new request id
   * @return never null
   * @throws InvalidFactsException if the ledger already has a grant of that id
   */
  public MdfLedger withGrant(Grant grant) {
    requireNonNull(grant, "grant");
    return new Builder().from(this).addGrants(grant).build();
  }

  /**
   * Returns this ledger with one more claim.
   *
   * @param claim the claim, not null, against a grant of this ledger that has no claim yet
   * @return never null
   * @throws InvalidFactsException if the claim names no grant of the ledger, or its grant has a
   *     claim already
   */
  public MdfLedger withClaim(Claim claim) {
    requireNonNull(claim, "claim");
    return new Builder().from(this).addClaims(claim).build();
  }

  /**
   * Returns this ledger with a claim replaced by a later state of it (reimbursed, or its ROI
   * report filed).
   *
   * @param claim the claim's later state, not null, of a grant that has a claim
   * @return never null
   * @throws InvalidFactsException if no claim of that grant is on the ledger
   */
  public MdfLedger withUpdatedClaim(Claim claim) {
    requireNonNull(claim, "claim");
    Builder builder = new Builder().grants(grants());
    boolean found = false;
    for (Claim existing : claims()) {
      if (existing.requestId().equals(claim.requestId())) {
        builder.addClaims(claim);
        found = true;
      } else {
        builder.addClaims(existing);
      }
    }
    if (!found) {
      ProblemCollector problems = new ProblemCollector();
      problems.check(false, FieldPath.root().field("requestId"), TierProblemCode.UNKNOWN_CLAIM,
          "name a grant that has a claim on the ledger", claim.requestId());
      problems.throwIfErrors(InvalidFactsException::new);
    }
    return builder.build();
  }

  /**
   * Returns a grant by its request id.
   *
   * @param requestId the id, not null
   * @return the grant, or empty
   */
  public Optional<Grant> grant(String requestId) {
    requireNonNull(requestId, "requestId");
    return grants().stream().filter(g -> g.requestId().equals(requestId)).findFirst();
  }

  /**
   * Returns the claim against a grant.
   *
   * @param requestId the grant's request id, not null
   * @return the claim, or empty
   */
  public Optional<Claim> claim(String requestId) {
    requireNonNull(requestId, "requestId");
    return claims().stream().filter(c -> c.requestId().equals(requestId)).findFirst();
  }

  @Value.Check
  void check() {
    if (claims().isEmpty() && grants().size() < 2) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    Map<String, Grant> byId = new HashMap<>();
    for (int i = 0; i < grants().size(); i++) {
      Grant grant = grants().get(i);
      problems.check(byId.putIfAbsent(grant.requestId(), grant) == null,
          FieldPath.root().field("grants").index(i).field("requestId"), CoreProblemCode.DUPLICATE,
          "be unique among the grants", grant.requestId());
    }
    Map<String, Integer> claimed = new HashMap<>();
    for (int i = 0; i < claims().size(); i++) {
      Claim claim = claims().get(i);
      FieldPath at = FieldPath.root().field("claims").index(i);
      Grant grant = byId.get(claim.requestId());
      if (!problems.check(grant != null, at.field("requestId"), TierProblemCode.UNKNOWN_GRANT, "name a grant of the ledger",
          claim.requestId())) {
        continue;
      }
      Integer before = claimed.putIfAbsent(claim.requestId(), i);
      if (before != null) {
        problems.check(false, at.field("requestId"), CoreProblemCode.DUPLICATE,
            "be the only claim of its grant (already claims[" + before + "])", claim.requestId());
      }
      if (claim.receivedOn().isBefore(grant.approvedOn())) {
        problems.check(false, at.field("receivedOn"), CoreProblemCode.BEFORE_START,
            "not be before the grant's approval on " + grant.approvedOn(), claim.receivedOn());
      }
      claim.reimbursedOn().ifPresent(d -> problems.check(grant.payment() == PaymentMode.REIMBURSEMENT,
          at.field("reimbursedOn"), CoreProblemCode.NOT_ALLOWED, "be absent for a claim against an advance", d));
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds an {@link MdfLedger}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableMdfLedger.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

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
  @JsonSerialize(as = ImmutableGrant.class)
  @JsonDeserialize(as = ImmutableGrant.class)
  public abstract static class Grant {

    Grant() {}

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
    public static Grant of(String requestId, ActivityType activity, Money amount, LocalDate approvedOn) {
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

    /** Builds an {@link Grant}; {@code build()} checks it. Not thread-safe. */
    public static class Builder extends ImmutableGrant.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A partner's claim against a grant ({@code docs/rules/mdf.md#lifecycle}): the proof of what the
   * funded activity cost, received on a day; for a grant paid by reimbursement, reimbursed net 15
   * from that day; and later the activity's {@link RoiReport}, due {@link MdfPolicy#roiReportDays()}
   * after receipt.
   *
   * <p>Decision: a grant has at most one claim (its final one). A claim for less than a reimbursed
   * grant releases the difference back to the balances of the period the grant was approved in; a
   * claim for more is reimbursed up to the grant only.
   *
   * <p>Checked when built: the amount is not negative; the reimbursement and the report are not
   * dated before the receipt; the report's amounts are in the claim's currency.
   *
   * <p>JSON-serialisable (with the derived {@code roi}, rebuilt when read); immutable and
   * thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableClaim.class)
  @JsonDeserialize(as = ImmutableClaim.class)
  @JsonIgnoreProperties(value = {"roi"}, allowGetters = true)
  public abstract static class Claim {

    Claim() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a claim with no reimbursement and no report yet.
     *
     * @param requestId the id of the grant claimed against, not blank
     * @param amount what the activity cost, not null, not negative
     * @param receivedOn the day the claim was received, not null
     * @return never null
     * @throws InvalidFactsException if the id is blank or the amount negative
     */
    public static Claim of(String requestId, Money amount, LocalDate receivedOn) {
      return new Builder().requestId(requestId).amount(amount).receivedOn(receivedOn).build();
    }

    /**
     * Returns the id of the grant (its request) claimed against.
     *
     * @return never null, not blank
     */
    public abstract String requestId();

    /**
     * Returns what the funded activity cost the partner, as claimed.
     *
     * @return never null, not negative
     */
    public abstract Money amount();

    /**
     * Returns the day the claim was received.
     *
     * @return never null
     */
    public abstract LocalDate receivedOn();

    /**
     * Returns the day the claim was reimbursed.
     *
     * @return the day, or empty when not yet (always empty for an advance)
     */
    public abstract Optional<LocalDate> reimbursedOn();

    /**
     * Returns the activity's ROI report.
     *
     * @return the report, or empty when not filed yet
     */
    public abstract Optional<RoiReport> roiReport();

    /**
     * Returns the activity's ROI, once reported (spend = the claimed amount).
     *
     * @return the ROI, or empty when no report was filed
     */
    @JsonProperty("roi")
    public Optional<ActivityRoi> roi() {
      return roiReport().map(report -> ActivityRoi.of(amount(), report));
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath root = FieldPath.root();
      problems.requireNotBlank(root.field("requestId"), requestId());
      problems.requireNonNegative(root.field("amount"), amount());
      reimbursedOn().ifPresent(d -> {
        if (d.isBefore(receivedOn())) {
          problems.check(false, root.field("reimbursedOn"), CoreProblemCode.BEFORE_START,
              "not be before the claim's receipt on " + receivedOn(), d);
        }
      });
      roiReport().ifPresent(r -> {
        if (r.reportedOn().isBefore(receivedOn())) {
          problems.check(false, root.field("roiReport").field("reportedOn"), CoreProblemCode.BEFORE_START,
              "not be before the claim's receipt on " + receivedOn(), r.reportedOn());
        }
        if (!r.pipeline().currency().equals(amount().currency())) {
          problems.check(false, root.field("roiReport").field("pipeline"), CoreProblemCode.CURRENCY_MISMATCH,
              "be in the claim's currency " + amount().currency().getCurrencyCode(), r.pipeline());
        }
      });
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds an {@link Claim}; {@code build()} checks it. Not thread-safe. */
    public static class Builder extends ImmutableClaim.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
