package dev.partneros.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.TestPrograms;
import dev.partneros.core.spi.SectionReader;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("partneros-scoring checks its sections when a program is loaded (docs/program-file.md#section-readers)")
class ScoringSectionReaderTest {

  final SectionReader reader = new ScoringSectionReader();

  @Test
  void isFoundByTheServiceLoader_andReadsItsSections() {
    assertThat(ProgramLoader.strict().sectionReaders()).hasAtLeastOneElementOfType(ScoringSectionReader.class);
    assertThat(reader.module()).isEqualTo("partneros-scoring");
    assertThat(ProgramDocument.SECTION_NAMES).containsAll(reader.sections());
    assertThat(reader.read(ProgramDocument.standard())).isEmpty();
  }

  @Test
  void aBadSection_isRefusedAtLoad_withWhatTheReaderFinds() {
    String text = TestPrograms.HEADER + "health: {curve: LINEAR, flatTolerance: -0.1}\n";
    List<Problem> found = reader.read(TestPrograms.unchecked().loadYaml(text));
    assertThat(found).extracting(Problem::path, Problem::code).containsExactly(tuple("health.flatTolerance", "out_of_range"));
    Assertions.assertThatExceptionOfType(InvalidProgramException.class)
        .isThrownBy(() -> ProgramLoader.strict().loadYaml(text))
        .satisfies(e -> assertThat(e.problems()).containsAll(found));
  }
}
