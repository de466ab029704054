package dev.partneros.tiers;

import dev.partneros.tiers.internal.QualificationSteps;
import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.internal.Criteria;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Measures a partner's tier metrics and finds the tier they qualify it for
 * ({@code docs/rules/tiers.md#qualified-tier}): the highest tier whose criteria hold. Built once
 * per program with {@link #of(TierProgram)}; its methods are pure functions of their arguments.
 *
 * <p>How {@link #measure(TierFacts, LocalDate)} computes each metric over the window
 * {@code DateRange.monthsEndingOn(windowMonths, asOf)} (both ends included), across all products:
 * <ul>
 *   <li>sourced / influenced ARR: the ARR of deals of that role closed in the window;</li>
 *   <li>total partner revenue: the ARR of every deal closed in the window plus every revenue entry
 *       booked in it;</li>
 *   <li>deals registered / closed: deals registered / closed in the window;</li>
 *   <li>qualified referrals, joint case studies: those qualified / published in the window;</li>
 *   <li>certified people: distinct people with a certification valid on the as-of date;</li>
 *   <li>NPS, CSAT: the latest score in the window (missing when there is none);</li>
 *   <li>approved joint business plan: a plan in force on the as-of date
 *       ({@link TierFacts.JointBusinessPlan#isInForce(LocalDate, DateRange)});</li>
 *   <li>custom metrics: the sum of each name's entries in the window.</li>
 * </ul>
 *
 * <p>Measuring costs the facts inside the window, not the partner's whole history: the facts are
 * sorted by date once, on first use, and kept with them ({@link TierFacts}), so the window is found
 * by binary search. (Certifications count while valid; plans while in force.)
 *
 * <p>{@link #decide(TierFacts, LocalDate)} returns the qualified tier only, from criteria compiled
 * once when the qualifier is built and metrics read from the facts' running sums, allocating nothing
 * ({@code docs/rules/tiers.md#deciding-the-tier-only}); {@link #qualify(TierFacts, LocalDate)}
 * returns the tier with every check, copied from templates built with the qualifier, and an
 * explanation built on first request.
 *
 * <p>Immutable and thread-safe.
 */
public final class TierQualifier {

  /** Before this year a window may reach past {@link LocalDate#MIN}; {@code decide} then measures. */
  private static final int EARLIEST_DECIDED_YEAR = Year.MIN_VALUE + 10;

  private final TierProgram program;
  private final TierLadder ladder;
  private final Currency currency;
  private final List<TierProgram.Level> levels;
  /** The criteria in the form {@link #decide(TierFacts, LocalDate)} runs, compiled once. */
  private final CompiledCriteria compiled;
  /** The partner-independent parts of every check, built once. */
  private final CheckTemplates templates;
  private final QualificationSteps steps;

  private TierQualifier(TierProgram program) {
    this.program = program;
    this.ladder = program.ladder();
    this.currency = program.currency();
    this.levels = program.levels();
    this.compiled = CompiledCriteria.of(program);
    this.templates = CheckTemplates.of(program);
    this.steps = templates.steps(currency);
  }

  /**
   * Returns the qualifier of a program.
   *
   * @param program the tier program, not null
   * @return never null
   */
  public static TierQualifier of(TierProgram program) {
    return new TierQualifier(requireNonNull(program, "program"));
  }

  /**
   * Returns the program.
   *
   * @return never null
   */
  public TierProgram program() {
    return program;
  }

  /**
   * Measures a partner's metrics over the rolling window ending on an as-of date.
   *
   * @param facts the partner's dated facts, not null
   * @param asOf the as-of date, not null
   * @return never null, with {@link TierMetrics#window()} set
   * @throws InvalidFactsException naming every fact dated after the as-of date and every amount
   *     not in the program's currency, with its path ({@code deals[3].closedOn})
   */
  public TierMetrics measure(TierFacts facts, LocalDate asOf) {
    requireNonNull(facts, "facts");
    requireNonNull(asOf, "asOf");
    FactIndex index = facts.index();
    if (!index.isValid(asOf, currency)) {
      validate(facts, asOf);
    }
    return index.measure(DateRange.monthsEndingOn(program.windowMonths(), asOf), currency);
  }

  /** Names every fact dated after the as-of date and every amount in another currency. */
  private void validate(TierFacts facts, LocalDate asOf) {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    for (int i = 0; i < facts.deals().size(); i++) {
      TierFacts.PartnerDeal deal = facts.deals().get(i);
      FieldPath at = root.field("deals").index(i);
      notAfter(problems, at.field("registeredOn"), deal.registeredOn().orElse(null), asOf);
      notAfter(problems, at.field("closedOn"), deal.closedOn().orElse(null), asOf);
      inCurrency(problems, at.field("arr"), deal.arr());
    }
    for (int i = 0; i < facts.referrals().size(); i++) {
      notAfter(problems, root.field("referrals").index(i).field("qualifiedOn"),
          facts.referrals().get(i).qualifiedOn(), asOf);
    }
    for (int i = 0; i < facts.certifications().size(); i++) {
      notAfter(problems, root.field("certifications").index(i).field("earnedOn"),
          facts.certifications().get(i).earnedOn(), asOf);
    }
    for (int i = 0; i < facts.surveys().size(); i++) {
      notAfter(problems, root.field("surveys").index(i).field("date"), facts.surveys().get(i).date(), asOf);
    }
    for (int i = 0; i < facts.caseStudies().size(); i++) {
      notAfter(problems, root.field("caseStudies").index(i).field("publishedOn"),
          facts.caseStudies().get(i).publishedOn(), asOf);
    }
    for (int i = 0; i < facts.businessPlans().size(); i++) {
      notAfter(problems, root.field("businessPlans").index(i).field("approvedOn"),
          facts.businessPlans().get(i).approvedOn(), asOf);
    }
    for (int i = 0; i < facts.revenue().size(); i++) {
      TierFacts.RevenueEntry entry = facts.revenue().get(i);
      notAfter(problems, root.field("revenue").index(i).field("bookedOn"), entry.bookedOn(), asOf);
      inCurrency(problems, root.field("revenue").index(i).field("amount"), entry.amount());
    }
    for (int i = 0; i < facts.customMetrics().size(); i++) {
      notAfter(problems, root.field("customMetrics").index(i).field("date"), facts.customMetrics().get(i).date(),
          asOf);
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  private static void notAfter(ProblemCollector problems, FieldPath path, LocalDate date, LocalDate asOf) {
    if (date != null) {
      problems.check(!date.isAfter(asOf), path, CoreProblemCode.AFTER_AS_OF, "be on or before the as-of date " + asOf, date);
    }
  }

  private void inCurrency(ProblemCollector problems, FieldPath path, Money amount) {
    problems.check(amount.currency().equals(currency), path, CoreProblemCode.CURRENCY_MISMATCH,
        "be in " + currency.getCurrencyCode() + " (the program's currency; convert it explicitly)", amount);
  }

  /**
   * Returns the tier a partner's facts qualify it for on an as-of date, and nothing else
   * ({@code docs/rules/tiers.md#deciding-the-tier-only}): always
   * {@code qualify(facts, asOf).qualifiedTier()}, without measuring every metric, evaluating
   * requirement by requirement or building an explanation. The criteria were compiled when this
   * qualifier was built; a call reads only the metrics the criteria test, each from the facts'
   * index ({@link TierFacts}) by binary search over running sums, stops at the first tier that
   * holds (highest first) and, but for custom metrics, allocates nothing.
   *
   * @param facts the partner's dated facts, not null
   * @param asOf the as-of date, not null
   * @return never null
   * @throws InvalidFactsException as {@link #measure(TierFacts, LocalDate)} does
   */
  public Tier decide(TierFacts facts, LocalDate asOf) {
    requireNonNull(facts, "facts");
    requireNonNull(asOf, "asOf");
    FactIndex index = facts.index();
    if (!index.isValid(asOf, currency)) {
      validate(facts, asOf);
    }
    if (!index.moneyExact() || asOf.getYear() < EARLIEST_DECIDED_YEAR) {
      // sums beyond a long in minor units, or a window that may start before the first date there is
      return qualifiedTier(measure(facts, asOf));
    }
    return compiled.decide(index, asOf);
  }

  /**
   * Measures a partner's metrics and qualifies them.
   *
   * @param facts the partner's dated facts, not null
   * @param asOf the as-of date, not null
   * @return never null
   * @throws InvalidFactsException as {@link #measure(TierFacts, LocalDate)} does
   */
  public Qualification qualify(TierFacts facts, LocalDate asOf) {
    return qualify(measure(facts, asOf), asOf);
  }

  /**
   * Evaluates every tier's criteria against a partner's metrics and finds the qualified tier: the
   * highest tier whose criteria hold.
   *
   * @param metrics the partner's metrics, not null, in the program's currency
   * @param asOf the as-of date, not null
   * @return never null
   * @throws InvalidFactsException if the metrics are in another currency
   */
  public Qualification qualify(TierMetrics metrics, LocalDate asOf) {
    requireNonNull(metrics, "metrics");
    requireNonNull(asOf, "asOf");
    checkCurrency(metrics);
    Qualification.Builder qualification = new Qualification.Builder();
    Tier qualified = ladder.lowest();
    for (int i = 0; i < templates.size(); i++) {
      Qualification.TierCheck check = templates.check(i, metrics);
      if (check.met() && templates.hasCriteria(i)) {
        qualified = templates.tier(i);
      }
      qualification.addChecks(check);
    }
    return qualification.asOf(asOf).qualifiedTier(qualified).metrics(metrics).compiledSteps(steps).build();
  }

  /**
   * Returns the qualified tier only, without evaluating requirement by requirement: the fast path
   * for portfolio-wide runs.
   *
   * @param metrics the partner's metrics, not null, in the program's currency
   * @return never null
   * @throws InvalidFactsException if the metrics are in another currency
   */
  public Tier qualifiedTier(TierMetrics metrics) {
    requireNonNull(metrics, "metrics");
    checkCurrency(metrics);
    for (int i = levels.size() - 1; i > 0; i--) {
      TierProgram.Level level = levels.get(i);
      if (Criteria.holds(level.criteria().get(), metrics::raw)) {
        return level.tier();
      }
    }
    return ladder.lowest();
  }

  /**
   * Returns the progress from a tier to the tier above it
   * ({@code docs/rules/tiers.md#progress-to-the-next-tier}).
   *
   * @param qualification a qualification by this qualifier, not null
   * @param from the tier to measure from (usually the tier held), not null, on the ladder
   * @return never null; without a target when {@code from} is the highest tier
   * @throws InvalidFactsException if {@code from} is not on the ladder
   */
  public Progress progress(Qualification qualification, Tier from) {
    requireNonNull(qualification, "qualification");
    return progressTo(qualification, from, ladder.next(requireNonNull(from, "from")));
  }

  /**
   * Returns the progress towards a given tier, such as the tier a partner in grace must re-qualify
   * for to keep it.
   *
   * @param qualification a qualification by this qualifier, not null
   * @param target the tier to measure towards, not null, on the ladder
   * @return never null; 100 % for the entry tier
   * @throws InvalidFactsException if {@code target} is not on the ladder
   */
  public Progress progressTowards(Qualification qualification, Tier target) {
    requireNonNull(qualification, "qualification");
    ladder.rankOf(requireNonNull(target, "target"));
    return progressTo(qualification, qualification.qualifiedTier(), Optional.of(target));
  }

  private Progress progressTo(Qualification qualification, Tier from, Optional<Tier> target) {
    Progress.Builder progress = new Progress.Builder().tier(from).target(target).currency(currency);
    target.flatMap(qualification::check).flatMap(Qualification.TierCheck::requirement).ifPresent(requirement -> {
      if (requirement.form() == Criterion.Form.ALL_OF) {
        progress.requirements(requirement.children());
      } else {
        progress.addRequirements(requirement);
      }
    });
    return progress.build();
  }

  private void checkCurrency(TierMetrics metrics) {
    if (!metrics.currency().equals(currency)) {
      ProblemCollector problems = new ProblemCollector();
      problems.check(false, FieldPath.root().field("currency"), CoreProblemCode.CURRENCY_MISMATCH,
          "be " + currency.getCurrencyCode() + " (the program's currency)", metrics.currency().getCurrencyCode());
      problems.throwIfErrors(InvalidFactsException::new);
    }
  }

  @Override
  public String toString() {
    return "TierQualifier[" + ladder + "]";
  }
}
