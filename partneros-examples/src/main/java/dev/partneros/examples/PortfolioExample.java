package dev.partneros.examples;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioReader;
import dev.partneros.portfolio.SampleBook;
import dev.partneros.portfolio.TiersMdfModule;
import dev.partneros.portfolio.report.TextReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The book evaluation (docs/rules/program-changes.md): read a portfolio, evaluate every partner
 * under a program history of two versions as of a date, and read the results: the summary of the
 * text report, the partners in grace, the largest commissions and one partner's tier changes. Every engine
 * of the other examples runs inside, each quarter end under the program version then in force.
 *
 * <p>With no argument it reads the bundled sample book; with one, a portfolio of the caller's own:
 * a folder of CSV files or one JSON file (see {@link PortfolioReader}).
 *
 * <p>Run it with {@code mvn -B -q -DskipTests package exec:java -pl partneros-examples -am
 * -Dexec.mainClass=dev.partneros.examples.PortfolioExample}.
 */
public final class PortfolioExample {

  private PortfolioExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args none for the sample book, or the path of a portfolio folder or JSON file
   */
  public static void main(String[] args) {
    run(System.out, args.length == 0 ? Optional.empty() : Optional.of(Path.of(args[0])));
  }

  /**
   * Reads the portfolio, evaluates it as of the sample's date and prints the results.
   *
   * @param out where to print, not null
   * @param portfolioPath a portfolio folder or JSON file, or empty for the bundled sample book
   */
  public static void run(PrintStream out, Optional<Path> portfolioPath) {
    // Two program versions: the standard program 2026.1, and 2026.2 from 2026-07-01.
    ProgramHistory history = ProgramHistory.of(List.of(ProgramDocument.standard(), SampleBook.secondVersion()));

    // The reader checks every cell against the program and reports every bad one with its location.
    PortfolioReader reader = PortfolioReader.of(history.versions().get(0));
    Portfolio portfolio = portfolioPath.map(reader::read)
        .orElseGet(() -> reader.readResourceFolder(SampleBook.class, SampleBook.PORTFOLIO));

    // A pure function of the history, the portfolio and the date; the pool is the year's MDF budget.
    PortfolioEvaluator evaluator = PortfolioEvaluator.standard().withMdf(TiersMdfModule.withPool(SampleBook.MDF_POOL));
    PortfolioEvaluation evaluation = evaluator.evaluate(history, portfolio, SampleBook.AS_OF);

    // The text report's summary: its title, header and "At a glance" blocks.
    String report = TextReport.render(evaluation);
    out.println(String.join("\n\n", List.of(report.split("\n\n")).subList(0, 3)));
    out.println();

    out.println("In grace:");
    for (PartnerResult partner : evaluation.inGrace()) {
      out.println("  " + partner.summary());
    }
    out.println("Largest commissions:");
    for (PartnerResult partner : evaluation.topByCommission(3)) {
      out.println("  " + partner.id() + " " + partner.partner().name() + " earned "
          + partner.commission().orElseThrow().earned());
    }
    // One partner's tier changes, each naming the program version that decided it.
    evaluation.partner("P-001").ifPresent(partner -> {
      out.println(partner.summary());
      partner.changes().forEach(change -> out.println("  " + change));
    });
  }
}
