package dev.partneros.attribution.internal;

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

@DisplayName("partneros-attribution checks its sections when a program is loaded (docs/program-file.md#section-readers)")
class AttributionSectionReaderTest {

  final SectionReader reader = new AttributionSectionReader();

  @Test
  void isFoundByTheServiceLoader_andReadsItsSections() {
    assertThat(ProgramLoader.strict().sectionReaders()).hasAtLeastOneElementOfType(AttributionSectionReader.class);
    assertThat(reader.module()).isEqualTo("partneros-attribution");
    assertThat(ProgramDocument.SECTION_NAMES).containsAll(reader.sections());
    assertThat(reader.read(ProgramDocument.standard())).isEmpty();
  }

  @Test
  void aBadSection_isRefusedAtLoad_withWhatTheReaderFinds() {
    String text = TestPrograms.HEADER + "clawback: {flagFraudForTermination: true, schedul: []}\n";
    List<Problem> found = reader.read(TestPrograms.unchecked().loadYaml(text));
    assertThat(found).extracting(Problem::path, Problem::code).containsExactly(tuple("clawback.schedul", "unknown_property"));
    Assertions.assertThatExceptionOfType(InvalidProgramException.class)
        .isThrownBy(() -> ProgramLoader.strict().loadYaml(text))
        .satisfies(e -> assertThat(e.problems()).containsAll(found));
  }
}
