package dev.partneros.tiers;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A measure a tier criterion can set a threshold on ({@code docs/rules/tiers.md#metrics}). Every
 * metric is measured over the program's rolling window (12 months ending on the as-of date by
 * default) and aggregated across all of the partner's products; see
 * {@link TierQualifier#measure(TierFacts, java.time.LocalDate)} for how each one is computed from
 * dated facts.
 *
 * <p>Each metric has a {@link Kind} that fixes its unit and the values a threshold on it may take:
 * <ul>
 *   <li>{@link Kind#MONEY}: an amount in the program's currency, {@code >= 0}, at most the currency's
 *       decimals;</li>
 *   <li>{@link Kind#COUNT}: a whole number {@code >= 0};</li>
 *   <li>{@link Kind#SCORE}: a score on the metric's scale ({@link #lowest()} to {@link #highest()}):
 *       NPS -100 to 100; CSAT 0 to 100 (Decision: CSAT is the percentage of satisfied responses);</li>
 *   <li>{@link Kind#FLAG}: yes or no, written 1 or 0 (a threshold {@code min: 1} means "required");</li>
 *   <li>{@link Kind#NUMBER}: a custom named metric, any decimal {@code >= 0}.</li>
 * </ul>
 *
 * <p>Thresholds are inclusive lower bounds
 * ({@code docs/rules/conventions.md#thresholds-and-brackets}): {@code min: 25000} on
 * {@link #SOURCED_ARR} means {@code >= 25,000}.
 */
public enum Metric {

  /** Annual recurring revenue of closed deals the partner sourced, in the program's currency. */
  SOURCED_ARR(Kind.MONEY, "sourced ARR", "sourced ARR", "sourced ARR"),
  /** Annual recurring revenue of closed deals the partner influenced, in the program's currency. */
  INFLUENCED_ARR(Kind.MONEY, "influenced ARR", "influenced ARR", "influenced ARR"),
  /** Every closed deal's ARR plus the partner's other revenue, in the program's currency. */
  TOTAL_PARTNER_REVENUE(Kind.MONEY, "total partner revenue", "total partner revenue", "total partner revenue"),
  /** Referrals qualified in the window. */
  QUALIFIED_REFERRALS(Kind.COUNT, "qualified referrals", "referral", "referrals"),
  /** Deals registered in the window. */
  DEALS_REGISTERED(Kind.COUNT, "deals registered", "deal registered", "deals registered"),
  /** Deals closed (won) in the window. */
  DEALS_CLOSED(Kind.COUNT, "deals closed", "closed deal", "closed deals"),
  /** Distinct people holding a valid certification on the as-of date. */
  CERTIFIED_PEOPLE(Kind.COUNT, "certified people", "certified person", "certified people"),
  /** The partner's net promoter score, -100 to 100: the latest survey in the window. */
  NPS(Kind.SCORE, "NPS", "NPS point", "NPS points"),
  /** The partner's customer satisfaction, 0 to 100: the latest survey in the window. */
  CSAT(Kind.SCORE, "CSAT", "CSAT point", "CSAT points"),
  /** Joint case studies published in the window. */
  JOINT_CASE_STUDIES(Kind.COUNT, "joint case studies", "joint case study", "joint case studies"),
  /** Whether the partner has an approved joint business plan in force on the as-of date. */
  APPROVED_JOINT_BUSINESS_PLAN(Kind.FLAG, "approved joint business plan", "approved joint business plan",
      "approved joint business plan"),
  /** A metric the program names itself; a criterion on it carries the metric's {@code name}. */
  CUSTOM(Kind.NUMBER, "custom metric", "", "");

  /** What a metric measures, which fixes its unit and the values a threshold may take. */
  public enum Kind {
    /** An amount in the program's currency. */
    MONEY,
    /** A whole number of things. */
    COUNT,
    /** A score on a fixed scale. */
    SCORE,
    /** Yes (1) or no (0). */
    FLAG,
    /** Any decimal (custom metrics). */
    NUMBER
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Kind kind;
  private final String label;
  private final String singular;
  private final String plural;

  Metric(Kind kind, String label, String singular, String plural) {
    this.kind = kind;
    this.label = label;
    this.singular = singular;
    this.plural = plural;
  }

  /**
   * Returns what the metric measures.
   *
   * @return never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the metric's name in explanations, such as {@code sourced ARR} or {@code certified people}.
   *
   * @return never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the noun used in a gap of one, such as {@code certified person} ("1 more certified
   * person"); empty for {@link #CUSTOM}, whose name is used instead.
   *
   * @return never null
   */
  public String singular() {
    return singular;
  }

  /**
   * Returns the noun used in a gap of several, such as {@code referrals} ("5 more referrals"); empty
   * for {@link #CUSTOM}.
   *
   * @return never null
   */
  public String plural() {
    return plural;
  }

  /**
   * Returns the lowest value a threshold on this metric may take: -100 for NPS, 0 otherwise.
   *
   * @return never null
   */
  public BigDecimal lowest() {
    return this == NPS ? HUNDRED.negate() : BigDecimal.ZERO;
  }

  /**
   * Returns the highest value a threshold on this metric may take: 100 for the scores, 1 for the
   * flag, and empty (no bound of its own) for the others.
   *
   * @return the bound, or empty
   */
  public Optional<BigDecimal> highest() {
    switch (kind) {
      case SCORE:
        return Optional.of(HUNDRED);
      case FLAG:
        return Optional.of(BigDecimal.ONE);
      default:
        return Optional.empty();
    }
  }

  /**
   * Tells whether a value of this metric may be missing ("not measured"): true for the scores
   * (no survey in the window) and custom metrics (no entry). A missing value meets no threshold.
   *
   * @return true if the value may be missing
   */
  public boolean mayBeMissing() {
    return kind == Kind.SCORE || kind == Kind.NUMBER;
  }
}
