package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.commission.internal.Exact;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A one-time referral fee ({@code docs/rules/commission.md#referral-fee}): a percentage of the
 * deal's first-year value ({@code rate: "0.20"}: 24,000 x 20 % = 4,800) or a flat fee in the
 * program's currency ({@code flat: 1000}). Exactly one of the two.
 *
 * <p>Decision: the attribution factor scales a flat fee too (an influenced referral earns half of
 * it, one not attributed nothing), so that every deal-based line obeys
 * {@code docs/rules/attribution.md#credit-factors}'s credit.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferralFee.class)
@JsonDeserialize(as = ImmutableReferralFee.class)
public abstract class ReferralFee {

  ReferralFee() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard fee: 20 % of first-year value.
   *
   * @return never null
   */
  public static ReferralFee standard() {
    return ofRate(Rate.ofPercent(20));
  }

  /**
   * Creates a percentage fee.
   *
   * @param rate the fraction of first-year value, not null
   * @return never null
   */
  public static ReferralFee ofRate(Rate rate) {
    return new Builder().rate(requireNonNull(rate, "rate")).build();
  }

  /**
   * Creates a flat fee.
   *
   * @param amount the fee in the program's currency, not null, not negative
   * @return never null
   * @throws InvalidProgramException if the amount is negative
   */
  public static ReferralFee ofFlat(BigDecimal amount) {
    return new Builder().flat(requireNonNull(amount, "amount")).build();
  }

  /**
   * Returns the fraction of first-year value paid.
   *
   * @return the rate, or empty for a flat fee
   */
  public abstract Optional<Rate> rate();

  /**
   * Returns the flat fee, in the program's currency.
   *
   * @return the fee, not negative, or empty for a percentage fee
   */
  public abstract Optional<BigDecimal> flat();

  @Value.Check
  ReferralFee normalized() {
    ProblemCollector problems = new ProblemCollector();
    problems.check(rate().isPresent() != flat().isPresent(), FieldPath.root().field("rate"), CoreProblemCode.ONE_OF,
        "be given, or flat, but not both", rate().isPresent() ? "both" : "neither");
    flat().ifPresent(f -> problems.requireNonNegative(FieldPath.root().field("flat"), f));
    problems.throwIfErrors(InvalidProgramException::new);
    if (flat().isPresent() && !Exact.isNormal(flat().get())) {
      return new Builder().flat(Exact.normal(flat().get())).build();
    }
    return this;
  }

  /** Builds a {@link ReferralFee}; a rate or a flat amount is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableReferralFee.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
