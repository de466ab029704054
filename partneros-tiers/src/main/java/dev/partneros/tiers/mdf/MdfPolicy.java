package dev.partneros.tiers.mdf;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.tiers.TierProblemCode;
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
import dev.partneros.core.Money;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The MDF policy of a program ({@code docs/rules/mdf.md#configuration}), read from the program
 * file's {@code mdf} section. The amounts a tier is entitled to (annual allocation and quarterly
 * cap) are <em>not</em> here: they are tier benefits ({@code benefits} section,
 * {@code docs/rules/tiers.md#benefits-matrix}).
 *
 * <p>Program-file form (the standard program, {@link #standard()}):
 * <pre>{@code
 * mdf:
 *   model: TIER_ALLOCATION          # or ACCRUAL, COOP
 *   minimumTier: SILVER             # eligibility: tier at least this (default: the ladder's 2nd tier)
 *   minimumSourcedArr: 25000        # eligibility: sourced ARR >= this, in the program's currency
 *   approvers:                      # each tier's own approvers, always added; every ladder tier
 *     REGISTERED: []                # not eligible (below the minimum tier)
 *     SILVER: [PARTNER_MANAGER]
 *     GOLD: [PARTNER_MANAGER, DIRECTOR]
 *     PLATINUM: [VP]
 *   routing:                        # by the amount asked of the fund, brackets [from, next from)
 *     - {from: 0, approver: PARTNER_MANAGER}
 *     - {from: 5000, approver: DIRECTOR}
 *   allowedUses: [EVENTS, CONTENT, ADVERTISING, WEBINARS, CAMPAIGNS]
 *   rollover: "0"                   # share of last year's unused balance carried over (0: use it or lose it)
 *   disbursementDays: 15            # an advance is paid within 15 days of approval
 *   reimbursementDays: 15           # a claim is reimbursed net 15 from receipt
 *   roiReportDays: 90               # the ROI report of a claim is due 90 days after its receipt
 *   accrual: {rate: "0.02"}         # ACCRUAL: 2 % of sales, capped at the tier's annual allocation
 *   coop: {matchRate: "0.50"}       # COOP: the fund matches 50 % of the partner's spend
 *   pipelinePotential: {min: 0.5, max: 2.0}
 *   strategicValue: {min: 0.8, max: 1.5}
 *   strategicValues: {STRATEGIC_ALLIANCE: 1.5, TECHNOLOGY_PARTNER: 1.2, CHANNEL_PARTNER: 1.0, AFFILIATE: 0.8}
 *   newPartnerMonths: 12            # a partner that joined in the last 12 months is new
 *   poolSegments:                   # an optional split of a pool by segment first
 *     - {name: GOLD_AND_PLATINUM, share: "0.60", tiers: [GOLD, PLATINUM]}
 *     - {name: SILVER, share: "0.30", tiers: [SILVER]}
 *     - {name: NEW_PARTNERS, share: "0.10", newPartners: true}
 * }</pre>
 * Every field is optional and defaults to the value shown. The ladder, the currency of amounts, the
 * rounding of computed lines and the fiscal calendar (which fixes quarters and the expiry day) come
 * from the document's header; written inside the section they are refused ({@code not_allowed}).
 *
 * <p>Decisions where the blueprint is vague (each also documented where it applies, and in
 * {@code docs/rules/mdf.md}):
 * <ul>
 *   <li>the ROI report of a claim is due 90 days after the claim's receipt (time for leads and
 *       pipeline to show); on the due date it is not yet overdue, the day after it is;</li>
 *   <li>rollover carries a share of the previous fiscal year's own unused allocation (never older
 *       balances) into the current year's annual balance, not into its quarterly cap;</li>
 *   <li>the strategic-value multipliers of the value-matrix quadrants
 *   ({@code docs/rules/health.md#value-matrix}) are 1.5,
 *       1.2, 1.0 and 0.8: the strategic alliance gets the top of the range, the affiliate its
 *       bottom;</li>
 *   <li>accrual and co-op defaults: see {@link AccrualTerms} and {@link CoopTerms}.</li>
 * </ul>
 *
 * <p>Checked when built, each problem with its path relative to the section: the minimum tier, the
 * approvers' tiers and the segments' tiers are on the ladder; every ladder tier has an approvers
 * entry ({@code approvers.GOLD must be present}) naming each approver once; the routing starts at 0
 * and rises strictly; allowed uses are listed once each; amounts are in the program's currency and
 * not negative; the days are within 0 to 365 (ROI: 1 to 730); every quadrant has a strategic value
 * within the strategic-value range; new-partner months are 1 to 60; segment names are unique, their
 * shares sum to exactly 1, a tier is in at most one segment and at most one segment is for new
 * partners.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfPolicy.class)
public abstract class MdfPolicy {

  private static final MdfPolicy STANDARD = new Builder().build();

  MdfPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard policy of {@code docs/rules/mdf.md#configuration} (amounts in USD, the
   * standard ladder, calendar quarters, {@code HALF_EVEN} rounding), as listed in the class
   * documentation.
   *
   * @return never null
   */
  public static MdfPolicy standard() {
    return STANDARD;
  }

  /**
   * Returns the standard policy with its amounts (the numbers of {@code docs/rules/mdf.md}) in
   * another currency, on another fiscal calendar, rounding computed lines another way.
   *
   * @param currency the currency of the fund, not null
   * @param calendar the fiscal calendar, not null
   * @param rounding the rounding of computed lines, not null, not {@code UNNECESSARY}
   * @return never null
   */
  public static MdfPolicy standard(Currency currency, FiscalCalendar calendar, RoundingMode rounding) {
    requireNonNull(currency, "currency");
    requireNonNull(calendar, "calendar");
    requireNonNull(rounding, "rounding");
    return new Builder().currency(currency).fiscalCalendar(calendar).rounding(rounding).build();
  }

  /**
   * Reads the {@code mdf} section of a program document, or returns the standard policy (in the
   * document's currency, calendar and rounding) when the section is absent.
   *
   * @param document the document, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of the section, with paths starting
   *     {@code mdf.}; or if the section is absent and the document's ladder is not the standard one
   *     (the standard approvers name the standard tiers)
   */
  public static MdfPolicy from(ProgramDocument document) {
    requireNonNull(document, "document");
    Optional<MdfPolicy> read = document.readSection("mdf", MdfPolicy.class);
    if (read.isPresent()) {
      return read.get();
    }
    if (!document.ladder().equals(TierLadder.standard())) {
      throw new InvalidProgramException(List.of(Problem.error(FieldPath.root().field("mdf"), CoreProblemCode.MISSING,
          "be present when the ladder is not the standard one (the standard approvers name REGISTERED, SILVER,"
              + " GOLD and PLATINUM)", null)));
    }
    return standard(document.currency(), document.fiscalCalendar(), document.rounding());
  }

  @JsonCreator
  static MdfPolicy fromJson(
      @JacksonInject(useInput = OptBoolean.FALSE) TierLadder documentLadder,
      @JacksonInject(useInput = OptBoolean.FALSE) Currency documentCurrency,
      @JacksonInject(useInput = OptBoolean.FALSE) FiscalCalendar documentCalendar,
      @JacksonInject(useInput = OptBoolean.FALSE) RoundingMode documentRounding,
      @JsonProperty("ladder") JsonNode ladder,
      @JsonProperty("currency") JsonNode currency,
      @JsonProperty("fiscalCalendar") JsonNode fiscalCalendar,
      @JsonProperty("fiscalYearStartMonth") JsonNode fiscalYearStartMonth,
      @JsonProperty("rounding") JsonNode rounding,
      @JsonProperty("model") FundingModel model,
      @JsonProperty("minimumTier") Tier minimumTier,
      @JsonProperty("minimumSourcedArr") BigDecimal minimumSourcedArr,
      @JsonProperty("approvers") Map<String, List<Approver>> approvers,
      @JsonProperty("routing") List<ApprovalStep> routing,
      @JsonProperty("allowedUses") List<ActivityType> allowedUses,
      @JsonProperty("rollover") Rate rollover,
      @JsonProperty("disbursementDays") Integer disbursementDays,
      @JsonProperty("reimbursementDays") Integer reimbursementDays,
      @JsonProperty("roiReportDays") Integer roiReportDays,
      @JsonProperty("accrual") AccrualTerms accrual,
      @JsonProperty("coop") CoopTerms coop,
      @JsonProperty("pipelinePotential") MultiplierRange pipelinePotential,
      @JsonProperty("strategicValue") MultiplierRange strategicValue,
      @JsonProperty("strategicValues") Map<String, BigDecimal> strategicValues,
      @JsonProperty("newPartnerMonths") Integer newPartnerMonths,
      @JsonProperty("poolSegments") List<PoolSegment> poolSegments) {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    SectionFields.refuseHeader(problems, "ladder", ladder);
    SectionFields.refuseHeader(problems, "currency", currency);
    SectionFields.refuseHeader(problems, "fiscalCalendar", fiscalCalendar);
    SectionFields.refuseHeader(problems, "fiscalYearStartMonth", fiscalYearStartMonth);
    SectionFields.refuseHeader(problems, "rounding", rounding);
    Builder builder = new Builder();
    builder.ladder(documentLadder).currency(documentCurrency).fiscalCalendar(documentCalendar)
        .rounding(documentRounding);
    Optional.ofNullable(model).ifPresent(builder::model);
    Optional.ofNullable(minimumTier).ifPresent(builder::minimumTier);
    if (minimumSourcedArr != null) {
      Optional.ofNullable(SectionFields.money(problems, root.field("minimumSourcedArr"), minimumSourcedArr,
          documentCurrency)).ifPresent(builder::minimumSourcedArr);
    }
    if (approvers != null) {
      Map<Tier, List<Approver>> byTier = new LinkedHashMap<>();
      for (Map.Entry<String, List<Approver>> entry : approvers.entrySet()) {
        FieldPath path = root.field("approvers").field(entry.getKey());
        Tier tier;
        try {
          tier = Tier.of(entry.getKey());
        } catch (InvalidFactsException e) {
          problems.check(false, path, CoreProblemCode.UNKNOWN_TIER, "be a tier name of the ladder " + documentLadder,
              entry.getKey());
          continue;
        }
        if (!problems.requirePresent(path, entry.getValue())
            || !problems.check(!byTier.containsKey(tier), path, CoreProblemCode.DUPLICATE, "name each tier once", entry.getKey())) {
          continue;
        }
        boolean complete = true;
        for (int i = 0; i < entry.getValue().size(); i++) {
          complete &= problems.requirePresent(path.index(i), entry.getValue().get(i));
        }
        if (complete) {
          byTier.put(tier, entry.getValue());
        }
      }
      builder.approvers(byTier);
    }
    if (routing != null) {
      presentElements(problems, root.field("routing"), routing);
      builder.routing(withoutNulls(routing));
    }
    if (allowedUses != null) {
      presentElements(problems, root.field("allowedUses"), allowedUses);
      builder.allowedUses(withoutNulls(allowedUses));
    }
    Optional.ofNullable(rollover).ifPresent(builder::rollover);
    Optional.ofNullable(disbursementDays).ifPresent(builder::disbursementDays);
    Optional.ofNullable(reimbursementDays).ifPresent(builder::reimbursementDays);
    Optional.ofNullable(roiReportDays).ifPresent(builder::roiReportDays);
    Optional.ofNullable(accrual).ifPresent(builder::accrual);
    Optional.ofNullable(coop).ifPresent(builder::coop);
    Optional.ofNullable(pipelinePotential).ifPresent(builder::pipelinePotential);
    Optional.ofNullable(strategicValue).ifPresent(builder::strategicValue);
    if (strategicValues != null) {
      Map<ValueMatrixQuadrant, BigDecimal> byQuadrant = new EnumMap<>(ValueMatrixQuadrant.class);
      for (Map.Entry<String, BigDecimal> entry : strategicValues.entrySet()) {
        FieldPath path = root.field("strategicValues").field(entry.getKey());
        ValueMatrixQuadrant quadrant = quadrant(entry.getKey());
        if (problems.check(quadrant != null, path, TierProblemCode.UNKNOWN_QUADRANT,
            "be a quadrant of the partner value matrix " + List.of(ValueMatrixQuadrant.values()), entry.getKey())
            && problems.requirePresent(path, entry.getValue())) {
          byQuadrant.put(quadrant, entry.getValue());
        }
      }
      builder.strategicValues(byQuadrant);
    }
    Optional.ofNullable(newPartnerMonths).ifPresent(builder::newPartnerMonths);
    if (poolSegments != null) {
      presentElements(problems, root.field("poolSegments"), poolSegments);
      builder.poolSegments(withoutNulls(poolSegments));
    }
    problems.throwIfErrors(InvalidProgramException::new);
    return builder.build();
  }

  private static ValueMatrixQuadrant quadrant(String name) {
    for (ValueMatrixQuadrant quadrant : ValueMatrixQuadrant.values()) {
      if (quadrant.name().equals(name)) {
        return quadrant;
      }
    }
    return null;
  }

  private static void presentElements(ProblemCollector problems, FieldPath path, List<?> list) {
    for (int i = 0; i < list.size(); i++) {
      problems.requirePresent(path.index(i), list.get(i));
    }
  }

  private static <T> List<T> withoutNulls(List<T> list) {
    List<T> present = new ArrayList<>(list.size());
    for (T element : list) {
      if (element != null) {
        present.add(element);
      }
    }
    return present;
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
   * Returns the fund's currency, from the document's header; USD by default. Every amount of a
   * request, ledger or pool must be in it.
   *
   * @return never null
   */
  @JsonIgnore
  @Value.Default
  public Currency currency() {
    return Currency.getInstance("USD");
  }

  /**
   * Returns the fiscal calendar whose quarters the quarterly cap counts and whose year end is the
   * expiry day, from the document's header; the calendar year by default.
   *
   * @return never null
   */
  @JsonIgnore
  @Value.Default
  public FiscalCalendar fiscalCalendar() {
    return FiscalCalendar.calendarYear();
  }

  /**
   * Returns how computed lines (accrual, co-op match, rollover, budgets) are rounded, from the
   * document's header; {@code HALF_EVEN} by default ({@code docs/rules/conventions.md#rounding}).
   *
   * @return never null
   */
  @JsonIgnore
  @Value.Default
  public RoundingMode rounding() {
    return Money.DEFAULT_ROUNDING;
  }

  /**
   * Returns the funding model.
   *
   * @return never null; {@link FundingModel#TIER_ALLOCATION} by default
   */
  @Value.Default
  public FundingModel model() {
    return FundingModel.TIER_ALLOCATION;
  }

  /**
   * Returns the lowest tier eligible for MDF ({@code docs/rules/mdf.md#eligibility}: "the tier's
   * minimum").
   *
   * @return never null; the ladder's second tier (Silver on the standard ladder) by default
   */
  @Value.Default
  public Tier minimumTier() {
    return ladder().atRank(1);
  }

  /**
   * Returns the least sourced ARR an eligible partner has (inclusive: 25,000.00 is enough).
   *
   * @return never null; 25,000 in the fund's currency by default
   */
  @JsonIgnore
  @Value.Default
  public Money minimumSourcedArr() {
    return Money.of(25_000, currency());
  }

  @JsonProperty("minimumSourcedArr")
  BigDecimal minimumSourcedArrAmount() {
    return minimumSourcedArr().amount();
  }

  /**
   * Returns each tier's own approvers, always added to a request's routing
   * ({@code docs/rules/mdf.md#approval-routing}: Silver the partner manager, Gold the partner
   * manager and a director, Platinum a VP; Registered is not eligible, so it has none).
   *
   * @return never null, one entry per tier of the ladder
   */
  @Value.Default
  public Map<Tier, List<Approver>> approvers() {
    Map<Tier, List<Approver>> standard = new LinkedHashMap<>();
    standard.put(Tier.REGISTERED, List.of());
    standard.put(Tier.SILVER, List.of(Approver.PARTNER_MANAGER));
    standard.put(Tier.GOLD, List.of(Approver.PARTNER_MANAGER, Approver.DIRECTOR));
    standard.put(Tier.PLATINUM, List.of(Approver.VP));
    return standard;
  }

  /**
   * Returns the amount-based approval routing, lowest step first
   * ({@code docs/rules/mdf.md#approval-routing}: below 5,000 the partner manager, 5,000 and above
   * a director).
   *
   * @return never null, not empty, starting at 0
   */
  @Value.Default
  public List<ApprovalStep> routing() {
    return List.of(ApprovalStep.of(Money.zero(currency()), Approver.PARTNER_MANAGER),
        ApprovalStep.of(Money.of(5_000, currency()), Approver.DIRECTOR));
  }

  /**
   * Returns the activities MDF may fund; any other request (swag included) is rejected.
   *
   * @return never null; events, content, advertising, webinars and campaigns by default
   */
  @Value.Default
  public List<ActivityType> allowedUses() {
    return List.of(ActivityType.EVENTS, ActivityType.CONTENT, ActivityType.ADVERTISING, ActivityType.WEBINARS,
        ActivityType.CAMPAIGNS);
  }

  /**
   * Returns the share of the previous fiscal year's unused allocation carried into the current
   * year's annual balance ({@code docs/rules/mdf.md#lifecycle}: configurable, default none).
   *
   * @return never null; 0 (use it or lose it) by default
   */
  @Value.Default
  public Rate rollover() {
    return Rate.ZERO;
  }

  /**
   * Returns within how many days of approval an advance is paid.
   *
   * @return 0 to 365; 15 by default
   */
  @Value.Default
  public int disbursementDays() {
    return 15;
  }

  /**
   * Returns within how many days of its receipt a claim is reimbursed (net 15).
   *
   * @return 0 to 365; 15 by default
   */
  @Value.Default
  public int reimbursementDays() {
    return 15;
  }

  /**
   * Returns how many days after a claim's receipt its ROI report is due.
   *
   * @return 1 to 730; 90 by default
   */
  @Value.Default
  public int roiReportDays() {
    return 90;
  }

  /**
   * Returns the terms of the accrual model (used when {@link #model()} is
   * {@link FundingModel#ACCRUAL}).
   *
   * @return never null; {@link AccrualTerms#standard()} by default
   */
  @Value.Default
  public AccrualTerms accrual() {
    return AccrualTerms.standard();
  }

  /**
   * Returns the terms of the co-op model (used when {@link #model()} is {@link FundingModel#COOP}).
   *
   * @return never null; {@link CoopTerms#standard()} by default
   */
  @Value.Default
  public CoopTerms coop() {
    return CoopTerms.standard();
  }

  /**
   * Returns the range of the co-marketing pipeline-potential multiplier.
   *
   * @return never null; 0.5 to 2.0 by default
   */
  @Value.Default
  public MultiplierRange pipelinePotential() {
    return MultiplierRange.of("0.5", "2.0");
  }

  /**
   * Returns the range of the co-marketing strategic-value multiplier.
   *
   * @return never null; 0.8 to 1.5 by default
   */
  @Value.Default
  public MultiplierRange strategicValue() {
    return MultiplierRange.of("0.8", "1.5");
  }

  /**
   * Returns the strategic-value multiplier of each quadrant of the partner value matrix
   * ({@code docs/rules/health.md#value-matrix} "feeds the MDF strategic-value multiplier").
   *
   * @return never null, one entry per quadrant; 1.5, 1.2, 1.0 and 0.8 by default
   */
  @Value.Default
  public Map<ValueMatrixQuadrant, BigDecimal> strategicValues() {
    Map<ValueMatrixQuadrant, BigDecimal> standard = new EnumMap<>(ValueMatrixQuadrant.class);
    standard.put(ValueMatrixQuadrant.STRATEGIC_ALLIANCE, new BigDecimal("1.5"));
    standard.put(ValueMatrixQuadrant.TECHNOLOGY_PARTNER, new BigDecimal("1.2"));
    standard.put(ValueMatrixQuadrant.CHANNEL_PARTNER, new BigDecimal("1.0"));
    standard.put(ValueMatrixQuadrant.AFFILIATE, new BigDecimal("0.8"));
    return standard;
  }

  /**
   * Returns for how many months after joining a partner counts as new (for the new-partner pool
   * segment): a partner that joined within the {@code newPartnerMonths} months ending on the as-of
   * date, both ends included ({@link dev.partneros.core.DateRange#monthsEndingOn(int,
   * java.time.LocalDate)}).
   *
   * @return 1 to 60; 12 by default
   */
  @Value.Default
  public int newPartnerMonths() {
    return 12;
  }

  /**
   * Returns the segments of a pool split by segment, in order (which breaks ties between segments).
   *
   * @return never null; 60 % Gold and Platinum, 30 % Silver, 10 % new partners by default
   */
  @Value.Default
  public List<PoolSegment> poolSegments() {
    return List.of(PoolSegment.ofTiers("GOLD_AND_PLATINUM", Rate.ofPercent(60), Tier.GOLD, Tier.PLATINUM),
        PoolSegment.ofTiers("SILVER", Rate.ofPercent(30), Tier.SILVER),
        PoolSegment.ofNewPartners("NEW_PARTNERS", Rate.ofPercent(10)));
  }

  /**
   * Returns the approvers of a tier.
   *
   * @param tier a tier of the ladder, not null
   * @return never null, possibly empty
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public List<Approver> approvers(Tier tier) {
    requireNonNull(tier, "tier");
    List<Approver> approvers = approvers().get(tier);
    if (approvers == null) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("tier"), CoreProblemCode.UNKNOWN_TIER,
          "be a tier of the ladder " + ladder(), tier)));
    }
    return approvers;
  }

  /**
   * Returns the approver an amount asked of the fund is routed to: the approver of the last step
   * whose {@code from} is at most the amount.
   *
   * @param amount the amount asked of the fund, not null, not negative, in the fund's currency
   * @return never null
   * @throws dev.partneros.core.CurrencyMismatchException if the amount is in another currency
   */
  public Approver routeTo(Money amount) {
    requireNonNull(amount, "amount");
    Approver approver = routing().get(0).approver();
    for (ApprovalStep step : routing()) {
      if (amount.compareTo(step.from()) >= 0) {
        approver = step.approver();
      }
    }
    return approver;
  }

  /**
   * Tells whether MDF may fund an activity.
   *
   * @param activity the activity, not null
   * @return true if it is one of {@link #allowedUses()}
   */
  public boolean allows(ActivityType activity) {
    return allowedUses().contains(requireNonNull(activity, "activity"));
  }

  /**
   * Returns the strategic-value multiplier of a value-matrix quadrant.
   *
   * @param quadrant the quadrant, not null
   * @return never null, within {@link #strategicValue()}
   */
  public BigDecimal strategicValueOf(ValueMatrixQuadrant quadrant) {
    return strategicValues().get(requireNonNull(quadrant, "quadrant"));
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    TierLadder ladder = ladder();
    Currency currency = currency();
    problems.check(rounding() != RoundingMode.UNNECESSARY, root.field("rounding"), CoreProblemCode.NOT_ALLOWED,
        "be a rounding that rounds (not UNNECESSARY)", rounding());
    problems.check(ladder.contains(minimumTier()), root.field("minimumTier"), CoreProblemCode.UNKNOWN_TIER,
        "be a tier of the ladder " + ladder, minimumTier());
    checkAmount(problems, root.field("minimumSourcedArr"), minimumSourcedArr(), currency);
    for (Map.Entry<Tier, List<Approver>> entry : approvers().entrySet()) {
      FieldPath path = root.field("approvers").field(entry.getKey().name());
      problems.check(ladder.contains(entry.getKey()), path, CoreProblemCode.UNKNOWN_TIER, "be a tier of the ladder " + ladder,
          entry.getKey());
      Set<Approver> seen = new HashSet<>();
      for (int i = 0; i < entry.getValue().size(); i++) {
        problems.check(seen.add(entry.getValue().get(i)), path.index(i), CoreProblemCode.DUPLICATE, "name each approver once",
            entry.getValue().get(i));
      }
    }
    for (Tier tier : ladder.tiers()) {
      problems.check(approvers().containsKey(tier), root.field("approvers").field(tier.name()), CoreProblemCode.MISSING,
          "be present: every tier of the ladder needs its approvers (an empty list for none)", null);
    }
    FieldPath routing = root.field("routing");
    if (problems.check(!routing().isEmpty(), routing, CoreProblemCode.EMPTY, "have at least one step", "[]")) {
      for (int i = 0; i < routing().size(); i++) {
        Money from = routing().get(i).from();
        FieldPath at = routing.index(i).field("from");
        if (!checkAmount(problems, at, from, currency)) {
          continue;
        }
        if (i == 0) {
          problems.check(from.isZero(), at, CoreProblemCode.NOT_FROM_ZERO, "be 0 (the first step takes every request)", from);
        } else if (routing().get(i - 1).from().currency().equals(currency)) {
          problems.check(from.isGreaterThan(routing().get(i - 1).from()), at, CoreProblemCode.NOT_INCREASING,
              "be above the previous step's " + routing().get(i - 1).from(), from);
        }
      }
    }
    Set<ActivityType> uses = new HashSet<>();
    for (int i = 0; i < allowedUses().size(); i++) {
      problems.check(uses.add(allowedUses().get(i)), root.field("allowedUses").index(i), CoreProblemCode.DUPLICATE,
          "list each use once", allowedUses().get(i));
    }
    problems.requireInRange(root.field("disbursementDays"), disbursementDays(), 0, 365);
    problems.requireInRange(root.field("reimbursementDays"), reimbursementDays(), 0, 365);
    problems.requireInRange(root.field("roiReportDays"), roiReportDays(), 1, 730);
    accrual().cap().ifPresent(cap -> checkAmount(problems, root.field("accrual").field("cap"), cap, currency));
    for (ValueMatrixQuadrant quadrant : ValueMatrixQuadrant.values()) {
      FieldPath path = root.field("strategicValues").field(quadrant.name());
      BigDecimal value = strategicValues().get(quadrant);
      if (problems.check(value != null, path, CoreProblemCode.MISSING, "be present: every quadrant needs its multiplier", null)) {
        problems.check(strategicValue().contains(value), path, CoreProblemCode.OUT_OF_RANGE,
            "be within the strategic-value range " + strategicValue(), value.toPlainString());
      }
    }
    problems.requireInRange(root.field("newPartnerMonths"), newPartnerMonths(), 1, 60);
    checkSegments(problems, root.field("poolSegments"), ladder);
    problems.throwIfErrors(InvalidProgramException::new);
  }

  private void checkSegments(ProblemCollector problems, FieldPath path, TierLadder ladder) {
    if (poolSegments().isEmpty()) {
      return;
    }
    Set<String> names = new HashSet<>();
    Map<Tier, Integer> tiers = new LinkedHashMap<>();
    int newPartnerSegments = 0;
    BigDecimal shares = BigDecimal.ZERO;
    for (int i = 0; i < poolSegments().size(); i++) {
      PoolSegment segment = poolSegments().get(i);
      FieldPath at = path.index(i);
      problems.check(names.add(segment.name()), at.field("name"), CoreProblemCode.DUPLICATE, "be unique among the segments",
          segment.name());
      shares = shares.add(segment.share().value());
      if (segment.newPartners()) {
        newPartnerSegments++;
        problems.check(newPartnerSegments == 1, at.field("newPartners"), CoreProblemCode.DUPLICATE,
            "be true for one segment only", true);
      }
      for (int k = 0; k < segment.tiers().size(); k++) {
        Tier tier = segment.tiers().get(k);
        FieldPath tierPath = at.field("tiers").index(k);
        if (problems.check(ladder.contains(tier), tierPath, CoreProblemCode.UNKNOWN_TIER, "be a tier of the ladder " + ladder,
            tier)) {
          Integer before = tiers.putIfAbsent(tier, i);
          problems.check(before == null, tierPath, CoreProblemCode.DUPLICATE,
              "be in one segment only (already in poolSegments[" + before + "])", tier);
        }
      }
    }
    problems.check(shares.compareTo(BigDecimal.ONE) == 0, path, CoreProblemCode.WEIGHTS_NOT_ONE,
        "have shares summing to exactly 1", shares.toPlainString());
  }

  private static boolean checkAmount(ProblemCollector problems, FieldPath path, Money amount, Currency currency) {
    return problems.check(amount.currency().equals(currency), path, CoreProblemCode.CURRENCY_MISMATCH,
        "be in the program's currency " + currency.getCurrencyCode(), amount)
        && problems.requireNonNegative(path, amount);
  }

  /** Builds an {@link MdfPolicy}; every attribute has its standard default. Not thread-safe. */
  public static class Builder extends ImmutableMdfPolicy.Builder {
    /** Creates a builder of the standard policy. */
    Builder() {}
  }

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
  public abstract static class ApprovalStep {

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

  /**
   * How a partner's MDF is funded ({@code docs/rules/mdf.md#funding-models}).
   *
   * <p>Every model keeps the tier's quarterly cap, the eligibility rules, the approvals and the
   * fiscal-year expiry; they differ in what the annual entitlement is and what a request asks of the
   * fund.
   */
  public enum FundingModel {
    /**
     * The default: the annual entitlement is the tier's annual allocation (benefits matrix) and a
     * request asks the fund for its whole amount.
     */
    TIER_ALLOCATION,
    /**
     * Accrual: a percentage of the partner's sales in the fiscal year so far accrues, up to a cap
     * ({@link AccrualTerms}); that is the annual entitlement. A request asks for its whole amount.
     */
    ACCRUAL,
    /**
     * Co-op: the annual entitlement is the tier's allocation, and the fund matches a percentage of the
     * partner's own spend ({@link CoopTerms}): a request states the activity's total cost and asks the
     * fund for the match.
     */
    COOP
  }

  /**
   * The closed range a co-marketing multiplier must lie in
   * ({@code docs/rules/mdf.md#co-marketing-budget}): pipeline potential 0.5 to 2.0 and strategic
   * value 0.8 to 1.5 by default, both ends allowed. A multiplier outside its range is an error,
   * never clamped.
   *
   * <p>Program-file form: {@code {min: 0.5, max: 2.0}}.
   *
   * <p>Checked when built ({@link InvalidProgramException}): {@code 0 < min <= max <= 100}.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableMultiplierRange.class)
  public abstract static class MultiplierRange {

    /** The largest multiplier a range may allow. */
    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    MultiplierRange() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a range.
     *
     * @param minInclusive the smallest multiplier allowed, not null, above zero
     * @param maxInclusive the largest multiplier allowed, not null, at least {@code minInclusive}, at
     *     most 100
     * @return never null
     * @throws InvalidProgramException if the bounds are out of order or out of range
     */
    public static MultiplierRange of(BigDecimal minInclusive, BigDecimal maxInclusive) {
      return new Builder().min(minInclusive).max(maxInclusive).build();
    }

    /**
     * Returns a range from the text of its bounds, such as {@code of("0.5", "2.0")}.
     *
     * @param minInclusive the smallest multiplier allowed, not null
     * @param maxInclusive the largest multiplier allowed, not null
     * @return never null
     * @throws InvalidProgramException if the bounds are out of order or out of range
     * @throws NumberFormatException if a bound is not a decimal
     */
    public static MultiplierRange of(String minInclusive, String maxInclusive) {
      return of(new BigDecimal(minInclusive), new BigDecimal(maxInclusive));
    }

    @JsonCreator
    static MultiplierRange fromJson(@JsonProperty("min") BigDecimal min, @JsonProperty("max") BigDecimal max) {
      ProblemCollector problems = new ProblemCollector();
      problems.requirePresent(FieldPath.root().field("min"), min);
      problems.requirePresent(FieldPath.root().field("max"), max);
      problems.throwIfErrors(InvalidProgramException::new);
      return of(min, max);
    }

    /**
     * Returns the smallest multiplier allowed (inclusive).
     *
     * @return never null, above zero
     */
    public abstract BigDecimal min();

    /**
     * Returns the largest multiplier allowed (inclusive).
     *
     * @return never null, at least {@link #min()}
     */
    public abstract BigDecimal max();

    /**
     * Tells whether a multiplier lies in the range, both ends included.
     *
     * @param multiplier the multiplier, not null
     * @return true if {@code min <= multiplier <= max}
     */
    public boolean contains(BigDecimal multiplier) {
      requireNonNull(multiplier, "multiplier");
      return multiplier.compareTo(min()) >= 0 && multiplier.compareTo(max()) <= 0;
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath min = FieldPath.root().field("min");
      FieldPath max = FieldPath.root().field("max");
      problems.check(min().signum() > 0, min, CoreProblemCode.NOT_POSITIVE, "be > 0", min().toPlainString());
      problems.check(max().compareTo(MAX) <= 0, max, CoreProblemCode.OUT_OF_RANGE, "be at most 100", max().toPlainString());
      problems.check(max().compareTo(min()) >= 0, max, CoreProblemCode.NOT_ABOVE_MIN, "be at least min " + min().toPlainString(),
          max().toPlainString());
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /**
     * Renders the range as {@code [0.5, 2.0]}.
     *
     * @return never null
     */
    @Override
    public String toString() {
      return "[" + min().toPlainString() + ", " + max().toPlainString() + "]";
    }

    /** Builds a {@link MultiplierRange}; {@code build()} checks it. Not thread-safe. */
    public static class Builder extends ImmutableMultiplierRange.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A segment of an MDF pool split by segment ({@code docs/rules/mdf.md#pool-allocation}: default 60
   * % Gold and Platinum, 30 % Silver, 10 % new partners): its name, its share of the pool, and who
   * belongs to it, either the partners of some tiers or every new partner.
   *
   * <p>Decision: a new partner (one that joined within {@link MdfPolicy#newPartnerMonths()} months
   * ending on the allocation's as-of date) belongs to the new-partner segment whatever its tier; so a
   * new-partner segment lists no tiers, and every other segment lists at least one.
   *
   * <p>Program-file form: {@code {name: SILVER, share: "0.30", tiers: [SILVER]}} or
   * {@code {name: NEW_PARTNERS, share: "0.10", newPartners: true}}.
   *
   * <p>Checked when built: the name is not blank (at most 40 characters) and the members are given as
   * described.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePoolSegment.class)
  public abstract static class PoolSegment {

    PoolSegment() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a segment of the partners of some tiers.
     *
     * @param name the segment's name, not blank
     * @param share its share of the pool, not null
     * @param tiers its tiers, not null, not empty
     * @return never null
     * @throws InvalidProgramException if the name is blank or no tier is given
     */
    public static PoolSegment ofTiers(String name, Rate share, Tier... tiers) {
      return new Builder().name(name).share(share).addTiers(tiers).build();
    }

    /**
     * Returns the segment of new partners.
     *
     * @param name the segment's name, not blank
     * @param share its share of the pool, not null
     * @return never null
     * @throws InvalidProgramException if the name is blank
     */
    public static PoolSegment ofNewPartners(String name, Rate share) {
      return new Builder().name(name).share(share).newPartners(true).build();
    }

    @JsonCreator
    static PoolSegment fromJson(@JsonProperty("name") String name, @JsonProperty("share") Rate share,
        @JsonProperty("tiers") List<Tier> tiers, @JsonProperty("newPartners") Boolean newPartners) {
      ProblemCollector problems = new ProblemCollector();
      problems.requirePresent(FieldPath.root().field("name"), name);
      problems.requirePresent(FieldPath.root().field("share"), share);
      List<Tier> members = new ArrayList<>();
      if (tiers != null) {
        for (int i = 0; i < tiers.size(); i++) {
          if (problems.requirePresent(FieldPath.root().field("tiers").index(i), tiers.get(i))) {
            members.add(tiers.get(i));
          }
        }
      }
      problems.throwIfErrors(InvalidProgramException::new);
      return new Builder().name(name).share(share).tiers(members)
          .newPartners(Optional.ofNullable(newPartners).orElse(false)).build();
    }

    /**
     * Returns the segment's name, such as {@code GOLD_AND_PLATINUM}.
     *
     * @return never null, not blank
     */
    public abstract String name();

    /**
     * Returns the segment's share of the pool.
     *
     * @return never null
     */
    public abstract Rate share();

    /**
     * Returns the tiers whose (established) partners belong to the segment.
     *
     * @return never null; empty for the new-partner segment
     */
    public abstract List<Tier> tiers();

    /**
     * Tells whether this is the segment of new partners.
     *
     * @return true for the new-partner segment; false by default
     */
    @Value.Default
    public boolean newPartners() {
      return false;
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath name = FieldPath.root().field("name");
      if (problems.requireNotBlank(name, name())) {
        problems.check(name().length() <= 40, name, CoreProblemCode.TOO_LARGE, "have at most 40 characters", name());
      }
      FieldPath tiers = FieldPath.root().field("tiers");
      if (newPartners()) {
        problems.check(tiers().isEmpty(), tiers, CoreProblemCode.NOT_ALLOWED,
            "be empty for the new-partner segment (it takes every new partner, whatever the tier)", tiers());
      } else {
        problems.check(!tiers().isEmpty(), tiers, CoreProblemCode.EMPTY,
            "name at least one tier (or set newPartners: true)", tiers());
      }
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /** Builds a {@link PoolSegment}; {@code build()} checks it. Not thread-safe. */
    public static class Builder extends ImmutablePoolSegment.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
