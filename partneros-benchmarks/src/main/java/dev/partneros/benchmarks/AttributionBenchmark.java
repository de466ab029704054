package dev.partneros.benchmarks;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.CreditSplit;
import dev.partneros.attribution.CreditSplitter;
import dev.partneros.attribution.Deal;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.DealClassifier;
import dev.partneros.attribution.RegistrationDecision;
import dev.partneros.attribution.RegistrationResolver;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Deal attribution ({@code docs/rules/attribution.md}): classifying a deal for a partner (every
 * criterion and its explanation), resolving its registration conflict, and splitting its credit
 * across partners by the multi-touch models, for deals of n touches (about one partner per five
 * touches, a few touches after close). {@link #splitLinearBaseline()} is the hand-written
 * {@link SplitBaseline} of {@link #splitLinear()} on the same deal, in the same run.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main AttributionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AttributionBenchmark {

  /** Number of partner touches on the deal. */
  @Param({"2", "10", "100"})
  public int touches;

  private final AttributionPolicy policy = AttributionPolicy.standard();
  private final DealClassifier classifier = DealClassifier.of(policy);
  private final RegistrationResolver resolver = RegistrationResolver.of(policy);
  private final CreditSplitter splitter = CreditSplitter.of(policy);

  private Deal deal;
  private PartnerId partner;
  private LocalDate evaluationDate;

  /** Generates the deal from a fixed seed: closed on day 90, touches from day 0 to day 95. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    LocalDate created = LocalDate.of(2026, 1, 1);
    int partners = Math.max(2, touches / 5);
    List<TouchKind> kinds = List.of(TouchKind.values());
    Deal.Builder builder = Deal.builder().id("D-bench").account("ACME").amount(Money.of("123456.78", "USD"))
        .created(created).firstContact(created).status(CloseStatus.WON).closed(created.plusDays(90));
    for (int i = 0; i < touches; i++) {
      PartnerId who = PartnerId.of("P-" + (i == 0 ? 0 : random.nextInt(partners)));
      builder.addTouches(Deal.PartnerTouch.builder().partner(who).date(created.plusDays(i == 0 ? 1 : random.nextInt(96)))
          .kind(i == 0 ? TouchKind.REFERRAL : kinds.get(random.nextInt(kinds.size())))
          .channelLead(i == 0).documented(random.nextBoolean()).build());
    }
    partner = PartnerId.of("P-0");
    builder.addRegistrations(Deal.Registration.of(partner, created.plusDays(3)),
        Deal.Registration.of(PartnerId.of("P-1"), created.plusDays(5)));
    builder.addDirectEngagements(Deal.DirectEngagement.on(created.plusDays(20)));
    builder.addDependentOn(partner);
    deal = builder.build();
    evaluationDate = created.plusDays(10);
  }

  /**
   * Classifies the deal for one partner, explanation included.
   *
   * @return the classification
   */
  @Benchmark
  public DealAttribution classify() {
    return classifier.classify(deal, partner);
  }

  /**
   * Classifies the deal for every partner on it.
   *
   * @return the classifications
   */
  @Benchmark
  public List<DealAttribution> classifyAll() {
    return classifier.classifyAll(deal);
  }

  /**
   * Resolves the deal's registration conflict.
   *
   * @return the decision
   */
  @Benchmark
  public RegistrationDecision resolveRegistrations() {
    return resolver.resolve(deal, evaluationDate);
  }

  /**
   * Splits the credit linearly.
   *
   * @return the split
   */
  @Benchmark
  public CreditSplit splitLinear() {
    return splitter.split(deal, AttributionPolicy.CreditModel.LINEAR);
  }

  /**
   * Splits the credit by time decay (half-life 7 days).
   *
   * @return the split
   */
  @Benchmark
  public CreditSplit splitTimeDecay() {
    return splitter.split(deal, AttributionPolicy.CreditModel.TIME_DECAY);
  }

  /**
   * Splits the credit 40 / 20 / 40 by position.
   *
   * @return the split
   */
  @Benchmark
  public CreditSplit splitPositionBased() {
    return splitter.split(deal, AttributionPolicy.CreditModel.POSITION_BASED);
  }

  /**
   * The hand-written baseline of {@link #splitLinear()}.
   *
   * @return each partner's part
   */
  @Benchmark
  public Map<PartnerId, BigDecimal> splitLinearBaseline() {
    return SplitBaseline.linear(deal);
  }
}
