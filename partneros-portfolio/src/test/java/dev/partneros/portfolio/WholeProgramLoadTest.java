package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.spi.SectionReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Loading a program checks all 13 sections through their modules (docs/program-file.md#how-loading-validates)")
class WholeProgramLoadTest {

  static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  static void rename(ObjectNode node, String from, String to) {
    node.set(to, node.remove(from));
  }

  static List<Problem> problems(String json) {
    try {
      ProgramLoader.strict().loadJson(json);
    } catch (InvalidProgramException e) {
      return e.problems();
    }
    throw new AssertionError("expected the program to be refused");
  }

  @Test
  void theModulesOnThePath_readEverySection() {
    List<SectionReader> readers = ProgramLoader.strict().sectionReaders();
    assertThat(readers).extracting(SectionReader::module)
        .containsExactly("partneros-scoring", "partneros-tiers", "partneros-attribution");
    assertThat(readers.stream().flatMap(r -> r.sections().stream()).toList())
        .containsExactlyElementsOf(ProgramDocument.SECTION_NAMES);
    assertThat(ProgramDocument.standard().warnings()).isEmpty();
  }

  @Test
  void oneErrorInEachOfTheThirteenSections_thirteenProblemsFromOneLoad() {
    ObjectNode tree = ProgramDocument.standard().toTree();
    at(tree, "/maturity/items/0").put("stage", "NOPE");
    at(tree, "/ipp").put("excellentFrom", 101);
    at(tree, "/selection").put("qualificationScaleMin", -1);
    at(tree, "/scorecard").put("gapTarget", 6);
    at(tree, "/health").put("flatTolerance", new BigDecimal("-0.1"));
    rename(at(tree, "/segments"), "valueThreshold", "valueTreshold");
    at(tree, "/kpis/targets").putObject("NOT_A_KPI").put("min", 1);
    at(tree, "/tiers").put("windowMonths", 0);
    rename(at(tree, "/benefits/GOLD"), "commissionRate", "comissionRate");
    at(tree, "/mdf").put("disbursementDays", -1);
    at(tree, "/attribution").put("registrationWindowDays", -1);
    at(tree, "/commission/payout").put("trialDays", 0);
    at(tree, "/clawback/schedule/0").put("fraction", new BigDecimal("1.5"));

    List<Problem> problems = problems(tree.toString());

    assertThat(problems).extracting(Problem::path, Problem::code).containsExactly(
        tuple("maturity.items[0].stage", "invalid_value"),
        tuple("ipp.excellentFrom", "not_increasing"),
        tuple("selection.qualificationScaleMin", "negative"),
        tuple("scorecard.gapTarget", "out_of_range"),
        tuple("health.flatTolerance", "out_of_range"),
        tuple("segments.valueTreshold", "unknown_property"),
        tuple("kpis.targets", "invalid_value"),
        tuple("tiers.windowMonths", "out_of_range"),
        tuple("benefits.GOLD.comissionRate", "unknown_property"),
        tuple("mdf.disbursementDays", "out_of_range"),
        tuple("attribution.registrationWindowDays", "out_of_range"),
        tuple("commission.payout.trialDays", "out_of_range"),
        tuple("clawback.schedule[0].fraction", "out_of_range"));
    assertThat(new TreeSet<>(problems.stream().map(p -> p.path().split("[.\\[]")[0]).toList()))
        .containsExactlyInAnyOrderElementsOf(ProgramDocument.SECTION_NAMES);
    assertThat(problems.get(5).message()).contains("unknown field valueTreshold, did you mean valueThreshold?");
    assertThat(problems.get(8).message()).contains("unknown field comissionRate, did you mean commissionRate?");
  }

  @Test
  void crossSectionChecks_runAtLoad() {
    ObjectNode tree = ProgramDocument.standard().toTree();
    tree.putArray("ladder").add("BASIC").add("PRO");
    tree.remove(List.of("tiers", "benefits", "mdf"));
    assertThat(problems(tree.toString())).extracting(Problem::path, Problem::code).containsExactly(
        tuple("tiers", "missing"), tuple("benefits", "missing"), tuple("mdf", "missing"));

    ObjectNode offLadder = ProgramDocument.standard().toTree();
    at(offLadder, "/tiers").put("overrideTier", "DIAMOND");
    assertThat(problems(offLadder.toString())).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tiers.overrideTier", "unknown_tier"));
  }

  @Test
  void misspeltFields_atEveryDepth_getTheRightName() {
    ObjectNode tree = ProgramDocument.standard().toTree();
    rename(at(tree, "/health"), "curve", "curv");
    rename(at(tree, "/tiers/levels/2/criteria/allOf/1"), "metric", "metrc");
    rename(tree, "clawback", "clawbak");
    List<Problem> problems = problems(tree.toString());
    assertThat(problems).extracting(Problem::path).containsExactly("clawbak", "health.curv",
        "tiers.levels[2].criteria.allOf[1].metrc");
    assertThat(problems).extracting(Problem::message).satisfiesExactly(
        m -> assertThat(m).contains("unknown field clawbak, did you mean clawback?"),
        m -> assertThat(m).contains("unknown field curv, did you mean curve?"),
        m -> assertThat(m).contains("unknown field metrc, did you mean metric?"));
  }
}
