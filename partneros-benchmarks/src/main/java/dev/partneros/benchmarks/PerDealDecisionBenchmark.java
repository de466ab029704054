package dev.partneros.benchmarks;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.commission.CommissionCalculator;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionState;
import dev.partneros.attribution.commission.DealCommission;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
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

/**
 * The per-deal commission decision ({@code docs/rules/commission.md#deciding-a-deal-only}): one
 * won deal of a system integrator under the standard plan (tier rate x attribution factor, no cap,
 * no SPIFF window), decided by {@link CommissionCalculator#decide} against the hand-written rule
 * {@link CommissionBaseline#tierRateAmount} on the same deal, and, for scale,
 * {@link CommissionCalculator#calculateDeal} (lines and explanations built). Each operation is one
 * decision; the deals are cycled through so the branch predictor does not learn one deal.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -Djmh.ignoreLock=true -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main PerDealDecisionBenchmark -prof gc}: the ratio is the baseline's time over
 * {@code decide}'s; {@code gc.alloc.rate.norm} is the bytes allocated per decision.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PerDealDecisionBenchmark {

  /** Number of distinct deals cycled through (a power of two). */
  @Param({"1024"})
  public int deals;

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  private final CommissionCalculator calculator = CommissionCalculator.of(CommissionPlan.standard());

  private CommissionDeal[] dealArray;
  private CommissionFacts.PartnerAccount[] accounts;
  private CommissionState[] states;
  private int mask;
  private int next;

  /** Generates the deals, their partners and empty states from a fixed seed. */
  @Setup
  public void setUp() {
    int size = Integer.highestOneBit(Math.max(1, deals));
    mask = size - 1;
    Random random = new Random(17);
    Explanation explanation = Explanation.builder().subject("benchmark attribution").build();
    List<Tier> tiers = List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM);
    int partners = Math.max(1, size / 100);
    List<CommissionFacts.PartnerAccount> partnerList = new ArrayList<>(partners);
    for (int p = 0; p < partners; p++) {
      partnerList.add(CommissionFacts.PartnerAccount.of(PartnerId.of("P-" + p), PartnerType.SYSTEM_INTEGRATOR,
          START.minusDays(400), USD));
    }
    dealArray = new CommissionDeal[size];
    accounts = new CommissionFacts.PartnerAccount[size];
    states = new CommissionState[size];
    for (int d = 0; d < size; d++) {
      boolean sourced = random.nextInt(3) > 0;
      AttributionType type = sourced ? AttributionType.PARTNER_SOURCED : AttributionType.PARTNER_INFLUENCED;
      CommissionFacts.PartnerAccount account = partnerList.get(random.nextInt(partners));
      DealAttribution attribution = DealAttribution.builder().dealId("D-" + d).partner(account.id()).type(type)
          .creditFactor(sourced ? Rate.ONE : AttributionPolicy.standard().influencedCreditFactor())
          .criteria(CommissionBenchmark.criteria(type)).ignoredAfterClose(0).provisional(false).explanation(explanation).build();
      dealArray[d] = CommissionDeal.builder().attribution(attribution)
          .amount(Money.ofMinor(100_000 + (long) random.nextInt(20_000_000), USD))
          .signed(START.plusDays(random.nextInt(360))).tier(tiers.get(random.nextInt(tiers.size()))).build();
      accounts[d] = account;
      states[d] = CommissionState.empty(account.id());
    }
  }

  /**
   * The engine, decision only: one deal's commission with no line or explanation built.
   *
   * @return the amount
   */
  @Benchmark
  public Money decide() {
    return decideAt(next++ & mask);
  }

  /** The engine's decision of deal i. */
  Money decideAt(int i) {
    return calculator.decide(accounts[i], dealArray[i], states[i]);
  }

  /** The baseline's amount of deal i. */
  BigDecimal baselineAt(int i) {
    return CommissionBaseline.tierRateAmount(dealArray[i]);
  }

  /** The number of deals cycled through. */
  int size() {
    return dealArray.length;
  }

  /**
   * The hand-written baseline of {@link #decide()}: tier rate x attribution factor, rounded once.
   *
   * @return the amount
   */
  @Benchmark
  public BigDecimal baseline() {
    return baselineAt(next++ & mask);
  }

  /**
   * The engine with its lines and explanations: the per-deal call a PRM makes today.
   *
   * @return the deal's lines and the state after it
   */
  @Benchmark
  public DealCommission calculateDeal() {
    int i = next++ & mask;
    return calculator.calculateDeal(accounts[i], dealArray[i], states[i]);
  }
}
