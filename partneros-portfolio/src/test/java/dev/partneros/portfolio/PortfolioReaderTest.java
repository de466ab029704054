package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partneros.portfolio.CsvProblem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortfolioReaderTest {

  private static List<String> problems(Map<String, String> files) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Fixtures.reader().readCsv(files));
    assertThat(e).as("expected the input to be refused").isNotNull();
    return e.problems().stream().map(CsvProblem::toString).collect(Collectors.toList());
  }

  @Test
  void fixture_isValid() {
    Portfolio portfolio = Fixtures.reader().readCsv(Fixtures.files());
    assertThat(portfolio.partners()).hasSize(3);
    assertThat(portfolio.deals()).extracting(Portfolio.DealRow::id).containsExactly("D-1", "D-2");
    assertThat(portfolio.metrics().get(1).revenue().toString()).isEqualTo("36,000.00 USD");
    assertThat(portfolio.partner("P-2").orElseThrow().tier().name()).isEqualTo("REGISTERED");
    assertThat(portfolio.fxRates()).hasSize(1);
  }

  @ParameterizedTest(name = "docs/rules/attribution.md#touches: {0} with channelLead \"{1}\" and documented \"{2}\" -> {3}, {4}")
  @CsvSource({"REFERRAL, '', '', true, true", "REFERRAL, false, '', false, true", "REFERRAL, '', false, true, false",
      "MEETING, '', '', false, false", "MEETING, true, true, true, true"})
  void touchFlags_emptyTakesTheKindsDefault(String kind, String channelLead, String documented, boolean lead,
      boolean doc) {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "touches.csv", "D-1,P-1,2026-01-05,REFERRAL,true,true",
        "D-1,P-1,2026-01-05," + kind + "," + channelLead + "," + documented);
    Portfolio.TouchRow touch = Fixtures.reader().readCsv(files).touches().get(0);
    assertThat(touch.channelLead()).isEqualTo(lead);
    assertThat(touch.documented()).isEqualTo(doc);
  }

  @ParameterizedTest(name = "{0} without {1}")
  @CsvSource({"partners.csv,name", "metrics.csv,revenue", "certifications.csv,person", "deals.csv,amount",
      "touches.csv,kind", "registrations.csv,date", "payments.csv,amount", "cancellations.csv,kind",
      "mdf-requests.csv,use", "ratings.csv,value", "fx-rates.csv,rate"})
  void missingColumn_isReportedAtTheHeader(String file, String column) {
    Map<String, String> files = Fixtures.files();
    String text = files.get(file);
    String header = text.substring(0, text.indexOf('\n'));
    List<String> columns = new java.util.ArrayList<>(List.of(header.split(",")));
    int at = columns.indexOf(column);
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
      cells.remove(at);
      out.append(String.join(",", cells)).append('\n');
    }
    files.put(file, out.toString());
    assertThat(problems(files)).containsExactly(file + ":1: " + column
        + ": is a required column missing from the header");
  }

  @Test
  void unparsableNumbers_areReportedWithTheirCell() {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "deals.csv", "D-1,Acme,30000.00", "D-1,Acme,\"30,000.00\"");
    Fixtures.replace(files, "metrics.csv", "P-1,2026-Q2,36000,", "P-1,2026-Q2,36k,");
    Fixtures.replace(files, "payments.csv", "7500.00", "7.5E3");
    Fixtures.replace(files, "metrics.csv", "P-2,2026-Q1,5000,1,", "P-2,2026-Q1,5000,one,");
    Fixtures.replace(files, "deals.csv", "D-2,Beta Corp,12000", "D-2,Beta Corp,12000.001");
    assertThat(problems(files)).containsExactly(
        "deals.csv:2: amount: must be a plain decimal number such as 1234.50 (no sign, thousands separator or "
            + "exponent), but was 30,000.00",
        "deals.csv:3: amount: must have at most 2 decimals for USD, but was 12000.001",
        "metrics.csv:3: revenue: must be a plain decimal number such as 1234.50 (no sign, thousands separator or "
            + "exponent), but was 36k",
        "metrics.csv:4: dealsRegistered: must be a whole number, but was one",
        "payments.csv:2: amount: must be a plain decimal number such as 1234.50 (no sign, thousands separator or "
            + "exponent), but was 7.5E3");
  }

  @Test
  void unknownPartnerIds_areReportedInEveryFileThatNamesThem() {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "touches.csv", "D-2,P-2,", "D-2,P-9,");
    Fixtures.replace(files, "metrics.csv", "P-2,2026-Q1", "P-7,2026-Q1");
    Fixtures.replace(files, "registrations.csv", "D-1,P-1", "D-1,P-9");
    Fixtures.replace(files, "deals.csv", ",,P-2\n", ",,P-2;P-8\n");
    Fixtures.replace(files, "mdf-requests.csv", "M-1,P-1", "M-1,P-3");
    assertThat(problems(files)).containsExactly(
        "deals.csv:3: dependentOn: must list partner ids listed in partners, separated by ;, but has P-8",
        "mdf-requests.csv:2: partner: must be an active partner, but P-3 is a PROSPECT",
        "metrics.csv:4: partner: must be a partner id listed in partners, but was P-7",
        "registrations.csv:2: partner: must be a partner id listed in partners, but was P-9",
        "touches.csv:3: partner: must be a partner id listed in partners, but was P-9");
  }

  @Test
  void datesOutOfOrder_areReportedWithBothDates() {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "deals.csv", "2026-01-05,WON,2026-02-10", "2026-01-05,WON,2025-12-20");
    Fixtures.replace(files, "partners.csv", "2025-01-10,ACTIVE,USD,SILVER,2025-06-30",
        "2025-01-10,ACTIVE,USD,SILVER,2024-12-31");
    Fixtures.replace(files, "touches.csv", "D-2,P-2,2026-02-03", "D-2,P-2,2026-01-20");
    Fixtures.replace(files, "certifications.csv", "P-1,ann,2025-02-01,", "P-1,ann,2025-02-01,2025-01-31");
    Fixtures.replace(files, "mdf-requests.csv", "2026-04-02,1500,events,2026-05-01", "2026-04-02,1500,events,2026-03-01");
    assertThat(problems(files)).containsExactly(
        "certifications.csv:2: validUntil: must not be before earnedOn 2025-02-01, but was 2025-01-31",
        "deals.csv:2: closed: must not be before created 2026-01-05, but was 2025-12-20",
        "mdf-requests.csv:2: activityDate: must not be before submitted 2026-04-02, but was 2026-03-01",
        "partners.csv:2: tierSince: must not be before joined 2025-01-10, but was 2024-12-31",
        "touches.csv:3: date: must not be before the deal's created day 2026-02-01, but was 2026-01-20");
  }

  @Test
  void paymentsAndCancellations_mustComeAfterTheDealCloses() {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "payments.csv", "D-1,2026-03-01", "D-1,2026-02-01");
    Fixtures.replace(files, "cancellations.csv", "D-1,2026-04-01", "D-1,2026-02-12");
    assertThat(problems(files)).containsExactly(
        "cancellations.csv:2: effective: must not be before the customer's start day 2026-02-15, but was 2026-02-12",
        "payments.csv:2: date: must not be before the deal's close day 2026-02-10, but was 2026-02-01");
  }

  @Test
  void unknownFilesAndColumns_areRefused() {
    Map<String, String> files = Fixtures.files();
    files.put("deal.csv", "id\n");
    Fixtures.replace(files, "partners.csv", "tierSince\n", "tierSince,tierSinse\n");
    List<String> found = problems(files);
    assertThat(found).anyMatch(p -> p.startsWith("deal.csv:1: is not a portfolio file"));
    assertThat(found).anyMatch(p -> p.startsWith("partners.csv:1: tierSinse: is not a column of partners.csv"));
  }

  @Test
  void json_sameRowsAsCsv() {
    Portfolio csv = Fixtures.reader().readCsv(Fixtures.files());
    String json = PortfolioWriter.json(csv);
    Portfolio fromJson = Fixtures.reader().readJson("portfolio.json", json);
    for (PortfolioTable table : PortfolioTable.values()) {
      assertThat(PortfolioWriter.cells(fromJson, table)).as(table.tableName())
          .isEqualTo(PortfolioWriter.cells(csv, table));
    }
    assertThat(fromJson.deals().get(0).source().toString()).startsWith("portfolio.json:");
  }

  @Test
  void json_problemsNameTheRowAndKey() {
    String json = "{\"partners\": [\n  {\"id\": \"P-1\", \"name\": \"A\", \"type\": \"OEM\", \"joined\": \"2025-13-01\"},\n"
        + "  {\"id\": \"P-2\", \"name\": \"B\", \"type\": \"OEM\", \"joined\": \"2025-01-01\", \"colour\": \"red\"}\n],\n"
        + "\"deals\": [{\"id\": \"D-1\"}]}";
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Fixtures.reader().readJson("p.json", json));
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly(
        "p.json:2: partners[0].joined: must be a date such as 2026-03-31, but was 2025-13-01",
        "p.json:3: partners[1].colour: is not a column of partners (columns: id,name,type,joined,stage,"
            + "payoutCurrency,tier,tierSince,minimumPayout,customRebateRate)",
        "p.json:5: deals[0].account: must not be empty",
        "p.json:5: deals[0].amount: must not be empty",
        "p.json:5: deals[0].created: must not be empty",
        "p.json:5: deals[0].status: must not be empty");
  }

  @Test
  void csvRoundTrip_keepsEveryRow() {
    Portfolio portfolio = Fixtures.reader().readCsv(Fixtures.files());
    Portfolio again = Fixtures.reader().readCsv(PortfolioWriter.csv(portfolio));
    for (PortfolioTable table : PortfolioTable.values()) {
      assertThat(PortfolioWriter.cells(again, table)).as(table.tableName())
          .isEqualTo(PortfolioWriter.cells(portfolio, table));
    }
  }

  @Test
  void generatedPortfolio_readsBackAndIsSeeded() {
    PortfolioGenerator.Options options = PortfolioGenerator.Options.standard(40, 7);
    Portfolio one = PortfolioGenerator.generate(options);
    Portfolio two = PortfolioGenerator.generate(options);
    assertThat(PortfolioWriter.csv(one)).isEqualTo(PortfolioWriter.csv(two));
    Portfolio read = Fixtures.reader().readCsv(PortfolioWriter.csv(one));
    assertThat(read.partners()).hasSize(40);
    assertThat(PortfolioWriter.csv(PortfolioGenerator.generate(PortfolioGenerator.Options.standard(40, 8))))
        .isNotEqualTo(PortfolioWriter.csv(one));
  }

  @Test
  void missingPartnersFile_isReported() {
    Map<String, String> files = Fixtures.files();
    files.remove("partners.csv");
    assertThatThrownBy(() -> Fixtures.reader().readCsv(files)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("partners.csv:1: is missing");
  }
}
