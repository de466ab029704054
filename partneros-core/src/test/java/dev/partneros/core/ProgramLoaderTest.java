package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The strict program loader (docs/program-file.md#how-loading-validates)")
class ProgramLoaderTest {

  static final String YAML = String.join("\n",
      "program: Standard partner program",
      "version: \"2026.1\"",
      "effectiveFrom: 2026-01-01",
      "currency: USD",
      "rounding: HALF_UP",
      "fiscalYearStartMonth: 2",
      "tiers:",
      "  levels:",
      "    - tier: Silver",
      "      min: 25000",
      "    - tier: Gold",
      "      min: 100000.50",
      "      cap: {amount: \"10.00\", currency: USD}",
      "");

  static final String JSON = "{\"program\":\"P\",\"version\":\"1\",\"effectiveFrom\":\"2026-01-01\",\"currency\":\"EUR\","
      + "\"tiers\":{\"levels\":[{\"tier\":\"GOLD\",\"min\":1}]}}";

  final ProgramLoader loader = ProgramLoader.strict();

  static AbstractThrowableAssert<?, ? extends Throwable> assertProblems(Runnable load, String path, String code) {
    return assertThatThrownBy(load::run)
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code)
            .contains(tuple(path, code)));
  }

  @Test
  void loadsYamlHeaderAndSections() {
    ProgramDocument doc = loader.loadYaml(YAML);
    assertThat(doc.program()).isEqualTo("Standard partner program");
    assertThat(doc.version()).isEqualTo("2026.1");
    assertThat(doc.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(doc.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(doc.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(doc.fiscalCalendar().startMonth()).isEqualTo(Month.FEBRUARY);
    assertThat(doc.ladder()).isEqualTo(TierLadder.standard());
    assertThat(doc.sectionNames()).containsExactly("tiers");
    assertThat(doc.hasSection("health")).isFalse();
    // core alone: no module reads the section (the test reads it below with its own policy)
    assertThat(doc.warnings()).extracting(Problem::path, Problem::code).containsExactly(tuple("tiers", "not_checked"));
    SamplePolicy policy = doc.readSection("tiers", SamplePolicy.class).orElseThrow();
    assertThat(policy.levels()).extracting(SamplePolicy.Level::tier).containsExactly(Tier.SILVER, Tier.GOLD);
    assertThat(policy.levels().get(1).min()).isEqualByComparingTo("100000.50");
    assertThat(policy.levels().get(1).cap()).contains(Money.of("10.00", "USD"));
    assertThat(policy.ladder()).isEqualTo(TierLadder.standard());
    assertThat(doc.readSection("health", SamplePolicy.class)).isEmpty();
  }

  @Test
  void loadsJsonWithDefaults() {
    ProgramDocument doc = loader.loadJson(JSON);
    assertThat(doc.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(doc.fiscalCalendar()).isEqualTo(FiscalCalendar.calendarYear());
    assertThat(doc.description()).isEmpty();
    assertThat(doc).hasToString("P 1 (from 2026-01-01, EUR, sections [tiers])");
  }

  @Test
  void decimalsStayExactlyAsWritten_inJsonAndYaml() {
    String digits = "123456789012345678.123456789";
    SamplePolicy json = loader.loadJson(JSON.replace("\"min\":1", "\"min\":" + digits)).readSection("tiers",
        SamplePolicy.class).orElseThrow();
    SamplePolicy yaml = loader.loadYaml(YAML.replace("min: 25000", "min: " + digits)).readSection("tiers",
        SamplePolicy.class).orElseThrow();
    assertThat(json.levels().get(0).min().toPlainString()).isEqualTo(digits);
    assertThat(yaml.levels().get(0).min().toPlainString()).isEqualTo(digits);
    SamplePolicy scaled = loader.loadYaml(YAML.replace("min: 25000", "min: 0.30")).readSection("tiers",
        SamplePolicy.class).orElseThrow();
    assertThat(scaled.levels().get(0).min().toPlainString()).isEqualTo("0.30");
  }

  @Test
  void documentRoundTripsThroughItsTree() {
    ProgramDocument doc = loader.loadYaml(YAML);
    assertThat(ProgramDocument.fromTree(doc.toTree())).isEqualTo(doc);
    assertThat(loader.loadJson(doc.toTree().toString())).isEqualTo(doc);
  }

  @Test
  void loadsFromFilesByExtension(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("program.yml");
    Files.writeString(yaml, YAML);
    assertThat(loader.load(yaml).version()).isEqualTo("2026.1");
    Path json = dir.resolve("program.json");
    Files.writeString(json, JSON);
    assertThat(loader.load(json).version()).isEqualTo("1");
    Path txt = dir.resolve("program.txt");
    Files.writeString(txt, JSON);
    assertProblems(() -> loader.load(txt), "$", "unknown_format");
    assertProblems(() -> loader.load(dir.resolve("missing.json")), "$", "unreadable");
  }

  @Test
  @DisplayName("Regression: a missing program file is refused saying it does not exist (the message named "
      + "NoSuchFileException)")
  void aMissingFile_doesNotExist_inTheFilesWords(@TempDir Path dir) {
    Throwable thrown = catchThrowable(() -> loader.load(dir.resolve("missing.json")));
    assertThat(thrown).isInstanceOf(InvalidProgramException.class);
    Problem problem = ((InvalidProgramException) thrown).problems().get(0);
    assertThat(problem.path()).isEqualTo("$");
    assertThat(problem.code()).isEqualTo("unreadable");
    assertThat(problem.message()).isEqualTo("$ could not be read from missing.json: it does not exist");
  }

  @Test
  void refusesUnknownTopLevelFields() {
    assertProblems(() -> loader.loadJson(JSON.replace("\"currency\"", "\"colour\":1,\"currency\"")), "colour",
        "unknown_property")
        .hasMessageContaining("colour is not a field of the program: unknown field colour (header fields: currency, "
            + "description, effectiveFrom, fiscalYearStartMonth, ladder, program, rounding, version; sections: maturity,");
  }

  @Test
  void refusesUnknownFieldsInsideASection_withTheirPath() {
    ProgramDocument doc = loader.loadYaml(YAML.replace("      min: 25000", "      min: 25000\n      minn: 3"));
    assertProblems(() -> doc.readSection("tiers", SamplePolicy.class), "tiers.levels[0].minn", "unknown_property");
  }

  @Test
  void reportsAPolicysOwnCheckAtItsFullPath() {
    ProgramDocument doc = loader.loadYaml(YAML.replace("min: 100000.50", "min: -1"));
    assertProblems(() -> doc.readSection("tiers", SamplePolicy.class), "tiers.levels[1].min", "negative")
        .hasMessageContaining("tiers.levels[1].min must be >= 0, but was -1");
    ProgramDocument badTier = loader.loadYaml(YAML.replace("tier: Gold", "tier: \"9\""));
    assertProblems(() -> badTier.readSection("tiers", SamplePolicy.class), "tiers.levels[1].tier", "invalid_name");
    ProgramDocument badRate = loader.loadYaml(YAML.replace("min: 25000", "min: 25000\n      share: 1.5"));
    assertProblems(() -> badRate.readSection("tiers", SamplePolicy.class), "tiers.levels[0].share", "out_of_range")
        .hasMessageContaining("tiers.levels[0].share must be a fraction between 0 and 1 (0.25 = 25 %), but was 1.5");
    ProgramDocument badQuotedRate = loader.loadYaml(YAML.replace("min: 25000", "min: 25000\n      share: \"-0.5\""));
    assertProblems(() -> badQuotedRate.readSection("tiers", SamplePolicy.class), "tiers.levels[0].share",
        "out_of_range");
    ProgramDocument wrongType = loader.loadYaml(YAML.replace("min: 25000", "min: [1]"));
    assertProblems(() -> wrongType.readSection("tiers", SamplePolicy.class), "tiers.levels[0].min", "invalid_value");
    assertThatThrownBy(() -> doc.readSection("nonsense", SamplePolicy.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsEveryHeaderProblemAtOnce() {
    String bad = "{\"program\":\" \",\"effectiveFrom\":\"2026-13-01\",\"currency\":\"ZZZ\",\"rounding\":\"UNNECESSARY\","
        + "\"fiscalYearStartMonth\":13,\"ladder\":[\"A\"],\"health\":[]}";
    assertThatThrownBy(() -> loader.loadJson(bad))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactlyInAnyOrder(
                tuple("health", "invalid_value"),
                tuple("program", "blank"),
                tuple("version", "missing"),
                tuple("effectiveFrom", "invalid_value"),
                tuple("currency", "invalid_value"),
                tuple("rounding", "invalid_value"),
                tuple("fiscalYearStartMonth", "out_of_range"),
                tuple("ladder", "out_of_range")));
  }

  @Test
  void ladderFromTheHeader_withWarningsAndErrors() {
    ProgramDocument five = loader.loadJson(JSON.replace("{\"program\"",
        "{\"ladder\":[\"A\",\"B\",\"C\",\"D\",\"GOLD\"],\"program\""));
    assertThat(five.ladder().size()).isEqualTo(5);
    assertThat(five.warnings()).extracting(Problem::code).containsExactly("many_tiers", "not_checked");
    assertProblems(() -> loader.loadJson(JSON.replace("{\"program\"", "{\"ladder\":[\"A\",\"A\"],\"program\"")),
        "ladder[1]", "duplicate");
    assertProblems(() -> loader.loadJson(JSON.replace("{\"program\"", "{\"ladder\":[\"A\",7],\"program\"")),
        "ladder[1]", "invalid_name");
  }

  @Test
  void refusesDuplicateKeys_json() {
    assertProblems(() -> loader.loadJson("{\"program\":\"a\",\"program\":\"b\"}"), "program", "duplicate");
    assertProblems(() -> loader.loadJson(JSON.replace("{\"tier\":\"GOLD\",", "{\"tier\":\"GOLD\",\"tier\":\"GOLD\",")),
        "tiers.levels[0].tier", "duplicate");
  }

  @Test
  void refusesDuplicateKeys_yaml() {
    assertProblems(() -> loader.loadYaml(YAML + "currency: EUR\n"), "currency", "duplicate");
  }

  @Test
  void refusesTrailingTokens() {
    assertProblems(() -> loader.loadJson(JSON + " {}"), "$", "trailing_data");
    assertProblems(() -> loader.loadJson(JSON + " x"), "$", "syntax");
    assertProblems(() -> loader.loadYaml(YAML + "---\nprogram: second\n"), "$", "trailing_data");
  }

  @Test
  @DisplayName("Regression: a YAML key written as a list or an object is refused in the file's words (the message "
      + "named a SnakeYAML event class)")
  void refusesAYamlKeyThatIsAListOrAnObject_inTheFilesWords() {
    for (String key : new String[] {"[a, b]", "{a: b}"}) {
      Throwable thrown = catchThrowable(() -> loader.loadYaml(YAML + "? " + key + "\n: 1\n"));
      assertThat(thrown).isInstanceOf(InvalidProgramException.class);
      Problem problem = ((InvalidProgramException) thrown).problems().get(0);
      assertThat(problem.code()).isEqualTo("syntax");
      assertThat(problem.path()).isNotBlank();
      assertThat(problem.message()).doesNotContain("org.yaml", "Event", "<")
          .contains(key.startsWith("[") ? "got the start of a list instead" : "got the start of an object instead");
    }
  }

  @Test
  void refusesNanAndInfinity() {
    assertProblems(() -> loader.loadJson(JSON.replace("\"min\":1", "\"min\":NaN")), "tiers.levels[0].min", "invalid_value");
    assertProblems(() -> loader.loadJson(JSON.replace("\"min\":1", "\"min\":-Infinity")), "tiers.levels[0].min",
        "invalid_value");
    assertProblems(() -> loader.loadYaml(YAML.replace("min: 25000", "min: .nan")), "tiers.levels[0].min",
        "invalid_value");
    assertProblems(() -> loader.loadYaml(YAML.replace("min: 25000", "min: -.inf")), "tiers.levels[0].min",
        "invalid_value");
  }

  @Test
  void refusesBinaryFloatingPointNotation() {
    assertProblems(() -> loader.loadJson(JSON.replace("\"min\":1", "\"min\":2.5E4")), "tiers.levels[0].min",
        "invalid_value")
        .hasMessageContaining("must be a plain finite decimal such as 1234.50 (no exponent, NaN or infinity), but was 2.5E4");
    assertProblems(() -> loader.loadYaml(YAML.replace("min: 25000", "min: 2.5e+4")), "tiers.levels[0].min",
        "invalid_value");
  }

  @Test
  void refusesYamlTypeTags() {
    assertProblems(() -> loader.loadYaml(YAML.replace("min: 25000", "min: !!java.lang.Runtime 25000")),
        "tiers.levels[0].min", "type_tag");
    assertProblems(() -> loader.loadYaml("!!javax.script.ScriptEngineManager [ !!java.net.URLClassLoader [[ "
        + "!!java.net.URL [\"http://localhost/\"] ]] ]\n"), "$", "type_tag");
  }

  @Test
  @DisplayName("A class name where polymorphic typing would be abused is refused, never instantiated")
  void refusesClassNamesInJson() {
    String typed = JSON.replace("\"min\":1", "\"min\":1,\"cap\":[\"java.net.URL\",\"http://localhost/\"]");
    ProgramDocument doc = loader.loadJson(typed);
    assertProblems(() -> doc.readSection("tiers", SamplePolicy.class), "tiers.levels[0].cap", "invalid_value");
    String typedExplanation = "[\"dev.partneros.core.ImmutableExplanation\",{\"subject\":\"x\"}]";
    assertThatThrownBy(() -> PartnerOsJson.read(typedExplanation, Explanation.class))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).code()).isEqualTo("invalid_value"));
  }

  @Test
  void refusesYamlAnchorsAndAliases() {
    String anchored = YAML.replace("      min: 25000", "      min: &m 25000").replace("min: 100000.50", "min: *m");
    assertProblems(() -> loader.loadYaml(anchored), "tiers.levels[1].min", "yaml_anchor")
        .hasMessageContaining("tiers.levels[1].min must not use YAML aliases (write the value out), but was *m");
    String anchoredList = YAML.replace("  levels:", "  levels: &all");
    assertProblems(() -> loader.loadYaml(anchoredList), "tiers.levels", "yaml_anchor");
  }

  @Test
  void refusesOversizedDocuments_atTheLimit() {
    ProgramLoader small = ProgramLoader.withLimits(ProgramLoader.Limits.defaults().withMaxDocumentChars(JSON.length()));
    assertThat(small.loadJson(JSON).version()).isEqualTo("1");
    assertProblems(() -> small.loadJson(JSON + " "), "$", "too_large")
        .hasMessageContaining("$ must have at most " + JSON.length() + " characters");
    assertProblems(() -> small.load(new ByteArrayInputStream((JSON + "          ").getBytes(StandardCharsets.UTF_8)),
        ProgramLoader.Format.JSON), "$", "too_large");
  }

  @Test
  void refusesDeepNesting() {
    ProgramLoader shallow = ProgramLoader.withLimits(ProgramLoader.Limits.defaults().withMaxNestingDepth(4));
    assertThat(shallow.loadJson(JSON).version()).isEqualTo("1");
    String deep = JSON.replace("\"min\":1", "\"min\":[[1]]");
    assertThatThrownBy(() -> shallow.loadJson(deep))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems().get(0).code()).isEqualTo("too_large"))
        .hasMessageContaining("tiers.levels[0].min");
    String yamlDeep = "program: x\nnested: " + "[".repeat(100) + "]".repeat(100) + "\n";
    assertThatThrownBy(() -> loader.loadYaml(yamlDeep))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems().get(0).code()).isEqualTo("too_large"))
        .hasMessageContaining("nested[0][0]");
  }

  @Test
  void refusesOverlongNumbersAndStrings() {
    assertProblems(() -> loader.loadJson(JSON.replace("\"min\":1", "\"min\":1" + "0".repeat(60))),
        "tiers.levels[0].min", "too_large");
    // Keys count as strings too: the limit stays above the longest key of the document (13).
    ProgramLoader tight = ProgramLoader.withLimits(ProgramLoader.Limits.defaults().withMaxStringLength(15));
    assertProblems(() -> tight.loadJson(JSON.replace("\"program\":\"P\"", "\"program\":\"" + "P".repeat(16) + "\"")),
        "program", "too_large");
  }

  @Test
  void refusesOverlongLists() {
    ProgramLoader tight = ProgramLoader.withLimits(ProgramLoader.Limits.defaults().withMaxListLength(2));
    assertThat(tight.loadJson(JSON.replace("\"min\":1", "\"min\":1,\"x\":[1,2]")).version()).isEqualTo("1");
    assertProblems(() -> tight.loadJson(JSON.replace("\"min\":1", "\"min\":1,\"x\":[1,2,3]")),
        "tiers.levels[0].x", "too_large");
  }

  @Test
  void refusesNonUtf8AndEmptyAndNonObjects() {
    byte[] latin1 = "{\"program\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertProblems(() -> loader.load(new ByteArrayInputStream(latin1), ProgramLoader.Format.JSON), "$", "not_utf8");
    assertProblems(() -> loader.loadJson(""), "$", "empty");
    assertProblems(() -> loader.loadYaml(""), "$", "empty");
    assertProblems(() -> loader.loadJson("[1,2]"), "$", "invalid_value");
    // The value missing after a key is reported at that key.
    assertProblems(() -> loader.loadJson("{\"program\": "), "program", "syntax").hasMessageContaining("line 1");
    assertProblems(() -> loader.loadYaml("program: [unclosed\n"), "program[0]", "syntax").hasMessageContaining("line");
  }

  @Test
  void limits_validateThemselves() {
    assertThatThrownBy(() -> ProgramLoader.Limits.defaults().withMaxNestingDepth(1))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("maxNestingDepth must be between 2 and 1000, but was 1");
    assertThat(ProgramLoader.strict().limits().maxListLength()).isEqualTo(10_000);
  }

  @Test
  void withSection_replacesASection() {
    ProgramDocument doc = loader.loadJson(JSON);
    ProgramDocument changed = doc.withSection("tiers", loader.parse("{\"levels\":[]}", ProgramLoader.Format.JSON));
    assertThat(changed.readSection("tiers", SamplePolicy.class).orElseThrow().levels()).isEmpty();
    assertThat(doc.readSection("tiers", SamplePolicy.class).orElseThrow().levels()).hasSize(1);
    assertThat(doc.section("tiers")).isPresent();
    assertThat(List.copyOf(ProgramDocument.SECTION_NAMES)).hasSize(13);
  }
}
