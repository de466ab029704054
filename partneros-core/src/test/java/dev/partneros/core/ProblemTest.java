package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Problems, paths and the collector (docs/rules/conventions.md#validation-and-problems)")
class ProblemTest {

  @Test
  void fieldPath_rendersJsonStylePaths() {
    FieldPath path = FieldPath.root().field("tiers").index(2).field("criteria").field("anyOf").index(0).field("min");
    assertThat(path).hasToString("tiers[2].criteria.anyOf[0].min");
    assertThat(FieldPath.root()).hasToString("$");
    assertThat(FieldPath.root().field("metrics").key("Custom KPI")).hasToString("metrics[\"Custom KPI\"]");
    assertThat(FieldPath.root().field("a b")).hasToString("[\"a b\"]");
    assertThat(FieldPath.of("tiers").resolve(FieldPath.of("[2].min"))).hasToString("tiers[2].min");
    assertThat(FieldPath.of("tiers").resolve(FieldPath.of("min"))).hasToString("tiers.min");
    assertThat(FieldPath.of("$").isRoot()).isTrue();
    assertThatThrownBy(() -> FieldPath.root().index(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problem_messageFollowsPathMustRuleButWasValue() {
    Problem problem = Problem.error(FieldPath.of("tiers[2].min"), CoreProblemCode.NEGATIVE, "be >= 0", "-5");
    assertThat(problem.message()).isEqualTo("tiers[2].min must be >= 0, but was -5");
    assertThat(problem.rejectedValue()).contains("-5");
    assertThat(problem.isError()).isTrue();
    assertThat(Problem.error(FieldPath.of("x"), CoreProblemCode.MISSING, "be present", null).message())
        .isEqualTo("x must be present, but was missing");
    Problem warning = Problem.warning(FieldPath.of("ladder"), CoreProblemCode.MANY_TIERS, "have at most 4 tiers", 5);
    assertThat(warning.message()).isEqualTo("ladder should have at most 4 tiers, but was 5");
    assertThat(warning).hasToString("warning: ladder should have at most 4 tiers, but was 5");
    assertThat(Problem.error(FieldPath.of("x"), CoreProblemCode.OUT_OF_RANGE, "be short", "y".repeat(300)).rejectedValue().get()).hasSize(203);
  }

  @Test
  void problem_underMovesItsPath() {
    Problem problem = Problem.error(FieldPath.of("min"), CoreProblemCode.NEGATIVE, "be >= 0", "-5");
    Problem moved = problem.under(FieldPath.of("tiers[2]"));
    assertThat(moved.path()).isEqualTo("tiers[2].min");
    assertThat(moved.message()).isEqualTo("tiers[2].min must be >= 0, but was -5");
    Problem root = Problem.error(FieldPath.root(), CoreProblemCode.INVALID_VALUE, "be y", "z").under(FieldPath.of("a"));
    assertThat(root.message()).isEqualTo("a must be y, but was z");
  }

  @Test
  void problem_jsonRoundTrips() {
    Problem problem = Problem.error(FieldPath.of("a[1]"), CoreProblemCode.NEGATIVE, "be >= 0", "-5");
    assertThat(PartnerOsJson.read(PartnerOsJson.write(problem), Problem.class)).isEqualTo(problem);
    Problem noValue = Problem.error(FieldPath.of("a"), CoreProblemCode.MISSING, "be present", null);
    assertThat(PartnerOsJson.read(PartnerOsJson.write(noValue), Problem.class)).isEqualTo(noValue);
  }

  @Test
  void collector_gathersEveryProblem_andThrowsOnlyForErrors() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.of("a"), new BigDecimal("-1"));
    problems.requireInRange(FieldPath.of("b"), new BigDecimal("1.5"), BigDecimal.ZERO, BigDecimal.ONE);
    problems.requireNotBlank(FieldPath.of("c"), "");
    problems.requirePresent(FieldPath.of("d"), null);
    problems.requireInRange(FieldPath.of("e"), 7, 1, 6);
    problems.requireNonNegative(FieldPath.of("f"), Money.of("-1.00", "USD"));
    assertThat(problems.problems()).extracting(Problem::message).containsExactly(
        "a must be >= 0, but was -1",
        "b must be between 0 and 1, but was 1.5",
        "c must not be blank, but was \"\"",
        "d must be present, but was missing",
        "e must be between 1 and 6, but was 7",
        "f must be >= 0, but was -1.00 USD");
    assertThatThrownBy(() -> problems.throwIfErrors(InvalidProgramException::new))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems()).hasSize(6))
        .hasMessageStartingWith("invalid program (6 problems):\n  - a must be >= 0, but was -1");

    ProblemCollector onlyWarnings = new ProblemCollector();
    onlyWarnings.warnUnless(false, FieldPath.of("w"), CoreProblemCode.MANY_TIERS, "be nicer", "x");
    onlyWarnings.throwIfErrors(InvalidProgramException::new);
    assertThat(onlyWarnings.hasErrors()).isFalse();
    assertThat(onlyWarnings.warnings()).hasSize(1);
    ProblemCollector nested = new ProblemCollector().addAll(FieldPath.of("tiers[1]"),
        List.of(Problem.error(FieldPath.of("min"), CoreProblemCode.NEGATIVE, "be >= 0", -1)));
    assertThat(nested.problems().get(0).path()).isEqualTo("tiers[1].min");
  }

  @Test
  void problem_carriesTheCatalogueCodeAsText() {
    Problem problem = Problem.error(FieldPath.of("a"), CoreProblemCode.OUT_OF_RANGE, "be <= 1", 2);
    Problem warning = Problem.warning(FieldPath.of("a"), CoreProblemCode.MANY_TIERS, "have fewer", 9);
    Problem parsed = Problem.ofMessage(FieldPath.of("a"), CoreProblemCode.SYNTAX, "is not well-formed", null);

    assertThat(problem.code()).isEqualTo("out_of_range");
    assertThat(warning.code()).isEqualTo("many_tiers");
    assertThat(parsed.code()).isEqualTo("syntax");
    assertThat(PartnerOsJson.write(problem)).containsPattern("\"code\"\\s*:\\s*\"out_of_range\"");
  }

  /** A catalogue with a badly spelt code, to show that no problem carries it. */
  enum Misspelt implements ProblemCode {
    OUT_OF_RANGE;

    @Override
    public String code() {
      return "Out-Of-Range";
    }

    @Override
    public String meaning() {
      return "a badly spelt code";
    }
  }

  @Test
  void problem_codeNotSnakeCase_isRefusedNamingIt() {
    assertThatThrownBy(() -> Problem.error(FieldPath.of("a"), Misspelt.OUT_OF_RANGE, "be y", "z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a problem code must be snake_case, but was \"Out-Of-Range\"");
    assertThatThrownBy(() -> Problem.ofMessage(FieldPath.of("a"), Misspelt.OUT_OF_RANGE, "is wrong", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problem_codeNotFromACatalogueEnum_isRefused() {
    ProblemCode free = new ProblemCode() {
      @Override
      public String code() {
        return "out_of_range";
      }

      @Override
      public String meaning() {
        return "a code made up on the spot";
      }
    };

    assertThatThrownBy(() -> Problem.warning(FieldPath.of("a"), free, "be y", "z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a problem code must be a constant of a catalogue enum (docs/problems.md), but was ");
  }

  @Test
  void coreCatalogue_codesAreSnakeCaseUniqueAndExplained() {
    assertThat(CoreProblemCode.values()).allSatisfy(c -> {
      assertThat(c.code()).as(c.name()).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")
          .isEqualTo(c.name().toLowerCase(java.util.Locale.ROOT));
      assertThat(c.meaning()).as(c.name()).isNotBlank().doesNotEndWith(".");
    });
  }

  @Test
  void exceptions_needAtLeastOneProblem() {
    assertThatThrownBy(() -> new InvalidFactsException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
