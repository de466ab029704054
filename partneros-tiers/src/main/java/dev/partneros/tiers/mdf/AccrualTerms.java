package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.internal.SectionFields;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The terms of the accrual funding model ({@code docs/rules/mdf.md#funding-models}: a percentage
 * of partner sales accrues, up to a cap), used when {@link MdfPolicy#model()} is
 * {@link MdfPolicy.FundingModel#ACCRUAL}.
 *
 * <p>Decision (the blueprint gives no numbers): 2 % of the partner's sales booked in the fiscal
 * year up to the as-of date accrue (a common co-marketing accrual rate); the cap is, unless the
 * program states one, the partner's tier's annual MDF allocation, so accrual never funds a partner
 * beyond what its tier would get.
 *
 * <p>Program-file form: {@code accrual: {rate: "0.02", cap: 50000}} ({@code cap} optional, in the
 * program's currency).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccrualTerms.class)
public abstract class AccrualTerms {

  private static final AccrualTerms STANDARD = of(Rate.ofPercent(2));

  AccrualTerms() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard terms: 2 % of sales, capped at the tier's annual allocation.
   *
   * @return never null
   */
  public static AccrualTerms standard() {
    return STANDARD;
  }

  /**
   * Returns terms without a cap of their own (capped at the tier's annual allocation).
   *
   * @param rate the share of sales that accrues, not null
   * @return never null
   */
  public static AccrualTerms of(Rate rate) {
    return new Builder().rate(rate).build();
  }

  /**
   * Returns terms with a cap of their own.
   *
   * @param rate the share of sales that accrues, not null
   * @param cap the most that accrues in a fiscal year, not null, not negative
   * @return never null
   * @throws InvalidProgramException if the cap is negative
   */
  public static AccrualTerms of(Rate rate, Money cap) {
    return new Builder().rate(rate).cap(cap).build();
  }

  @JsonCreator
  static AccrualTerms fromJson(@JacksonInject(useInput = OptBoolean.FALSE) Currency documentCurrency,
      @JsonProperty("rate") Rate rate, @JsonProperty("cap") BigDecimal cap) {
    ProblemCollector problems = new ProblemCollector();
    problems.requirePresent(FieldPath.root().field("rate"), rate);
    Money capMoney = cap == null ? null : SectionFields.money(problems, FieldPath.root().field("cap"), cap, documentCurrency);
    problems.throwIfErrors(InvalidProgramException::new);
    return new Builder().rate(rate).cap(Optional.ofNullable(capMoney)).build();
  }

  /**
   * Returns the share of the partner's sales that accrues.
   *
   * @return never null
   */
  public abstract Rate rate();

  /**
   * Returns the most that accrues in a fiscal year.
   *
   * @return the cap, or empty for the tier's annual MDF allocation
   */
  @JsonIgnore
  public abstract Optional<Money> cap();

  @JsonProperty("cap")
  Optional<BigDecimal> capAmount() {
    return cap().map(Money::amount);
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    cap().ifPresent(c -> problems.requireNonNegative(FieldPath.root().field("cap"), c));
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds {@link AccrualTerms}; {@code rate} is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableAccrualTerms.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
