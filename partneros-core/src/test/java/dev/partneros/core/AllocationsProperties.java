package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

@Domain(MoneyDomain.class)
@Domain(DomainContext.Global.class)
class AllocationsProperties {

  @Property
  void allocationsSumExactlyToTheWhole_withNoNegativePart(@ForAll Money total,
      @ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.constraints.BigRange(min = "0", max = "1000") BigDecimal> weights) {
    Assume.that(weights.stream().anyMatch(w -> w.signum() > 0));
    List<Money> parts = Allocations.split(total, weights);
    assertThat(Money.total(parts, total.currency())).isEqualTo(total);
    assertThat(parts).noneMatch(Money::isNegative);
    Statistics.label("parts").collect(weights.size() == 1 ? "one part" : "several parts");
    Statistics.label("parts").coverage(coverage -> {
      coverage.check("one part").percentage(p -> p > 1);
      coverage.check("several parts").percentage(p -> p > 50);
    });
  }

  @Property
  void eachPartIsWithinOneMinorUnitOfItsExactShare(@ForAll Money total,
      @ForAll @Size(min = 1, max = 10) List<@net.jqwik.api.constraints.BigRange(min = "0", max = "100") BigDecimal> weights) {
    Assume.that(weights.stream().anyMatch(w -> w.signum() > 0));
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Money> parts = Allocations.split(total, weights);
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal exact = total.amount().multiply(weights.get(i)).divide(sum, MathContext.DECIMAL128);
      assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
    }
  }

  @Property
  void cappedAllocationNeverExceedsACap_andSumsToMinOfTotalAndCaps(@ForAll Money total,
      @ForAll("weightsAndCaps") CappedCase spec) {
    List<BigDecimal> weights = spec.weights;
    List<Money> caps = spec.caps;
    List<Money> parts = Allocations.splitCapped(total, weights, caps);
    Money capSum = Money.zero(total.currency());
    for (int i = 0; i < parts.size(); i++) {
      assertThat(parts.get(i).isNegative()).isFalse();
      assertThat(parts.get(i).compareTo(caps.get(i))).isLessThanOrEqualTo(0);
      if (weights.get(i).signum() > 0) {
        capSum = capSum.plus(caps.get(i));
      } else {
        assertThat(parts.get(i).isZero()).isTrue();
      }
    }
    assertThat(Money.total(parts, total.currency())).isEqualTo(total.min(capSum));
    Statistics.label("binding").collect(total.compareTo(capSum) >= 0 ? "caps bind all" : "pool binds");
    Statistics.label("binding").coverage(coverage -> {
      coverage.check("caps bind all").percentage(p -> p > 5);
      coverage.check("pool binds").percentage(p -> p > 5);
    });
  }

  @Property
  void cappedAllocationMatchesAReferenceWaterFilling(@ForAll Money total,
      @ForAll("weightsAndCaps") CappedCase spec) {
    List<BigDecimal> weights = spec.weights;
    List<Money> caps = spec.caps;
    List<Money> parts = Allocations.splitCapped(total, weights, caps);
    List<BigDecimal> reference = referenceWaterFilling(total.amount(), weights, caps);
    for (int i = 0; i < parts.size(); i++) {
      assertThat(parts.get(i).amount().subtract(reference.get(i)).abs())
          .as("part %d", i).isLessThan(new BigDecimal("0.01"));
    }
  }

  /** The obvious O(n^2) algorithm: share proportionally, pin whoever exceeds a cap, repeat. */
  static List<BigDecimal> referenceWaterFilling(BigDecimal total, List<BigDecimal> weights, List<Money> caps) {
    int n = weights.size();
    BigDecimal[] result = new BigDecimal[n];
    boolean[] pinned = new boolean[n];
    BigDecimal remaining = total;
    while (true) {
      BigDecimal weightSum = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        if (!pinned[i]) {
          weightSum = weightSum.add(weights.get(i));
        }
      }
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        if (pinned[i]) {
          continue;
        }
        BigDecimal share = weightSum.signum() == 0 ? BigDecimal.ZERO
            : remaining.multiply(weights.get(i)).divide(weightSum, MathContext.DECIMAL128);
        result[i] = share;
        if (weights.get(i).signum() > 0 && share.compareTo(caps.get(i).amount()) > 0) {
          pinned[i] = true;
          result[i] = caps.get(i).amount();
          remaining = remaining.subtract(caps.get(i).amount());
          changed = true;
          break;
        }
      }
      if (!changed) {
        List<BigDecimal> list = new ArrayList<>();
        Collections.addAll(list, result);
        return list;
      }
    }
  }

  @Property
  void sameInputsGiveTheSameAllocation(@ForAll Money total,
      @ForAll @Size(min = 1, max = 10) List<@net.jqwik.api.constraints.BigRange(min = "0.001", max = "100") BigDecimal> weights) {
    assertThat(Allocations.split(total, weights)).isEqualTo(Allocations.split(total, new ArrayList<>(weights)));
  }

  @Property
  void keyedAllocationDoesNotDependOnInsertionOrder(@ForAll Money total,
      @ForAll @Size(min = 1, max = 10) List<@net.jqwik.api.constraints.BigRange(min = "0.001", max = "100") BigDecimal> weights,
      @ForAll java.util.Random random) {
    Map<String, BigDecimal> forward = new java.util.LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      forward.put("P-" + i, weights.get(i));
    }
    List<String> keys = new ArrayList<>(forward.keySet());
    Collections.shuffle(keys, random);
    Map<String, BigDecimal> shuffled = new java.util.LinkedHashMap<>();
    keys.forEach(k -> shuffled.put(k, forward.get(k)));
    Map<String, Money> caps = new HashMap<>();
    keys.forEach(k -> caps.put(k, total));
    assertThat(Allocations.split(total, shuffled)).isEqualTo(Allocations.split(total, forward));
    assertThat(Allocations.splitCapped(total, shuffled, caps)).isEqualTo(Allocations.splitCapped(total, forward, caps));
  }

  @Property
  void negativeTotalsSplitAsTheMirrorOfPositiveOnes(@ForAll Money total,
      @ForAll @Size(min = 1, max = 10) List<@net.jqwik.api.constraints.BigRange(min = "0.001", max = "100") BigDecimal> weights) {
    List<Money> positive = Allocations.split(total, weights);
    List<Money> negative = Allocations.split(total.negated(), weights);
    for (int i = 0; i < positive.size(); i++) {
      assertThat(negative.get(i)).isEqualTo(positive.get(i).negated());
    }
  }

  @Property
  void longArithmeticGivesExactlyTheDecimalParts(@ForAll Money total, @ForAll("tiedWeightsAndCaps") CappedCase spec) {
    List<Money> fast = Allocations.splitCapped(total, spec.weights, spec.caps, true);
    assertThat(fast).isEqualTo(Allocations.splitCapped(total, spec.weights, spec.caps, false));
    boolean capped = false;
    for (int i = 0; i < fast.size(); i++) {
      capped |= spec.weights.get(i).signum() > 0 && fast.get(i).equals(spec.caps.get(i));
    }
    Statistics.label("caps").collect(capped ? "some part capped" : "no part capped");
    Statistics.label("caps").coverage(coverage -> {
      coverage.check("some part capped").percentage(p -> p > 5);
      coverage.check("no part capped").percentage(p -> p > 5);
    });
  }

  /**
   * Weights of mixed scales, some beyond a long, and caps drawn from few values, so that equal
   * cap/weight ratios and equal remainders are common.
   */
  @Provide
  Arbitrary<CappedCase> tiedWeightsAndCaps() {
    Arbitrary<BigDecimal> weight = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
        net.jqwik.api.Tuple.of(6, Arbitraries.of("1", "2", "3", "0.5", "1.25", "7.125", "1E+2", "33")
            .map(BigDecimal::new)),
        net.jqwik.api.Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("0.000001"),
            new BigDecimal("100000000")).ofScale(6)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("1E+20", "123456789012345678901234567890", "0.0000000000000000001")
            .map(BigDecimal::new)));
    Arbitrary<Money> cap = Arbitraries.oneOf(
        Arbitraries.of("0", "1.00", "2.00", "3.00", "10.00", "25.00", "1000.00").map(BigDecimal::new),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000000")).ofScale(2))
        .map(a -> Money.of(a, MoneyDomain.CURRENCIES.get(0)));
    return net.jqwik.api.Combinators.combine(weight, cap).as((w, c) -> new Object[] {w, c})
        .list().ofMinSize(1).ofMaxSize(12).map(pairs -> {
          CappedCase spec = new CappedCase();
          for (Object[] pair : pairs) {
            spec.weights.add((BigDecimal) pair[0]);
            spec.caps.add((Money) pair[1]);
          }
          return spec;
        });
  }

  /** A capped split's weights and caps, one of each per part. */
  static final class CappedCase {
    final List<BigDecimal> weights = new ArrayList<>();
    final List<Money> caps = new ArrayList<>();

    @Override
    public String toString() {
      return "weights " + weights + ", caps " + caps;
    }
  }

  @Provide
  Arbitrary<CappedCase> weightsAndCaps() {
    Arbitrary<BigDecimal> weight = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
        Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("100")).ofScale(3));
    Arbitrary<Money> cap = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000000")).ofScale(2)
        .map(a -> Money.of(a, MoneyDomain.CURRENCIES.get(0)));
    return net.jqwik.api.Combinators.combine(weight, cap).as((w, c) -> new Object[] {w, c})
        .list().ofMinSize(1).ofMaxSize(12).map(pairs -> {
          CappedCase spec = new CappedCase();
          for (Object[] pair : pairs) {
            spec.weights.add((BigDecimal) pair[0]);
            spec.caps.add((Money) pair[1]);
          }
          return spec;
        });
  }
}
