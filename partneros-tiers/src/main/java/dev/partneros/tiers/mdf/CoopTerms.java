package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import org.immutables.value.Value;

/**
 * The terms of the co-op funding model ({@code docs/rules/mdf.md#funding-models}: match a
 * percentage of the partner's own spend), used when {@link MdfPolicy#model()} is
 * {@link MdfPolicy.FundingModel#COOP}: a request states the activity's total cost and asks the fund for
 * {@code matchRate x cost}, rounded once.
 *
 * <p>Decision (the blueprint gives no number): the fund matches 50 % (the classic 50/50 co-op
 * split).
 *
 * <p>Program-file form: {@code coop: {matchRate: "0.50"}}.
 *
 * <p>Checked when built: the match rate is above zero.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoopTerms.class)
public abstract class CoopTerms {

  private static final CoopTerms STANDARD = of(Rate.ofPercent(50));

  CoopTerms() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard terms: a 50 % match.
   *
   * @return never null
   */
  public static CoopTerms standard() {
    return STANDARD;
  }

  /**
   * Returns terms.
   *
   * @param matchRate the share of the activity's cost the fund pays, not null, above zero
   * @return never null
   * @throws InvalidProgramException if the rate is zero
   */
  public static CoopTerms of(Rate matchRate) {
    return new Builder().matchRate(matchRate).build();
  }

  @JsonCreator
  static CoopTerms fromJson(@JsonProperty("matchRate") Rate matchRate) {
    ProblemCollector problems = new ProblemCollector();
    problems.requirePresent(FieldPath.root().field("matchRate"), matchRate);
    problems.throwIfErrors(InvalidProgramException::new);
    return of(matchRate);
  }

  /**
   * Returns the share of the activity's cost the fund pays.
   *
   * @return never null, above zero
   */
  public abstract Rate matchRate();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.check(!matchRate().isZero(), FieldPath.root().field("matchRate"), CoreProblemCode.NOT_POSITIVE, "be > 0",
        matchRate());
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds {@link CoopTerms}. Not thread-safe. */
  public static class Builder extends ImmutableCoopTerms.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
