package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.internal.Suggestions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An unknown field is refused with the nearest known name (docs/program-file.md#did-you-mean)")
class DidYouMeanTest {

  static final String HEADER = ProgramLoaderSectionsTest.HEADER;
  static final String TIERS = ProgramLoaderSectionsTest.TIERS;

  final ProgramLoader loader = ProgramLoader.strict().withSectionReaders(List.of(new SampleSectionReader("tiers")));

  static Problem only(Runnable load) {
    List<Problem> problems = ProgramLoaderSectionsTest.problems(load);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void aMisspeltHeaderField() {
    Problem problem = only(() -> loader.loadYaml(HEADER.replace("currency:", "curency:") + "currency: USD\n"));
    assertThat(problem.path()).isEqualTo("curency");
    assertThat(problem.code()).isEqualTo("unknown_property");
    assertThat(problem.rejectedValue()).contains("curency");
    assertThat(problem.message()).startsWith("curency is not a field of the program: unknown field curency, did you "
        + "mean currency? (header fields: currency, description, effectiveFrom, fiscalYearStartMonth, ladder, program, "
        + "rounding, version; sections: maturity, ipp, selection, scorecard, health, segments, kpis, tiers, benefits, "
        + "mdf, attribution, commission, clawback)");
  }

  @Test
  void aMisspeltSectionName_inAnyCase() {
    assertThat(only(() -> loader.loadYaml(HEADER + "comission: {}\n")).message())
        .contains("unknown field comission, did you mean commission?");
    assertThat(only(() -> loader.loadYaml(HEADER + TIERS.replace("tiers:", "Tiers:"))).message())
        .contains("unknown field Tiers, did you mean tiers?");
    assertThat(only(() -> loader.loadYaml(HEADER + "colour: red\n")).message())
        .as("nothing near enough: no suggestion").contains("unknown field colour (header fields:")
        .doesNotContain("did you mean");
  }

  @Test
  void aMisspeltFieldOfASection() {
    Problem problem = only(() -> loader.loadYaml(HEADER + TIERS.replace("levels:", "levls:")));
    assertThat(problem.path()).isEqualTo("tiers.levls");
    assertThat(problem.message()).isEqualTo("tiers.levls is not a field of tiers: unknown field levls, did you mean "
        + "levels? (known fields: ladder, levels)");
  }

  @Test
  void aMisspeltFieldOfAListElement_isNotAlsoReportedMissing() {
    Problem problem = only(() -> loader.loadYaml(HEADER + TIERS.replace("{tier: GOLD, min: 100000}",
        "{tier: GOLD, mni: 100000}")));
    assertThat(problem.path()).isEqualTo("tiers.levels[1].mni");
    assertThat(problem.message()).isEqualTo("tiers.levels[1].mni is not a field of tiers.levels[1]: unknown field mni, "
        + "did you mean min? (known fields: cap, min, share, tier)");
  }

  @Test
  void everyUnknownFieldOfASection_atOnce_besideItsOtherProblems() {
    String text = HEADER + TIERS.replace("{tier: SILVER, min: 25000}", "{tier: SILVER, min: -1, shar: 0.5}")
        .replace("{tier: GOLD, min: 100000}", "{tier: GOLD, min: 100000, kap: 1, colour: red}");
    assertThat(ProgramLoaderSectionsTest.problems(() -> loader.loadYaml(text)))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tiers.levels[0].shar", "unknown_property"),
            tuple("tiers.levels[1].kap", "unknown_property"), tuple("tiers.levels[1].colour", "unknown_property"),
            tuple("tiers.levels[0].min", "negative"));
  }

  @Test
  void readingAValueOutsideAProgram_namesEveryKnownField() {
    List<Problem> problems = ProgramLoaderSectionsTest.problems2(
        () -> PartnerOsJson.read("{\"tier\":\"GOLD\",\"min\":1,\"shaer\":0.5}", SamplePolicy.Level.class));
    assertThat(problems).extracting(Problem::path, Problem::code).containsExactly(tuple("shaer", "unknown_property"));
    assertThat(problems.get(0).message()).isEqualTo("shaer is not a field of the document: unknown field shaer, did "
        + "you mean share? (known fields: cap, min, share, tier)");
  }

  @Test
  void aWrongType_isNamedInTheFilesWords() {
    ProgramDocument doc = ProgramLoader.strict().loadYaml(HEADER + TIERS.replace("min: 25000", "min: [1]"));
    assertThat(ProgramLoaderSectionsTest.problems(() -> doc.readSection("tiers", SamplePolicy.class)))
        .extracting(Problem::message)
        .containsExactly("tiers.levels[0].min must be a plain decimal number, but was a list");
  }

  @Test
  void theCutOff_growsWithTheLength_atAndEitherSideOfEachStep() {
    assertThat(List.of(1, 4, 5, 8, 9, 40).stream().map(Suggestions::cutOff).toList()).containsExactly(1, 1, 2, 2, 3, 3);
    List<String> known = List.of("curve");
    assertThat(Suggestions.nearest("cuve", known)).as("4 letters, 1 edit").contains("curve");
    assertThat(Suggestions.nearest("cxve", known)).as("4 letters, 2 edits").isEmpty();
    assertThat(Suggestions.nearest("cxrvz", known)).as("5 letters, 2 edits").contains("curve");
    assertThat(Suggestions.nearest("cxrxz", known)).as("5 letters, 3 edits").isEmpty();
    assertThat(Suggestions.nearest("flatTolerence", List.of("flatTolerance"))).contains("flatTolerance");
    assertThat(Suggestions.nearest("fltaTolernc", List.of("flatTolerance"))).as("9+ letters, 3 edits")
        .contains("flatTolerance");
    assertThat(Suggestions.nearest("fltaTolrnc", List.of("flatTolerance"))).as("9+ letters, 4 edits").isEmpty();
  }

  @Test
  void theDistance_countsASwapOnce_andIgnoresCase() {
    assertThat(Suggestions.distance("fraction", "fraction")).isZero();
    assertThat(Suggestions.distance("Fraction", "fRACTION")).isZero();
    assertThat(Suggestions.distance("fraction", "farction")).isEqualTo(1);
    assertThat(Suggestions.distance("fraction", "fraktion")).isEqualTo(1);
    assertThat(Suggestions.distance("fraction", "fractions")).isEqualTo(1);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.nearest("min", List.of("max", "mint", "minimum"))).as("the nearest, not the first")
        .contains("mint");
    assertThat(Suggestions.nearest("mix", List.of("max", "min"))).as("a tie: the first given").contains("max");
  }
}
