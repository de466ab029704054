package dev.partneros.portfolio.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.SampleBook;
import dev.partneros.portfolio.TiersMdfModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The commission table of {@code report.txt} adds up for generated books, not only the sample: each
 * row (earned - clawed back = net, net - paid = balance), down the columns (the totals row is the sum
 * of the rows), against its own heading (count and totals) and against the evaluation it was rendered
 * from ({@code docs/formats.md#reporttxt}).
 */
class CommissionTableGeneratedTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Pattern HEADING = Pattern.compile("  Commission statements \\((\\d+) partners with lines; "
      + "earned (\\S+ USD), clawed back (\\S+ USD), net (\\S+ USD); lines in commission.csv\\)");

  /** A generated book under a history, with or without an MDF pool, as of a day at or after its end. */
  record Book(PortfolioGenerator.Options options, ProgramHistory history, Optional<Money> pool, LocalDate asOf) {

    PortfolioEvaluation evaluate() {
      PortfolioEvaluator standard = PortfolioEvaluator.standard().withParallelism(1);
      PortfolioEvaluator evaluator = pool.map(p -> standard.withMdf(TiersMdfModule.withPool(p))).orElse(standard);
      return evaluator.evaluate(history, PortfolioGenerator.generate(options), asOf);
    }

    @Override
    public String toString() {
      return options.partners() + " partners, seed " + options.seed() + ", " + options.quarters() + " quarters from "
          + options.firstQuarter() + ", " + history.versions().size() + " version(s), pool " + pool + ", as of " + asOf;
    }
  }

  @Provide
  Arbitrary<Book> books() {
    Arbitrary<Integer> partners = Arbitraries.integers().between(10, 60);
    Arbitrary<Integer> quarters = Arbitraries.integers().between(2, 8);
    Arbitrary<Integer> first = Arbitraries.integers().between(1, 4);
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<ProgramHistory> histories = Arbitraries.of(ProgramHistory.of(ProgramDocument.standard()),
        SampleBook.history());
    Arbitrary<Optional<Money>> pools = Arbitraries.longs().between(0, 500_000).map(p -> Money.of(p, USD)).optional(0.5);
    Arbitrary<Integer> after = Arbitraries.integers().between(0, 120);
    return Combinators.combine(partners, quarters, first, seeds, histories, pools, after)
        .as((n, q, f, seed, history, pool, days) -> {
          YearQuarter start = YearQuarter.of(2026, f);
          return new Book(new PortfolioGenerator.Options(n, seed, start, q, USD, TierLadder.standard()), history, pool,
              start.plusQuarters(q - 1L).lastDay().plusDays(days));
        });
  }

  @Property(tries = 15)
  void commissionTable_addsUpAndEqualsTheEvaluation(@ForAll("books") Book book) {
    PortfolioEvaluation evaluation = book.evaluate();
    String report = TextReport.render(evaluation);
    List<PartnerResult> withLines = evaluation.partners().stream().filter(p -> p.commission().isPresent())
        .filter(p -> !p.commission().get().lines().isEmpty()).collect(Collectors.toList());
    Statistics.label("partners with commission lines").collect(withLines.isEmpty() ? "none" : "some");
    if (withLines.isEmpty()) {
      assertThat(report).doesNotContain("Commission statements");
      return;
    }
    List<String> labels = new ArrayList<>();
    List<Money[]> rows = CommissionTableTest.table(report, labels);
    assertThat(labels).as("one row per partner with lines, then the totals").hasSize(withLines.size() + 1)
        .endsWith("total");
    assertThat(labels.subList(0, withLines.size())).as("the partners with lines, in the evaluation's order")
        .isEqualTo(withLines.stream().map(PartnerResult::id).collect(Collectors.toList()));

    Money[] sums = new Money[5];
    java.util.Arrays.fill(sums, Money.zero(USD));
    for (int r = 0; r < rows.size(); r++) {
      Money[] row = rows.get(r);
      assertThat(row[0].minus(row[1])).as(labels.get(r) + ": earned - clawed back = net").isEqualTo(row[2]);
      assertThat(row[2].minus(row[3])).as(labels.get(r) + ": net - paid = balance").isEqualTo(row[4]);
      if (r < rows.size() - 1) {
        for (int c = 0; c < 5; c++) {
          sums[c] = sums[c].plus(row[c]);
        }
      }
    }
    Money[] totals = rows.get(rows.size() - 1);
    assertThat(totals).as("the totals row is the sum of the rows").containsExactly(sums);

    // Every partner's statement, with lines or not: the table leaves no money out.
    List<CommissionOutcome> all = evaluation.partners().stream().flatMap(p -> p.commission().stream())
        .collect(Collectors.toList());
    assertThat(totals).as("the totals row is the evaluation's").containsExactly(
        sum(all, CommissionOutcome::earnedBeforeClawbacks), sum(all, CommissionOutcome::clawedBack),
        sum(all, CommissionOutcome::earned), sum(all, CommissionOutcome::paid), sum(all, CommissionOutcome::balance));

    Matcher heading = HEADING.matcher(report);
    assertThat(heading.find()).as("the table's heading").isTrue();
    assertThat(Integer.parseInt(heading.group(1))).isEqualTo(withLines.size());
    assertThat(List.of(money(heading.group(2)), money(heading.group(3)), money(heading.group(4))))
        .as("the heading's earned, clawed back and net are the totals row's")
        .containsExactly(totals[0], totals[1], totals[2]);
    Statistics.label("clawbacks").collect(totals[1].isPositive() ? "some" : "none")
        .coverage(c -> c.check("some").count(n -> n > 0)); // books with clawbacks are in the tries
    Statistics.label("paid").collect(totals[3].isPositive() ? "some" : "none");
  }

  private static Money sum(List<CommissionOutcome> statements, Function<CommissionOutcome, Money> column) {
    return Money.total(statements.stream().map(column).collect(Collectors.toList()), USD);
  }

  private static Money money(String text) {
    String[] parts = text.split(" ");
    return Money.of(parts[0].replace(",", ""), parts[1]);
  }
}
