package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exchange rate fixed at a transaction date, with its source recorded
 * ({@code docs/rules/conventions.md#currencies-and-fx}): one unit of {@link #from()} is worth
 * {@link #rate()} units of {@link #to()}. PartnerOS never looks up "today's rate": a conversion is
 * always an explicit input.
 *
 * <p>Immutable and thread-safe.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"from", "to", "rate", "asOf", "source"})
public final class FxRate {

  private final Currency from;
  private final Currency to;
  private final BigDecimal rate;
  private final LocalDate asOf;
  private final String source;

  private FxRate(Currency from, Currency to, BigDecimal rate, LocalDate asOf, String source) {
    this.from = from;
    this.to = to;
    this.rate = rate;
    this.asOf = asOf;
    this.source = source;
  }

  /**
   * Creates an exchange rate.
   *
   * @param from the currency converted from, not null
   * @param to the currency converted to, not null, different from {@code from}
   * @param rate units of {@code to} per unit of {@code from}, not null, above zero
   * @param asOf the date the rate was fixed (the transaction date), not null
   * @param source where the rate comes from (e.g. {@code "ECB reference rate"}), not blank
   * @return never null
   * @throws InvalidFactsException naming every field that is wrong
   */
  public static FxRate of(Currency from, Currency to, BigDecimal rate, LocalDate asOf, String source) {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requirePresent(root.field("from"), from);
    problems.requirePresent(root.field("to"), to);
    if (from != null && to != null) {
      problems.check(!from.equals(to), root.field("to"), CoreProblemCode.SAME_CURRENCY,
          "differ from " + from.getCurrencyCode(), to.getCurrencyCode());
    }
    if (problems.requirePresent(root.field("rate"), rate)) {
      problems.check(rate.signum() > 0, root.field("rate"), CoreProblemCode.NOT_POSITIVE, "be > 0", rate.toPlainString());
    }
    problems.requirePresent(root.field("asOf"), asOf);
    problems.requireNotBlank(root.field("source"), source);
    problems.throwIfErrors(InvalidFactsException::new);
    return new FxRate(from, to, rate, asOf, source);
  }

  @JsonCreator
  static FxRate fromJson(@JsonProperty("from") String from, @JsonProperty("to") String to,
      @JsonProperty("rate") String rate, @JsonProperty("asOf") LocalDate asOf,
      @JsonProperty("source") String source) {
    return of(from == null ? null : Money.currency(from), to == null ? null : Money.currency(to),
        rate == null ? null : Decimals.parse(FieldPath.root().field("rate"), rate), asOf, source);
  }

  /**
   * Returns the currency converted from.
   *
   * @return never null
   */
  public Currency from() {
    return from;
  }

  @JsonProperty("from")
  String fromCode() {
    return from.getCurrencyCode();
  }

  /**
   * Returns the currency converted to.
   *
   * @return never null
   */
  public Currency to() {
    return to;
  }

  @JsonProperty("to")
  String toCode() {
    return to.getCurrencyCode();
  }

  /**
   * Returns the units of {@link #to()} per unit of {@link #from()}.
   *
   * @return never null, above zero
   */
  public BigDecimal rate() {
    return rate;
  }

  @JsonProperty("rate")
  String rateText() {
    return rate.toPlainString();
  }

  /**
   * Returns the date the rate was fixed.
   *
   * @return never null
   */
  @JsonProperty("asOf")
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns where the rate comes from.
   *
   * @return never null, not blank
   */
  @JsonProperty("source")
  public String source() {
    return source;
  }

  /**
   * Returns the inverse rate (to -> from), computed to 18 significant digits, with the same date
   * and source.
   *
   * @return never null
   */
  public FxRate inverse() {
    return new FxRate(to, from, BigDecimal.ONE.divide(rate, new MathContext(18, RoundingMode.HALF_EVEN)),
        asOf, source + " (inverse)");
  }

  /**
   * Converts an amount, rounding the result once to the target currency's minor unit.
   *
   * @param amount the amount, not null, in {@link #from()}
   * @param rounding how to round, not null
   * @return the conversion, carrying the original, the converted amount and this rate; never null
   * @throws CurrencyMismatchException if the amount is not in {@link #from()}
   */
  public Conversion convert(Money amount, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(rounding, "rounding");
    if (!amount.currency().equals(from)) {
      throw new CurrencyMismatchException(from, amount.currency());
    }
    Money converted = Money.of(amount.amount().multiply(rate), to, rounding);
    return new Conversion(amount, converted, this);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FxRate)) {
      return false;
    }
    FxRate that = (FxRate) other;
    return from.equals(that.from) && to.equals(that.to) && rate.compareTo(that.rate) == 0
        && asOf.equals(that.asOf) && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, rate.stripTrailingZeros(), asOf, source);
  }

  /**
   * Renders the rate: {@code 1 EUR = 1.0850 USD on 2026-03-31 (ECB)}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "1 " + from.getCurrencyCode() + " = " + rate.toPlainString() + " " + to.getCurrencyCode()
        + " on " + asOf + " (" + source + ")";
  }

  /**
   * The result of a conversion: what was converted, what it became, and the rate used, so an
   * explanation can show all three.
   *
   * <p>Immutable and thread-safe.
   */
  @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonPropertyOrder({"original", "converted", "rate"})
  public static final class Conversion {
    private final Money original;
    private final Money converted;
    private final FxRate rate;

    private Conversion(Money original, Money converted, FxRate rate) {
      this.original = original;
      this.converted = converted;
      this.rate = rate;
    }

    @JsonCreator
    static Conversion fromJson(@JsonProperty("original") Money original,
        @JsonProperty("converted") Money converted, @JsonProperty("rate") FxRate rate) {
      ProblemCollector problems = new ProblemCollector();
      problems.requirePresent(FieldPath.root().field("original"), original);
      problems.requirePresent(FieldPath.root().field("converted"), converted);
      problems.requirePresent(FieldPath.root().field("rate"), rate);
      problems.throwIfErrors(InvalidFactsException::new);
      return new Conversion(original, converted, rate);
    }

    /**
     * Returns the amount converted.
     *
     * @return never null
     */
    @JsonProperty("original")
    public Money original() {
      return original;
    }

    /**
     * Returns the converted amount, rounded to its currency's minor unit.
     *
     * @return never null
     */
    @JsonProperty("converted")
    public Money converted() {
      return converted;
    }

    /**
     * Returns the rate used.
     *
     * @return never null
     */
    @JsonProperty("rate")
    public FxRate rate() {
      return rate;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Conversion)) {
        return false;
      }
      Conversion that = (Conversion) other;
      return original.equals(that.original) && converted.equals(that.converted) && rate.equals(that.rate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(original, converted, rate);
    }

    /**
     * Renders the conversion: {@code 1,000.00 EUR -> 1,085.00 USD at 1 EUR = 1.085 USD on ...}.
     *
     * @return never null
     */
    @Override
    public String toString() {
      return original + " -> " + converted + " at " + rate;
    }
  }
}
