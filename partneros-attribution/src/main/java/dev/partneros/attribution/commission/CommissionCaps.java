package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.commission.internal.Exact;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Optional commission caps ({@code docs/rules/commission.md#caps}), amounts in the program's
 * currency. None by default: capping commissions is a listed anti-pattern.
 *
 * <p>Decisions: {@code perDeal} caps what one deal pays one partner (all its lines, SPIFFs and
 * recurring share included); {@code perPartner} caps what one partner earns in a fiscal year;
 * {@code perPeriod} caps what one partner earns in one payout period ({@link PayoutTerms#period()}).
 * Lines are capped in date order (then deal lines before period lines, then by line id): a line
 * takes what the tightest cap has left, possibly nothing, and its explanation names the cap that
 * bit. Negative lines (rebate reductions) are not capped and do not free room.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionCaps.class)
@JsonDeserialize(as = ImmutableCommissionCaps.class)
public abstract class CommissionCaps {

  CommissionCaps() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns no caps at all, the standard program's choice.
   *
   * @return never null
   */
  public static CommissionCaps none() {
    return new Builder().build();
  }

  /**
   * Returns the cap per deal and partner.
   *
   * @return the cap, above zero, or empty
   */
  public abstract Optional<BigDecimal> perDeal();

  /**
   * Returns the cap per partner and fiscal year.
   *
   * @return the cap, above zero, or empty
   */
  public abstract Optional<BigDecimal> perPartner();

  /**
   * Returns the cap per partner and payout period.
   *
   * @return the cap, above zero, or empty
   */
  public abstract Optional<BigDecimal> perPeriod();

  /**
   * Returns the cap of a kind.
   *
   * @param kind the kind, not null
   * @return the cap, or empty
   */
  public Optional<BigDecimal> cap(Kind kind) {
    switch (kind) {
      case PER_DEAL:
        return perDeal();
      case PER_PARTNER:
        return perPartner();
      default:
        return perPeriod();
    }
  }

  @Value.Check
  CommissionCaps normalized() {
    ProblemCollector problems = new ProblemCollector();
    for (Kind kind : Kind.values()) {
      String name = kind == Kind.PER_DEAL ? "perDeal" : kind == Kind.PER_PARTNER ? "perPartner" : "perPeriod";
      cap(kind).ifPresent(c -> problems.check(c.signum() > 0, FieldPath.root().field(name), CoreProblemCode.NOT_POSITIVE,
          "be > 0 (leave it out for no cap)", c.toPlainString()));
    }
    problems.throwIfErrors(InvalidProgramException::new);
    if (perDeal().map(Exact::isNormal).orElse(true) && perPartner().map(Exact::isNormal).orElse(true)
        && perPeriod().map(Exact::isNormal).orElse(true)) {
      return this;
    }
    return new Builder().perDeal(perDeal().map(Exact::normal)).perPartner(perPartner().map(Exact::normal))
        .perPeriod(perPeriod().map(Exact::normal)).build();
  }

  /** Builds {@link CommissionCaps}; every cap is optional. Not thread-safe. */
  public static class Builder extends ImmutableCommissionCaps.Builder {
    /** Creates a builder with no caps. */
    Builder() {}
  }

  /** The optional commission caps of {@code docs/rules/commission.md#caps}. */
  public enum Kind {
    /** The most one deal pays one partner. */
    PER_DEAL,
    /** The most one partner earns in a fiscal year. */
    PER_PARTNER,
    /** The most one partner earns in one payout period (a month or a fiscal quarter). */
    PER_PERIOD
  }
}
