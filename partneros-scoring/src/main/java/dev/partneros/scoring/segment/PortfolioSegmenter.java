package dev.partneros.scoring.segment;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.CurrencyMismatchException;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Segments a portfolio and places each partner in the value matrix
 * ({@code docs/rules/health.md#segments}). The segments are checked in order (strategic, growth,
 * at risk, long tail, stable); the first rule a partner meets decides. Results come back in input
 * order and do not depend on it. Growing and declining compare the exact growth with the
 * tolerance, as {@code revenue - prior} against {@code tolerance x prior}
 * ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class PortfolioSegmenter {

  private final SegmentPolicy policy;

  private PortfolioSegmenter(SegmentPolicy policy) {
    this.policy = policy;
  }

  /**
   * Creates a segmenter.
   *
   * @param policy the policy, not null
   * @return never null
   */
  public static PortfolioSegmenter of(SegmentPolicy policy) {
    return new PortfolioSegmenter(requireNonNull(policy, "policy"));
  }

  /**
   * Segments a portfolio.
   *
   * @param portfolio one entry per partner, not null
   * @return one assignment per partner, in input order; never null
   * @throws InvalidFactsException if a partner appears twice
   * @throws CurrencyMismatchException if revenues are in different currencies
   */
  public List<SegmentAssignment> segment(List<SegmentFacts> portfolio) {
    requireNonNull(portfolio, "portfolio");
    ProblemCollector problems = new ProblemCollector();
    Set<PartnerId> seen = new HashSet<>();
    for (int i = 0; i < portfolio.size(); i++) {
      problems.check(seen.add(portfolio.get(i).partnerId()), FieldPath.root().field("portfolio").index(i)
          .field("partnerId"), CoreProblemCode.DUPLICATE, "appear once", portfolio.get(i).partnerId());
      if (i > 0 && !portfolio.get(i).revenue().currency().equals(portfolio.get(0).revenue().currency())) {
        throw new CurrencyMismatchException(portfolio.get(0).revenue().currency(), portfolio.get(i).revenue().currency());
      }
    }
    problems.throwIfErrors(InvalidFactsException::new);
    int n = portfolio.size();
    List<SegmentFacts> ranked = new ArrayList<>(portfolio);
    ranked.sort(Comparator.comparing((SegmentFacts f) -> f.revenue().amount()).reversed()
        .thenComparing(SegmentFacts::partnerId));
    Map<PartnerId, Integer> rank = new HashMap<>();
    for (int i = 0; i < n; i++) {
      rank.put(ranked.get(i).partnerId(), i + 1);
    }
    List<SegmentAssignment> result = new ArrayList<>(n);
    for (SegmentFacts facts : portfolio) {
      result.add(assign(facts, rank.get(facts.partnerId()), n));
    }
    return List.copyOf(result);
  }

  /**
   * Assigns one partner of a portfolio, given its revenue rank: what {@link #segment(List)} decides
   * for it. A portfolio too large for one list (a distributed evaluation) ranks its partners by
   * revenue, highest first, ties by partner id, and assigns each here.
   *
   * @param facts the partner's facts, not null
   * @param revenueRank its rank by revenue (1 for the highest; ties by partner id), 1 to {@code partners}
   * @param partners the number of partners of the portfolio, at least 1
   * @return never null
   * @throws IllegalArgumentException if the rank is not within 1 to {@code partners}
   */
  public SegmentAssignment assign(SegmentFacts facts, int revenueRank, int partners) {
    requireNonNull(facts, "facts");
    if (revenueRank < 1 || revenueRank > partners) {
      throw new IllegalArgumentException("revenueRank must be between 1 and " + partners + ", but was " + revenueRank);
    }
    int n = partners;
    int r = revenueRank;
    int top = countOf(policy.strategicTopShare(), n);
    int bottom = countOf(policy.longTailBottomShare(), n);
    int growth = growthSign(facts);
    boolean inTop = r <= top;
    boolean inBottom = r > n - bottom;
    SegmentAssignment.Segment segment;
    String why;
    if (inTop && growth > 0) {
      segment = SegmentAssignment.Segment.STRATEGIC;
      why = "top " + top + " by revenue and growing";
    } else if (growth > 0 && facts.health().compareTo(policy.growthMinHealth()) >= 0) {
      segment = SegmentAssignment.Segment.GROWTH;
      why = "growing with health >= " + policy.growthMinHealth().toPlainString();
    } else if (growth < 0 || facts.health().compareTo(policy.atRiskBelowHealth()) < 0) {
      segment = SegmentAssignment.Segment.AT_RISK;
      why = growth < 0 ? "declining" : "health < " + policy.atRiskBelowHealth().toPlainString();
    } else if (inBottom && facts.dealsPerQuarter().compareTo(policy.longTailMaxDealsPerQuarter()) <= 0) {
      segment = SegmentAssignment.Segment.LONG_TAIL;
      why = "bottom " + bottom + " by revenue with <= " + policy.longTailMaxDealsPerQuarter().toPlainString()
          + " deal a quarter";
    } else {
      segment = SegmentAssignment.Segment.STABLE;
      why = "no other rule applies";
    }
    SegmentAssignment.Builder assignment = new SegmentAssignment.Builder().partnerId(facts.partnerId())
        .segment(segment).revenueRank(r);
    facts.strategicValue().ifPresent(value -> {
      boolean highValue = value.compareTo(policy.valueThreshold()) >= 0;
      boolean highRevenue = facts.revenue().amount().compareTo(policy.revenueThreshold()) >= 0;
      assignment.quadrant(highValue
          ? (highRevenue ? SegmentAssignment.Quadrant.STRATEGIC_ALLIANCE : SegmentAssignment.Quadrant.TECHNOLOGY_PARTNER)
          : (highRevenue ? SegmentAssignment.Quadrant.CHANNEL_PARTNER : SegmentAssignment.Quadrant.AFFILIATE));
    });
    assignment.explanation(Explanation.builder().subject("segment of " + facts.partnerId())
        .addSteps(ExplanationStep.builder().rule("segments.assign").section("4")
            .putInputs("rank", r + " of " + n).putInputs("health", facts.health().toPlainString())
            .putInputs("why", why).outcome(segment.name())
            .template("Revenue rank {rank}, health {health}: {why} -> {outcome}").build()).build());
    return assignment.build();
  }

  private int growthSign(SegmentFacts facts) {
    BigDecimal prior = facts.priorRevenue().amount();
    BigDecimal current = facts.revenue().amount();
    if (prior.signum() == 0) {
      return current.signum() > 0 ? 1 : 0;
    }
    // decided exactly, without dividing: growth > tolerance is change > tolerance x prior (the prior is
    // above zero), so a growth a hair over the tolerance is never rounded onto it
    // (docs/rules/conventions.md#decisions-compare-the-exact-value)
    BigDecimal change = current.subtract(prior);
    BigDecimal bound = policy.growthTolerance().multiply(prior);
    if (change.compareTo(bound) > 0) {
      return 1;
    }
    return change.compareTo(bound.negate()) < 0 ? -1 : 0;
  }

  private static int countOf(BigDecimal share, int n) {
    return share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
  }
}
