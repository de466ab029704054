package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the MDF rules need to know about a partner on an as-of date
 * ({@code docs/rules/mdf.md#eligibility}): its tier, its sourced ARR (for the eligibility minimum;
 * measure it with
 * {@link dev.partneros.tiers.TierQualifier#measure(dev.partneros.tiers.TierFacts, LocalDate)}, the
 * rolling 12 months ending on the as-of date), the tier it held in the previous fiscal year (for
 * rollover), when it joined (for the new-partner pool segment) and, under the accrual model, its
 * dated sales.
 *
 * <p>Checked when built: the sourced ARR is not negative.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfPartner.class)
@JsonDeserialize(as = ImmutableMdfPartner.class)
public abstract class MdfPartner {

  MdfPartner() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a partner with a tier and a sourced ARR, and nothing else.
   *
   * @param partnerId the partner, not null
   * @param tier its tier, not null
   * @param sourcedArr its sourced ARR, not null, not negative
   * @return never null
   * @throws InvalidFactsException if the sourced ARR is negative
   */
  public static MdfPartner of(PartnerId partnerId, Tier tier, Money sourcedArr) {
    return new Builder().partnerId(partnerId).tier(tier).sourcedArr(sourcedArr).build();
  }

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partnerId();

  /**
   * Returns the tier the partner holds on the as-of date.
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Returns the partner's sourced ARR over the rolling 12 months ending on the as-of date.
   *
   * @return never null, not negative
   */
  public abstract Money sourcedArr();

  /**
   * Returns the tier the partner held in the previous fiscal year, whose allocation a rollover
   * carries from.
   *
   * @return the tier, or empty when it was the same as {@link #tier()}
   */
  public abstract Optional<Tier> previousYearTier();

  /**
   * Returns the day the partner joined the program.
   *
   * @return the day, or empty when unknown (then the partner is never counted as new)
   */
  public abstract Optional<LocalDate> joinedOn();

  /**
   * Returns the partner's dated sales, on which MDF accrues under the accrual model.
   *
   * @return never null; ignored by the other models
   */
  public abstract List<Sale> sales();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.root().field("sourcedArr"), sourcedArr());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds an {@link MdfPartner}. Not thread-safe. */
  public static class Builder extends ImmutableMdfPartner.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * A partner's sales booked on a day, on which MDF accrues under the accrual model
   * ({@code docs/rules/mdf.md#funding-models}).
   *
   * <p>Checked when built: the amount is not negative.
   *
   * <p>JSON-serialisable; immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableSale.class)
  @JsonDeserialize(as = ImmutableSale.class)
  public abstract static class Sale {

    Sale() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a sale.
     *
     * @param bookedOn the day it was booked, not null
     * @param amount the amount, not null, not negative
     * @return never null
     * @throws InvalidFactsException if the amount is negative
     */
    public static Sale of(LocalDate bookedOn, Money amount) {
      return new Builder().bookedOn(bookedOn).amount(amount).build();
    }

    /**
     * Returns the day the sale was booked.
     *
     * @return never null
     */
    public abstract LocalDate bookedOn();

    /**
     * Returns the amount sold.
     *
     * @return never null, not negative
     */
    public abstract Money amount();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      problems.requireNonNegative(FieldPath.root().field("amount"), amount());
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds an {@link Sale}. Not thread-safe. */
    public static class Builder extends ImmutableSale.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
