package dev.partneros.attribution.commission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Explanation;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.internal.ProblemCollector;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Explanations on request ({@code docs/rules/commission.md#explanations-on-request}): a line's or
 * clawback's explanation is built when first asked for from values stored on it, the same each time
 * it is asked for, the same after a JSON round trip, and what builds it reaches none of the run's
 * working state. (That it is the text the eager calculator wrote is {@link ExplanationSnapshotTest}.)
 */
@Domain(CommissionDomain.class)
@Domain(DomainContext.Global.class)
class LazyExplanationProperties {

  @Property(tries = 300)
  void explanationsAreBuiltOnRequestFromStoredValues(@ForAll CommissionDomain.Scenario scenario,
      @ForAll CommissionPlan plan) {
    CommissionResult result = CommissionCalculator.of(plan).calculate(scenario.facts, scenario.asOf);
    CommissionResult read = PartnerOsJson.read(PartnerOsJson.write(result), CommissionResult.class);
    Statistics.label("lines").collect(result.lines().isEmpty() ? "none" : "some");
    for (int i = 0; i < result.lines().size(); i++) {
      CommissionLine line = result.lines().get(i);
      Explanation first = line.explanation();
      assertThat(line.explanation()).isEqualTo(first);
      assertThat(read.lines().get(i).explanation()).isEqualTo(first);
      assertThat(first.subject()).isEqualTo("commission line " + line.id());
      assertThat(first.steps().get(first.steps().size() - 1).outcome()).isEqualTo(line.status().toString());
      assertNoWorkingState(line.explanationSource());
    }
    for (int i = 0; i < result.clawbacks().size(); i++) {
      ClawbackDecision decision = result.clawbacks().get(i);
      assertThat(read.clawbacks().get(i).explanation()).isEqualTo(decision.explanation());
      assertNoWorkingState(decision.explanationSource());
    }
  }

  /**
   * Walks what an explanation source reaches and checks it holds values only: no object of the
   * run's classes other than the step records, no facts, no problem collector, no lambda.
   */
  private static void assertNoWorkingState(Supplier<Explanation> source) {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> todo = new ArrayDeque<>(List.of(source));
    while (!todo.isEmpty()) {
      Object value = todo.pop();
      if (seen.put(value, Boolean.TRUE) != null) {
        continue;
      }
      Class<?> type = value.getClass();
      assertThat(type.isSynthetic() || type.getName().contains("$$Lambda"))
          .as("a lambda reached from an explanation source: %s", type).isFalse();
      assertThat(value).isNotInstanceOfAny(CommissionFacts.class, ProblemCollector.class);
      if (type.getName().startsWith("dev.partneros.attribution.commission.internal.")) {
        assertThat(type.isRecord()).as("working state reached from an explanation source: %s", type).isTrue();
      }
      if (!type.getName().startsWith("dev.partneros.")) {
        if (value instanceof Collection<?> items) {
          items.forEach(item -> push(todo, item));
        }
        continue; // JDK values (strings, numbers, dates, currencies) hold nothing of the run
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
            continue;
          }
          try {
            field.setAccessible(true);
            push(todo, field.get(value));
          } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AssertionError("cannot read " + field, e);
          }
        }
      }
    }
  }

  private static void push(Deque<Object> todo, Object value) {
    if (value != null && !(value instanceof Enum<?>)) {
      todo.push(value);
    }
  }
}
