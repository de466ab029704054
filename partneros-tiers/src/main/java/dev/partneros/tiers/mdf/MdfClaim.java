package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
@JsonSerialize(as = ImmutableMdfClaim.class)
@JsonDeserialize(as = ImmutableMdfClaim.class)
@JsonIgnoreProperties(value = {"roi"}, allowGetters = true)
public abstract class MdfClaim {

  MdfClaim() {}

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
  public static MdfClaim of(String requestId, Money amount, LocalDate receivedOn) {
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

  /** Builds an {@link MdfClaim}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableMdfClaim.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
