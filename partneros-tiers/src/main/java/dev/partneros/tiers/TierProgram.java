package dev.partneros.tiers;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.tiers.internal.SectionFields;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.internal.Monotonicity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tier policy of a program, read from the program file's {@code tiers} section
 * ({@code docs/rules/tiers.md#configuration}): the criteria of every tier, the grace each one
 * gets, and the maintenance options.
 *
 * <p>Program-file form (the standard program, {@link #standard()}):
 * <pre>{@code
 * tiers:
 *   windowMonths: 12          # metrics over the rolling 12 months ending on the as-of date
 *   review: ANNUAL            # or QUARTERLY
 *   upgrades: AT_QUARTER_END  # or AT_REVIEW
 *   downgrade: ONE_STEP       # or TO_QUALIFIED
 *   provisionalMonths: 6
 *   overrideTier: PLATINUM    # default: the highest tier of the ladder
 *   levels:
 *     - tier: REGISTERED      # the entry tier: a signed agreement, no criteria
 *     - tier: SILVER
 *       graceQuarters: 1
 *       criteria:
 *         allOf:
 *           - anyOf:
 *               - {metric: SOURCED_ARR, min: 25000}
 *               - {metric: QUALIFIED_REFERRALS, min: 5}
 *           - {metric: CERTIFIED_PEOPLE, min: 1}
 *     - ... GOLD (100,000 / 20 / 2, grace 2) and PLATINUM (500,000 / 50 / 5, grace 3)
 * }</pre>
 * The ladder, the currency of money thresholds and the fiscal calendar (which fixes the quarter
 * ends) come from the document's header.
 *
 * <p>Checked when built, each problem with its path relative to the section
 * ({@code levels[2].criteria.allOf[0].anyOf[0].min}): every tier of the ladder has exactly one
 * level, listed lowest first, and no level names a tier off the ladder; the entry (lowest) tier has
 * no criteria and every other tier has some; thresholds are within their metric's range and money
 * thresholds have no more decimals than the currency; grace is 0 to 40 quarters; and thresholds are
 * monotone up the ladder: a tier's criteria imply those of the tier below, so that qualifying for a
 * tier means qualifying for every tier below it (the offending threshold is reported, see
 * {@link dev.partneros.core.InvalidProgramException#problems()}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierProgram.class)
public abstract class TierProgram {

  /** The longest rolling window accepted, in months. */
  public static final int MAX_WINDOW_MONTHS = 36;
  /** The longest provisional period accepted, in months. */
  public static final int MAX_PROVISIONAL_MONTHS = 24;

  private static final TierProgram STANDARD = buildStandard();

  TierProgram() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program of {@code docs/rules/tiers.md#configuration}: the standard
   * ladder, thresholds in USD, calendar quarters, rolling 12 months, annual reviews, grace Silver
   * 1, Gold 2, Platinum 3 quarters, one-step downgrades, upgrades at quarter end, provisional
   * tiers of 6 months and overrides to Platinum.
   *
   * @return never null
   */
  public static TierProgram standard() {
    return STANDARD;
  }

  /**
   * Returns the standard program with the thresholds expressed in another currency and quarters on
   * another fiscal calendar (the numbers stay those of
   * {@code docs/rules/tiers.md}).
   *
   * @param currency the currency of money thresholds, not null
   * @param calendar the fiscal calendar, not null
   * @return never null
   */
  public static TierProgram standard(Currency currency, FiscalCalendar calendar) {
    requireNonNull(currency, "currency");
    requireNonNull(calendar, "calendar");
    return new Builder().from(STANDARD).currency(currency).fiscalCalendar(calendar).build();
  }

  private static TierProgram buildStandard() {
    return new Builder()
        .addLevels(Level.entry(Tier.REGISTERED))
        .addLevels(Level.of(Tier.SILVER, standardCriteria(25_000, 5, 1), 1))
        .addLevels(Level.of(Tier.GOLD, standardCriteria(100_000, 20, 2), 2))
        .addLevels(Level.of(Tier.PLATINUM, standardCriteria(500_000, 50, 5), 3))
        .build();
  }

  private static Criterion standardCriteria(long sourcedArr, long referrals, long certified) {
    return Criterion.allOf(
        Criterion.anyOf(Criterion.atLeast(Metric.SOURCED_ARR, sourcedArr),
            Criterion.atLeast(Metric.QUALIFIED_REFERRALS, referrals)),
        Criterion.atLeast(Metric.CERTIFIED_PEOPLE, certified));
  }

  /**
   * Reads the {@code tiers} section of a program document, or returns the standard program (in the
   * document's currency and fiscal calendar) when the section is absent.
   *
   * @param document the document, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of the section, with paths starting
   *     {@code tiers.}; or if the section is absent and the document's ladder is not the standard one
   *     (the standard criteria name the standard tiers)
   */
  public static TierProgram from(ProgramDocument document) {
    requireNonNull(document, "document");
    Optional<TierProgram> read = document.readSection("tiers", TierProgram.class);
    if (read.isPresent()) {
      return read.get();
    }
    if (!document.ladder().equals(TierLadder.standard())) {
      throw new InvalidProgramException(List.of(Problem.error(FieldPath.root().field("tiers"), CoreProblemCode.MISSING,
          "be present when the ladder is not the standard one (the standard criteria name REGISTERED, SILVER,"
              + " GOLD and PLATINUM)", null)));
    }
    return standard(document.currency(), document.fiscalCalendar());
  }

  @JsonCreator
  static TierProgram fromJson(
      @JacksonInject(useInput = OptBoolean.FALSE) TierLadder documentLadder,
      @JacksonInject(useInput = OptBoolean.FALSE) Currency documentCurrency,
      @JacksonInject(useInput = OptBoolean.FALSE) FiscalCalendar documentCalendar,
      @JsonProperty("ladder") JsonNode ladder,
      @JsonProperty("currency") JsonNode currency,
      @JsonProperty("fiscalCalendar") JsonNode fiscalCalendar,
      @JsonProperty("levels") List<Level> levels,
      @JsonProperty("windowMonths") Integer windowMonths,
      @JsonProperty("review") ReviewCadence review,
      @JsonProperty("upgrades") UpgradeTiming upgrades,
      @JsonProperty("downgrade") DowngradeMode downgrade,
      @JsonProperty("provisionalMonths") Integer provisionalMonths,
      @JsonProperty("overrideTier") Tier overrideTier) {
    ProblemCollector problems = new ProblemCollector();
    SectionFields.refuseHeader(problems, "ladder", ladder);
    SectionFields.refuseHeader(problems, "currency", currency);
    SectionFields.refuseHeader(problems, "fiscalCalendar", fiscalCalendar);
    if (problems.requirePresent(FieldPath.root().field("levels"), levels)) {
      for (int i = 0; i < levels.size(); i++) {
        problems.requirePresent(FieldPath.root().field("levels").index(i), levels.get(i));
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
    Builder builder = new Builder();
    builder.ladder(documentLadder).currency(documentCurrency).fiscalCalendar(documentCalendar).levels(levels);
    Optional.ofNullable(windowMonths).ifPresent(builder::windowMonths);
    Optional.ofNullable(review).ifPresent(builder::review);
    Optional.ofNullable(upgrades).ifPresent(builder::upgrades);
    Optional.ofNullable(downgrade).ifPresent(builder::downgrade);
    Optional.ofNullable(provisionalMonths).ifPresent(builder::provisionalMonths);
    Optional.ofNullable(overrideTier).ifPresent(builder::overrideTier);
    return builder.build();
  }

  /**
   * Returns the ladder, from the document's header; the standard ladder by default.
   *
   * @return never null
   */
  @JsonIgnore
  @Value.Default
  public TierLadder ladder() {
    return TierLadder.standard();
  }

  /**
   * Returns the currency of money thresholds, from the document's header; USD by default.
   *
   * @return never null
   */
  @JsonIgnore
  @Value.Default
  public Currency currency() {
    return Currency.getInstance("USD");
  }

  /**
   * Returns the fiscal calendar whose quarter ends are the evaluation dates, from the document's
   * header; calendar quarters by default.
   *
   * @return never null
   */
  @JsonIgnore
  @Value.Default
  public FiscalCalendar fiscalCalendar() {
    return FiscalCalendar.calendarYear();
  }

  /**
   * Returns the levels, one per tier of the ladder, lowest first.
   *
   * @return never null
   */
  public abstract List<Level> levels();

  /**
   * Returns the length of the rolling window the metrics are measured over, ending on the as-of
   * date.
   *
   * @return 1 to 36; 12 by default
   */
  @Value.Default
  public int windowMonths() {
    return 12;
  }

  /**
   * Returns when reviews happen.
   *
   * @return never null; {@link ReviewCadence#ANNUAL} by default
   */
  @Value.Default
  public ReviewCadence review() {
    return ReviewCadence.ANNUAL;
  }

  /**
   * Returns when upgrades happen.
   *
   * @return never null; {@link UpgradeTiming#AT_QUARTER_END} by default
   */
  @Value.Default
  public UpgradeTiming upgrades() {
    return UpgradeTiming.AT_QUARTER_END;
  }

  /**
   * Returns where a partner lands when its grace ends.
   *
   * @return never null; {@link DowngradeMode#ONE_STEP} by default
   */
  @Value.Default
  public DowngradeMode downgrade() {
    return DowngradeMode.ONE_STEP;
  }

  /**
   * Returns how long a provisional tier lasts.
   *
   * @return 1 to 24 months; 6 by default
   */
  @Value.Default
  public int provisionalMonths() {
    return 6;
  }

  /**
   * Returns the tier a strategic override pins a partner to when it names none.
   *
   * @return never null; the highest tier of the ladder (Platinum) by default
   */
  @Value.Default
  public Tier overrideTier() {
    return ladder().highest();
  }

  /**
   * Returns the level of a tier.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public Level level(Tier tier) {
    return levels().get(ladder().rankOf(requireNonNull(tier, "tier")));
  }

  /**
   * Returns the criteria of a tier.
   *
   * @param tier a tier of the ladder, not null
   * @return the criteria, or empty for the entry tier
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public Optional<Criterion> criteria(Tier tier) {
    return level(tier).criteria();
  }

  /**
   * Returns the grace of a tier, in quarters.
   *
   * @param tier a tier of the ladder, not null
   * @return 0 to 40
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public int graceQuarters(Tier tier) {
    return level(tier).graceQuarters();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    TierLadder ladder = ladder();
    problems.requireInRange(root.field("windowMonths"), windowMonths(), 1, MAX_WINDOW_MONTHS);
    problems.requireInRange(root.field("provisionalMonths"), provisionalMonths(), 1, MAX_PROVISIONAL_MONTHS);
    problems.check(ladder.contains(overrideTier()), root.field("overrideTier"), CoreProblemCode.UNKNOWN_TIER,
        "be a tier of the ladder " + ladder, overrideTier());
    Map<Tier, Integer> seen = new HashMap<>();
    int previousRank = -1;
    for (int i = 0; i < levels().size(); i++) {
      Level level = levels().get(i);
      FieldPath at = root.field("levels").index(i);
      Tier tier = level.tier();
      if (!problems.check(ladder.contains(tier), at.field("tier"), CoreProblemCode.UNKNOWN_TIER,
          "be a tier of the ladder " + ladder, tier)) {
        continue;
      }
      if (!problems.check(!seen.containsKey(tier), at.field("tier"), CoreProblemCode.DUPLICATE,
          "name each tier once (already at levels[" + seen.get(tier) + "])", tier)) {
        continue;
      }
      seen.put(tier, i);
      int rank = ladder.rankOf(tier);
      problems.check(rank > previousRank, at.field("tier"), CoreProblemCode.OUT_OF_ORDER,
          "come after the tiers listed before it (levels are listed lowest first, as on the ladder " + ladder + ")",
          tier);
      previousRank = Math.max(previousRank, rank);
      if (rank == 0) {
        problems.check(level.criteria().isEmpty(), at.field("criteria"), CoreProblemCode.NOT_ALLOWED,
            "be absent for the entry tier " + tier + " (held by every partner with a signed agreement)",
            level.criteria().orElse(null));
        problems.check(level.graceQuarters() == 0, at.field("graceQuarters"), CoreProblemCode.NOT_ALLOWED,
            "be 0 for the entry tier " + tier + " (there is nothing below it)", level.graceQuarters());
      } else {
        problems.requirePresent(at.field("criteria"), level.criteria().orElse(null));
      }
      level.criteria().ifPresent(c -> checkMoneyScale(problems, c, at.field("criteria")));
    }
    List<String> missing = new ArrayList<>();
    for (Tier tier : ladder.tiers()) {
      if (!seen.containsKey(tier)) {
        missing.add(tier.name());
      }
    }
    problems.check(missing.isEmpty(), root.field("levels"), CoreProblemCode.MISSING,
        "have a level for every tier of the ladder " + ladder, "no level for " + String.join(", ", missing));
    if (!problems.hasErrors()) {
      for (int i = 2; i < levels().size(); i++) {
        Level lower = levels().get(i - 1);
        Level higher = levels().get(i);
        Monotonicity.check(problems, lower.tier(), lower.criteria().get(),
            root.field("levels").index(i - 1).field("criteria"), higher.tier(), higher.criteria().get(),
            root.field("levels").index(i).field("criteria"));
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  private void checkMoneyScale(ProblemCollector problems, Criterion criterion, FieldPath path) {
    switch (criterion.form()) {
      case ALL_OF:
        for (int i = 0; i < criterion.allOf().size(); i++) {
          checkMoneyScale(problems, criterion.allOf().get(i), path.field("allOf").index(i));
        }
        return;
      case ANY_OF:
        for (int i = 0; i < criterion.anyOf().size(); i++) {
          checkMoneyScale(problems, criterion.anyOf().get(i), path.field("anyOf").index(i));
        }
        return;
      default:
        if (criterion.metric().get().kind() == Metric.Kind.MONEY) {
          BigDecimal min = criterion.min().get();
          int digits = currency().getDefaultFractionDigits();
          problems.check(min.stripTrailingZeros().scale() <= Math.max(digits, 0), path.field("min"),
              TierProblemCode.TOO_MANY_DECIMALS, "have at most " + Math.max(digits, 0) + " decimals for "
                  + currency().getCurrencyCode(), min.toPlainString());
        }
    }
  }

  /** Builds a {@link TierProgram}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableTierProgram.Builder {
    /** Creates an empty builder; {@code levels} must be given, everything else has a default. */
    Builder() {}
  }

  /**
   * One rung of a {@link TierProgram} ({@code docs/rules/tiers.md#ladder}): a tier, the criteria
   * that qualify a partner for it, and the grace it gets when a review finds it no longer qualifies.
   *
   * <p>The lowest tier of the ladder is the entry tier that every partner with a signed agreement
   * holds: it has no criteria (Decision: "Registered = signed agreement only"; the signed agreement is
   * what makes a partner, so it is not a metric) and its grace is irrelevant (there is nothing below
   * it). Every other tier has criteria.
   *
   * <p>Program-file form: {@code {tier: GOLD, criteria: {...}, graceQuarters: 2}}. Paths in problems
   * are relative to the level ({@code graceQuarters}).
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableLevel.class)
  public abstract static class Level {

    /** The longest grace accepted, in quarters (ten years). */
    public static final int MAX_GRACE_QUARTERS = 40;

    Level() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a level with criteria.
     *
     * @param tier the tier, not null
     * @param criteria what qualifies a partner for it, not null
     * @param graceQuarters the grace in quarters, 0 to 40
     * @return never null
     * @throws InvalidProgramException if the grace is out of range
     */
    public static Level of(Tier tier, Criterion criteria, int graceQuarters) {
      requireNonNull(tier, "tier");
      requireNonNull(criteria, "criteria");
      return new Builder().tier(tier).criteria(criteria).graceQuarters(graceQuarters).build();
    }

    /**
     * Returns the entry level: a tier without criteria and without grace.
     *
     * @param tier the lowest tier of the ladder, not null
     * @return never null
     */
    public static Level entry(Tier tier) {
      requireNonNull(tier, "tier");
      return new Builder().tier(tier).build();
    }

    @JsonCreator
    static Level fromJson(
        @JsonProperty("tier") Tier tier,
        @JsonProperty("criteria") Criterion criteria,
        @JsonProperty("graceQuarters") Integer graceQuarters) {
      ProblemCollector problems = new ProblemCollector();
      problems.requirePresent(FieldPath.root().field("tier"), tier);
      problems.throwIfErrors(InvalidProgramException::new);
      Builder builder = new Builder();
      builder.tier(tier);
      if (criteria != null) {
        builder.criteria(criteria);
      }
      if (graceQuarters != null) {
        builder.graceQuarters(graceQuarters);
      }
      return builder.build();
    }

    /**
     * Returns the tier.
     *
     * @return never null
     */
    public abstract Tier tier();

    /**
     * Returns what qualifies a partner for the tier.
     *
     * @return the criteria, or empty for the entry (lowest) tier
     */
    public abstract Optional<Criterion> criteria();

    /**
     * Returns how many quarters of grace a partner gets when a review finds it no longer qualifies
     * for this tier (standard: Silver 1, Gold 2, Platinum 3). Zero means the partner is downgraded at
     * the review itself.
     *
     * @return 0 to {@link #MAX_GRACE_QUARTERS}; 0 by default
     */
    @Value.Default
    public int graceQuarters() {
      return 0;
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath grace = FieldPath.root().field("graceQuarters");
      if (problems.check(graceQuarters() >= 0, grace, CoreProblemCode.NEGATIVE, "be >= 0", graceQuarters())) {
        problems.check(graceQuarters() <= MAX_GRACE_QUARTERS, grace, CoreProblemCode.OUT_OF_RANGE,
            "be at most " + MAX_GRACE_QUARTERS + " (ten years)", graceQuarters());
      }
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /** Builds a {@link Level}; {@code build()} checks it. Not thread-safe. */
    public static class Builder extends ImmutableLevel.Builder {
      /** Creates an empty builder; {@code tier} is mandatory. */
      Builder() {}
    }
  }

  /**
   * Where a partner lands when its grace ends and it still does not qualify
   * ({@code docs/rules/tiers.md#downgrades}).
   */
  public enum DowngradeMode {
    /**
     * One step down the ladder (the standard). If the partner does not qualify for that tier either, a
     * new grace for it starts at once, so a Platinum partner with nothing left reaches Registered only
     * after 3 + 2 + 1 quarters.
     */
    ONE_STEP,
    /** Straight to the tier it qualifies for (the option); no new grace follows. */
    TO_QUALIFIED
  }

  /**
   * When a partner's standing is reviewed ({@code docs/rules/tiers.md#reviews}). At a review, a
   * partner that no longer qualifies for its tier enters grace; with
   * {@link UpgradeTiming#AT_REVIEW}, upgrades also wait for a review.
   */
  public enum ReviewCadence {
    /**
     * Once a year, on the anniversary of the partner's last tier change (the standard). Reviews take
     * place at quarter ends: an anniversary that falls inside a quarter is reviewed at that quarter's
     * end.
     */
    ANNUAL,
    /** At every quarter end (the option). */
    QUARTERLY
  }

  /**
   * When a partner that qualifies for a higher tier is upgraded
   * ({@code docs/rules/tiers.md#upgrades}).
   */
  public enum UpgradeTiming {
    /** At the first quarter end where the higher tier qualifies (the standard). */
    AT_QUARTER_END,
    /** Only at a review (the option; see {@link ReviewCadence}). */
    AT_REVIEW
  }
}
