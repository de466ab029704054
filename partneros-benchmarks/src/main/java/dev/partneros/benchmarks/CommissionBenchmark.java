package dev.partneros.benchmarks;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.commission.ClawbackCalculator;
import dev.partneros.attribution.commission.ClawbackCase;
import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionCalculator;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.LedgerEntry;
import dev.partneros.attribution.commission.PartnerBalance;
import dev.partneros.attribution.commission.PeriodStatement;
import dev.partneros.attribution.commission.SpiffTerms;
import dev.partneros.core.DateRange;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Commission ({@code docs/rules/commission.md} and {@code docs/rules/clawback.md}): calculating
 * the commission lines of a year of n closed deals under the standard plan (about 100 deals per
 * partner across the standard partner types: referral fees, volume brackets, count brackets, tier
 * rates, recurring shares, rebates; a first payment per deal, 1 % cancelled, a bundle SPIFF
 * running), with the payout simulation, clawbacks and ledger entries; and posting n entries to one
 * partner's ledger, then a month's statement.
 *
 * <p>Engine against hand-written baseline ({@link CommissionBaseline}), on the same generated
 * inputs in the same run: {@link #tierRateLines()} / {@link #tierRateBaseline()} (n deals of
 * system integrators, tier rate x attribution factor), {@link #bracketLines()} /
 * {@link #bracketBaseline()} (n deals of OEM partners, marginal volume brackets) and
 * {@link #clawbacks()} / {@link #clawbackBaseline()} (n clawback cases under the standard
 * schedule). These facts have no payments, cancellations or SPIFF windows: each deal gives exactly
 * one line, so the engine's extra work is its full line (status, dates, explanation on demand) and
 * the payout simulation around it. For allocation per line divide {@code gc.alloc.rate.norm} by n.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main CommissionBenchmark}. For the one million deal lines add
 * {@code -p deals=1000000 -jvmArgs -Xmx8g} (one operation takes tens of seconds; use
 * {@code -bm ss -wi 1 -i 3} for single-shot timing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CommissionBenchmark {

  /** Number of closed deals (and of ledger entries posted). */
  @Param({"1000", "100000"})
  public int deals;

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final List<PartnerType> TYPES = List.of(PartnerType.REFERRAL, PartnerType.OEM,
      PartnerType.AFFILIATE, PartnerType.SYSTEM_INTEGRATOR, PartnerType.TECHNOLOGY_ISV, PartnerType.RESELLER_VAR);

  private final CommissionCalculator calculator = CommissionCalculator.of(CommissionPlan.standard());
  private final ClawbackCalculator clawbackCalculator = ClawbackCalculator.of(CommissionTerms.standard());

  private CommissionFacts facts;
  private LocalDate asOf;
  private List<LedgerEntry> entries;
  private PartnerBalance ledger;
  private DateRange lastMonth;
  private Money minimum;
  private CommissionFacts tierFacts;
  private CommissionFacts bracketFacts;
  private List<ClawbackCase> clawbackCases;

  /** Generates the facts and the ledger entries from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    facts = book(deals, random);
    asOf = START.plusDays(364);

    PartnerId partner = PartnerId.of("P-ledger");
    entries = new ArrayList<>(deals);
    for (int i = 0; i < deals; i++) {
      LocalDate day = START.plusDays(i * 365L / deals);
      Money amount = Money.ofMinor(1 + random.nextInt(100_000), USD);
      entries.add(LedgerEntry.of(partner, day, LedgerEntry.Kind.ACCRUAL, amount));
    }
    ledger = PartnerBalance.empty(partner, USD).postAll(entries);
    lastMonth = DateRange.ofClosed(START.plusDays(334), START.plusDays(364));
    minimum = Money.of("50.00", "USD");
    Map<DealAttribution.Criterion, Boolean> sourced = criteria(AttributionType.PARTNER_SOURCED);
    Map<DealAttribution.Criterion, Boolean> influenced = criteria(AttributionType.PARTNER_INFLUENCED);
    Explanation explanation = Explanation.builder().subject("benchmark attribution").build();
    tierFacts = oneModel(deals, new Random(7), PartnerType.SYSTEM_INTEGRATOR, sourced, influenced, explanation);
    bracketFacts = oneModel(deals, new Random(11), PartnerType.OEM, sourced, influenced, explanation);
    clawbackCases = clawbackCases(new Random(13));
  }

  /**
   * The year's book of n closed deals described in the class comment, as of {@code START + 364}:
   * about 100 deals per partner across the standard partner types, a first payment per deal, 1 %
   * cancelled, a bundle SPIFF running all year. Also the book of {@link CommissionScaleBenchmark}.
   *
   * @param deals the number of deals
   * @param random the source of the values, advanced
   * @return the facts
   */
  static CommissionFacts book(int deals, Random random) {
    int partners = Math.max(6, deals / 100);
    Map<DealAttribution.Criterion, Boolean> sourced = criteria(AttributionType.PARTNER_SOURCED);
    Map<DealAttribution.Criterion, Boolean> influenced = criteria(AttributionType.PARTNER_INFLUENCED);
    Explanation explanation = Explanation.builder().subject("benchmark attribution").build();
    CommissionFacts.Builder builder = CommissionFacts.builder();
    List<PartnerId> ids = new ArrayList<>(partners);
    for (int p = 0; p < partners; p++) {
      PartnerId id = PartnerId.of("P-" + p);
      ids.add(id);
      builder.addPartners(CommissionFacts.PartnerAccount.builder().from(CommissionFacts.PartnerAccount.of(id, TYPES.get(p % TYPES.size()),
          START.minusDays(random.nextInt(365)), USD)).customRebateRate(Rate.ofPercent(6)).build());
    }
    List<Tier> tiers = List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM);
    for (int d = 0; d < deals; d++) {
      String dealId = "D-" + d;
      PartnerId partner = ids.get(random.nextInt(partners));
      boolean isSourced = random.nextInt(3) > 0;
      LocalDate signed = START.plusDays(random.nextInt(360));
      Money amount = Money.ofMinor(100_000 + (long) random.nextInt(20_000_000), USD);
      DealAttribution attribution = DealAttribution.builder().dealId(dealId).partner(partner)
          .type(isSourced ? AttributionType.PARTNER_SOURCED : AttributionType.PARTNER_INFLUENCED)
          .creditFactor(isSourced ? Rate.ONE : AttributionPolicy.standard().influencedCreditFactor())
          .criteria(isSourced ? sourced : influenced).ignoredAfterClose(0).provisional(false)
          .explanation(explanation).build();
      CommissionDeal.Builder deal = CommissionDeal.builder().attribution(attribution).amount(amount).signed(signed)
          .tier(tiers.get(random.nextInt(tiers.size()))).registered(random.nextBoolean());
      if (random.nextInt(4) == 0) {
        deal.addProducts("A", "B");
      }
      builder.addDeals(deal.build());
      builder.addPayments(CommissionFacts.Payment.of(dealId, signed.plusDays(7 + random.nextInt(30)),
          Money.ofMinor(amount.minorUnits().longValueExact() / 12 + 1, USD)));
      if (random.nextInt(100) == 0) {
        builder.addCancellations(CommissionFacts.Cancellation.cancel(dealId, signed.plusDays(random.nextInt(200))));
      }
    }
    builder.addSpiffWindows(CommissionFacts.SpiffWindow.of(SpiffTerms.Kind.BUNDLE, DateRange.ofClosed(START, START.plusDays(364))));
    return builder.build();
  }

  /**
   * Deals of partners of one type, about 100 each: one line per deal, nothing else.
   *
   * @param deals the number of deals
   * @param random the source of the values
   * @param type the partners' type
   * @param sourced the criteria of a sourced deal
   * @param influenced the criteria of an influenced deal
   * @param explanation the attribution explanation every deal carries
   * @return the facts
   */
  static CommissionFacts oneModel(int deals, Random random, PartnerType type, Map<DealAttribution.Criterion, Boolean> sourced,
      Map<DealAttribution.Criterion, Boolean> influenced, Explanation explanation) {
    int partners = Math.max(1, deals / 100);
    CommissionFacts.Builder builder = CommissionFacts.builder();
    for (int p = 0; p < partners; p++) {
      builder.addPartners(CommissionFacts.PartnerAccount.of(PartnerId.of("P-" + p), type, START.minusDays(400), USD));
    }
    List<Tier> tiers = List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM);
    for (int d = 0; d < deals; d++) {
      boolean isSourced = random.nextInt(3) > 0;
      DealAttribution attribution = DealAttribution.builder().dealId("D-" + d)
          .partner(PartnerId.of("P-" + random.nextInt(partners)))
          .type(isSourced ? AttributionType.PARTNER_SOURCED : AttributionType.PARTNER_INFLUENCED)
          .creditFactor(isSourced ? Rate.ONE : AttributionPolicy.standard().influencedCreditFactor())
          .criteria(isSourced ? sourced : influenced).ignoredAfterClose(0).provisional(false)
          .explanation(explanation).build();
      builder.addDeals(CommissionDeal.builder().attribution(attribution)
          .amount(Money.ofMinor(100_000 + (long) random.nextInt(20_000_000), USD))
          .signed(START.plusDays(random.nextInt(360))).tier(tiers.get(random.nextInt(tiers.size()))).build());
    }
    return builder.build();
  }

  /** Clawback cases: cancellations at 0 to 250 days, one in ten a downgrade, one in fifty a fraud. */
  private List<ClawbackCase> clawbackCases(Random random) {
    List<ClawbackCase> cases = new ArrayList<>(deals);
    for (int i = 0; i < deals; i++) {
      int pick = random.nextInt(50);
      CommissionFacts.Cancellation.Kind kind = pick == 0 ? CommissionFacts.Cancellation.Kind.FRAUD
          : pick < 6 ? CommissionFacts.Cancellation.Kind.DOWNGRADE : CommissionFacts.Cancellation.Kind.CANCELLATION;
      Money paid = Money.ofMinor(random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000), USD);
      Money accrued = Money.ofMinor(random.nextInt(2_000_000), USD);
      ClawbackCase.Builder c = ClawbackCase.builder().dealId("D-" + i).partner(PartnerId.of("P-" + i % 97))
          .kind(kind).customerStart(START).effective(START.plusDays(random.nextInt(251))).paid(paid)
          .accrued(accrued);
      if (kind == CommissionFacts.Cancellation.Kind.DOWNGRADE) {
        c.recomputed(Money.ofMinor(random.nextInt(2_000_000), USD));
      }
      cases.add(c.build());
    }
    return cases;
  }

  static Map<DealAttribution.Criterion, Boolean> criteria(AttributionType type) {
    Map<DealAttribution.Criterion, Boolean> criteria = new EnumMap<>(DealAttribution.Criterion.class);
    for (DealAttribution.Criterion criterion : DealAttribution.Criterion.values()) {
      criteria.put(criterion, criterion.leadsTo() == type);
    }
    return criteria;
  }

  /**
   * Calculates every line, clawback, payout run and ledger entry of the year.
   *
   * @return the result
   */
  @Benchmark
  public CommissionResult calculate() {
    return calculator.calculate(facts, asOf);
  }

  /**
   * Posts n entries, one by one, to an empty ledger (constant time per post).
   *
   * @return the ledger
   */
  @Benchmark
  public PartnerBalance postToLedger() {
    PartnerBalance balance = PartnerBalance.empty(ledger.partner(), USD);
    for (LedgerEntry entry : entries) {
      balance = balance.post(entry);
    }
    return balance;
  }

  /**
   * The last month's statement of a ledger of n entries (linear in the month's entries only).
   *
   * @return the statement
   */
  @Benchmark
  public PeriodStatement statement() {
    return ledger.statement(lastMonth, minimum);
  }

  /**
   * The engine: n system-integrator deals, one tier-rate line each.
   *
   * @return the result
   */
  @Benchmark
  public CommissionResult tierRateLines() {
    return calculator.calculate(tierFacts, asOf);
  }

  /**
   * The hand-written baseline of {@link #tierRateLines()}.
   *
   * @return the lines
   */
  @Benchmark
  public List<CommissionBaseline.Line> tierRateBaseline() {
    return CommissionBaseline.tierRateLines(tierFacts.deals());
  }

  /**
   * The engine: n OEM deals, one marginal volume-bracket line each.
   *
   * @return the result
   */
  @Benchmark
  public CommissionResult bracketLines() {
    return calculator.calculate(bracketFacts, asOf);
  }

  /**
   * The hand-written baseline of {@link #bracketLines()}.
   *
   * @return the lines
   */
  @Benchmark
  public List<CommissionBaseline.Line> bracketBaseline() {
    return CommissionBaseline.marginalBracketLines(bracketFacts.deals());
  }

  /**
   * The engine: n clawback decisions under the standard schedule.
   *
   * @return the decisions
   */
  @Benchmark
  public List<ClawbackDecision> clawbacks() {
    List<ClawbackDecision> decisions = new ArrayList<>(clawbackCases.size());
    for (ClawbackCase c : clawbackCases) {
      decisions.add(clawbackCalculator.decide(c));
    }
    return decisions;
  }

  /**
   * The hand-written baseline of {@link #clawbacks()}.
   *
   * @return the clawbacks
   */
  @Benchmark
  public List<CommissionBaseline.Clawback> clawbackBaseline() {
    return CommissionBaseline.clawbacks(clawbackCases);
  }
}
