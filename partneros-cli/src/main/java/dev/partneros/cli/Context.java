package dev.partneros.cli;

import dev.partneros.portfolio.PortfolioEvaluator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every command of one run shares: the output streams, the evaluator factory, the output
 * failure hook of the tests, how progress is shown, the {@code --debug} flag and the problem report; and the one place that
 * turns a failure into its exit code and message. Used by one thread.
 */
final class Context {

  /** Memory given back when the JVM runs out of it, so that the message can still be printed. */
  private static final int RESERVE = 1 << 20;

  private final PrintStream out;
  private final PrintStream err;
  private final Supplier<PortfolioEvaluator> evaluators;
  private final OutputFolder.Hook hook;
  private final ProgressDisplay display;
  private final ProblemReport problems = new ProblemReport();
  private boolean debug;
  private Optional<byte[]> reserve = Optional.of(new byte[RESERVE]);

  Context(PrintStream out, PrintStream err, Supplier<PortfolioEvaluator> evaluators, OutputFolder.Hook hook,
      ProgressDisplay display) {
    this.out = out;
    this.err = err;
    this.evaluators = evaluators;
    this.hook = hook;
    this.display = display;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /**
   * A progress bar on standard error for one phase, drawn as this run's display says
   * ({@code docs/cli.md#progress}).
   *
   * @param label the phase, such as {@code evaluating}
   * @param unit what is counted, plural, such as {@code partners}
   * @param quiet {@code --quiet}
   * @param total units in the phase, zero or less when unknown
   */
  ProgressBar progress(String label, String unit, boolean quiet, long total) {
    return new ProgressBar(err, label, unit, quiet, total, display);
  }

  /** Returns a new evaluator with every module of this build, before options such as the MDF pool. */
  PortfolioEvaluator evaluator() {
    return evaluators.get();
  }

  /** Where the tests inject output failures; {@link OutputFolder.Hook#NONE} otherwise. */
  OutputFolder.Hook hook() {
    return hook;
  }

  /** The problems of this run, capped on the terminal by {@code --max-problems}. */
  ProblemReport problems() {
    return problems;
  }

  void debug(boolean on) {
    this.debug = on;
  }

  /**
   * Ends a run that returned an exit code: says how many problems were not printed and writes the
   * problems file (for exit codes 0 and 1).
   *
   * @param code the command's exit code
   * @return the exit code, or {@link PartnerOsCli#ENVIRONMENT} if the problems file cannot be written
   */
  int finish(int code) {
    try {
      problems.finish(err, code == PartnerOsCli.OK || code == PartnerOsCli.INVALID_INPUT);
      return code;
    } catch (EnvironmentFailure e) {
      return fail(e, Optional.empty());
    } finally {
      err.flush();
    }
  }

  /**
   * Prints a failure and returns its exit code: {@link InputRejected} (already printed) is invalid
   * input; an {@link EnvironmentFailure}, an {@link IOException} or an {@link OutOfMemoryError}
   * anywhere in the causes is an environment failure; anything else is an internal error. One
   * line; the stack trace only under {@code --debug}.
   *
   * @param failure what was thrown
   * @param command the command that failed, such as {@code partneros evaluate}, when known
   */
  int fail(Throwable failure, Optional<String> command) {
    reserve = Optional.empty(); // first of all: room to print in when memory ran out
    try {
      if (failure instanceof InputRejected) {
        return PartnerOsCli.INVALID_INPUT;
      }
      OutOfMemoryError memory = cause(failure, OutOfMemoryError.class);
      if (memory != null) {
        err.println(outOfMemory(memory, Runtime.getRuntime().maxMemory()));
        trace(failure);
        return PartnerOsCli.ENVIRONMENT;
      }
      EnvironmentFailure environment = cause(failure, EnvironmentFailure.class);
      if (environment != null) {
        err.println("error: " + environment.getMessage());
        trace(failure);
        return PartnerOsCli.ENVIRONMENT;
      }
      IOException io = cause(failure, IOException.class);
      if (io != null) {
        err.println("error: input/output failure: " + describe(io));
        trace(failure);
        return PartnerOsCli.ENVIRONMENT;
      }
      StackTraceElement[] frames = failure.getStackTrace();
      err.println("error: internal error" + command.map(c -> " in " + c).orElse("") + " (" + describe(failure)
          + (frames.length == 0 ? "" : " at " + frames[0]) + "); "
          + (debug ? "the stack trace follows; please report it" : "run again with --debug for the stack trace, "
          + "and please report it"));
      trace(failure);
      return PartnerOsCli.INTERNAL;
    } finally {
      err.flush();
    }
  }

  /**
   * The one line for a JVM out of memory: the heap it had, and twice that to try, set the two ways
   * the command runs ({@code JAVA_OPTS} for the launcher {@code bin/partneros}, {@code java -Xmx}).
   */
  static String outOfMemory(OutOfMemoryError memory, long maxHeap) {
    String heap = maxHeap == Long.MAX_VALUE ? "no set limit" : "a heap of at most " + mebibytes(maxHeap) + " MiB";
    String more = maxHeap == Long.MAX_VALUE ? "4g" : xmx(2 * maxHeap);
    return "error: the JVM ran out of memory (" + describe(memory) + ") with " + heap + "; give it more, for example "
        + "-Xmx" + more + ": JAVA_OPTS=-Xmx" + more + " bin/partneros ..., or java -Xmx" + more
        + " -jar partneros-cli.jar ...";
  }

  /** An {@code -Xmx} value of at least the given size: whole GiB from 1 GiB, else multiples of 128 MiB. */
  static String xmx(long bytes) {
    long mib = mebibytes(bytes);
    if (mib >= 1024) {
      return ((mib + 1023) / 1024) + "g";
    }
    return Math.max(128, (mib + 127) / 128 * 128) + "m";
  }

  private static long mebibytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }

  private void trace(Throwable failure) {
    if (debug) {
      failure.printStackTrace(err);
    }
  }

  /**
   * Names a failure in one line: an input/output failure in words, with its file
   * ({@code docs/problems.md#what-a-problem-carries}); any other failure (a defect, the JVM out of
   * memory) by its class and message (the message's first line), for the report.
   */
  static String describe(Throwable failure) {
    Throwable shown = failure instanceof UncheckedIOException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (shown instanceof IOException) {
      return inWords((IOException) shown);
    }
    String message = shown.getMessage();
    String name = shown.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return name;
    }
    String line = message.strip().lines().findFirst().orElse("");
    return String.format(Locale.ROOT, "%s: %s", name, line);
  }

  /** An input/output failure in words: the file and why, never the exception's class, never "null". */
  static String inWords(IOException e) {
    String file = e instanceof FileSystemException ? ((FileSystemException) e).getFile() : null;
    String other = e instanceof FileSystemException ? ((FileSystemException) e).getOtherFile() : null;
    if (file != null) {
      if (e instanceof NoSuchFileException) {
        return file + " does not exist";
      }
      if (e instanceof FileAlreadyExistsException) {
        return file + " already exists";
      }
      if (e instanceof AccessDeniedException) {
        return file + ": permission denied";
      }
      if (e instanceof NotDirectoryException) {
        return file + " is not a folder";
      }
      if (e instanceof DirectoryNotEmptyException) {
        return file + " is a folder that is not empty";
      }
      String reason = ((FileSystemException) e).getReason();
      return file + (other == null ? "" : " -> " + other) + ": "
          + (reason == null || reason.isBlank() ? "an input/output error" : firstLine(reason));
    }
    String message = e.getMessage();
    if (message == null || message.isBlank() || message.strip().equals("null")) {
      return "an input/output error the system did not explain";
    }
    return firstLine(message);
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }

  private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
