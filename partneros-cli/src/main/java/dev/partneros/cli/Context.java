package dev.partneros.cli;

import dev.partneros.portfolio.PortfolioEvaluator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What every command of one run shares: the output streams, the evaluator factory and the
 * {@code --debug} flag; and the one place that turns a failure into its exit code and message.
 * Used by one thread.
 */
final class Context {

  private final PrintStream out;
  private final PrintStream err;
  private final Supplier<PortfolioEvaluator> evaluators;
  private boolean debug;

  Context(PrintStream out, PrintStream err, Supplier<PortfolioEvaluator> evaluators) {
    this.out = out;
    this.err = err;
    this.evaluators = evaluators;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** Returns a new evaluator with every module of this build, before options such as the MDF pool. */
  PortfolioEvaluator evaluator() {
    return evaluators.get();
  }

  void debug(boolean on) {
    this.debug = on;
  }

  /**
   * Prints a failure and returns its exit code: {@link InputRejected} (already printed) is invalid
   * input; an {@link EnvironmentFailure}, an {@link IOException} or an {@link OutOfMemoryError}
   * anywhere in the causes is an environment failure; anything else is an internal error. The
   * stack trace is printed only under {@code --debug}.
   */
  int fail(Throwable failure) {
    try {
      if (failure instanceof InputRejected) {
        return PartnerOsCli.INVALID_INPUT;
      }
      OutOfMemoryError memory = cause(failure, OutOfMemoryError.class);
      if (memory != null) {
        err.println("error: the JVM ran out of memory (" + describe(memory) + "); give it more, for example "
            + "JAVA_OPTS=-Xmx4g for bin/partneros or java -Xmx4g -jar partneros-cli.jar");
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
      err.println("error: internal error (" + describe(failure) + "); please re-run with --debug and report "
          + "the stack trace it prints");
      trace(failure);
      return PartnerOsCli.INTERNAL;
    } finally {
      err.flush();
    }
  }

  private void trace(Throwable failure) {
    if (debug) {
      failure.printStackTrace(err);
    }
  }

  /** Names a failure in one line: its class and message (the message's first line). */
  static String describe(Throwable failure) {
    Throwable shown = failure instanceof UncheckedIOException && failure.getCause() != null
        ? failure.getCause() : failure;
    String message = shown.getMessage();
    String name = shown.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return name;
    }
    String line = message.strip().lines().findFirst().orElse("");
    return String.format(Locale.ROOT, "%s: %s", name, line);
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
