package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated obligation of the MDF lifecycle on an as-of date ({@code docs/rules/mdf.md#lifecycle}):
 * an advance to disburse, a claim to reimburse, or an ROI report the partner owes; its due date
 * (inclusive: done on the due date is on time), when it was done, and its status. An overdue ROI
 * report blocks new funds ({@link MdfReason#OVERDUE_ROI_REPORT}); an overdue disbursement or
 * reimbursement is the program's own debt and blocks nothing.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfObligation.class)
@JsonDeserialize(as = ImmutableMdfObligation.class)
@JsonIgnoreProperties(value = {"late"}, allowGetters = true)
public abstract class MdfObligation {

  MdfObligation() {}

  /**
   * Returns what is owed.
   *
   * @return never null
   */
  public abstract Kind kind();

  /**
   * Returns the id of the grant (its request) the obligation belongs to.
   *
   * @return never null
   */
  public abstract String requestId();

  /**
   * Returns the last day it is on time.
   *
   * @return never null
   */
  public abstract LocalDate dueOn();

  /**
   * Returns the day it was done.
   *
   * @return the day, or empty when not done by the as-of date
   */
  public abstract Optional<LocalDate> doneOn();

  /**
   * Returns the as-of date of the status.
   *
   * @return never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the status on the as-of date.
   *
   * @return never null
   */
  public abstract Status status();

  /**
   * Tells whether it was done, or is still open, after its due date.
   *
   * @return true if done late or overdue
   */
  @JsonProperty("late")
  public boolean isLate() {
    return status() == Status.OVERDUE || doneOn().map(d -> d.isAfter(dueOn())).orElse(false);
  }

  /** Builds an {@link MdfObligation}. Not thread-safe. */
  static class Builder extends ImmutableMdfObligation.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /** A dated obligation of the MDF lifecycle ({@code docs/rules/mdf.md#lifecycle}). */
  public enum Kind {
    /** Paying an {@link PaymentMode#ADVANCE} grant: due {@link MdfPolicy#disbursementDays()} after approval. */
    DISBURSEMENT,
    /**
     * Reimbursing the claim of a {@link PaymentMode#REIMBURSEMENT} grant: due
     * {@link MdfPolicy#reimbursementDays()} after the claim's receipt (net 15).
     */
    REIMBURSEMENT,
    /**
     * The partner's ROI report on a claim (leads, opportunities, pipeline, closed revenue): due
     * {@link MdfPolicy#roiReportDays()} after the claim's receipt. Overdue, it blocks new funds.
     */
    ROI_REPORT
  }

  /** Where an {@link MdfObligation} stands on an as-of date. */
  public enum Status {
    /** Not done yet, and the due date is today or later. */
    OPEN,
    /** Not done, and the due date has passed (the as-of date is after it). */
    OVERDUE,
    /** Done, on or before the as-of date (possibly late: see {@link MdfObligation#isLate()}). */
    DONE
  }
}
