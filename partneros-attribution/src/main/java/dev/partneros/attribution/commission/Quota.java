package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import org.immutables.value.Value;

/**
 * A partner's quota for one fiscal quarter (facts, {@code docs/rules/commission.md#spiffs}): the
 * quarter met its quota when the amounts of the partner's attributed deals signed in it, net of
 * cancellations effective by its end, reach the target (inclusive,
 * {@code docs/rules/conventions.md#thresholds-and-brackets}). The quarter must be a fiscal quarter
 * of the program in force on its first day, and the target in the program's currency (checked by
 * the calculator at {@code quotas[i]}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuota.class)
@JsonDeserialize(as = ImmutableQuota.class)
public abstract class Quota {

  Quota() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a quota.
   *
   * @param partner the partner, not null
   * @param quarter the fiscal quarter, not null
   * @param target the volume to reach, not null, not negative
   * @return never null
   */
  public static Quota of(PartnerId partner, DateRange quarter, Money target) {
    return new Builder().partner(requireNonNull(partner, "partner")).quarter(requireNonNull(quarter, "quarter"))
        .target(requireNonNull(target, "target")).build();
  }

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partner();

  /**
   * Returns the fiscal quarter.
   *
   * @return never null
   */
  public abstract DateRange quarter();

  /**
   * Returns the volume to reach, in the program's currency.
   *
   * @return never null, not negative
   */
  public abstract Money target();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.root().field("target"), target());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link Quota}; every attribute is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableQuota.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
