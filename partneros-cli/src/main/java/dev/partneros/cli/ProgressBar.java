package dev.partneros.cli;

import dev.partneros.portfolio.PortfolioEvaluator.ProgressListener;
import java.io.PrintStream;

/**
 * A progress bar on standard error for long runs: redrawn in place ({@code \r}) each time the
 * percentage moves, ended with a line feed. Silent for runs below {@link #LONG_RUN} partners and
 * when the user asked for {@code --quiet}. Thread-safe (the evaluator reports from several threads).
 */
final class ProgressBar implements ProgressListener {

  /** Runs of at least this many partners show a bar. */
  static final int LONG_RUN = 500;

  private static final int WIDTH = 30;

  private final PrintStream err;
  private final String label;
  private final boolean enabled;
  private int shown = -1;

  ProgressBar(PrintStream err, String label, boolean quiet, int total) {
    this.err = err;
    this.label = label;
    this.enabled = !quiet && total >= LONG_RUN;
  }

  @Override
  public synchronized void progress(int done, int total) {
    if (!enabled || total <= 0) {
      return;
    }
    int percent = (int) (100L * done / total);
    if (percent == shown) {
      return;
    }
    shown = percent;
    int filled = WIDTH * percent / 100;
    err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + " % (" + done
        + "/" + total + " partners)");
    if (done == total) {
      err.println();
      shown = -1; // a second run (diff evaluates twice) draws its own bar
    }
    err.flush();
  }
}
