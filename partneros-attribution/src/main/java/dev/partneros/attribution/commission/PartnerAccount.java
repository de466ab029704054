package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's commission account (facts, {@code docs/rules/commission.md}): its {@link #type()}
 * (which models apply), the day it joined (the first-deal SPIFF), its {@link #payoutCurrency()} 
 * ({@code docs/rules/conventions.md#currencies-and-fx}: payouts are settled in the partner's
 * payout currency), its agreed custom rebate rate and an optional minimum payout in its payout
 * currency.
 *
 * <p>Decision: the program's minimum payout is in the program's currency; a partner paid in
 * another currency states its own {@link #minimumPayout()} (never converted silently), and a
 * partner without one is an error at {@code partners[i].minimumPayout}.
 *
 * <p>Checked when built ({@link InvalidFactsException}): the minimum payout not negative and in the
 * payout currency.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnerAccount.class)
@JsonDeserialize(as = ImmutablePartnerAccount.class)
public abstract class PartnerAccount {

  PartnerAccount() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an account with no custom rebate rate and the program's minimum payout.
   *
   * @param id the partner, not null
   * @param type the partner type, not null
   * @param joined the day the partner joined, not null
   * @param payoutCurrency the currency the partner is paid in, not null
   * @return never null
   */
  public static PartnerAccount of(PartnerId id, PartnerType type, LocalDate joined, Currency payoutCurrency) {
    return new Builder().id(requireNonNull(id, "id")).type(requireNonNull(type, "type"))
        .joined(requireNonNull(joined, "joined")).payoutCurrency(requireNonNull(payoutCurrency, "payoutCurrency"))
        .build();
  }

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId id();

  /**
   * Returns the partner type, which selects the plan's {@link CommissionModels}.
   *
   * @return never null
   */
  public abstract PartnerType type();

  /**
   * Returns the day the partner joined the program.
   *
   * @return never null
   */
  public abstract LocalDate joined();

  /**
   * Returns the currency the partner is paid in.
   *
   * @return never null
   */
  public abstract Currency payoutCurrency();

  /**
   * Returns the partner's agreed rate for a custom volume-rebate band
   * ({@code docs/rules/commission.md#volume-rebates}: "1M+: custom").
   *
   * @return the rate, or empty (then reaching a custom band is an error, never zero)
   */
  public abstract Optional<Rate> customRebateRate();

  /**
   * Returns the partner's own minimum payout, in its payout currency.
   *
   * @return the minimum, or empty to use the program's
   */
  public abstract Optional<Money> minimumPayout();

  @Value.Check
  void check() {
    if (minimumPayout().isEmpty()) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    Money minimum = minimumPayout().get();
    FieldPath path = FieldPath.root().field("minimumPayout");
    problems.requireNonNegative(path, minimum);
    problems.check(minimum.currency().equals(payoutCurrency()), path, CoreProblemCode.CURRENCY_MISMATCH,
        "be in the payout currency " + payoutCurrency().getCurrencyCode(), minimum);
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link PartnerAccount}; id, type, joined and payoutCurrency are mandatory. Not thread-safe. */
  public static class Builder extends ImmutablePartnerAccount.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
