package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.spi.SectionReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Loading checks every section through the section readers (docs/program-file.md#how-loading-validates)")
class ProgramLoaderSectionsTest {

  static final String HEADER = "program: P\nversion: \"1\"\neffectiveFrom: 2026-01-01\ncurrency: USD\n";
  static final String TIERS = "tiers:\n  levels:\n    - {tier: SILVER, min: 25000}\n    - {tier: GOLD, min: 100000}\n";
  static final String HEALTH = "health:\n  levels:\n    - {tier: GOLD, min: 5}\n";

  final ProgramLoader twoModules = ProgramLoader.strict()
      .withSectionReaders(List.of(new SampleSectionReader("tiers"), new SampleSectionReader("health")));

  static List<Problem> problems(Runnable load) {
    try {
      load.run();
    } catch (InvalidProgramException e) {
      return e.problems();
    }
    throw new AssertionError("expected an InvalidProgramException");
  }

  static List<Problem> problems2(Runnable read) {
    try {
      read.run();
    } catch (PartnerOsException e) {
      return e.problems();
    }
    throw new AssertionError("expected a PartnerOsException");
  }

  @Test
  void coreAlone_loadsAProgramWithSections_andWarnsOfEachSectionNoModuleChecks() {
    assertThat(ProgramLoader.strict().sectionReaders()).as("no module on core's test path").isEmpty();
    ProgramDocument doc = ProgramLoader.strict().loadYaml(HEADER + TIERS + HEALTH + "commission: {x: 1}\n");
    assertThat(doc.sectionNames()).containsExactly("tiers", "health", "commission");
    assertThat(doc.warnings()).extracting(Problem::path, Problem::code).containsExactly(
        tuple("tiers", "not_checked"), tuple("health", "not_checked"), tuple("commission", "not_checked"));
    assertThat(doc.warnings()).extracting(Problem::message).satisfiesExactly(
        m -> assertThat(m).startsWith("tiers should be checked by partneros-tiers, which is not on the class or "
            + "module path"),
        m -> assertThat(m).contains("partneros-scoring"),
        m -> assertThat(m).contains("partneros-attribution"));
    assertThat(ProgramLoader.strict().loadYaml(HEADER).warnings()).as("no section, nothing unchecked").isEmpty();
  }

  @Test
  void everyProblemOfTheHeaderAndOfEverySection_inOneException() {
    String bad = HEADER.replace("program: P\n", "") + TIERS.replace("min: 100000", "min: -1")
        + HEALTH.replace("levels:", "levls:");
    assertThat(problems(() -> twoModules.loadYaml(bad))).extracting(Problem::path, Problem::code).containsExactly(
        tuple("program", "missing"),
        tuple("health.levls", "unknown_property"),
        tuple("tiers.levels[1].min", "negative"));
  }

  @Test
  void aValidProgram_loadsWithEverySectionChecked() {
    ProgramDocument doc = twoModules.loadYaml(HEADER + TIERS + HEALTH);
    assertThat(doc.warnings()).isEmpty();
    assertThat(twoModules.check(doc)).isEmpty();
    assertThat(twoModules.sectionReaders()).extracting(SectionReader::sections)
        .as("in the order of SECTION_NAMES").containsExactly(List.of("health"), List.of("tiers"));
  }

  @Test
  void aReaderRuns_forAnAbsentSectionToo() {
    String fiveTiers = HEADER + "ladder: [A, B]\n";
    assertThat(problems(() -> twoModules.loadYaml(fiveTiers))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("health", "missing"), tuple("tiers", "missing"));
    assertThat(ProgramLoader.strict().loadYaml(fiveTiers).warnings()).isEmpty();
  }

  @Test
  void sectionsAreNotRead_whenTheHeaderTheyAreReadAgainstIsWrong() {
    AtomicInteger calls = new AtomicInteger();
    SectionReader counting = new SectionReader() {
      @Override
      public List<String> sections() {
        return List.of("tiers");
      }

      @Override
      public String module() {
        return "counting";
      }

      @Override
      public List<Problem> read(ProgramDocument document) {
        calls.incrementAndGet();
        return List.of();
      }
    };
    ProgramLoader loader = ProgramLoader.strict().withSectionReaders(List.of(counting));
    assertThat(problems(() -> loader.loadYaml(HEADER.replace("USD", "USDX") + TIERS)))
        .extracting(Problem::path).containsExactly("currency");
    assertThat(calls).hasValue(0);
    // a wrong name, version or date does not stop the sections being read
    assertThat(problems(() -> loader.loadYaml(HEADER.replace("2026-01-01", "2026-02-30") + TIERS)))
        .extracting(Problem::path).containsExactly("effectiveFrom");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aReaderThatThrows_hasItsProblemsReported_andReadersGivenTwiceRunOnce() {
    SectionReader throwing = new SectionReader() {
      @Override
      public List<String> sections() {
        return List.of("mdf");
      }

      @Override
      public String module() {
        return "throwing";
      }

      @Override
      public List<Problem> read(ProgramDocument document) {
        throw new InvalidProgramException(List.of(Problem.error(FieldPath.root().field("mdf").field("x"), CoreProblemCode.INVALID_VALUE,
            "be valid", "1")));
      }
    };
    ProgramLoader loader = ProgramLoader.strict().withSectionReaders(List.of(throwing, throwing,
        new SampleSectionReader("tiers"), new SampleSectionReader("tiers")));
    assertThat(loader.sectionReaders()).hasSize(2);
    assertThat(problems(() -> loader.loadYaml(HEADER + TIERS.replace("min: 25000", "min: -2"))))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tiers.levels[0].min", "negative"), tuple("mdf.x", "invalid_value"));
  }

  @Test
  void check_givesADocumentBuiltInMemoryTheAnswerLoadingGives() {
    String bad = HEADER + TIERS.replace("min: 100000", "min: -1");
    ProgramDocument unchecked = ProgramDocument.fromTree(twoModules.parse(bad, ProgramLoader.Format.YAML));
    assertThat(twoModules.check(unchecked)).isEqualTo(problems(() -> twoModules.loadYaml(bad)));
    ProgramDocument edited = twoModules.loadYaml(HEADER).withSection("health",
        twoModules.parse("levels: [{tier: GOLD, mn: 1}]", ProgramLoader.Format.YAML));
    assertThat(twoModules.check(edited)).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("health.levels[0].mn", "unknown_property"));
  }

  @Test
  void validate_reportsEveryFile_thenTheHistory(@TempDir Path dir) throws Exception {
    Path first = Files.writeString(dir.resolve("first.yaml"), HEADER + TIERS);
    Path bad = Files.writeString(dir.resolve("bad.yaml"), HEADER.replace("\"1\"", "\"2\"").replace("01-01", "07-01")
        + TIERS.replace("min: 25000", "min: -5"));
    Path sameDay = Files.writeString(dir.resolve("same-day.yaml"), HEADER.replace("\"1\"", "\"3\"") + TIERS);
    Path second = Files.writeString(dir.resolve("second.json"), "{\"program\":\"P\",\"version\":\"2\","
        + "\"effectiveFrom\":\"2026-07-01\",\"currency\":\"USD\"}");

    ProgramValidation withBadFile = twoModules.validate(List.of(first, bad));
    assertThat(withBadFile.isValid()).isFalse();
    assertThat(withBadFile.sources()).extracting(ProgramValidation.Source::name).containsExactly("first.yaml", "bad.yaml");
    assertThat(withBadFile.sources().get(1).problems()).extracting(Problem::path).containsExactly("tiers.levels[0].min");
    assertThat(withBadFile.historyProblems()).as("not checked while a file is bad").isEmpty();
    assertThat(withBadFile.problems()).extracting(Problem::path).containsExactly("versions[1].tiers.levels[0].min");
    assertThatThrownBy(() -> twoModules.loadHistory(List.of(first, bad)))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("versions[1].tiers.levels[0].min must be >= 0, but was -5");

    ProgramValidation overlapping = twoModules.validate(List.of(first, sameDay));
    assertThat(overlapping.problems()).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("versions[1].effectiveFrom", "duplicate"));

    ProgramHistory history = twoModules.loadHistory(List.of(second, first));
    assertThat(history.versions()).extracting(ProgramDocument::version).containsExactly("1", "2");
    ProgramValidation one = twoModules.validate(List.of(bad));
    assertThat(one.problems()).extracting(Problem::path).as("one file: paths from its top")
        .containsExactly("tiers.levels[0].min");
    assertThatThrownBy(() -> twoModules.validate(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
