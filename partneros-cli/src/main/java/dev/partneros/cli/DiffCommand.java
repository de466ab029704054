package dev.partneros.cli;

import dev.partneros.core.PartnerOsException;
import dev.partneros.core.ProgramDocument;
import dev.partneros.portfolio.InvalidInputException;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioDiff;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.report.DiffReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partneros diff}: the same portfolio under two programs, and what changes. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    header = "Compares a portfolio under two programs: what changes and what it costs.",
    description = {"Evaluates the portfolio under each of two programs (each as if in force throughout) and "
        + "prints every partner whose tier, health band, commission or MDF entitlement changes, with the "
        + "totals and the cost of the change; with --out also writes diff.txt and diff.csv."})
final class DiffCommand implements Callable<Integer> {

  private final Context context;

  @Spec
  CommandSpec spec;

  @Option(names = "--base", paramLabel = "FILE",
      description = "The program in force (YAML or JSON). Default: the standard program.")
  Path base;

  @Option(names = "--candidate", required = true, paramLabel = "FILE",
      description = "The program to compare with it (YAML or JSON).")
  Path candidate;

  @Mixin
  BookOptions book;

  @Option(names = "--out", paramLabel = "DIR",
      description = "A folder to write diff.txt and diff.csv into, owned by PartnerOS: replaced as a whole, and "
          + "only once every file is written. An existing folder must be empty or written by PartnerOS, unless "
          + "--force. Default: print only.")
  Path out;

  @Option(names = "--force", description = "Replace --out even if it holds files PartnerOS did not write "
      + "(they are deleted).")
  boolean force;

  DiffCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputRejected, EnvironmentFailure {
    Inputs inputs = new Inputs(context);
    Optional<Path> folder = Optional.ofNullable(out);
    if (folder.isPresent()) {
      inputs.checkOut(folder.get(), force, spec.commandLine());
    }
    List<ProgramDocument> docs = base == null
        ? List.of(ProgramDocument.standard(), inputs.load(List.of(candidate)).get(0))
        : inputs.load(List.of(base, candidate));
    inputs.checkAsOf(book.asOf, docs, false, spec.commandLine());
    PortfolioEvaluator evaluator = inputs.evaluator(book.pool(), docs.get(0), spec.commandLine());
    if (folder.isEmpty()) {
      context.out().print(compare(inputs, docs, evaluator).get("diff.txt"));
      return PartnerOsCli.OK;
    }
    Map<String, String> files;
    List<Path> written;
    try (OutputFolder output = inputs.open(folder.get(), spec.commandLine())) {
      files = compare(inputs, docs, evaluator);
      context.out().print(files.get("diff.txt"));
      written = inputs.write(files, output, folder.get());
    }
    context.out().println("Wrote " + written.size() + " files to " + folder.get() + ": "
        + String.join(", ", files.keySet()));
    return PartnerOsCli.OK;
  }

  /** Reads the portfolio, evaluates it under both programs and renders the diff's files. */
  private Map<String, String> compare(Inputs inputs, List<ProgramDocument> docs, PortfolioEvaluator evaluator)
      throws InputRejected {
    Portfolio portfolio = inputs.read(docs.get(0), book.portfolio);
    PortfolioDiff diff;
    try {
      diff = PortfolioDiff.compare(evaluator, docs.get(0), docs.get(1), portfolio, book.asOf,
          context.progress("evaluating", "partners", book.quiet, portfolio.partners().size()));
    } catch (InvalidInputException e) {
      inputs.printInput(e);
      throw new InputRejected();
    } catch (PartnerOsException e) {
      inputs.printProblems("", e.problems());
      throw new InputRejected();
    }
    return DiffReport.render(diff);
  }
}
