package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The sample's second program version differs from the standard one only in its header and one "
    + "threshold (docs/rules/program-changes.md#what-if)")
class SampleProgramsTest {

  @Test
  void secondVersion_isTheStandardProgramWithGoldFrom80000() {
    ProgramDocument standard = ProgramDocument.standard();
    ProgramDocument second = SampleBook.secondVersion();
    assertThat(second.version()).isEqualTo("2026.2");
    assertThat(second.effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
    ObjectNode a = standard.toTree();
    ObjectNode b = second.toTree();
    for (ObjectNode tree : new ObjectNode[] {a, b}) {
      tree.remove("version");
      tree.remove("effectiveFrom");
      tree.remove("description");
    }
    ObjectNode gold = (ObjectNode) b.path("tiers").path("levels").path(2).path("criteria").path("allOf").path(0)
        .path("anyOf").path(0);
    assertThat(gold.path("metric").asText()).isEqualTo("SOURCED_ARR");
    assertThat(gold.path("min").decimalValue()).isEqualByComparingTo("80000");
    gold.put("min", 100000);
    // every section of 2026.2 is the standard one (a section only in the standard program is its
    // module's default, which StandardProgramTest checks equals the standard section)
    b.fieldNames().forEachRemaining(name -> assertThat(b.get(name)).as(name).isEqualTo(a.get(name)));
  }

  @Test
  void history_hasTwoVersions() {
    ProgramHistory history = SampleBook.history();
    assertThat(history.versionAt(LocalDate.of(2026, 6, 30)).orElseThrow().version()).isEqualTo("2026.1");
    assertThat(history.versionAt(LocalDate.of(2026, 7, 1)).orElseThrow().version()).isEqualTo("2026.2");
  }
}
