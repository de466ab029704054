package dev.partneros.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of money values (docs/rules/conventions.md#money): amounts of scale 2 in USD, EUR and
 * JPY (scale 0), weights and rates. Used through {@code @Domain(MoneyDomain.class)}; shared with
 * the other modules' tests through the core test jar.
 */
public class MoneyDomain extends DomainContextBase {

  /** Currencies the generators use: two with cents, one without. */
  public static final List<Currency> CURRENCIES =
      List.of(Currency.getInstance("USD"), Currency.getInstance("EUR"), Currency.getInstance("JPY"));

  /**
   * Non-negative USD amounts up to 10 million, scale 2, edge cases (0.00, 0.01) included.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Money> money() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000")).ofScale(2)
        .map(amount -> Money.of(amount, Currency.getInstance("USD")));
  }

  /**
   * Weights from 0 to 1000 with up to 3 decimals.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<BigDecimal> weights() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3);
  }

  /**
   * Rates from 0 % to 100 % with up to 4 decimals.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Rate> rates() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4).map(Rate::of);
  }

  /**
   * Amounts in any of {@link #CURRENCIES}, positive or negative.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Money> anyCurrencyMoney() {
    return Combinators.combine(Arbitraries.of(CURRENCIES),
            Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L))
        .as((currency, minor) -> Money.ofMinor(minor, currency));
  }
}
