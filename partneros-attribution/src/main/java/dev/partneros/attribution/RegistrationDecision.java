package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a registration conflict on one deal at an evaluation date
 * ({@code docs/rules/attribution.md#deal-registration}), made by a {@link RegistrationResolver}:
 * the winning registration, if any, and every registration with its {@link Status}
 * (won, or the reason it lost), ordered by date then partner id.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegistrationDecision.class)
@JsonDeserialize(as = ImmutableRegistrationDecision.class)
public abstract class RegistrationDecision {

  RegistrationDecision() {}

  /**
   * Returns the deal's id.
   *
   * @return never null
   */
  public abstract String dealId();

  /**
   * Returns the date the conflict was evaluated at.
   *
   * @return never null
   */
  public abstract LocalDate evaluationDate();

  /**
   * Returns the winning registration.
   *
   * @return the winner, or empty when no registration is valid and protected on the evaluation date
   */
  public abstract Optional<Deal.Registration> winner();

  /**
   * Returns every registration of the deal with its outcome, by date, then partner id.
   *
   * @return never null
   */
  public abstract List<Outcome> outcomes();

  /**
   * Returns the explanation: one step per registration ({@code attribution.registration.conflict},
   * outcome the status) and one for the winner ({@code attribution.registration.winner}).
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the winning partner.
   *
   * @return the partner of {@link #winner()}, or empty
   */
  public Optional<PartnerId> winningPartner() {
    return winner().map(Deal.Registration::partner);
  }

  @Value.Check
  void check() {
    long won = 0;
    for (Outcome outcome : outcomes()) {
      if (outcome.status() == Status.WON) {
        won++;
      }
    }
    if (won != (winner().isPresent() ? 1 : 0)) {
      ProblemCollector problems = new ProblemCollector();
      problems.check(false, FieldPath.root().field("outcomes"), CoreProblemCode.INCONSISTENT,
          "have exactly one WON outcome when there is a winner and none otherwise", won + " WON");
      problems.throwIfErrors(InvalidFactsException::new);
    }
  }

  /**
   * Renders a one-line summary: {@code D-1 on 2026-03-21: P-2 (registered 2026-03-01) wins, 1 lost}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    String won = winner().map(w -> w.partner() + " (registered " + w.date() + ") wins").orElse("no winner");
    return dealId() + " on " + evaluationDate() + ": " + won + ", " + (outcomes().size() - (winner().isPresent() ? 1 : 0))
        + " lost";
  }

  /** Builds a {@link RegistrationDecision}; used by {@link RegistrationResolver}. Not thread-safe. */
  static class Builder extends ImmutableRegistrationDecision.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * What became of one registration in a registration conflict
   * ({@code docs/rules/attribution.md#deal-registration}, "Deal registration"): {@link #WON}, or the
   * reason it lost. The reasons are checked in the order declared below (a registration made after
   * the evaluation date is reported as such even if it would also be after close).
   */
  public enum Status {
    /** The earliest valid registration still within its protection on the evaluation date. */
    WON,
    /** Made after the evaluation date: it did not exist yet, so it takes no part. */
    AFTER_EVALUATION_DATE,
    /** Made after the deal closed: there was no open opportunity left to protect. */
    AFTER_CLOSE,
    /**
     * Made after the deal entered the direct pipeline (a direct engagement strictly before the
     * registration day): invalid. An engagement on the registration day itself does not invalidate it.
     */
    AFTER_DIRECT_PIPELINE,
    /**
     * Its protection ended before the evaluation date (protected days 0 to N inclusive, expired from
     * day N + 1), or before the deal was created
     * ({@code docs/rules/attribution.md#registration-before-the-deal-was-created}).
     */
    EXPIRED,
    /** Valid and protected, but a valid protected registration of an earlier day won. */
    LATER_THAN_WINNER,
    /** Valid, protected and of the same day as the winner, but the winner's partner id sorts first. */
    TIE_BROKEN_BY_PARTNER_ID,
    /** Another registration by the winning partner on the winning day: a duplicate of the winner. */
    DUPLICATE_OF_WINNER;

    /**
     * Tells whether the registration lost.
     *
     * @return true for every status but {@link #WON}
     */
    public boolean isLoss() {
      return this != WON;
    }
  }

  /**
   * One registration of a conflict and what became of it
   * ({@code docs/rules/attribution.md#deal-registration}): won, or lost and why, with the last day
   * of its protection.
   *
   * <p>JSON-serialisable; immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableOutcome.class)
  @JsonDeserialize(as = ImmutableOutcome.class)
  public abstract static class Outcome {

    Outcome() {}

    /**
     * Returns the registration.
     *
     * @return never null
     */
    public abstract Deal.Registration registration();

    /**
     * Returns whether it won, or why it lost.
     *
     * @return never null
     */
    public abstract Status status();

    /**
     * Returns the last protected day: the registration day plus its protection days.
     *
     * @return never null
     */
    public abstract LocalDate protectedThrough();

    /** Builds a {@link Outcome}; used by {@link RegistrationResolver}. Not thread-safe. */
    static class Builder extends ImmutableOutcome.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
