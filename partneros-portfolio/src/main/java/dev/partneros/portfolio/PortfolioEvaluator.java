package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.CreditSplit;
import dev.partneros.attribution.Deal;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.RegistrationDecision;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.Tier;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.Portfolio.CertificationRow;
import dev.partneros.portfolio.Portfolio.ChecklistRow;
import dev.partneros.portfolio.Portfolio.DealRow;
import dev.partneros.portfolio.Portfolio.MdfRequestRow;
import dev.partneros.portfolio.Portfolio.MetricsRow;
import dev.partneros.portfolio.Portfolio.PartnerRow;
import dev.partneros.portfolio.Portfolio.RatingRow;
import dev.partneros.portfolio.Portfolio.RegistrationRow;
import dev.partneros.portfolio.Portfolio.TouchRow;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.portfolio.ProgramVersions.Engines;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.ipp.IppAssessment;
import dev.partneros.scoring.ipp.IppFit;
import dev.partneros.scoring.kpi.KpiFacts;
import dev.partneros.scoring.maturity.ChecklistItem;
import dev.partneros.scoring.maturity.MaturityResult;
import dev.partneros.scoring.scorecard.Rating;
import dev.partneros.scoring.scorecard.ScorecardResult;
import dev.partneros.scoring.segment.SegmentAssignment;
import dev.partneros.scoring.segment.SegmentFacts;
import dev.partneros.tiers.DealRole;
import dev.partneros.tiers.Metric;
import dev.partneros.tiers.Progress;
import dev.partneros.tiers.Qualification;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierFacts;
import dev.partneros.tiers.TierState;
import dev.partneros.tiers.mdf.PoolCandidate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Evaluates a whole portfolio under a program history as of a date, composing the
 * modules. A pure function of the history, the portfolio and the as-of date
 * (no clock, no I/O; the reports are written at the edge by {@code dev.partneros.portfolio.report}).
 *
 * <h2>What it does, in order</h2>
 * <ol>
 *   <li><b>What is known on the as-of date.</b> Facts dated after it are left out: a deal closed
 *       after it is still open, a touch after it never happened, a quarter that has not ended is not
 *       scored. So evaluating at an earlier date gives what would have been decided then.</li>
 *   <li><b>Deals</b> ({@code docs/rules/attribution.md#classification}) are attributed under the
 *   version in force on their close
 *       day (an open deal: on the as-of date): every partner named on a deal is classified
 *       (sourced, influenced, not attributed), a won deal's credit is split by the multi-touch model
 *       and a registration conflict is resolved at the day of the newest registration on or before
 *       the close. <em>Decision:</em> when two partners are both classified sourced, only the holder
 *       of the winning registration counts the deal as sourced ARR; the other counts it as
 *       influenced ARR when it meets the influenced criteria, else not at all (said in the deal's
 *       note). The blueprint does not say so, and without it one deal would be sourced twice.</li>
 *   <li><b>Tier facts</b> ({@code docs/rules/tiers.md#metrics}) are composed: a won deal counts in
 *   a partner's
 *       sourced or influenced ARR as its attribution decides (at the deal's full ARR; the multi-touch
 *       credit is money, not qualification), a registration counts as a deal registered,
 *       {@code qualifiedReferrals} of a quarter are referrals qualified on its last day, a quarter's
 *       NPS is a survey on its last day, and certifications are as given.</li>
 *   <li><b>Tier timeline.</b> From the partner's starting state ({@code tier} since
 *       {@code tierSince}), every quarter end of the fiscal calendar from the later of
 *       {@code tierSince} and the first version's {@code effectiveFrom}, up to the as-of date, is
 *       decided by the state machine of the version in force on that quarter end
 *       ({@code docs/rules/program-changes.md#no-retroactive-change}: a version applies only from
 *       its {@code effectiveFrom}; earlier quarter ends keep their decisions). The last entry is
 *       the current decision, with its progress and projection. With {@link KnownTierStates}, a
 *       quarter end after a known state is decided from it instead of the replayed state.</li>
 *   <li><b>Health</b> ({@code docs/rules/health.md#health-score}) of every quarter in
 *   {@code metrics}, by the version in
 *       force on the quarter's last day, with the change and band movement since the quarter before
 *       (only when that quarter was scored too). A quarter ending before the first version is not
 *       scored; its revenue still serves as the prior-year revenue of the quarter a year later.</li>
 *   <li><b>4C scorecard</b> ({@code docs/rules/scorecards.md}, with the partner type's weights) and
 *       <b>IPP fit</b> ({@code docs/rules/ipp.md#fit-score}) where ratings are given, under the
 *       version in force on the as-of date.</li>
 *   <li><b>Program</b>, under the version in force on the as-of date: the maturity stage and next
 *       steps ({@code docs/rules/maturity.md}) from {@code checklist}, segments and value quadrants
 *       ({@code docs/rules/health.md#segments}) of the active partners with health, and the
 *       program KPIs ({@code docs/rules/health.md#program-kpis}) over the 12 months ending on
 *       the as-of date (see the evaluation's {@code kpiFacts}).</li>
 *   <li><b>Commission and MDF</b> come from the {@link CommissionModule} and {@link MdfModule}
 *       ({@link AttributionCommissionModule} and {@link TiersMdfModule} in {@link #standard()}), which
 *       read the tier timelines and deal attributions above; without them the evaluation says so in
 *       {@link PortfolioEvaluation#notEvaluated()}.</li>
 * </ol>
 *
 * <p>Problems that only show under the program (a rating the scorecard refuses, a checklist item
 * the program does not have, a deal closed before the first version) are reported like reading
 * problems, with their file, line and column, all at once ({@link InvalidInputException}).
 *
 * <p>Results are sorted (partners by id, deals by id), so the same inputs always give the same
 * evaluation; large portfolios are evaluated on several threads without changing that.
 *
 * <p>Immutable and thread-safe.
 */
public final class PortfolioEvaluator {

  /** The largest magnitude of an amount, 10^15 major units ({@link Money}). */
  private static final BigDecimal MONEY_LIMIT = BigDecimal.TEN.pow(15);

  /** A tier fact about a deal: {@code deals[3].closedOn}. */
  private static final java.util.regex.Pattern DEAL_FACT = java.util.regex.Pattern.compile(
      "deals\\[(\\d+)\\](?:\\.([A-Za-z]+))?.*");

  /** The column of deals.csv a tier fact about a deal comes from. */
  private static final Map<String, String> DEAL_COLUMNS = Map.of("arr", "amount", "closedOn", "closed", "id", "id");

  private final Optional<CommissionModule> commission;
  private final Optional<MdfModule> mdf;
  private final int parallelism;

  private PortfolioEvaluator(Optional<CommissionModule> commission, Optional<MdfModule> mdf, int parallelism) {
    this.commission = commission;
    this.mdf = mdf;
    this.parallelism = parallelism;
  }

  /**
   * Returns the evaluator of this build: every module, commission
   * ({@link AttributionCommissionModule}) and MDF without a program-level pool
   * ({@link TiersMdfModule#withoutPool()}).
   *
   * @return never null
   */
  public static PortfolioEvaluator standard() {
    return new PortfolioEvaluator(Optional.of(AttributionCommissionModule.standard()),
        Optional.of(TiersMdfModule.withoutPool()), 0);
  }

  /**
   * Returns an evaluator without the commission and MDF modules (scoring, tiers and attribution
   * only).
   *
   * @return never null
   */
  public static PortfolioEvaluator withoutModules() {
    return new PortfolioEvaluator(Optional.empty(), Optional.empty(), 0);
  }

  /**
   * Returns a copy that computes commissions with a module.
   *
   * @param module the module, not null
   * @return never null
   */
  public PortfolioEvaluator withCommission(CommissionModule module) {
    return new PortfolioEvaluator(Optional.of(requireNonNull(module, "module")), mdf, parallelism);
  }

  /**
   * Returns a copy that computes MDF with a module.
   *
   * @param module the module, not null
   * @return never null
   */
  public PortfolioEvaluator withMdf(MdfModule module) {
    return new PortfolioEvaluator(commission, Optional.of(requireNonNull(module, "module")), parallelism);
  }

  /**
   * Returns a copy that evaluates on a given number of threads. By default (and with {@code 0}) the
   * evaluation uses the common fork-join pool, that is every core; with {@code 1} it runs on one
   * thread. The result is the same whatever the number: work is split per partner and per deal and
   * put back in partner-id and deal-id order.
   *
   * @param threads 0 for the common pool, or 1 to 256 threads
   * @return never null
   * @throws IllegalArgumentException if {@code threads} is negative or above 256
   */
  public PortfolioEvaluator withParallelism(int threads) {
    if (threads < 0 || threads > 256) {
      throw new IllegalArgumentException("threads must be between 0 and 256, but was " + threads);
    }
    return new PortfolioEvaluator(commission, mdf, threads);
  }

  /**
   * Returns the number of threads set by {@link #withParallelism(int)}: 0 for the common pool.
   *
   * @return 0 to 256
   */
  public int parallelism() {
    return parallelism;
  }

  /** Receives the progress of a long evaluation; called from several threads. */
  @FunctionalInterface
  public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} partners are evaluated.
     *
     * @param done partners evaluated so far
     * @param total partners to evaluate
     */
    void progress(int done, int total);
  }

  /**
   * Evaluates a portfolio.
   *
   * @param history the program's versions, not null
   * @param portfolio the portfolio, not null
   * @param asOf the evaluation date, not null
   * @return never null
   * @throws dev.partneros.core.InvalidProgramException naming every problem of every version
   * @throws InvalidFactsException if the as-of date is before the first version
   * @throws InvalidInputException naming every input row the program refuses
   */
  public PortfolioEvaluation evaluate(ProgramHistory history, Portfolio portfolio, LocalDate asOf) {
    return evaluate(history, portfolio, asOf, ProgressListener.NONE);
  }

  /**
   * Evaluates a portfolio, reporting progress.
   *
   * @param history the program's versions, not null
   * @param portfolio the portfolio, not null
   * @param asOf the evaluation date, not null
   * @param progress receives the progress, not null
   * @return never null
   * @throws dev.partneros.core.InvalidProgramException naming every problem of every version
   * @throws InvalidFactsException if the as-of date is before the first version
   * @throws InvalidInputException naming every input row the program refuses
   */
  public PortfolioEvaluation evaluate(ProgramHistory history, Portfolio portfolio, LocalDate asOf,
      ProgressListener progress) {
    return evaluate(history, portfolio, asOf, KnownTierStates.none(), progress);
  }

  /**
   * Evaluates a portfolio whose partners' tier timelines continue from known tier states, such as
   * the states stored when the previous quarters were closed ({@link KnownTierStates} says how).
   * With {@link KnownTierStates#none()}, the same as {@link #evaluate(ProgramHistory, Portfolio, LocalDate)}.
   *
   * @param history the program's versions, not null
   * @param portfolio the portfolio, not null
   * @param asOf the evaluation date, not null
   * @param known the known tier states, not null
   * @return never null
   * @throws dev.partneros.core.InvalidProgramException naming every problem of every version
   * @throws InvalidFactsException if the as-of date is before the first version, or naming every
   *     known state of a partner not in the book or that its next quarter end cannot continue from
   * @throws InvalidInputException naming every input row the program refuses
   */
  public PortfolioEvaluation evaluate(ProgramHistory history, Portfolio portfolio, LocalDate asOf,
      KnownTierStates known) {
    return evaluate(history, portfolio, asOf, known, ProgressListener.NONE);
  }

  /**
   * Evaluates a portfolio whose partners' tier timelines continue from known tier states, reporting
   * progress.
   *
   * @param history the program's versions, not null
   * @param portfolio the portfolio, not null
   * @param asOf the evaluation date, not null
   * @param known the known tier states, not null
   * @param progress receives the progress, not null
   * @return never null
   * @throws dev.partneros.core.InvalidProgramException naming every problem of every version
   * @throws InvalidFactsException if the as-of date is before the first version, or naming every
   *     known state of a partner not in the book or that its next quarter end cannot continue from
   * @throws InvalidInputException naming every input row the program refuses
   */
  public PortfolioEvaluation evaluate(ProgramHistory history, Portfolio portfolio, LocalDate asOf,
      KnownTierStates known, ProgressListener progress) {
    requireNonNull(history, "history");
    requireNonNull(portfolio, "portfolio");
    requireNonNull(asOf, "asOf");
    requireNonNull(known, "known");
    requireNonNull(progress, "progress");
    ProgramVersions versions = ProgramVersions.of(history);
    Engines now = versions.at(asOf).orElseThrow(() -> new InvalidFactsException(List.of(Problem.error(
        FieldPath.root().field("asOf"), CoreProblemCode.BEFORE_FIRST_VERSION, "be on or after the first program version's "
            + "effectiveFrom " + versions.first().effectiveFrom() + " (version " + versions.first().version() + ")",
        asOf))));
    if (!known.isEmpty()) {
      known.check(portfolio.partners().stream().map(PartnerRow::id).collect(Collectors.toSet()),
          versions.first().fiscalCalendar(), versions.first().ladder(), asOf);
    }
    Run run = new Run(versions, portfolio, asOf, now, known, progress);
    if (parallelism == 0) {
      return run.evaluate();
    }
    ForkJoinPool pool = new ForkJoinPool(parallelism);
    try {
      return pool.submit(run::evaluate).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while evaluating", e);
    } finally {
      pool.shutdown();
    }
  }

  /** One evaluation: the inputs indexed, and the problems found so far. */
  private final class Run {
    private final ProgramVersions versions;
    private final Portfolio portfolio;
    private final LocalDate asOf;
    private final Engines now;
    private final ProgressListener progress;
    private final KnownTierStates known;
    private final Queue<CsvProblem> problems = new ConcurrentLinkedQueue<>();
    private final YearQuarter lastQuarter;

    Run(ProgramVersions versions, Portfolio portfolio, LocalDate asOf, Engines now, KnownTierStates known,
        ProgressListener progress) {
      this.versions = versions;
      this.portfolio = portfolio;
      this.asOf = asOf;
      this.now = now;
      this.known = known;
      this.progress = progress;
      YearQuarter current = YearQuarter.from(asOf);
      this.lastQuarter = current.lastDay().equals(asOf) ? current : current.previous();
    }

    /**
     * Evaluates the partners {@code home} accepts and every deal of the portfolio, and tallies the
     * deals {@code ownsDeal} accepts: everything of the evaluation that depends only on a partner's
     * own rows and deals. What spans the book (segments, a pool's allocation, the KPIs, the
     * maturity stage) is left to the caller, from the returned contributions.
     */
    Part part(Predicate<PartnerId> home, Predicate<String> ownsDeal) {
      List<PartnerRow> homePartners = portfolio.partners().stream().filter(p -> home.test(p.id()))
          .collect(Collectors.toList());
      List<PartnerRow> partners = homePartners.stream()
          .filter(p -> !p.isActive() || !p.joined().orElseThrow().isAfter(asOf))
          .sorted(Comparator.comparing(PartnerRow::id)).collect(Collectors.toList());
      long later = homePartners.size() - partners.size();

      Map<String, List<TouchRow>> touches = group(portfolio.touches(), TouchRow::deal);
      Map<String, List<RegistrationRow>> registrations = group(portfolio.registrations(), RegistrationRow::deal);
      List<DealRow> known = portfolio.deals().stream().filter(d -> !d.created().isAfter(asOf))
          .sorted(Comparator.comparing(DealRow::id)).collect(Collectors.toList());
      List<DealResult> deals = Batch.map(known, d -> attribute(d, touches.getOrDefault(d.id(), List.of()),
          registrations.getOrDefault(d.id(), List.of()))).stream().flatMap(Optional::stream)
          .collect(Collectors.toList());

      Map<PartnerId, List<DealResult>> dealsByPartner = new HashMap<>();
      for (DealResult deal : deals) {
        deal.credits().forEach(c -> dealsByPartner.computeIfAbsent(c.partner(), k -> new ArrayList<>()).add(deal));
      }
      Map<PartnerId, List<MetricsRow>> metrics = group(portfolio.metrics(), MetricsRow::partner);
      metrics.values().forEach(rows -> rows.sort(Comparator.comparing(MetricsRow::quarter)));
      Map<PartnerId, List<CertificationRow>> certifications = group(portfolio.certifications(),
          CertificationRow::partner);
      Map<PartnerId, List<RatingRow>> ratings = group(portfolio.ratings(), RatingRow::partner);
      Map<PartnerId, List<RegistrationRow>> registrationsByPartner = group(portfolio.registrations(),
          RegistrationRow::partner);

      AtomicInteger done = new AtomicInteger();
      int total = partners.size();
      List<PartnerResult> results = Batch.map(partners, partner -> {
        PartnerResult result = evaluatePartner(partner, dealsByPartner.getOrDefault(partner.id(), List.of()),
            metrics.getOrDefault(partner.id(), List.of()), certifications.getOrDefault(partner.id(), List.of()),
            ratings.getOrDefault(partner.id(), List.of()), registrationsByPartner.getOrDefault(partner.id(),
                List.of()));
        progress.progress(done.incrementAndGet(), total);
        return result;
      });
      List<DealResult> owned = deals.stream().filter(d -> ownsDeal.test(d.id())).collect(Collectors.toList());
      KpiTally tally = new KpiTally(asOf, now.program().currency());
      if (!problems.isEmpty()) {
        return new Part(results, owned, tally, List.of(), List.of(), later, new ArrayList<>(problems));
      }
      ModuleContext context = new ModuleContext(versions.history(), portfolio, asOf, results, deals);
      List<PoolCandidate> candidates = new ArrayList<>();
      try {
        Map<PartnerId, CommissionOutcome> commissions = commission.map(m -> m.evaluate(context)).orElse(Map.of());
        Map<PartnerId, MdfOutcome> funds = new HashMap<>();
        if (mdf.isPresent() && mdf.get() instanceof TiersMdfModule) {
          ((TiersMdfModule) mdf.get()).funds(context).forEach((id, f) -> {
            funds.put(id, f.outcome());
            f.candidate().ifPresent(candidates::add);
          });
        } else {
          mdf.ifPresent(m -> funds.putAll(m.evaluate(context)));
        }
        if (!commissions.isEmpty() || !funds.isEmpty()) {
          results = results.stream().map(r -> r.withModules(Optional.ofNullable(commissions.get(r.partner().id())),
              Optional.ofNullable(funds.get(r.partner().id())))).collect(Collectors.toList());
        }
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
        return new Part(results, owned, tally, List.of(), List.of(), later, new ArrayList<>(problems));
      }
      owned.forEach(d -> tally.addDeal(d, problems::add));
      homePartners.forEach(p -> tally.addMetrics(metrics.getOrDefault(p.id(), List.of())));
      Map<PartnerId, List<MdfRequestRow>> requests = group(portfolio.mdfRequests(), MdfRequestRow::partner);
      List<SegmentFacts> segmentFacts = new ArrayList<>();
      for (PartnerResult r : results) {
        tally.addPartner(r, metrics.getOrDefault(r.partner().id(), List.of()),
            certifications.getOrDefault(r.partner().id(), List.of()), requests.getOrDefault(r.partner().id(),
                List.of()));
        segmentFacts(r, metrics.getOrDefault(r.partner().id(), List.of())).ifPresent(segmentFacts::add);
      }
      return new Part(results, owned, tally, segmentFacts, candidates, later, new ArrayList<>(problems));
    }

    PortfolioEvaluation evaluate() {
      Part part = part(id -> true, id -> true);
      List<CsvProblem> found = new ArrayList<>(part.problems());
      Optional<MaturityResult> maturity = maturity(now, portfolio.checklist(), found::add);
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
      List<SegmentAssignment> segments = segment(now, part.segmentFacts());
      Map<PartnerId, SegmentAssignment> segmentOf = new HashMap<>();
      segments.forEach(s -> segmentOf.put(s.partnerId(), s));
      Map<PartnerId, SegmentAssignment.Quadrant> quadrants = new HashMap<>();
      segments.forEach(s -> s.quadrant().ifPresent(q -> quadrants.put(s.partnerId(), q)));
      Map<PartnerId, Money> allocations = allocate(versions.history(), asOf, part.candidates(), quadrants);
      KpiTally tally = part.tally();
      List<PartnerResult> results = new ArrayList<>();
      for (PartnerResult r : part.results()) {
        PartnerResult whole = complete(r, Optional.ofNullable(segmentOf.get(r.partner().id())),
            Optional.ofNullable(allocations.get(r.partner().id())));
        if (whole.partner().isActive()) {
          whole.mdf().ifPresent(m -> tally.addAllocated(m.allocated()));
        }
        results.add(whole);
      }
      KpiFacts kpiFacts = tally.facts();
      ProgramResult program = new ProgramResult(now.version(), maturity, segments, kpiFacts,
          now.kpis().compute(kpiFacts), pool());
      List<VersionInfo> infos = versions.history().versions().stream()
          .map(v -> new VersionInfo(v.version(), v.effectiveFrom())).collect(Collectors.toList());
      ProgramDocument latest = versions.history().latest();
      return new PortfolioEvaluation(asOf, latest.program(), latest.ladder(), latest.currency(), infos, results,
          part.deals(), program, portfolio.summary(), notEvaluated(part.later(), portfolio.payments().size(),
              portfolio.cancellations().size(), portfolio.mdfRequests().size()));
    }

    // -------------------------------------------------------------------------------------------
    // Deals

    private Optional<DealResult> attribute(DealRow row, List<TouchRow> touchRows, List<RegistrationRow> regRows) {
      boolean closedByNow = row.closed().map(c -> !c.isAfter(asOf)).orElse(false);
      CloseStatus status = closedByNow ? row.status() : CloseStatus.OPEN;
      Optional<LocalDate> closed = closedByNow ? row.closed() : Optional.empty();
      LocalDate decidingDay = closed.orElse(asOf);
      Optional<Engines> engines = versions.at(decidingDay);
      if (engines.isEmpty()) {
        problems.add(row.source().problem("closed", "must be on or after " + versions.first().effectiveFrom()
            + ", the effectiveFrom of the first program version " + versions.first().version()
            + " (no version was in force to attribute the deal), but was " + decidingDay));
        return Optional.empty();
      }
      List<TouchRow> knownTouches = touchRows.stream().filter(t -> !t.date().isAfter(asOf))
          .collect(Collectors.toList());
      List<RegistrationRow> knownRegs = regRows.stream().filter(r -> !r.date().isAfter(asOf))
          .collect(Collectors.toList());
      Deal deal;
      try {
        Deal.Builder builder = Deal.builder().id(row.id()).account(row.account()).amount(row.amount())
            .created(row.created()).status(status).closed(closed)
            .firstContact(row.firstContact().filter(f -> !f.isAfter(asOf)))
            .dependentOn(row.dependentOn());
        row.directEngagement().filter(d -> !d.isAfter(asOf)).ifPresent(d -> builder.addDirectEngagements(
            Deal.DirectEngagement.on(d)));
        for (TouchRow t : knownTouches) {
          builder.addTouches(Deal.PartnerTouch.builder().partner(t.partner()).date(t.date()).kind(t.kind())
              .channelLead(t.channelLead()).documented(t.documented()).build());
        }
        for (RegistrationRow r : knownRegs) {
          builder.addRegistrations(Deal.Registration.builder().partner(r.partner()).date(r.date())
              .protectionDays(r.protectionDays()).build());
        }
        deal = builder.build();
      } catch (PartnerOsException e) {
        for (Problem problem : e.problems()) {
          problems.add(locate(problem, row.source(), Map.of("touches", sources(knownTouches, TouchRow::source),
              "registrations", sources(knownRegs, RegistrationRow::source))));
        }
        return Optional.empty();
      }
      Engines e = engines.get();
      List<DealAttribution> attributions = e.classifier().classifyAll(deal);
      Optional<CreditSplit> split = status == CloseStatus.WON ? Optional.of(e.splitter().split(deal))
          .filter(CreditSplit::isCredited) : Optional.empty();
      Optional<RegistrationDecision> conflict = Optional.empty();
      if (!deal.registrations().isEmpty()) {
        LocalDate decideOn = deal.registrations().stream().map(Deal.Registration::date)
            .filter(d -> !d.isAfter(decidingDay)).max(Comparator.naturalOrder()).orElse(decidingDay);
        conflict = Optional.of(e.resolver().resolve(deal, decideOn));
      }
      long sourced = attributions.stream().filter(a -> a.type() == AttributionType.PARTNER_SOURCED).count();
      Optional<PartnerId> winner = conflict.flatMap(RegistrationDecision::winningPartner);
      List<PartnerCredit> credits = new ArrayList<>();
      for (DealAttribution a : attributions) {
        Optional<DealRole> counted = Optional.empty();
        Optional<String> note = Optional.empty();
        if (a.type() == AttributionType.PARTNER_SOURCED) {
          if (sourced > 1 && !winner.map(a.partner()::equals).orElse(false)) {
            boolean influenced = a.criteria().getOrDefault(DealAttribution.Criterion.DOCUMENTED_PARTNER_ACTIVITY, false)
                && a.criteria().getOrDefault(DealAttribution.Criterion.TOOK_PART_BEFORE_CLOSE, false)
                && a.criteria().getOrDefault(DealAttribution.Criterion.MARKED_DEPENDENT_ON_PARTNER, false);
            counted = influenced ? Optional.of(DealRole.INFLUENCED) : Optional.empty();
            note = Optional.of("sourced, but the registration conflict went to "
                + winner.map(PartnerId::value).orElse("no partner") + (influenced ? ": counted as influenced"
                    : ": not counted"));
          } else {
            counted = Optional.of(DealRole.SOURCED);
          }
        } else if (a.type() == AttributionType.PARTNER_INFLUENCED) {
          counted = Optional.of(DealRole.INFLUENCED);
        }
        if (status != CloseStatus.WON) {
          counted = Optional.empty();
          note = Optional.empty();
        }
        credits.add(new PartnerCredit(a.partner(), a, split.map(s -> s.shares().get(a.partner())),
            split.map(s -> s.amounts().get(a.partner())), counted, note));
      }
      return Optional.of(new DealResult(row, status, closed, e.version(), credits, split, conflict));
    }

    // -------------------------------------------------------------------------------------------
    // Partners

    private PartnerResult evaluatePartner(PartnerRow partner, List<DealResult> deals, List<MetricsRow> metrics,
        List<CertificationRow> certifications, List<RatingRow> ratings, List<RegistrationRow> registrations) {
      Optional<Assessed<ScorecardResult>> fourC = fourC(partner, ratings);
      Optional<Assessed<IppFit>> ipp = ipp(partner, ratings);
      if (!partner.isActive()) {
        return new PartnerResult(partner, List.of(), List.of(), List.of(), fourC, ipp, List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
      }
      TierFacts facts = tierFacts(partner, deals, metrics, certifications, registrations);
      List<TimelineEntry> timeline = timeline(partner, facts, deals);
      List<Progress> towards = new ArrayList<>();
      if (!timeline.isEmpty()) {
        TimelineEntry last = timeline.get(timeline.size() - 1);
        Engines e = versions.at(last.quarterEnd()).orElseThrow();
        Qualification qualification = last.decision().qualification();
        for (Tier tier : e.tiers().ladder().tiers()) {
          if (e.tiers().ladder().isAbove(tier, qualification.qualifiedTier())) {
            towards.add(e.qualifier().progressTowards(qualification, tier));
          }
        }
      }
      List<HealthEntry> health = health(partner, metrics);
      Tier tier = timeline.isEmpty() ? partner.tier() : timeline.get(timeline.size() - 1).decision().tier();
      Entitlement entitlement = new Entitlement(tier, now.version(), now.benefits().commissionRate(tier),
          now.benefits().resaleMargin(tier), now.benefits().mdfAnnualAllocation(tier),
          now.benefits().mdfQuarterlyCap(tier));
      return new PartnerResult(partner, timeline, towards, health, fourC, ipp, deals, Optional.empty(),
          Optional.of(entitlement), Optional.empty(), Optional.empty());
    }

    private TierFacts tierFacts(PartnerRow partner, List<DealResult> deals, List<MetricsRow> metrics,
        List<CertificationRow> certifications, List<RegistrationRow> registrations) {
      TierFacts.Builder facts = TierFacts.builder();
      for (CertificationRow c : certifications) {
        if (!c.earnedOn().isAfter(asOf)) {
          facts.addCertifications(TierFacts.Certification.builder().person(c.person()).earnedOn(c.earnedOn())
              .validUntil(c.validUntil()).credential(c.credential()).build());
        }
      }
      for (MetricsRow m : metrics) {
        LocalDate day = m.quarter().lastDay();
        if (day.isAfter(asOf)) {
          continue;
        }
        for (int i = 0; i < m.qualifiedReferrals(); i++) {
          facts.addReferrals(TierFacts.Referral.qualifiedOn(day));
        }
        m.nps().ifPresent(n -> facts.addSurveys(TierFacts.SurveyScore.of(Metric.NPS, day, BigDecimal.valueOf(n))));
      }
      for (DealResult deal : deals) {
        PartnerCredit credit = deal.credit(partner.id()).orElseThrow();
        LocalDate cutOff = deal.closed().orElse(asOf);
        Optional<LocalDate> registered = registrations.stream().filter(r -> r.deal().equals(deal.id()))
            .map(RegistrationRow::date).filter(d -> !d.isAfter(cutOff)).min(Comparator.naturalOrder());
        TierFacts.PartnerDeal.Builder fact = TierFacts.PartnerDeal.builder().id(deal.id()).arr(deal.deal().amount())
            .registeredOn(registered).product(deal.deal().product());
        if (credit.countedAs().isPresent()) {
          facts.addDeals(fact.role(credit.countedAs().get()).closedOn(deal.closed()).build());
        } else if (registered.isPresent()) {
          facts.addDeals(fact.role(DealRole.INFLUENCED).build()); // counts as registered only
        }
      }
      return facts.build();
    }

    private List<TimelineEntry> timeline(PartnerRow partner, TierFacts facts, List<DealResult> deals) {
      FiscalCalendar calendar = versions.first().fiscalCalendar();
      LocalDate start = partner.tierSince().isAfter(versions.first().effectiveFrom()) ? partner.tierSince()
          : versions.first().effectiveFrom();
      LocalDate quarterEnd = calendar.quarterOf(start).endInclusive();
      TierState state = TierState.of(partner.tier(), partner.tierSince());
      SortedMap<LocalDate, TierState> knownStates = known.statesOf(partner.id());
      LocalDate from = LocalDate.MIN;
      List<TimelineEntry> timeline = new ArrayList<>();
      try {
        while (!quarterEnd.isAfter(asOf)) {
          SortedMap<LocalDate, TierState> before = knownStates.subMap(from, quarterEnd);
          if (!before.isEmpty()) {
            state = before.get(before.lastKey()); // continues from the known state (KnownTierStates)
          }
          from = quarterEnd;
          Engines e = versions.at(quarterEnd).orElseThrow();
          TierDecision decision = e.machine().next(state, quarterEnd, facts.knownOn(quarterEnd));
          timeline.add(new TimelineEntry(quarterEnd, e.version(), decision));
          state = decision.state();
          quarterEnd = calendar.quarterOf(quarterEnd.plusDays(1)).endInclusive();
        }
      } catch (PartnerOsException e) {
        for (Problem p : e.problems()) {
          problems.add(refusedTierFact(p, partner, facts, deals, quarterEnd));
        }
      }
      return timeline;
    }

    /**
     * Where a tier fact the program refuses came from, when it is known: the deal whose ARR takes
     * the partner's total past the money limit, or the deal a {@code deals[i]} path names, at its
     * column; else the partner's row.
     */
    private CsvProblem refusedTierFact(Problem p, PartnerRow partner, TierFacts facts, List<DealResult> deals,
        LocalDate failedAt) {
      Map<String, DealRow> rows = new HashMap<>();
      deals.forEach(d -> rows.put(d.deal().id(), d.deal()));
      if (p.path().equals("amount")) {
        BigDecimal total = BigDecimal.ZERO;
        for (TierFacts.PartnerDeal deal : facts.deals()) {
          total = total.add(deal.arr().amount());
          if (total.abs().compareTo(MONEY_LIMIT) >= 0 && rows.containsKey(deal.id())) {
            return rows.get(deal.id()).source().problem("amount", "must keep the ARR of partner " + partner.id()
                + "'s deals below 10^15 in total (the tier criteria add it up), but the total passes it here");
          }
        }
      }
      java.util.regex.Matcher deal = DEAL_FACT.matcher(p.path());
      List<TierFacts.PartnerDeal> known = facts.knownOn(failedAt).deals();
      if (deal.matches() && Integer.parseInt(deal.group(1)) < known.size()
          && rows.containsKey(known.get(Integer.parseInt(deal.group(1))).id())) {
        DealRow row = rows.get(known.get(Integer.parseInt(deal.group(1))).id());
        return row.source().problem(DEAL_COLUMNS.getOrDefault(String.valueOf(deal.group(2)), ""),
            rest(p) + " (a tier fact of partner " + partner.id() + " at " + failedAt + ")");
      }
      return partner.source().problem("", "has tier facts the program refuses at " + failedAt + ": " + p.message());
    }

    private List<HealthEntry> health(PartnerRow partner, List<MetricsRow> metrics) {
      Map<YearQuarter, MetricsRow> byQuarter = new HashMap<>();
      metrics.forEach(m -> byQuarter.put(m.quarter(), m));
      List<HealthEntry> entries = new ArrayList<>();
      HealthScore previous = null;
      YearQuarter previousQuarter = null;
      Money zero = Money.zero(now.program().currency());
      for (MetricsRow m : metrics) {
        Optional<Engines> engines = versions.at(m.quarter().lastDay());
        if (m.quarter().lastDay().isAfter(asOf) || engines.isEmpty()) {
          continue;
        }
        MetricsRow yearBefore = byQuarter.get(m.quarter().minusQuarters(4));
        Money prior = m.priorYearRevenue().orElse(yearBefore == null ? zero : yearBefore.revenue());
        try {
          HealthFacts facts = HealthFacts.builder().partnerId(partner.id()).quarter(m.quarter()).revenue(m.revenue())
              .priorYearRevenue(prior).dealsRegistered(m.dealsRegistered()).engagement(m.engagement())
              .portalActiveDays(m.portalActiveDays()).nps(m.nps()).strategicFit(m.strategicFit()).build();
          HealthScore score = previous != null && m.quarter().previous().equals(previousQuarter)
              ? engines.get().health().score(facts, previous) : engines.get().health().score(facts);
          entries.add(new HealthEntry(m.quarter(), engines.get().version(), score));
          previous = score;
          previousQuarter = m.quarter();
        } catch (PartnerOsException e) {
          e.problems().forEach(p -> problems.add(locate(p, m.source(), Map.of())));
        }
      }
      return entries;
    }

    private Optional<Assessed<ScorecardResult>> fourC(PartnerRow partner, List<RatingRow> rows) {
      List<RatingRow> own = rows.stream().filter(r -> r.kind() == RatingKind.FOUR_C).collect(Collectors.toList());
      if (own.isEmpty()) {
        return Optional.empty();
      }
      try {
        List<Rating> ratings = new ArrayList<>();
        for (RatingRow r : own) {
          ratings.add(Rating.builder().criterion(r.criterion()).subCriterion(r.subCriterion())
              .value(new BigDecimal(r.value())).evidence(r.evidence()).build());
        }
        return Optional.of(new Assessed<>(now.fourC().score(partner.type(), ratings), now.version()));
      } catch (PartnerOsException e) {
        e.problems().stream().filter(Problem::isError).forEach(p -> problems.add(locate(p, own.get(0).source(),
            Map.of("ratings", sources(own, RatingRow::source)))));
        return Optional.empty();
      }
    }

    private Optional<Assessed<IppFit>> ipp(PartnerRow partner, List<RatingRow> rows) {
      List<RatingRow> own = rows.stream().filter(r -> r.kind() != RatingKind.FOUR_C).collect(Collectors.toList());
      if (own.isEmpty()) {
        return Optional.empty();
      }
      Map<String, IppAssessment.Level> levels = new TreeMap<>();
      Map<String, Boolean> disqualifiers = new TreeMap<>();
      for (RatingRow r : own) {
        if (r.kind() == RatingKind.IPP) {
          levels.put(r.criterion(), IppAssessment.Level.valueOf(r.value()));
        } else {
          disqualifiers.put(r.criterion(), Boolean.valueOf(r.value()));
        }
      }
      try {
        IppAssessment assessment = IppAssessment.builder().prospect(partner.id() + " " + partner.name())
            .partnerType(partner.type()).ratings(levels).disqualifiers(disqualifiers).build();
        return Optional.of(new Assessed<>(now.ipp().assess(assessment), now.version()));
      } catch (PartnerOsException e) {
        for (Problem p : e.problems()) {
          String[] parts = p.path().split("\\.", 2);
          RatingRow at = own.stream().filter(r -> parts.length > 1 && r.criterion().equals(parts[1])).findFirst()
              .orElse(own.get(0));
          problems.add(at.source().problem(parts.length > 1 ? "criterion" : "", rest(p)));
        }
        return Optional.empty();
      }
    }

    // -------------------------------------------------------------------------------------------
    // Program

    /** The partner's segment facts: active partners with health only ({@code docs/rules/health.md#segments}). */
    private Optional<SegmentFacts> segmentFacts(PartnerResult r, List<MetricsRow> metrics) {
      if (!r.partner().isActive() || r.currentHealth().isEmpty()) {
        return Optional.empty();
      }
      Money zero = Money.zero(now.program().currency());
      Money revenue = zero;
      Money prior = zero;
      int dealsRegistered = 0;
      for (MetricsRow m : metrics) {
        long back = m.quarter().quartersUntil(lastQuarter);
        if (back >= 0 && back < 4) {
          revenue = sum(revenue, m.revenue(), m.source(), "the partner's revenue of the last 4 quarters");
          dealsRegistered += m.dealsRegistered();
        } else if (back >= 4 && back < 8) {
          prior = sum(prior, m.revenue(), m.source(), "the partner's revenue of the 4 quarters before");
        }
      }
      SegmentFacts.Builder fact = SegmentFacts.builder().partnerId(r.partner().id()).revenue(revenue)
          .priorRevenue(prior).health(r.healthScore())
          .dealsPerQuarter(BigDecimal.valueOf(dealsRegistered).divide(BigDecimal.valueOf(4)));
      r.fourC().map(c -> c.result().overall()).or(() -> r.ipp().map(f -> f.result().score()))
          .ifPresent(fact::strategicValue);
      return Optional.of(fact.build());
    }

    /**
     * Adds an amount to a running total; a total that reaches 10^15 (beyond what PartnerOS counts
     * exactly, {@code docs/rules/conventions.md#money}) is reported at the row whose amount passed
     * it, and the total is kept as it was.
     */
    private Money sum(Money total, Money amount, Source row, String what) {
      try {
        return total.plus(amount);
      } catch (PartnerOsException e) {
        problems.add(row.problem("revenue", "must keep " + what + " below 10^15, but the total passes it here"));
        return total;
      }
    }
  }

  /**
   * The tier a partner held on a day, by its timeline: the state the first quarter end on or after
   * the day was decided from (so a known state the evaluation continued from counts from the day
   * after it), after the last quarter end its state, else the partner row's tier.
   */
  static Tier tierOn(PartnerResult partner, LocalDate day) {
    for (TimelineEntry t : partner.timeline()) {
      if (!t.quarterEnd().isBefore(day)) {
        return t.decision().previous().tier();
      }
    }
    return partner.current().map(t -> t.decision().tier()).orElse(partner.partner().tier());
  }

  /** What {@link Run#part} gives: everything of a part of the book that depends on its own rows. */
  record Part(List<PartnerResult> results, List<DealResult> deals, KpiTally tally, List<SegmentFacts> segmentFacts,
      List<PoolCandidate> candidates, long later, List<CsvProblem> problems) {}

  /** Evaluates a part of a book: the partners {@code home} accepts, tallying the deals {@code ownsDeal} accepts. */
  Part part(ProgramVersions versions, Portfolio portfolio, LocalDate asOf, Predicate<PartnerId> home,
      Predicate<String> ownsDeal) {
    Engines now = versions.at(asOf).orElseThrow();
    return new Run(versions, portfolio, asOf, now, KnownTierStates.none(), ProgressListener.NONE).part(home, ownsDeal);
  }

  /** The program's maturity stage from the checklist ({@code docs/rules/maturity.md}), reporting unknown items. */
  static Optional<MaturityResult> maturity(Engines now, List<ChecklistRow> checklist, Consumer<CsvProblem> problems) {
    if (checklist.isEmpty()) {
      return Optional.empty();
    }
    Set<String> known = now.scoring().maturity().items().stream().map(ChecklistItem::id)
        .collect(Collectors.toSet());
    Set<String> done = new HashSet<>();
    boolean failed = false;
    for (ChecklistRow row : checklist) {
      if (known.contains(row.item())) {
        done.add(row.item());
      } else {
        failed = true;
        problems.accept(row.source().problem("item", "must be an item of the maturity checklist of version "
            + now.version() + " (" + now.scoring().maturity().items().stream().map(ChecklistItem::id)
                .collect(Collectors.joining(", ")) + "), but was " + row.item()));
      }
    }
    return failed ? Optional.empty() : Optional.of(now.maturity().stage(done));
  }

  /** The segments and value quadrants of the book ({@code docs/rules/health.md#segments}), facts in partner-id order. */
  static List<SegmentAssignment> segment(Engines now, List<SegmentFacts> facts) {
    return facts.isEmpty() ? List.of() : now.segmenter().segment(facts);
  }

  /** The pool's allocation among the candidates (nothing without a pool, {@code docs/rules/mdf.md#pool-allocation}). */
  Map<PartnerId, Money> allocate(ProgramHistory history, LocalDate asOf, List<PoolCandidate> candidates,
      Map<PartnerId, SegmentAssignment.Quadrant> quadrants) {
    if (mdf.isPresent() && mdf.get() instanceof TiersMdfModule) {
      return ((TiersMdfModule) mdf.get()).allocate(history, asOf, candidates, quadrants);
    }
    return Map.of();
  }

  /** The program-level MDF pool allocated across the book, when one was given. */
  Optional<Money> pool() {
    return mdf.isPresent() && mdf.get() instanceof TiersMdfModule ? ((TiersMdfModule) mdf.get()).pool()
        : Optional.empty();
  }

  /** Whether a program-level MDF pool is allocated across the book. */
  boolean pooled() {
    return mdf.isPresent() && mdf.get() instanceof TiersMdfModule && ((TiersMdfModule) mdf.get()).pool().isPresent();
  }

  /** A partner's result with what spans the book: its segment and its allocation from the pool. */
  static PartnerResult complete(PartnerResult r, Optional<SegmentAssignment> segment, Optional<Money> allocation) {
    PartnerResult whole = r.withSegment(segment);
    if (allocation.isEmpty() || whole.mdf().isEmpty()) {
      return whole;
    }
    MdfOutcome m = whole.mdf().get();
    return whole.withModules(whole.commission(), Optional.of(new MdfOutcome(m.version(), m.entitlement(),
        allocation.get(), m.requests())));
  }

  /** What the evaluation leaves out, in sentences. */
  List<String> notEvaluated(long later, long payments, long cancellations, long mdfRequests) {
    List<String> notEvaluated = new ArrayList<>();
    if (commission.isEmpty()) {
      notEvaluated.add("Commission, clawback and partner balance (docs/rules/commission.md and docs/rules/clawback.md) are not evaluated: "
          + "no commission module was given. " + payments + " payments and "
          + cancellations + " cancellations were read and checked.");
    }
    if (mdf.isEmpty()) {
      notEvaluated.add("MDF eligibility, pool allocation and request decisions (docs/rules/mdf.md) are not "
          + "evaluated: no MDF module was given. " + mdfRequests + " MDF requests were read "
          + "and checked; each partner's MDF allocation by tier is shown from the benefits matrix.");
    } else if (mdf.get() instanceof TiersMdfModule && ((TiersMdfModule) mdf.get()).pool().isEmpty()) {
      notEvaluated.add("MDF pool allocation (docs/rules/mdf.md#pool-allocation): no program-level pool was given, so each "
          + "eligible partner's allocation is its entitlement.");
    }
    if (later > 0) {
      notEvaluated.add(later + (later == 1 ? " partner joined" : " partners joined")
          + " after the evaluation date and " + (later == 1 ? "is" : "are") + " left out.");
    }
    return notEvaluated;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static <T, K> Map<K, List<T>> group(List<T> rows, java.util.function.Function<T, K> key) {
    Map<K, List<T>> groups = new LinkedHashMap<>();
    rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return groups;
  }

  private static <T> List<Source> sources(List<T> rows, java.util.function.Function<T, Source> source) {
    return rows.stream().map(source).collect(Collectors.toList());
  }

  private static CsvProblem locate(Problem problem, Source row, Map<String, List<Source>> lists) {
    return Locations.locate(problem, row, lists);
  }

  private static String rest(Problem problem) {
    return Locations.rest(problem);
  }
}
