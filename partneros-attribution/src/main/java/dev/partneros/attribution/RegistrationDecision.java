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
 * the winning registration, if any, and every registration with its {@link RegistrationStatus}
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
  public abstract Optional<Registration> winner();

  /**
   * Returns every registration of the deal with its outcome, by date, then partner id.
   *
   * @return never null
   */
  public abstract List<RegistrationOutcome> outcomes();

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
    return winner().map(Registration::partner);
  }

  @Value.Check
  void check() {
    long won = 0;
    for (RegistrationOutcome outcome : outcomes()) {
      if (outcome.status() == RegistrationStatus.WON) {
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
}
