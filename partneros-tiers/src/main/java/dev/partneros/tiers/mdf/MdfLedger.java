package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.TierProblemCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One partner's MDF history ({@code docs/rules/mdf.md#lifecycle}): its earlier grants and the
 * claims against them (with their ROI reports). The caller persists it and passes it to every
 * evaluation; engines never hold it. A new grant is added with {@link #withGrant(MdfGrant)} (from
 * {@link MdfDecision#grant()}), a claim with {@link #withClaim(MdfClaim)}.
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
  public static MdfLedger of(List<MdfGrant> grants, List<MdfClaim> claims) {
    return new Builder().grants(grants).claims(claims).build();
  }

  /**
   * Returns the grants, in the order recorded.
   *
   * @return never null
   */
  public abstract List<MdfGrant> grants();

  /**
   * Returns the claims, in the order received.
   *
   * @return never null
   */
  public abstract List<MdfClaim> claims();

  /**
   * Returns this ledger with one more grant.
   *
   * @param grant the grant, not null, of a new request id
   * @return never null
   * @throws InvalidFactsException if the ledger already has a grant of that id
   */
  public MdfLedger withGrant(MdfGrant grant) {
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
  public MdfLedger withClaim(MdfClaim claim) {
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
  public MdfLedger withUpdatedClaim(MdfClaim claim) {
    requireNonNull(claim, "claim");
    Builder builder = new Builder().grants(grants());
    boolean found = false;
    for (MdfClaim existing : claims()) {
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
  public Optional<MdfGrant> grant(String requestId) {
    requireNonNull(requestId, "requestId");
    return grants().stream().filter(g -> g.requestId().equals(requestId)).findFirst();
  }

  /**
   * Returns the claim against a grant.
   *
   * @param requestId the grant's request id, not null
   * @return the claim, or empty
   */
  public Optional<MdfClaim> claim(String requestId) {
    requireNonNull(requestId, "requestId");
    return claims().stream().filter(c -> c.requestId().equals(requestId)).findFirst();
  }

  @Value.Check
  void check() {
    if (claims().isEmpty() && grants().size() < 2) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    Map<String, MdfGrant> byId = new HashMap<>();
    for (int i = 0; i < grants().size(); i++) {
      MdfGrant grant = grants().get(i);
      problems.check(byId.putIfAbsent(grant.requestId(), grant) == null,
          FieldPath.root().field("grants").index(i).field("requestId"), CoreProblemCode.DUPLICATE,
          "be unique among the grants", grant.requestId());
    }
    Map<String, Integer> claimed = new HashMap<>();
    for (int i = 0; i < claims().size(); i++) {
      MdfClaim claim = claims().get(i);
      FieldPath at = FieldPath.root().field("claims").index(i);
      MdfGrant grant = byId.get(claim.requestId());
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
}
