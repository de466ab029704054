package dev.partneros.portfolio.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.SampleBook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Regression: the commission table of {@code report.txt} showed "earned" net of clawbacks beside the
 * clawed-back column, so its columns did not add up ({@code docs/formats.md#reporttxt}).
 */
@DisplayName("The commission table of report.txt adds up across and down (docs/formats.md#reporttxt)")
class CommissionTableTest {

  static final PortfolioEvaluation SAMPLE = SampleBook.evaluation();

  /** The table's rows after its header, up to the first empty line: the five amounts of each row. */
  static List<Money[]> table(String report, List<String> labels) {
    List<String> lines = Arrays.asList(report.split("\n"));
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("\\s+partner\\s+name\\s+earned\\s+clawed back\\s+net\\s+paid\\s+balance")) {
        header = i;
      }
    }
    assertThat(header).as("the commission table's header").isPositive();
    List<Money[]> rows = new ArrayList<>();
    for (int i = header + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String[] tokens = lines.get(i).trim().split("\\s+");
      labels.add(tokens[0]);
      Money[] amounts = new Money[5];
      for (int c = 0; c < 5; c++) {
        int at = tokens.length - 10 + 2 * c;
        amounts[c] = Money.of(tokens[at].replace(",", ""), tokens[at + 1]);
      }
      rows.add(amounts);
    }
    return rows;
  }

  @Test
  void commissionTable_eachRowAddsUp_andTheTotalsRowIsTheSumOfTheRows() {
    List<String> labels = new ArrayList<>();
    List<Money[]> rows = table(TextReport.render(SAMPLE), labels);
    assertThat(labels).isNotEmpty().last().isEqualTo("total");
    Money[] sums = null;
    boolean clawedBack = false;
    for (int r = 0; r < rows.size(); r++) {
      Money[] row = rows.get(r);
      String label = labels.get(r);
      assertThat(row[0].minus(row[1])).as(label + ": earned - clawed back = net").isEqualTo(row[2]);
      assertThat(row[2].minus(row[3])).as(label + ": net - paid = balance").isEqualTo(row[4]);
      if (r == rows.size() - 1) {
        assertThat(row).as("the totals row").containsExactly(sums);
      } else {
        clawedBack |= row[1].isPositive();
        if (sums == null) {
          sums = row.clone();
        } else {
          for (int c = 0; c < 5; c++) {
            sums[c] = sums[c].plus(row[c]);
          }
        }
      }
    }
    assertThat(clawedBack).as("a partner with a clawback, so that gross and net differ").isTrue();
  }

  @Test
  void commissionOutcome_earnedBeforeClawbacksIsNetPlusClawedBack_andNetIsPaidPlusBalance() {
    List<PartnerResult> partners = SAMPLE.partners();
    for (PartnerResult p : partners) {
      if (p.commission().isPresent()) {
        CommissionOutcome c = p.commission().get();
        assertThat(c.earnedBeforeClawbacks().minus(c.clawedBack())).as(p.id()).isEqualTo(c.earned());
        assertThat(c.paid().plus(c.balance())).as(p.id()).isEqualTo(c.earned());
      }
    }
  }
}
