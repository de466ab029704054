package dev.partneros.cli;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.report.ReportFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partneros evaluate}: evaluates a portfolio under a program history and writes the reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    header = "Evaluates a portfolio and writes the reports.",
    description = {"Evaluates a portfolio under a program history (one file per version) as of a date and "
        + "writes report.txt, report.html, evaluation.json and CSV files (partners, tier timeline, health, "
        + "attribution, KPIs, commission, MDF requests) into the output folder.",
        "The same inputs always give byte-identical files."})
final class EvaluateCommand implements Callable<Integer> {

  private final Context context;

  @Spec
  CommandSpec spec;

  @Mixin
  ProgramOptions programs;

  @Mixin
  BookOptions book;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The folder to write into, owned by PartnerOS: replaced as a whole, and only once every file is written "
          + "(a failed run leaves it as it was). An existing folder must be empty or written by PartnerOS, unless "
          + "--force.")
  Path out;

  @Option(names = "--force", description = "Replace --out even if it holds files PartnerOS did not write "
      + "(they are deleted).")
  boolean force;

  EvaluateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputRejected, EnvironmentFailure {
    Inputs inputs = new Inputs(context);
    inputs.checkOut(out, force, spec.commandLine());
    ProgramHistory history = inputs.history(programs.files);
    inputs.checkAsOf(book.asOf, history.versions(), true, spec.commandLine());
    ProgramDocument first = history.versions().get(0);
    PortfolioEvaluator evaluator = inputs.evaluator(book.pool(), first, spec.commandLine());
    PortfolioEvaluation evaluation;
    Map<String, String> files;
    List<Path> written;
    try (OutputFolder folder = inputs.open(out, spec.commandLine())) {
      Portfolio portfolio = inputs.read(first, book.portfolio);
      evaluation = inputs.evaluate(evaluator, history, portfolio, book);
      files = ReportFiles.render(evaluation);
      written = inputs.write(files, folder, out);
    }
    PrintStream stdout = context.out();
    stdout.println("Evaluated " + evaluation.partners().size() + " partners and " + evaluation.deals().size()
        + " deals as of " + book.asOf + " under " + evaluation.versions());
    stdout.println("Tiers:    " + evaluation.tierDistribution());
    stdout.println("Health:   " + evaluation.bandDistribution());
    stdout.println("In grace: " + evaluation.inGrace().size());
    evaluation.notEvaluated().forEach(n -> stdout.println("Note:     " + n));
    stdout.println("Wrote " + written.size() + " files to " + out + ": " + String.join(", ", files.keySet()));
    return PartnerOsCli.OK;
  }
}
