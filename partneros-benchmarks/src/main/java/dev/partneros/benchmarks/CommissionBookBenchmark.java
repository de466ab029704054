package dev.partneros.benchmarks;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionCalculator;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.CommissionState;
import dev.partneros.attribution.commission.DealCommission;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Commission of a whole book and of one deal at a time, engine against the hand-written rules, on
 * the same generated facts ({@code docs/rules/commission.md}, {@code docs/rules/clawback.md}).
 *
 * <ul>
 *   <li>{@link #calculate()} / {@link #bookBaseline()}: a year of n deals of system integrators
 *       (tier rate x attribution factor) and OEM partners (marginal volume brackets), about 100 deals
 *       per partner, each with a first payment, 2 % cancelled (one in ten of those a fraud finding),
 *       under the standard plan: lines, payout timing and monthly payout runs, clawbacks. The book
 *       has no SPIFF window, cap, FX rate, downgrade nor other partner type, so the standard plan gives
 *       it tier-rate, volume-bracket and clawback-adjustment lines only: exactly what
 *       {@link CommissionBookBaseline} writes by hand.</li>
 *   <li>{@link #perDealExplained(Blackhole)} / {@link #perDealBaseline(Blackhole)}: n
 *       system-integrator deals, each through {@code calculateDeal} from the partner's empty state
 *       with its lines' explanations built, against {@link CommissionBaseline#tierRateLine};
 *       {@link #perDeal(Blackhole)} is the same calls with the explanations left unbuilt.</li>
 * </ul>
 * For time and bytes per deal divide by n.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main CommissionBookBenchmark -prof gc}, or the ratio report ({@link RatioReport}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CommissionBookBenchmark {

  /** Number of deals in the book, and of per-deal calls. */
  @Param({"1000", "100000"})
  public int deals;

  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 20);
  private static final Currency USD = Currency.getInstance("USD");
  private static final List<Tier> TIERS = List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM);

  private final CommissionCalculator calculator = CommissionCalculator.of(CommissionPlan.standard());

  CommissionFacts book;
  List<CommissionFacts.PartnerAccount> dealAccounts;
  List<CommissionDeal> singleDeals;

  /** Generates the book and the per-deal calls from a fixed seed. */
  @Setup
  public void setUp() {
    generate(42);
  }

  /** Generates the book and the per-deal calls of {@link #deals} deals from a seed. */
  void generate(long seed) {
    Random random = new Random(seed);
    int partners = Math.max(2, deals / 100);
    List<CommissionFacts.PartnerAccount> accounts = new ArrayList<>(partners);
    CommissionFacts.Builder builder = CommissionFacts.builder();
    for (int p = 0; p < partners; p++) {
      PartnerType type = p % 2 == 0 ? PartnerType.SYSTEM_INTEGRATOR : PartnerType.OEM;
      CommissionFacts.PartnerAccount account = CommissionFacts.PartnerAccount.of(PartnerId.of("P-" + p), type,
          START.minusDays(400), USD);
      accounts.add(account);
      builder.addPartners(account);
    }
    for (int d = 0; d < deals; d++) {
      String dealId = "D-" + d;
      CommissionDeal deal = deal(random, dealId, accounts.get(random.nextInt(partners)).id());
      builder.addDeals(deal);
      builder.addPayments(CommissionFacts.Payment.of(dealId, deal.signed().plusDays(7 + random.nextInt(30)),
          Money.ofMinor(deal.amount().minorUnits().longValueExact() / 12 + 1, USD)));
      int cancel = random.nextInt(500);
      if (cancel < 10) {
        LocalDate effective = deal.signed().plusDays(random.nextInt(250));
        builder.addCancellations(cancel == 0 ? CommissionFacts.Cancellation.fraud(dealId, effective, deal.partner())
            : CommissionFacts.Cancellation.cancel(dealId, effective));
      }
    }
    book = builder.build();
    dealAccounts = new ArrayList<>(deals);
    singleDeals = new ArrayList<>(deals);
    for (int d = 0; d < deals; d++) {
      CommissionFacts.PartnerAccount account = accounts.get(2 * random.nextInt((partners + 1) / 2));
      dealAccounts.add(account);
      singleDeals.add(deal(random, "S-" + d, account.id()));
    }
  }

  private static CommissionDeal deal(Random random, String dealId, PartnerId partner) {
    boolean sourced = random.nextInt(3) > 0;
    AttributionType type = sourced ? AttributionType.PARTNER_SOURCED : AttributionType.PARTNER_INFLUENCED;
    DealAttribution attribution = DealAttribution.builder().dealId(dealId).partner(partner).type(type)
        .creditFactor(sourced ? Rate.ONE : AttributionPolicy.standard().influencedCreditFactor())
        .criteria(CommissionBenchmark.criteria(type)).ignoredAfterClose(0).provisional(false)
        .explanation(Explanation.builder().subject("benchmark attribution").build()).build();
    return CommissionDeal.builder().attribution(attribution)
        .amount(Money.ofMinor(100_000 + (long) random.nextInt(20_000_000), USD))
        .signed(START.plusDays(random.nextInt(360))).tier(TIERS.get(random.nextInt(TIERS.size()))).build();
  }

  /**
   * The engine: the whole book as of 2026-12-20 (lines made payable since the last month end are still payable).
   *
   * @return the result
   */
  @Benchmark
  public CommissionResult calculate() {
    return calculator.calculate(book, AS_OF);
  }

  /**
   * The engine: the whole book with every line's and clawback's explanation built.
   *
   * @param sink consumes the result and the explanations
   */
  @Benchmark
  public void calculateExplained(Blackhole sink) {
    CommissionResult result = calculator.calculate(book, AS_OF);
    for (CommissionLine line : result.lines()) {
      sink.consume(line.explanation());
    }
    for (ClawbackDecision clawback : result.clawbacks()) {
      sink.consume(clawback.explanation());
    }
    sink.consume(result);
  }

  /**
   * The hand-written baseline of {@link #calculate()}.
   *
   * @return the book
   */
  @Benchmark
  public CommissionBookBaseline.Book bookBaseline() {
    return CommissionBookBaseline.calculate(book, AS_OF);
  }

  /**
   * The engine: n deals, one {@code calculateDeal} each, explanations left unbuilt (they are built
   * on first access).
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void perDeal(Blackhole sink) {
    for (int i = 0; i < singleDeals.size(); i++) {
      CommissionDeal deal = singleDeals.get(i);
      sink.consume(calculator.calculateDeal(dealAccounts.get(i), deal, CommissionState.empty(deal.partner())));
    }
  }

  /**
   * The engine: n deals, one {@code calculateDeal} each, every line's explanation built.
   *
   * @param sink consumes the lines and explanations
   */
  @Benchmark
  public void perDealExplained(Blackhole sink) {
    for (int i = 0; i < singleDeals.size(); i++) {
      CommissionDeal deal = singleDeals.get(i);
      DealCommission result = calculator.calculateDeal(dealAccounts.get(i), deal, CommissionState.empty(deal.partner()));
      for (CommissionLine line : result.lines()) {
        sink.consume(line.explanation());
      }
      sink.consume(result);
    }
  }

  /**
   * The hand-written baseline of {@link #perDealExplained(Blackhole)}: each deal's tier-rate line.
   *
   * @param sink consumes the lines
   */
  @Benchmark
  public void perDealBaseline(Blackhole sink) {
    for (CommissionDeal deal : singleDeals) {
      sink.consume(CommissionBaseline.tierRateLine(deal));
    }
  }
}
