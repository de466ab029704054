package dev.partneros.tiers;

import static dev.partneros.tiers.Fixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of tier qualification ({@code docs/rules/tiers.md#qualified-tier}) and reference checks
 * (docs/rules/conventions.md#thresholds-and-brackets).
 */
@Domain(TierDomain.class)
@Domain(DomainContext.Global.class)
class TierQualifierProperties {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final TierLadder LADDER = TierLadder.standard();

  /** The reference: a literal reading of a criterion, independent of the engine's code. */
  static boolean reference(Criterion criterion, TierMetrics metrics) {
    if (!criterion.allOf().isEmpty()) {
      return criterion.allOf().stream().allMatch(c -> reference(c, metrics));
    }
    if (!criterion.anyOf().isEmpty()) {
      return criterion.anyOf().stream().anyMatch(c -> reference(c, metrics));
    }
    BigDecimal min = criterion.min().get();
    switch (criterion.metric().get()) {
      case SOURCED_ARR:
        return !metrics.sourcedArr().isLessThan(Money.of(min, USD));
      case QUALIFIED_REFERRALS:
        return metrics.qualifiedReferrals() >= min.longValueExact();
      case CERTIFIED_PEOPLE:
        return metrics.certifiedPeople() >= min.longValueExact();
      case DEALS_CLOSED:
        return metrics.dealsClosed() >= min.longValueExact();
      case NPS:
        return metrics.nps().map(n -> n.compareTo(min) >= 0).orElse(false);
      case APPROVED_JOINT_BUSINESS_PLAN:
        return metrics.approvedJointBusinessPlan() || min.signum() == 0;
      default:
        throw new AssertionError("the domain does not generate " + criterion.metric());
    }
  }

  /** The reference qualified tier: the highest tier whose criteria hold by the literal reading. */
  static Tier referenceTier(TierProgram program, TierMetrics metrics) {
    Tier best = program.ladder().lowest();
    for (TierProgram.Level level : program.levels()) {
      if (level.criteria().map(c -> reference(c, metrics)).orElse(true)) {
        best = level.tier();
      }
    }
    return best;
  }

  static TierMetrics join(TierMetrics a, TierMetrics b) {
    Optional<BigDecimal> nps = a.nps().isEmpty() ? b.nps()
        : b.nps().isEmpty() ? a.nps() : Optional.of(a.nps().get().max(b.nps().get()));
    return TierMetrics.builder().currency(USD).sourcedArr(a.sourcedArr().max(b.sourcedArr()))
        .qualifiedReferrals(Math.max(a.qualifiedReferrals(), b.qualifiedReferrals()))
        .certifiedPeople(Math.max(a.certifiedPeople(), b.certifiedPeople()))
        .dealsClosed(Math.max(a.dealsClosed(), b.dealsClosed())).nps(nps)
        .approvedJointBusinessPlan(a.approvedJointBusinessPlan() || b.approvedJointBusinessPlan()).build();
  }

  @Property
  void qualificationMatchesTheReference(@ForAll TierProgram program, @ForAll TierMetrics metrics) {
    TierQualifier qualifier = TierQualifier.of(program);
    Qualification qualification = qualifier.qualify(metrics, AS_OF);
    Tier expected = referenceTier(program, metrics);
    assertThat(qualification.qualifiedTier()).isEqualTo(expected);
    assertThat(qualifier.qualifiedTier(metrics)).isEqualTo(expected);
    for (TierProgram.Level level : program.levels()) {
      assertThat(qualification.holds(level.tier()))
          .isEqualTo(level.criteria().map(c -> reference(c, metrics)).orElse(true));
    }
    boolean onEdge = java.util.Set.of("24999.99", "25000.00", "99999.99", "100000.00", "499999.99", "500000.00")
        .contains(metrics.sourcedArr().amount().toPlainString());
    Statistics.label("sourced ARR").collect(onEdge ? "on or just below a standard threshold" : "elsewhere");
    Statistics.label("sourced ARR").coverage(coverage -> coverage.check("on or just below a standard threshold")
        .percentage(p -> p > 20));
    Statistics.label("qualified").collect(expected.name());
    Statistics.label("qualified").coverage(coverage -> {
      for (Tier tier : LADDER.tiers()) {
        coverage.check(tier.name()).percentage(p -> p > 3);
      }
    });
  }

  /** The reference check of docs/rules/conventions.md#thresholds-and-brackets: every combination around the standard thresholds. */
  @Example
  void standardQualification_matchesTheRulesTable_onEveryCombinationAroundTheThresholds() {
    TierQualifier qualifier = TierQualifier.of(TierProgram.standard());
    String[] arrs = {"0.00", "24999.99", "25000.00", "99999.99", "100000.00", "499999.99", "500000.00"};
    long[] referrals = {0, 4, 5, 19, 20, 49, 50};
    Map<Tier, Integer> seen = new HashMap<>();
    for (String arr : arrs) {
      for (long refs : referrals) {
        for (long certified = 0; certified <= 6; certified++) {
          TierMetrics metrics = Fixtures.metrics(arr, refs, certified);
          BigDecimal a = new BigDecimal(arr);
          Tier expected = Tier.REGISTERED;
          if ((a.compareTo(new BigDecimal("25000")) >= 0 || refs >= 5) && certified >= 1) {
            expected = Tier.SILVER;
          }
          if ((a.compareTo(new BigDecimal("100000")) >= 0 || refs >= 20) && certified >= 2) {
            expected = Tier.GOLD;
          }
          if ((a.compareTo(new BigDecimal("500000")) >= 0 || refs >= 50) && certified >= 5) {
            expected = Tier.PLATINUM;
          }
          assertThat(qualifier.qualify(metrics, AS_OF).qualifiedTier()).as(metrics.toString()).isEqualTo(expected);
          seen.merge(expected, 1, Integer::sum);
        }
      }
    }
    assertThat(seen).containsOnlyKeys(LADDER.tiers());
  }

  @Property
  void betterMetricsNeverGiveALowerQualifiedTier(@ForAll TierProgram program, @ForAll TierMetrics a,
      @ForAll TierMetrics b) {
    TierQualifier qualifier = TierQualifier.of(program);
    TierMetrics better = join(a, b);
    assertThat(better.dominates(a)).isTrue();
    assertThat(better.dominates(b)).isTrue();
    int rank = LADDER.rankOf(qualifier.qualifiedTier(better));
    assertThat(rank).isGreaterThanOrEqualTo(LADDER.rankOf(qualifier.qualifiedTier(a)));
    assertThat(rank).isGreaterThanOrEqualTo(LADDER.rankOf(qualifier.qualifiedTier(b)));
    boolean same = qualifier.qualifiedTier(a).equals(qualifier.qualifiedTier(b));
    Statistics.label("a and b qualify for").collect(same ? "the same tier" : "different tiers");
    Statistics.label("a and b qualify for").coverage(coverage -> coverage.check("different tiers")
        .percentage(p -> p > 10));
  }

  @Property
  void qualifyingForATierMeansQualifyingForEveryTierBelow(@ForAll TierProgram program, @ForAll TierMetrics metrics) {
    Qualification qualification = TierQualifier.of(program).qualify(metrics, AS_OF);
    int rank = LADDER.rankOf(qualification.qualifiedTier());
    for (Qualification.TierCheck check : qualification.checks()) {
      assertThat(check.met()).as(check.tier().name()).isEqualTo(LADDER.rankOf(check.tier()) <= rank);
    }
  }

  @Property
  void progressIsCompleteExactlyWhenTheNextTierQualifies(@ForAll TierProgram program, @ForAll TierMetrics metrics) {
    TierQualifier qualifier = TierQualifier.of(program);
    Qualification qualification = qualifier.qualify(metrics, AS_OF);
    for (Tier from : LADDER.tiers()) {
      Progress progress = qualifier.progress(qualification, from);
      boolean nextHolds = progress.target().map(qualification::holds).orElse(true);
      assertThat(progress.met()).isEqualTo(nextHolds);
      assertThat(progress.fraction().compareTo(dev.partneros.core.Rate.ONE) == 0).isEqualTo(nextHolds);
      assertThat(progress.gaps().isEmpty()).isEqualTo(nextHolds);
    }
  }

  @Property
  void explanationHasAStepPerTierAndNamesTheQualifiedTier(@ForAll TierProgram program, @ForAll TierMetrics metrics) {
    Qualification qualification = TierQualifier.of(program).qualify(metrics, AS_OF);
    assertThat(qualification.explanation().steps()).hasSize(LADDER.size() + 1);
    assertThat(qualification.explanation().steps().get(LADDER.size()).outcome())
        .isEqualTo(qualification.qualifiedTier().name());
    for (int i = 0; i < LADDER.size(); i++) {
      assertThat(qualification.explanation().steps().get(i).outcome())
          .isEqualTo(qualification.checks().get(i).met() ? "met" : "not met");
    }
  }

  @Property(tries = 1000)
  void programRoundTripsThroughJson(@ForAll TierProgram program) {
    ProgramDocument doc = Fixtures.document("", "").withSection("tiers", PartnerOsJson.toTree(program));
    TierProgram back = TierProgram.from(doc);
    assertThat(back).isEqualTo(program);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(program));
  }

  @Property(tries = 1000)
  void metricsAndQualificationsRoundTripThroughJson(@ForAll TierProgram program, @ForAll TierMetrics metrics) {
    assertThat(PartnerOsJson.read(PartnerOsJson.write(metrics), TierMetrics.class)).isEqualTo(metrics);
    Qualification qualification = TierQualifier.of(program).qualify(metrics, AS_OF);
    Qualification back = PartnerOsJson.read(PartnerOsJson.write(qualification), Qualification.class);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(qualification));
  }
}
