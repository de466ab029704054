package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.Portfolio.MdfRequestRow;
import dev.partneros.portfolio.report.CsvReport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Regression: {@code commission.csv} and {@code mdf-requests.csv} named the version in force on the
 * as-of date on every line; each line names the version that decided it
 * ({@code docs/rules/program-changes.md#no-retroactive-change}). The sample book's history has two
 * versions (2026.1, then 2026.2 from 1 July 2026) and lines decided under each.
 */
@DisplayName("Each commission and MDF line names the version that decided it "
    + "(docs/rules/program-changes.md#no-retroactive-change)")
class LineVersionsTest {

  static final PortfolioEvaluation SAMPLE = SampleBook.evaluation();
  static final ProgramHistory HISTORY = SampleBook.history();
  static final Map<String, String> CSV = CsvReport.render(SAMPLE);

  static List<String> rows(String file) {
    List<String> lines = Arrays.asList(CSV.get(file).split("\n"));
    return lines.subList(1, lines.size());
  }

  static String versionOn(LocalDate day) {
    return HISTORY.requireVersionAt(day).version();
  }

  @Test
  @DisplayName("commission.csv: each line names the version in force on its deal's signature date (a clawback too)")
  void commissionCsv_namesTheVersionInForceOnEachDealsSignatureDate() {
    Set<String> seen = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    for (String row : rows(CsvReport.COMMISSION)) {
      String[] cells = row.split(",", 8);
      String deal = cells[2];
      String expected = deal.isEmpty() ? versionOn(LocalDate.parse(cells[1]))
          : versionOn(SAMPLE.deal(deal).orElseThrow().closed().orElseThrow());
      assertThat(cells[6]).as(row).isEqualTo(expected);
      seen.add(expected);
      if (!deal.isEmpty() && !versionOn(LocalDate.parse(cells[1])).equals(expected)) {
        kinds.add(cells[3]); // decided under an earlier version than the one in force on the line's date
      }
    }
    assertThat(seen).containsExactlyInAnyOrder("2026.1", "2026.2");
    assertThat(kinds).as("lines dated after a change but decided before it").isNotEmpty();
    assertThat(SAMPLE.program().version()).isEqualTo("2026.2");
  }

  @Test
  @DisplayName("The in-memory lines carry the same versions as the file")
  void commissionOutcomeLines_carryTheirVersion() {
    for (PartnerResult p : SAMPLE.partners()) {
      p.commission().ifPresent(c -> c.lines().stream().filter(l -> l.dealId().isPresent()).forEach(l ->
          assertThat(l.version()).as(p.id() + " " + l)
              .isEqualTo(versionOn(SAMPLE.deal(l.dealId().get()).orElseThrow().closed().orElseThrow()))));
    }
  }

  @Test
  @DisplayName("mdf-requests.csv: each request names the version in force on its submission day")
  void mdfRequestsCsv_namesTheVersionInForceOnEachSubmissionDay() {
    Map<String, LocalDate> submitted = SampleBook.portfolio().mdfRequests().stream()
        .collect(Collectors.toMap(MdfRequestRow::id, MdfRequestRow::submitted));
    Set<String> seen = new HashSet<>();
    for (String row : rows(CsvReport.MDF_REQUESTS)) {
      String request = row.split(",", 3)[1];
      String version = row.substring(row.lastIndexOf(',') + 1);
      String expected = versionOn(submitted.get(request));
      assertThat(version).as(row).isEqualTo(expected);
      seen.add(expected);
    }
    assertThat(seen).containsExactlyInAnyOrder("2026.1", "2026.2");
  }
}
