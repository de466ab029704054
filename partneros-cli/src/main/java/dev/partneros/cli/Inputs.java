package dev.partneros.cli;

import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.ProgramLoader;
import dev.partneros.portfolio.BookEvaluator;
import dev.partneros.portfolio.BookSummary;
import dev.partneros.portfolio.CsvProblem;
import dev.partneros.portfolio.InvalidInputException;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioReader;
import dev.partneros.portfolio.PortfolioWriter;
import dev.partneros.portfolio.ProgramVersions;
import dev.partneros.portfolio.TiersMdfModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads programs and portfolios and writes output files for the commands, reporting every problem
 * of an invalid input ({@link ProblemReport}) before it throws {@link InputRejected}, checking the
 * as-of date against the program history, and replacing the output folder as a whole
 * ({@link OutputFolder}) or turning a failure to write it into an {@link EnvironmentFailure}.
 */
final class Inputs {

  /** How far after the latest program version an as-of date may be, in years (40 quarters). */
  static final int YEARS_AHEAD = 10;

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
      ProgressBar bar = context.progress("evaluating", "partners", book.quiet, portfolio.partners().size());
      return evaluator.evaluate(history, portfolio, book.asOf, bar);
    } catch (InvalidInputException e) {
      printInput(e);
      throw new InputRejected();
    } catch (PartnerOsException e) {
      printProblems("", e.problems());
      throw new InputRejected();
    }
  }

  /**
   * What a phase of a book evaluation counts ({@code docs/cli.md#progress}): the reading steps, the
   * parts evaluated, the partners written.
   */
  static String unit(String phase) {
    switch (phase) {
      case "reading":
        return "steps";
      case "evaluating":
        return "parts";
      default:
        return "partners";
    }
  }

  /**
   * Evaluates a book as a stream ({@link BookEvaluator}) into the run's output folder, recording every
   * problem as it is found and printing the first ones in file and line order. A JSON document is
   * read into memory first (under its size limit) and written as a CSV folder in a temporary folder.
   */
  BookSummary evaluateBook(BookEvaluator evaluator, ProgramHistory history, BookOptions book, OutputFolder folder,
      Path out) throws InputRejected, EnvironmentFailure {
    ProblemReport report = context.problems();
    Map<String, ProgressBar> bars = new java.util.concurrent.ConcurrentHashMap<>();
    BookEvaluator.Listener listener = new BookEvaluator.Listener() {
      @Override
      public void progress(String phase, long done, long total) {
        bars.computeIfAbsent(phase, p -> context.progress(p, unit(p), book.quiet, total)).progress(done, total);
      }

      @Override
      public void problem(CsvProblem problem) {
        report.record("  " + problem);
      }
    };
    Path input = book.portfolio;
    Optional<Path> converted = Optional.empty();
    try {
      if (!Files.isDirectory(input)) {
        Portfolio portfolio = read(history.versions().get(0), input);
        converted = Optional.of(Files.createTempDirectory("partneros-json-"));
        for (Map.Entry<String, String> file : PortfolioWriter.csv(portfolio).entrySet()) {
          Files.writeString(converted.get().resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        input = converted.get();
      }
      BookSummary summary = evaluator.evaluate(history, input, book.asOf, output(folder), listener);
      bars.values().forEach(ProgressBar::finish); // writing reports every 10,000 partners, not the last ones
      return summary;
    } catch (InvalidInputException e) {
      context.err().println("error: invalid input (" + e.total() + (e.total() == 1 ? " problem" : " problems")
          + "); nothing was evaluated or written:");
      e.problems().forEach(p -> report.print(context.err(), "  " + p));
      throw new InputRejected();
    } catch (PartnerOsException e) {
      printProblems("", e.problems());
      throw new InputRejected();
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof IOException ? (IOException) e : ((UncheckedIOException) e).getCause();
      if (cause instanceof OutputFailure) {
        throw new EnvironmentFailure("cannot write to " + out + ": " + Context.describe(cause.getCause())
            + "; its previous content is unchanged", cause.getCause());
      }
      throw e instanceof UncheckedIOException ? (UncheckedIOException) e : new UncheckedIOException(cause);
    } finally {
      converted.ifPresent(Inputs::delete);
    }
  }

  /** A failure to write an output file, told apart from a failure to read the input. */
  private static final class OutputFailure extends IOException {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** The run's output folder as the evaluation's output: every failure there is an {@link OutputFailure}. */
  private static BookEvaluator.Output output(OutputFolder folder) {
    return name -> {
      java.io.OutputStream stream;
      try {
        stream = folder.stream(name);
      } catch (IOException e) {
        throw new OutputFailure(e);
      }
      return new java.io.FilterOutputStream(stream) {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          try {
            out.write(bytes, offset, length);
          } catch (IOException e) {
            throw new OutputFailure(e);
          }
        }

        @Override
        public void write(int b) throws IOException {
          try {
            out.write(b);
          } catch (IOException e) {
            throw new OutputFailure(e);
          }
        }

        @Override
        public void close() throws IOException {
          try {
            super.close();
          } catch (IOException e) {
            throw new OutputFailure(e);
          }
        }
      };
    };
  }

  private static void delete(Path folder) {
    try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: left to the system's cleaning
    }
  }

  /**
   * Refuses, as a usage error, an {@code --out} folder that PartnerOS may not replace (it exists,
   * is not empty and carries no marker), unless {@code --force} is given; called before any work.
   */
  void checkOut(Path out, boolean force, CommandLine command) throws EnvironmentFailure {
    if (force) {
      return;
    }
    try {
      Optional<String> refusal = OutputFolder.notOwned(out);
      if (refusal.isPresent()) {
        throw new ParameterException(command, "--out " + refusal.get());
      }
    } catch (IOException e) {
      throw new EnvironmentFailure("cannot read " + out + ": " + Context.describe(e), e);
    }
  }

  /**
   * Starts the output of a run into {@code --out} ({@link OutputFolder}): early, before the
   * portfolio is read, so that a folder that cannot be written fails the run at once.
   */
  OutputFolder open(Path out, CommandLine command) throws EnvironmentFailure {
    try {
      return OutputFolder.open(out, command.getCommandSpec().qualifiedName(), context.hook());
    } catch (IOException e) {
      throw new EnvironmentFailure("cannot write to " + out + ": " + Context.describe(e), e);
    }
  }

  /**
   * Writes these files into the run's output and replaces {@code --out} with them, all or nothing.
   *
   * @return the files' paths under {@code --out}, in order
   */
  List<Path> write(Map<String, String> files, OutputFolder folder, Path out) throws EnvironmentFailure {
    List<Path> written = new ArrayList<>();
    String step = "";
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        step = " (" + file.getKey() + ")";
        written.add(folder.write(file.getKey(), file.getValue()));
      }
      step = "";
      folder.commit();
      return written;
    } catch (IOException e) {
      throw new EnvironmentFailure("cannot write to " + out + step + ": " + Context.describe(e)
          + "; its previous content is unchanged", e);
    }
  }

  /**
   * Refuses, as a usage error, an as-of date outside the program history: before the first
   * version's {@code effectiveFrom} (when {@code lower}) or more than {@value #YEARS_AHEAD} years after
   * the latest version's; and notes on standard error how a date that is not a quarter end is
   * treated.
   */
  void checkAsOf(LocalDate asOf, List<ProgramDocument> versions, boolean lower, CommandLine command) {
    LocalDate first = versions.stream().map(ProgramDocument::effectiveFrom).min(LocalDate::compareTo).orElseThrow();
    LocalDate latest = versions.stream().map(ProgramDocument::effectiveFrom).max(LocalDate::compareTo).orElseThrow();
    LocalDate last = latest.plusYears(YEARS_AHEAD);
    if ((lower && asOf.isBefore(first)) || asOf.isAfter(last)) {
      throw new ParameterException(command, "--as-of must be " + (lower ? "from " + first
          + " (the first program version's effectiveFrom) " : "") + "up to " + last + " (" + YEARS_AHEAD
          + " years after the latest program version's effectiveFrom " + latest + "), but was " + asOf);
    }
    FiscalCalendar calendar = versions.get(0).fiscalCalendar();
    LocalDate quarterEnd = calendar.quarterOf(asOf).endInclusive();
    if (!quarterEnd.equals(asOf)) {
      LocalDate scored = calendar.quarterOf(asOf).startInclusive().minusDays(1);
      context.err().println("note: --as-of " + asOf + " is not the end of a fiscal quarter: facts dated up to it "
          + "are read, but the quarter ending " + quarterEnd + " is not scored; "
          + (lower && scored.isBefore(first) ? "no quarter has ended under the program yet"
              : "the last scored quarter ends on " + scored));
    }
  }

  void printInput(InvalidInputException e) {
    int count = e.problems().size();
    context.err().println("error: invalid input (" + count + (count == 1 ? " problem" : " problems")
        + "); nothing was evaluated or written:");
    ProblemReport report = context.problems();
    for (CsvProblem p : e.problems()) {
      report.report(context.err(), "  " + p);
    }
  }

  void printProblems(String prefix, List<Problem> problems) {
    ProblemReport report = context.problems();
    for (Problem p : problems) {
      report.report(context.err(), prefix + p);
    }
  }

  static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}
