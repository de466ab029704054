package dev.partneros.cli;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.CsvProblem;
import dev.partneros.portfolio.InvalidInputException;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioDiff;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.PortfolioReader;
import dev.partneros.portfolio.PortfolioWriter;
import dev.partneros.portfolio.ProgramVersions;
import dev.partneros.portfolio.TiersMdfModule;
import dev.partneros.portfolio.report.DiffReport;
import dev.partneros.portfolio.report.ReportFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The portfolio evaluator's command line: {@code evaluate}, {@code diff}, {@code validate} and
 * {@code generate} (run {@code help} for the options).
 *
 * <p>Exit codes: 0 success; 1 invalid input (a program file, a portfolio row, an unwritable output),
 * with every problem printed on standard error, never a stack trace; 2 usage (an unknown command or
 * option, a missing or malformed value), with the usage printed. Results go to standard output and to
 * the files written; a progress bar for long runs goes to standard error ({@code --quiet} silences
 * it). Nothing is written when an input has any problem.
 *
 * <p>Run it with {@code java -cp "$(cat partneros-examples/target/classpath.txt):partneros-examples/target/classes"
 * dev.partneros.cli.PartnerOsCli evaluate ...} after
 * {@code mvn -B -q -DskipTests package -pl partneros-examples -am}.
 */
public final class PartnerOsCli {

  /** Success. */
  public static final int OK = 0;
  /** Invalid input: every problem was printed. */
  public static final int INVALID_INPUT = 1;
  /** Usage error: the usage was printed. */
  public static final int USAGE = 2;

  static final String USAGE_TEXT = String.join("\n",
      "Usage: partneros <command> [options]",
      "",
      "Commands:",
      "  evaluate  --program FILE [--program FILE ...] --portfolio DIR|FILE.json --as-of YYYY-MM-DD --out DIR",
      "            [--mdf-pool AMOUNT] [--quiet]",
      "            Evaluates a portfolio under a program history (one file per version) and writes",
      "            report.txt, report.html, evaluation.json and CSV files into DIR.",
      "  diff      --base FILE --candidate FILE --portfolio DIR|FILE.json --as-of YYYY-MM-DD [--out DIR]",
      "            [--mdf-pool AMOUNT] [--quiet]",
      "            Evaluates the portfolio under each program (as if in force throughout) and prints every",
      "            partner whose tier, health band, commission or MDF changes, with the totals.",
      "  validate  FILE [FILE ...]",
      "            Checks program files: every section read by its module, every problem with its path.",
      "  generate  --partners N --out DIR [--seed S] [--from YYYY-Qn] [--quarters N] [--format csv|json]",
      "            [--program FILE]",
      "            Writes a synthetic portfolio (the same seed always gives the same files).",
      "  help      Prints this text.",
      "",
      "Exit codes: 0 success, 1 invalid input (every problem printed), 2 usage.",
      "");

  private final PrintStream out;
  private final PrintStream err;

  private PartnerOsCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs a command and exits with its code (only when it is not 0, so that Maven's exec:java, which
   * runs in the build's JVM, finishes normally on success).
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, stdout, stderr);
    if (code != OK) {
      System.exit(code);
    }
  }

  /**
   * Runs a command.
   *
   * @param args the command and its options, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return the exit code: {@link #OK}, {@link #INVALID_INPUT} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    requireNonNull(args, "args");
    PartnerOsCli cli = new PartnerOsCli(requireNonNull(out, "out"), requireNonNull(err, "err"));
    try {
      if (args.length == 0) {
        throw new UsageException("no command given");
      }
      List<String> rest = Arrays.asList(args).subList(1, args.length);
      switch (args[0]) {
        case "evaluate":
          return cli.evaluate(rest);
        case "diff":
          return cli.diff(rest);
        case "validate":
          return cli.validate(rest);
        case "generate":
          return cli.generate(rest);
        case "help":
        case "--help":
        case "-h":
          out.print(USAGE_TEXT);
          return OK;
        default:
          throw new UsageException("unknown command " + args[0]);
      }
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println();
      err.print(USAGE_TEXT);
      return USAGE;
    } catch (Failed e) {
      return INVALID_INPUT;
    }
  }

  /** Thrown once every problem has been printed. */
  private static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
  }

  // ---------------------------------------------------------------------------------------------
  // evaluate

  private int evaluate(List<String> args) throws UsageException, Failed {
    Arguments a = Arguments.parse(args, Set.of("program", "portfolio", "as-of", "out", "mdf-pool"), Set.of("quiet"));
    noPositional(a);
    if (a.all("program").isEmpty()) {
      throw new UsageException("--program is required (once per program version)");
    }
    Path portfolioPath = a.path("portfolio");
    LocalDate asOf = a.date("as-of");
    Path folder = a.path("out");
    boolean quiet = a.flag("quiet");
    Optional<String> pool = a.optional("mdf-pool");
    ProgramHistory history = history(a.all("program"));
    PortfolioEvaluator evaluator = evaluator(pool, history.versions().get(0).currency());
    Portfolio portfolio = read(history, portfolioPath);
    PortfolioEvaluation evaluation = evaluateOrFail(evaluator, history, portfolio, asOf, quiet);
    Map<String, String> files = ReportFiles.render(evaluation);
    List<Path> written = write(files, folder);
    out.println("Evaluated " + evaluation.partners().size() + " partners and " + evaluation.deals().size()
        + " deals as of " + asOf + " under " + evaluation.versions());
    out.println("Tiers:    " + evaluation.tierDistribution());
    out.println("Health:   " + evaluation.bandDistribution());
    out.println("In grace: " + evaluation.inGrace().size());
    evaluation.notEvaluated().forEach(n -> out.println("Note:     " + n));
    out.println("Wrote " + written.size() + " files to " + folder + ": " + String.join(", ", files.keySet()));
    return OK;
  }

  private static PortfolioEvaluator evaluator(Optional<String> pool, Currency currency) throws UsageException {
    if (pool.isEmpty()) {
      return PortfolioEvaluator.standard();
    }
    try {
      return PortfolioEvaluator.standard().withMdf(TiersMdfModule.withPool(Money.of(new java.math.BigDecimal(
          pool.get()), currency)));
    } catch (NumberFormatException | PartnerOsException e) {
      throw new UsageException("--mdf-pool must be an amount in " + currency.getCurrencyCode()
          + " such as 300000.00, but was " + pool.get());
    }
  }

  private PortfolioEvaluation evaluateOrFail(PortfolioEvaluator evaluator, ProgramHistory history,
      Portfolio portfolio, LocalDate asOf, boolean quiet) throws Failed {
    try {
      ProgressBar bar = new ProgressBar(err, "evaluating", quiet, portfolio.partners().size());
      return evaluator.evaluate(history, portfolio, asOf, bar);
    } catch (InvalidInputException e) {
      printInput(e);
      throw new Failed();
    } catch (PartnerOsException e) {
      printProblems("", e.problems());
      throw new Failed();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // diff

  private int diff(List<String> args) throws UsageException, Failed {
    Arguments a = Arguments.parse(args, Set.of("base", "candidate", "portfolio", "as-of", "out", "mdf-pool"),
        Set.of("quiet"));
    noPositional(a);
    String basePath = a.required("base");
    String candidatePath = a.required("candidate");
    Path portfolioPath = a.path("portfolio");
    LocalDate asOf = a.date("as-of");
    Optional<String> folder = a.optional("out");
    boolean quiet = a.flag("quiet");
    Optional<String> pool = a.optional("mdf-pool");
    List<ProgramDocument> docs = load(List.of(basePath, candidatePath));
    PortfolioEvaluator evaluator = evaluator(pool, docs.get(0).currency());
    Portfolio portfolio = read(ProgramHistory.of(docs.get(0)), portfolioPath);
    PortfolioDiff diff;
    try {
      diff = PortfolioDiff.compare(evaluator, docs.get(0), docs.get(1), portfolio, asOf,
          new ProgressBar(err, "evaluating", quiet, portfolio.partners().size()));
    } catch (InvalidInputException e) {
      printInput(e);
      throw new Failed();
    } catch (PartnerOsException e) {
      printProblems("", e.problems());
      throw new Failed();
    }
    Map<String, String> files = DiffReport.render(diff);
    out.print(files.get("diff.txt"));
    if (folder.isPresent()) {
      List<Path> written = write(files, Path.of(folder.get()));
      out.println("Wrote " + written.size() + " files to " + folder.get() + ": " + String.join(", ", files.keySet()));
    }
    return OK;
  }

  // ---------------------------------------------------------------------------------------------
  // validate

  private int validate(List<String> args) throws UsageException, Failed {
    Arguments a = Arguments.parse(args, Set.of(), Set.of());
    if (a.positional().isEmpty()) {
      throw new UsageException("validate needs at least one program file");
    }
    boolean failed = false;
    List<ProgramDocument> docs = new ArrayList<>();
    for (String file : a.positional()) {
      String name = Path.of(file).getFileName().toString();
      ProgramDocument doc;
      try {
        doc = ProgramLoader.strict().load(Path.of(file));
      } catch (InvalidProgramException e) {
        printProblems(name + ": ", e.problems());
        failed = true;
        continue;
      }
      List<Problem> problems = ProgramVersions.lint(doc);
      for (Problem p : problems) {
        (p.isError() ? err : out).println(name + ": " + p);
      }
      if (problems.stream().anyMatch(Problem::isError)) {
        failed = true;
      } else {
        docs.add(doc);
        out.println(name + ": OK, " + doc.program() + " " + doc.version() + " from " + doc.effectiveFrom()
            + ", sections " + doc.sectionNames());
      }
    }
    if (!failed && docs.size() > 1) {
      try {
        ProgramVersions.of(ProgramHistory.of(docs));
        out.println("The " + docs.size() + " files form one history: " + ProgramHistory.of(docs));
      } catch (InvalidProgramException e) {
        printProblems("history: ", e.problems());
        failed = true;
      }
    }
    if (failed) {
      throw new Failed();
    }
    return OK;
  }

  // ---------------------------------------------------------------------------------------------
  // generate

  private int generate(List<String> args) throws UsageException, Failed {
    Arguments a = Arguments.parse(args, Set.of("partners", "seed", "from", "quarters", "format", "out", "program"),
        Set.of());
    noPositional(a);
    int partners = a.integer("partners", -1, 1, 1_000_000);
    if (partners < 0) {
      throw new UsageException("--partners is required");
    }
    long seed = a.longValue("seed", 1L);
    YearQuarter from;
    String fromText = a.optional("from").orElse("2026-Q1");
    try {
      from = YearQuarter.parse(fromText);
    } catch (PartnerOsException e) {
      throw new UsageException("--from must be a quarter such as 2026-Q1, but was " + fromText);
    }
    int quarters = a.integer("quarters", 8, 1, 40);
    String format = a.optional("format").orElse("csv");
    if (!format.equals("csv") && !format.equals("json")) {
      throw new UsageException("--format must be csv or json, but was " + format);
    }
    Path folder = a.path("out");
    Currency currency = Currency.getInstance("USD");
    TierLadder ladder = TierLadder.standard();
    Optional<String> program = a.optional("program");
    if (program.isPresent()) {
      ProgramDocument doc = load(List.of(program.get())).get(0);
      currency = doc.currency();
      ladder = doc.ladder();
    }
    Portfolio portfolio = PortfolioGenerator.generate(new PortfolioGenerator.Options(partners, seed, from, quarters,
        currency, ladder));
    Map<String, String> files = format.equals("csv") ? PortfolioWriter.csv(portfolio)
        : Map.of("portfolio.json", PortfolioWriter.json(portfolio));
    List<Path> written = write(files, folder);
    out.println("Generated " + portfolio.summary() + " (seed " + seed + ", " + quarters + " quarters from " + from
        + ")");
    out.println("Wrote " + written.size() + " files to " + folder);
    return OK;
  }

  // ---------------------------------------------------------------------------------------------
  // shared

  private static void noPositional(Arguments a) throws UsageException {
    if (!a.positional().isEmpty()) {
      throw new UsageException("unexpected argument " + a.positional().get(0));
    }
  }

  private List<ProgramDocument> load(List<String> files) throws Failed {
    List<ProgramDocument> docs = new ArrayList<>();
    boolean failed = false;
    for (String file : files) {
      String name = Path.of(file).getFileName().toString();
      try {
        ProgramDocument doc = ProgramLoader.strict().load(Path.of(file));
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
      throw new Failed();
    }
    return docs;
  }

  private ProgramHistory history(List<String> files) throws Failed {
    List<ProgramDocument> docs = load(files);
    try {
      ProgramHistory history = ProgramHistory.of(docs);
      ProgramVersions.of(history);
      return history;
    } catch (InvalidProgramException e) {
      printProblems("program history: ", e.problems());
      throw new Failed();
    }
  }

  private Portfolio read(ProgramHistory history, Path path) throws Failed {
    try {
      return PortfolioReader.of(history.versions().get(0)).read(path);
    } catch (InvalidInputException e) {
      printInput(e);
      throw new Failed();
    }
  }

  private List<Path> write(Map<String, String> files, Path folder) throws Failed {
    try {
      return ReportFiles.write(files, folder);
    } catch (IOException e) {
      err.println("error: cannot write to " + folder + ": " + e.getMessage());
      throw new Failed();
    }
  }

  private void printInput(InvalidInputException e) {
    err.println("error: invalid input (" + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
        + "); nothing was evaluated or written:");
    for (CsvProblem p : e.problems()) {
      err.println("  " + p);
    }
  }

  private void printProblems(String prefix, List<Problem> problems) {
    for (Problem p : problems) {
      err.println(prefix + p);
    }
  }

  /**
   * Returns the usage text.
   *
   * @return never null
   */
  public static String usage() {
    return USAGE_TEXT;
  }
}
