package dev.partneros.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The qualified tier is the highest one whose minimum the exact metric meets, and the progress
 * towards a tier is met (100 %) exactly when the exact metric meets its minimum, for a minimum
 * within 0.01 either side of the metric ({@code docs/rules/tiers.md#criteria},
 * {@code docs/rules/tiers.md#progress-to-the-next-tier},
 * {@code docs/rules/conventions.md#decisions-compare-the-exact-value}). The metric is a custom one,
 * the sum of decimal entries in the window, so its exact value has many decimals.
 */
class TierCriteriaBandProperties {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final String METRIC = "partner score";
  static final List<Tier> RANKED = List.of(Tier.SILVER, Tier.GOLD, Tier.PLATINUM);

  /** Entries of the custom metric, a minimum near the exact sum of those in the window, and where it sits. */
  static final class Case {
    final List<TierFacts.CustomMetricEntry> entries;
    final ExactFraction exact;
    final BigDecimal[] minimums;
    final int role;

    Case(List<TierFacts.CustomMetricEntry> entries, ExactFraction exact, BigDecimal[] minimums, int role) {
      this.entries = entries;
      this.exact = exact;
      this.minimums = minimums;
      this.role = role;
    }

    @Override
    public String toString() {
      return entries + " exact " + exact + " minimums " + java.util.Arrays.toString(minimums);
    }
  }

  /** The Silver, Gold and Platinum minimums with the given one as Silver (0), Gold (1) or Platinum (2). */
  static BigDecimal[] minimums(BigDecimal minimum, int role) {
    BigDecimal two = new BigDecimal("2");
    BigDecimal three = new BigDecimal("3");
    if (role == 0) {
      return new BigDecimal[] {minimum, minimum.multiply(two), minimum.multiply(three)};
    } else if (role == 1) {
      return new BigDecimal[] {minimum.divide(two, 20, RoundingMode.DOWN), minimum, minimum.multiply(two)};
    }
    return new BigDecimal[] {minimum.divide(three, 20, RoundingMode.DOWN), minimum.divide(two, 20, RoundingMode.DOWN),
        minimum};
  }

  @Provide
  Arbitrary<Case> cases() {
    // entries up to a year and a half back: those more than 12 months back fall outside the window
    Arbitrary<TierFacts.CustomMetricEntry> entry = Combinators.combine(Arbitraries.integers().between(0, 540),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(4))
        .as((daysBack, value) -> TierFacts.CustomMetricEntry.of(METRIC, AS_OF.minusDays(daysBack), value));
    return entry.list().ofMinSize(1).ofMaxSize(6).flatMap(entries -> {
      ExactFraction exact = ExactFraction.ZERO;
      LocalDate start = AS_OF.minusMonths(12).plusDays(1);
      for (TierFacts.CustomMetricEntry e : entries) {
        if (!e.date().isBefore(start)) {
          exact = exact.plus(ExactFraction.of(e.value()));
        }
      }
      ExactFraction sum = exact;
      return Combinators.combine(ExactFraction.near(sum), Arbitraries.integers().between(0, 2))
          .as((minimum, role) -> minimum.compareTo(new BigDecimal("0.01")) < 0 ? null
              : new Case(entries, sum, minimums(minimum, role), role));
    }).filter(c -> c != null);
  }

  @Property(tries = 2000)
  void qualifiedTierAndProgress_areDecidedOnTheExactMetric(@ForAll("cases") Case c) {
    TierProgram.Builder builder = TierProgram.builder().addLevels(TierProgram.Level.entry(Tier.REGISTERED));
    for (int i = 0; i < RANKED.size(); i++) {
      builder.addLevels(TierProgram.Level.of(RANKED.get(i), Criterion.allOf(Criterion.custom(METRIC, c.minimums[i])), i + 1));
    }
    TierQualifier qualifier = TierQualifier.of(builder.build());
    Qualification qualification = qualifier.qualify(TierFacts.builder().customMetrics(c.entries).build(), AS_OF);
    Tier expected = Tier.REGISTERED;
    for (int i = 0; i < RANKED.size(); i++) {
      if (c.exact.compareTo(c.minimums[i]) >= 0) {
        expected = RANKED.get(i);
      }
    }
    assertThat(qualification.qualifiedTier()).isEqualTo(expected);
    assertThat(qualifier.qualifiedTier(qualification.metrics())).isEqualTo(expected);

    BigDecimal minimum = c.minimums[c.role];
    int side = c.exact.compareTo(minimum);
    Progress progress = qualifier.progressTowards(qualification, RANKED.get(c.role));
    assertThat(progress.met()).isEqualTo(side >= 0);
    Rate fraction = side >= 0 ? Rate.ONE
        : Rate.of(c.exact.dividedBy(ExactFraction.of(minimum)).approximated(4, RoundingMode.DOWN)
            .min(new BigDecimal("0.9999")));
    assertThat(progress.fraction().compareTo(fraction)).as("fraction %s, expected %s", progress.fraction(), fraction).isZero();
    Statistics.label("exact metric vs minimum").collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label("exact metric vs minimum").coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }
}
