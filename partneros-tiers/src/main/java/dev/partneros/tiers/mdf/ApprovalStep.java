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
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.internal.SectionFields;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * One step of the amount-based approval routing ({@code docs/rules/mdf.md#approval-routing}): a
 * request asking the fund for {@link #from()} or more (up to the next step's {@code from},
 * excluded) is routed to {@link #approver()}. Brackets are {@code [from, next from)}
 * ({@code docs/rules/conventions.md#thresholds-and-brackets}), so with the standard steps
 * {@code 0 -> partner manager, 5,000 -> director}, 4,999.99 goes to the partner manager and
 * exactly 5,000.00 to a director.
 *
 * <p>Program-file form: {@code {from: 5000, approver: DIRECTOR}} (the amount in the program's
 * currency).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApprovalStep.class)
public abstract class ApprovalStep {

  ApprovalStep() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a step.
   *
   * @param from the smallest amount routed to the approver (inclusive), not null, not negative
   * @param approver the approver, not null
   * @return never null
   * @throws InvalidProgramException if the amount is negative
   */
  public static ApprovalStep of(Money from, Approver approver) {
    return new Builder().from(from).approver(approver).build();
  }

  @JsonCreator
  static ApprovalStep fromJson(@JacksonInject(useInput = OptBoolean.FALSE) Currency documentCurrency,
      @JsonProperty("from") BigDecimal from, @JsonProperty("approver") Approver approver) {
    ProblemCollector problems = new ProblemCollector();
    Money amount = SectionFields.money(problems, FieldPath.root().field("from"), from, documentCurrency);
    problems.requirePresent(FieldPath.root().field("approver"), approver);
    problems.throwIfErrors(InvalidProgramException::new);
    return of(amount, approver);
  }

  /**
   * Returns the smallest amount routed to this step's approver (inclusive).
   *
   * @return never null, not negative
   */
  @JsonIgnore
  public abstract Money from();

  @JsonProperty("from")
  BigDecimal fromAmount() {
    return from().amount();
  }

  /**
   * Returns the approver requests from {@link #from()} on are routed to.
   *
   * @return never null
   */
  public abstract Approver approver();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.root().field("from"), from());
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds an {@link ApprovalStep}. Not thread-safe. */
  public static class Builder extends ImmutableApprovalStep.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
