package dev.partneros.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.DateRange;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Deciding the tier only ({@code docs/rules/tiers.md#deciding-the-tier-only}) gives exactly the
 * qualified tier of the explained path, and the explained path's checks copied from templates equal
 * those built field by field (same values, explanation text and JSON), for generated facts,
 * programs over every metric and as-of dates anywhere in the history.
 */
class TierDecisionProperties {

  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  @Property(tries = 2000)
  void decideEqualsTheQualifiedTierOfQualify(@ForAll Random random, @ForAll("programs") TierProgram program,
      @ForAll @IntRange(min = 0, max = 2000) int asOfDay) {
    LocalDate asOf = START.plusDays(asOfDay);
    TierFacts facts = FactIndexProperties.history(random).knownOn(asOf);
    TierQualifier qualifier = TierQualifier.of(program);
    Tier decided = qualifier.decide(facts, asOf);
    assertThat(decided).isEqualTo(qualifier.qualify(facts, asOf).qualifiedTier());
    Statistics.label("tier").collect(decided.name());
    Statistics.label("tier").coverage(coverage -> {
      coverage.check("REGISTERED").percentage(p -> p > 5);
      coverage.check("PLATINUM").percentage(p -> p > 1);
    });
  }

  @Property(tries = 300)
  void decideRefusesWhatQualifyRefuses(@ForAll Random random, @ForAll @IntRange(min = 0, max = 2000) int asOfDay) {
    LocalDate asOf = START.plusDays(asOfDay);
    TierFacts facts = FactIndexProperties.history(random);
    TierQualifier qualifier = TierQualifier.of(TierProgram.standard());
    Throwable byQualify = catchThrowable(() -> qualifier.qualify(facts, asOf));
    if (byQualify == null) {
      assertThat(qualifier.decide(facts, asOf)).isEqualTo(qualifier.qualify(facts, asOf).qualifiedTier());
    } else {
      assertThatThrownBy(() -> qualifier.decide(facts, asOf)).isInstanceOf(byQualify.getClass())
          .hasMessage(byQualify.getMessage());
    }
  }

  @Property(tries = 1000)
  void checksFromTemplatesEqualChecksBuiltFieldByField(@ForAll Random random, @ForAll("programs") TierProgram program,
      @ForAll @IntRange(min = 0, max = 2000) int asOfDay) {
    LocalDate asOf = START.plusDays(asOfDay);
    TierFacts facts = FactIndexProperties.history(random).knownOn(asOf);
    TierQualifier qualifier = TierQualifier.of(program);
    Qualification fast = qualifier.qualify(facts, asOf);
    Qualification eager = builtFieldByField(program, qualifier.measure(facts, asOf), asOf);
    assertThat(fast).isEqualTo(eager);
    assertThat(fast.explanation().render()).isEqualTo(eager.explanation().render());
    assertThat(PartnerOsJson.toTree(fast)).isEqualTo(PartnerOsJson.toTree(eager));
    for (Qualification.TierCheck check : eager.checks()) {
      assertThat(fast.check(check.tier()).flatMap(Qualification.TierCheck::requirement).map(RequirementCheck::fraction))
          .isEqualTo(check.requirement().map(RequirementCheck::fraction));
    }
  }

  /** The reference: every check built with builders, requirement by requirement, as qualifying always did. */
  private static Qualification builtFieldByField(TierProgram program, TierMetrics metrics, LocalDate asOf) {
    List<Qualification.TierCheck> checks = new ArrayList<>();
    Tier qualified = program.ladder().lowest();
    for (TierProgram.Level level : program.levels()) {
      Qualification.TierCheck.Builder check = new Qualification.TierCheck.Builder().tier(level.tier());
      if (level.criteria().isEmpty()) {
        check.met(true);
      } else {
        RequirementCheck requirement = evaluate(level.criteria().get(), metrics);
        check.met(requirement.met()).requirement(requirement);
        qualified = requirement.met() ? level.tier() : qualified;
      }
      checks.add(check.build());
    }
    return new Qualification.Builder().asOf(asOf).qualifiedTier(qualified).metrics(metrics).checks(checks).build();
  }

  private static RequirementCheck evaluate(Criterion criterion, TierMetrics metrics) {
    RequirementCheck.Builder check = new RequirementCheck.Builder().form(criterion.form());
    if (criterion.form() == Criterion.Form.THRESHOLD) {
      BigDecimal current = metrics.value(criterion.metric().get(), criterion.name()).orElse(null);
      BigDecimal min = criterion.min().get();
      return check.metric(criterion.metric().get()).name(criterion.name()).required(min)
          .current(Optional.ofNullable(current)).met(current != null && current.compareTo(min) >= 0).build();
    }
    boolean all = criterion.form() == Criterion.Form.ALL_OF;
    boolean met = all;
    for (Criterion child : criterion.children()) {
      RequirementCheck evaluated = evaluate(child, metrics);
      met = all ? met & evaluated.met() : met | evaluated.met();
      check.addChildren(evaluated);
    }
    return check.met(met).build();
  }

  @Property(tries = 5000)
  void theWindowStartsWhereDateRangeSays(@ForAll @IntRange(min = -800_000, max = 2_900_000) int epochDay,
      @ForAll @IntRange(min = 1, max = 1200) int months) {
    LocalDate asOf = LocalDate.ofEpochDay(epochDay);
    assertThat(CompiledCriteria.windowStart(asOf, months))
        .isEqualTo(DateRange.monthsEndingOn(months, asOf).startInclusive().toEpochDay());
  }

  private static Throwable catchThrowable(Runnable call) {
    try {
      call.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  /**
   * The standard program and programs whose three tiers share one random tree over every metric
   * (custom metrics named as in {@link FactIndexProperties#history(Random)}), each tier's bounds
   * at least those of the tier below, with windows of 1 to 36 months.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<TierProgram> programs() {
    Arbitrary<TierProgram> random = Arbitraries.randomValue(TierDecisionProperties::program);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(TierProgram.standard())),
        net.jqwik.api.Tuple.of(6, random));
  }

  static TierProgram program(Random random) {
    Shape shape = shape(random, 0);
    TierProgram.Builder builder = new TierProgram.Builder().windowMonths(1 + random.nextInt(36));
    builder.addLevels(TierProgram.Level.entry(Tier.REGISTERED));
    List<Tier> tiers = TierProgram.standard().ladder().tiers();
    for (int k = 1; k <= 3; k++) {
      builder.addLevels(TierProgram.Level.of(tiers.get(k), shape.at(k), k));
    }
    return builder.build();
  }

  /** A criterion tree whose bounds grow with the tier. */
  private interface Shape {
    Criterion at(int tier);
  }

  private static Shape shape(Random random, int depth) {
    if (depth < 2 && random.nextInt(3) > 0) {
      List<Shape> children = new ArrayList<>();
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        children.add(shape(random, depth + 1));
      }
      boolean all = random.nextBoolean();
      return tier -> {
        List<Criterion> built = new ArrayList<>();
        children.forEach(child -> built.add(child.at(tier)));
        return all ? Criterion.allOf(built) : Criterion.anyOf(built);
      };
    }
    Metric metric = Metric.values()[random.nextInt(Metric.values().length)];
    int base = random.nextInt(4);
    switch (metric.kind()) {
      case MONEY:
        long cents = 1 + random.nextInt(3_000_000);
        return tier -> Criterion.atLeast(metric, BigDecimal.valueOf(cents * (base + tier), 2));
      case COUNT:
        return tier -> Criterion.atLeast(metric, base + tier - 1);
      case SCORE:
        int score = random.nextInt(60) - (metric == Metric.NPS ? 40 : 0);
        return tier -> Criterion.atLeast(metric, BigDecimal.valueOf(score + 10L * tier));
      case FLAG:
        return tier -> tier >= 1 + base % 3 ? Criterion.required(metric) : Criterion.atLeast(metric, 0);
      default:
        String name = "metric-" + random.nextInt(4);
        int min = random.nextInt(500);
        return tier -> Criterion.custom(name, BigDecimal.valueOf(min * (long) tier, 2));
    }
  }
}
