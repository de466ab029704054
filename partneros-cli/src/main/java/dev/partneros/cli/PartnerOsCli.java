package dev.partneros.cli;

import static java.util.Objects.requireNonNull;

import dev.partneros.portfolio.PortfolioEvaluator;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code partneros} command: {@code evaluate}, {@code diff}, {@code validate}, {@code generate},
 * {@code explain} and {@code generate-completion} (run {@code partneros --help}, or
 * {@code partneros <command> --help}, for the options).
 *
 * <p>Exit codes, the same for every command: {@value #OK} success; {@value #INVALID_INPUT} invalid
 * input (a program file, a portfolio row, an unknown partner), with the problems printed on
 * standard error (the first {@code --max-problems}, 1,000 by default, then how many more; all of
 * them in {@code --problems-file}) and nothing written; {@value #USAGE} usage (an unknown command or
 * option, a missing or malformed value, an as-of date outside the program history, an {@code --out}
 * folder PartnerOS does not own), with a message naming the option; {@value #ENVIRONMENT}
 * environment failure (an output folder that cannot be written, a full disk, the JVM out of
 * memory), one line naming the cause; {@value #INTERNAL} internal error (a defect), one line, with
 * the stack trace only under {@code --debug}. Results go to standard output and to the files
 * written; the progress of long runs goes to standard error, a bar on a terminal, lines otherwise
 * ({@code docs/cli.md#progress}; {@code --quiet} silences it).
 *
 * <p>The {@code --out} folder of {@code evaluate}, {@code diff} and {@code generate} is replaced as a
 * whole once every file is written and forced to the disk, or not at all ({@code OutputFolder}).
 *
 * <p>Stateless; each {@link #run(String[], PrintStream, PrintStream)} builds its own command line.
 */
@Command(name = "partneros", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Evaluates a partner book under a partner program: tiers, health, attribution, commission "
        + "and MDF, with every decision explained.",
    synopsisSubcommandLabel = "COMMAND", commandListHeading = "%nCommands:%n")
public final class PartnerOsCli {

  /** Success. */
  public static final int OK = 0;
  /** Invalid input: every problem was printed, nothing was written. */
  public static final int INVALID_INPUT = 1;
  /** Usage error: an unknown command or option, a missing or malformed value; the message names it. */
  public static final int USAGE = 2;
  /** Environment failure: an input/output error (an unwritable folder, a full disk) or out of memory. */
  public static final int ENVIRONMENT = 3;
  /** Internal error: a defect of PartnerOS; {@code --debug} prints its stack trace. */
  public static final int INTERNAL = 4;

  private final Context context;

  private PartnerOsCli(Context context) {
    this.context = context;
  }

  /**
   * Prints the stack trace of a failure (exit code 3 or 4); an option of every command.
   *
   * @param debug whether to print it
   */
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an environment failure or an internal error.")
  void debug(boolean debug) {
    context.debug(debug);
  }

  /**
   * How many problems of an invalid input to print; the rest are counted; an option of every command.
   *
   * @param max 0 or more
   */
  @Option(names = "--max-problems", paramLabel = "N", scope = ScopeType.INHERIT, converter = Converters.Count.class,
      description = "Print at most N problems of an invalid input, then how many more there are (0: only the "
          + "count). Default: " + ProblemReport.DEFAULT_MAX + ".")
  void maxProblems(int max) {
    context.problems().max(max);
  }

  /**
   * A file to write every problem into, one a line; an option of every command.
   *
   * @param file the file
   */
  @Option(names = "--problems-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Also write every problem, one a line as printed, into FILE (replaced when the command ends "
          + "with exit code 0 or 1; empty when there is none).")
  void problemsFile(Path file) {
    context.problems().file(file);
  }

  /**
   * Runs a command and exits the JVM with its exit code.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, stdout, stderr, PortfolioEvaluator::standard, OutputFolder.Hook.NONE,
        ProgressDisplay.ofThisProcess()));
  }

  /**
   * Runs a command, as {@link #main(String[])} does, without exiting. The streams are taken for a
   * log, not a terminal: progress, when shown, is printed as lines, never redrawn in place
   * ({@code docs/cli.md#progress}).
   *
   * @param args the command and its options, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return the exit code: {@link #OK}, {@link #INVALID_INPUT}, {@link #USAGE}, {@link #ENVIRONMENT}
   *     or {@link #INTERNAL}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, PortfolioEvaluator::standard);
  }

  /**
   * Runs a command whose evaluations start from the evaluators the factory makes (the tests inject
   * failures through it; the command line cannot reach it).
   */
  static int run(String[] args, PrintStream out, PrintStream err, Supplier<PortfolioEvaluator> evaluators) {
    return run(args, out, err, evaluators, OutputFolder.Hook.NONE);
  }

  /**
   * Runs a command with a failure injected into its output ({@link OutputFolder.Hook}; the tests
   * only).
   */
  static int run(String[] args, PrintStream out, PrintStream err, Supplier<PortfolioEvaluator> evaluators,
      OutputFolder.Hook hook) {
    return run(args, out, err, evaluators, hook, ProgressDisplay.log(System::nanoTime));
  }

  /**
   * Runs a command whose progress is shown as the display says: drawn in place on a terminal, or
   * as lines for a log ({@code docs/cli.md#progress}); {@link #main(String[])} looks at its own
   * standard error, the tests choose.
   */
  static int run(String[] args, PrintStream out, PrintStream err, Supplier<PortfolioEvaluator> evaluators,
      OutputFolder.Hook hook, ProgressDisplay display) {
    requireNonNull(args, "args");
    Context context = new Context(requireNonNull(out, "out"), requireNonNull(err, "err"),
        requireNonNull(evaluators, "evaluators"), requireNonNull(hook, "hook"), requireNonNull(display, "display"));
    try {
      return context.finish(execute(context, args));
    } catch (Throwable failure) { // what picocli lets through: errors such as OutOfMemoryError
      int code = context.fail(failure, Optional.empty());
      context.finish(code);
      return code;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Executes the command; the command line and everything the command made are unreachable once
   * this returns or throws, which frees the memory of a run that ran out of it.
   */
  private static int execute(Context context, String[] args) {
    return commandLine(context).execute(args);
  }

  /** Builds the command line of one run. */
  static CommandLine commandLine(Context context) {
    CommandLine line = new CommandLine(new PartnerOsCli(context));
    line.addSubcommand(new EvaluateCommand(context));
    line.addSubcommand(new DiffCommand(context));
    line.addSubcommand(new ValidateCommand(context));
    line.addSubcommand(new GenerateCommand(context));
    line.addSubcommand(new ExplainCommand(context));
    line.addSubcommand(new AutoComplete.GenerateCompletion());
    // picocli's completion command would print picocli's version.
    line.getSubcommands().get("generate-completion").getCommandSpec().versionProvider(new VersionProvider());
    line.setCaseInsensitiveEnumValuesAllowed(true);
    describeExitCodes(line);
    // After the subcommands: these settings reach the commands present when they are made.
    line.setOut(new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
    line.setErr(new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
    line.setParameterExceptionHandler(PartnerOsCli::usageError);
    line.setExecutionExceptionHandler((failure, command, parsed) -> context.fail(failure,
        Optional.of(command.getCommandSpec().qualifiedName())));
    return line;
  }

  private static void describeExitCodes(CommandLine line) {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(" " + OK, "success");
    codes.put(" " + INVALID_INPUT, "invalid input: every problem printed, nothing written");
    codes.put(" " + USAGE, "usage: unknown command or option, missing or malformed value");
    codes.put(" " + ENVIRONMENT, "environment: input/output failure or out of memory");
    codes.put(" " + INTERNAL, "internal error: re-run with --debug for the stack trace");
    CommandSpec spec = line.getCommandSpec();
    if (!spec.helpCommand()) {
      spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    }
    line.getSubcommands().values().forEach(PartnerOsCli::describeExitCodes);
  }

  /** Prints a usage error: the message naming the option, suggestions, where to find help. */
  private static int usageError(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    ParameterException shown = problem;
    if (problem instanceof MissingParameterException && !command.getUnmatchedArguments().isEmpty()) {
      // An unknown option explains a missing one better (a typo in a required option's name).
      shown = new UnmatchedArgumentException(command, command.getUnmatchedArguments());
    }
    String message = shown.getMessage();
    if (command.getParent() == null && shown instanceof UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
      message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
    }
    err.println("error: " + message);
    UnmatchedArgumentException.printSuggestions(shown, err);
    if (command.getParent() == null && args.length == 0) {
      err.println();
      command.usage(err);
    } else {
      err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
    }
    err.flush();
    return USAGE;
  }
}
