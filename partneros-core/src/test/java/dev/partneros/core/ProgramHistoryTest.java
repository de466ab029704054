package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Effective-dated program versions (docs/rules/program-changes.md#no-retroactive-change: no retroactive change)")
class ProgramHistoryTest {

  static ProgramDocument version(String label, String from) {
    return ProgramLoader.strict().loadJson("{\"program\":\"P\",\"version\":\"" + label + "\",\"effectiveFrom\":\""
        + from + "\",\"currency\":\"USD\"}");
  }

  @Test
  void versionAt_picksTheVersionInForce_onAndEitherSideOfTheChange() {
    ProgramHistory history = ProgramHistory.of(List.of(version("v2", "2026-07-01"), version("v1", "2026-01-01")));
    assertThat(history.versions()).extracting(ProgramDocument::version).containsExactly("v1", "v2");
    assertThat(history.versionAt(LocalDate.of(2026, 6, 30)).map(ProgramDocument::version)).contains("v1");
    assertThat(history.versionAt(LocalDate.of(2026, 7, 1)).map(ProgramDocument::version)).contains("v2");
    assertThat(history.versionAt(LocalDate.of(2030, 1, 1)).map(ProgramDocument::version)).contains("v2");
    assertThat(history.versionAt(LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(history.latest().version()).isEqualTo("v2");
    assertThat(history).hasToString("ProgramHistory[v1 from 2026-01-01, v2 from 2026-07-01]");
  }

  @Test
  void requireVersionAt_beforeTheFirstVersionIsATypedError() {
    ProgramHistory history = ProgramHistory.of(version("v1", "2026-01-01"));
    assertThat(history.requireVersionAt(LocalDate.of(2026, 1, 1)).version()).isEqualTo("v1");
    assertThatThrownBy(() -> history.requireVersionAt(LocalDate.of(2025, 12, 31)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("date must be on or after the first program version's effectiveFrom 2026-01-01, "
            + "but was 2025-12-31");
  }

  @Test
  void refusesOverlappingAndDuplicateVersions_withPaths() {
    assertThatThrownBy(() -> ProgramHistory.of(List.of(version("v1", "2026-01-01"), version("v2", "2026-01-01"),
        version("v1", "2026-03-01"))))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("versions[1].effectiveFrom", "duplicate"),
                tuple("versions[2].version", "duplicate")));
    assertThatThrownBy(() -> ProgramHistory.of(List.of()))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("versions must have at least one version");
    assertThatThrownBy(() -> ProgramHistory.of(version("v1", "2026-01-01")).with(version("v1", "2027-01-01")))
        .isInstanceOf(InvalidProgramException.class);
  }

  static ProgramDocument version(String label, String from, String header) {
    return ProgramLoader.strict().loadJson("{\"program\":\"P\",\"version\":\"" + label + "\",\"effectiveFrom\":\""
        + from + "\"," + header + "}");
  }

  @Test
  void refusesAVersionWhoseCurrencyLadderOrFiscalYearDiffers_withPaths() {
    ProgramDocument first = version("v1", "2026-01-01", "\"currency\":\"USD\"");
    assertThat(ProgramHistory.of(List.of(first, version("v2", "2026-07-01",
        "\"currency\":\"USD\",\"fiscalYearStartMonth\":1,\"ladder\":[\"REGISTERED\",\"SILVER\",\"GOLD\",\"PLATINUM\"]")))
        .versions()).hasSize(2);
    assertThatThrownBy(() -> ProgramHistory.of(List.of(first,
        version("v2", "2026-07-01", "\"currency\":\"EUR\""),
        version("v3", "2027-01-01", "\"currency\":\"USD\",\"ladder\":[\"BASIC\",\"PRO\"]"),
        version("v4", "2027-07-01", "\"currency\":\"USD\",\"fiscalYearStartMonth\":2"))))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code, p -> p.rejectedValue().orElseThrow())
            .containsExactly(tuple("versions[1].currency", "inconsistent", "EUR"),
                tuple("versions[2].ladder", "inconsistent", "BASIC < PRO"),
                tuple("versions[3].fiscalYearStartMonth", "inconsistent", "2")))
        .hasMessageContaining("versions[1].currency must be USD as in versions[0]");
  }
}
