package dev.partneros.portfolio.internal;

import dev.partneros.portfolio.CsvProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IoTest {

  @Test
  void csv_parsesQuotedFieldsAndReportsEveryBadRow() {
    String text = "id,name,amount\r\nP-1,\"Acme, Inc.\",10.00\nP-2,\"Say \"\"hi\"\"\",5\nP-3,broken\n"
        + "P-4,\"multi\nline\",7\n\nP-5,x\"y,1\n";
    CsvTable table = CsvTable.parse("deals.csv", text, List.of("id", "name", "amount", "currency"));
    assertThat(table.header()).containsExactly("id", "name", "amount");
    assertThat(table.rows()).extracting(r -> r.get("name"))
        .containsExactly("Acme, Inc.", "Say \"hi\"", "multi\nline", "x\"y");
    assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3, 5, 8);
    assertThat(table.problems()).extracting(CsvProblem::toString).containsExactly(
        "deals.csv:1: currency: is a required column missing from the header",
        "deals.csv:4: has 2 fields, but the header has 3");
    assertThat(table.rows().get(0).problem("amount", "must be > 0").toString())
        .isEqualTo("deals.csv:2: amount: must be > 0");
  }

  @Test
  void csv_unclosedQuoteAndEmptyFile() {
    assertThat(CsvTable.parse("a.csv", "id\n\"open\n", List.of("id")).problems()).extracting(CsvProblem::toString)
        .containsExactly("a.csv:2: has a quoted field that is never closed");
    assertThat(CsvTable.parse("a.csv", "id,n\n\"a\"b,1\n", List.of("id")).problems()).extracting(CsvProblem::toString)
        .containsExactly("a.csv:2: has text after a closing quote");
    assertThat(CsvTable.parse("a.csv", "", List.of("id")).problems()).extracting(CsvProblem::toString)
        .containsExactly("a.csv:1: has no header line (expected: id)");
    assertThat(CsvTable.parse("a.csv", "id,id\n1,2\n", List.of("id")).problems()).extracting(CsvProblem::reason)
        .containsExactly("appears twice in the header");
  }

  @Test
  void csvWriter_neutralisesFormulasAndQuotes() {
    assertThat(CsvWriter.line(List.of("=1+1", "+cmd", "-x", "@SUM(A1)", "-12.50", "plain", "a,b", "say \"x\"")))
        .isEqualTo("'=1+1,'+cmd,'-x,'@SUM(A1),-12.50,plain,\"a,b\",\"say \"\"x\"\"\"\n");
    assertThat(CsvWriter.cell("\tX")).isEqualTo("'\tX");
    assertThat(CsvWriter.cell(null)).isEmpty();
  }

  @Test
  void html_escapesMarkup() {
    assertThat(Html.escape("<script>alert(1)</script> & 'x' \"y\"\u0007"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39; &quot;y&quot;");
  }
}
