package dev.partneros.cli;

import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.ProgramLoader;
import dev.partneros.portfolio.CsvProblem;
import dev.partneros.portfolio.InvalidInputException;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioReader;
import dev.partneros.portfolio.ProgramVersions;
import dev.partneros.portfolio.TiersMdfModule;
import dev.partneros.portfolio.report.ReportFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads programs and portfolios and writes output files for the commands, printing every problem
 * of an invalid input before it throws {@link InputRejected}, and turning an output folder that
 * cannot be written into an {@link EnvironmentFailure}.
 */
final class Inputs {

  private final Context context;

  Inputs(Context context) {
    this.context = context;
  }

  /** Loads program files strictly and lints them; every problem of every file is printed. */
  List<ProgramDocument> load(List<Path> files) throws InputRejected {
    List<ProgramDocument> docs = new ArrayList<>();
    boolean failed = false;
    for (Path file : files) {
      String name = name(file);
      try {
        ProgramDocument doc = ProgramLoader.strict().load(file);
        List<Problem> errors = ProgramVersions.lint(doc).stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
          docs.add(doc);
        } else {
          printProblems(name + ": ", errors);
          failed = true;
        }
      } catch (InvalidProgramException e) {
        printProblems(name + ": ", e.problems());
        failed = true;
      }
    }
    if (failed) {
      throw new InputRejected();
    }
    return docs;
  }

  /** Loads one program file, or returns the standard program when none is given. */
  ProgramDocument program(Optional<Path> file) throws InputRejected {
    return file.isPresent() ? load(List.of(file.get())).get(0) : ProgramDocument.standard();
  }

  /** Loads a program history (the standard program when no file is given) and checks it. */
  ProgramHistory history(List<Path> files) throws InputRejected {
    List<ProgramDocument> docs = files.isEmpty() ? List.of(ProgramDocument.standard()) : load(files);
    try {
      ProgramHistory history = ProgramHistory.of(docs);
      ProgramVersions.of(history);
      return history;
    } catch (InvalidProgramException e) {
      printProblems("program history: ", e.problems());
      throw new InputRejected();
    }
  }

  /** Reads a portfolio in the first version's currency and ladder. */
  Portfolio read(ProgramDocument program, Path path) throws InputRejected {
    try {
      return PortfolioReader.of(program).read(path);
    } catch (InvalidInputException e) {
      printInput(e);
      throw new InputRejected();
    }
  }

  /** Returns the run's evaluator with the MDF pool, if given, in the program's currency. */
  PortfolioEvaluator evaluator(Optional<BigDecimal> pool, ProgramDocument program, CommandLine command) {
    PortfolioEvaluator evaluator = context.evaluator();
    if (pool.isEmpty()) {
      return evaluator;
    }
    try {
      return evaluator.withMdf(TiersMdfModule.withPool(Money.of(pool.get(), program.currency())));
    } catch (PartnerOsException | ArithmeticException e) {
      throw new ParameterException(command, "--mdf-pool must be an amount in " + program.currency().getCurrencyCode()
          + " with at most " + program.currency().getDefaultFractionDigits() + " decimals, such as 300000.00, but was "
          + pool.get().toPlainString());
    }
  }

  /** Evaluates, printing every problem the program finds in the input. */
  PortfolioEvaluation evaluate(PortfolioEvaluator evaluator, ProgramHistory history, Portfolio portfolio,
      BookOptions book) throws InputRejected {
    try {
      ProgressBar bar = new ProgressBar(context.err(), "evaluating", book.quiet, portfolio.partners().size());
      return evaluator.evaluate(history, portfolio, book.asOf, bar);
    } catch (InvalidInputException e) {
      printInput(e);
      throw new InputRejected();
    } catch (PartnerOsException e) {
      printProblems("", e.problems());
      throw new InputRejected();
    }
  }

  /** Writes files into a folder (created if needed). */
  List<Path> write(Map<String, String> files, Path folder) throws EnvironmentFailure {
    try {
      return ReportFiles.write(files, folder);
    } catch (IOException e) {
      throw new EnvironmentFailure("cannot write to " + folder + ": " + Context.describe(e), e);
    }
  }

  void printInput(InvalidInputException e) {
    int count = e.problems().size();
    context.err().println("error: invalid input (" + count + (count == 1 ? " problem" : " problems")
        + "); nothing was evaluated or written:");
    for (CsvProblem p : e.problems()) {
      context.err().println("  " + p);
    }
  }

  void printProblems(String prefix, List<Problem> problems) {
    for (Problem p : problems) {
      context.err().println(prefix + p);
    }
  }

  static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}
