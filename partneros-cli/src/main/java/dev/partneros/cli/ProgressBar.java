package dev.partneros.cli;

import dev.partneros.portfolio.PortfolioEvaluator.ProgressListener;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress of one long phase on standard error ({@code docs/cli.md#progress}). On a terminal a
 * bar redrawn in place ({@code \r}) each time the percentage moves, with the rate and the time left,
 * ended with a line feed. Otherwise (a file, a pipe, a log) no carriage return ever: a line every
 * {@link #LOG_EVERY_SECONDS} seconds while the phase runs and one summary line when it ends (count,
 * duration, rate). Silent for phases of fewer than {@link #LONG_RUN} units and under {@code --quiet}.
 * A phase that reaches its total starts over (diff evaluates twice). Thread-safe (the evaluator
 * reports from several threads).
 */
final class ProgressBar implements ProgressListener {

  /** Phases of at least this many units (or of an unknown total) show progress. */
  static final int LONG_RUN = 500;

  /** Seconds between two lines of a running phase when standard error is not a terminal. */
  static final int LOG_EVERY_SECONDS = 30;

  /** Nanoseconds between two redraws of a phase of unknown total on a terminal. */
  private static final long REDRAW = 250_000_000L;

  private static final long SECOND = 1_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final String label;
  private final String unit;
  private final boolean enabled;
  private final ProgressDisplay display;
  private long start;
  private long lastShown;
  private long lastDone;
  private long lastTotal;
  private boolean open;
  private int shownPercent = -1;
  private int drawnWidth;

  /**
   * A phase's progress.
   *
   * @param err standard error
   * @param label the phase, such as {@code evaluating}
   * @param unit what is counted, plural, such as {@code partners} or {@code rows}
   * @param quiet {@code --quiet}: show nothing
   * @param total units in the phase, zero or less when unknown
   * @param display terminal or log, and the clock
   */
  ProgressBar(PrintStream err, String label, String unit, boolean quiet, long total, ProgressDisplay display) {
    this.err = err;
    this.label = label;
    this.unit = unit;
    this.enabled = !quiet && (total <= 0 || total >= LONG_RUN);
    this.display = display;
    this.start = display.now();
    this.lastShown = start;
  }

  @Override
  public void progress(int done, int total) {
    progress((long) done, (long) total);
  }

  /**
   * Reports that {@code done} of {@code total} units are done.
   *
   * @param done units done so far
   * @param total units in all, zero or less when unknown
   */
  synchronized void progress(long done, long total) {
    if (!enabled) {
      return;
    }
    long now = display.now();
    long elapsed = now - start;
    boolean finished = total > 0 && done >= total;
    lastDone = done;
    lastTotal = total;
    open = !finished;
    if (display.terminal()) {
      draw(done, total, now, elapsed, finished);
    } else if (finished) {
      err.println(summary(label, done, elapsed, unit));
    } else if (now - lastShown >= LOG_EVERY_SECONDS * SECOND) {
      lastShown = now;
      err.println(label + ": " + status(done, total, elapsed, unit));
    }
    if (finished) {
      restart(now);
    }
    err.flush();
  }

  /**
   * Ends the phase when its last report fell short of its total (a phase that reports every so many
   * units) or its total is unknown: shows it done, with the total or, when unknown, the last count.
   * Does nothing when the phase already ended or never reported.
   */
  synchronized void finish() {
    if (!enabled || !open) {
      return;
    }
    if (lastTotal > 0) {
      progress(lastTotal, lastTotal);
      return;
    }
    long now = display.now();
    long elapsed = now - start;
    if (display.terminal()) {
      String line = label + " " + status(lastDone, lastTotal, elapsed, unit) + ", in " + ProgressText.duration(elapsed);
      err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
      err.println();
    } else {
      err.println(summary(label, lastDone, elapsed, unit));
    }
    open = false;
    restart(now);
    err.flush();
  }

  private void restart(long now) {
    start = now; // the next run of this phase times itself
    lastShown = now;
    shownPercent = -1;
    drawnWidth = 0;
  }

  private void draw(long done, long total, long now, long elapsed, boolean finished) {
    String line;
    if (total > 0) {
      int percent = (int) Math.min(100, 100 * done / total);
      if (percent == shownPercent && !finished) {
        return;
      }
      shownPercent = percent;
      int filled = WIDTH * percent / 100;
      line = label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + status(done, total, elapsed, unit);
    } else {
      if (drawnWidth > 0 && now - lastShown < REDRAW) {
        return;
      }
      lastShown = now;
      line = label + " " + status(done, total, elapsed, unit);
    }
    // Blanks over what is left of a longer line drawn before.
    String padding = " ".repeat(Math.max(0, drawnWidth - line.length()));
    drawnWidth = line.length();
    err.print("\r" + line + padding);
    if (finished) {
      err.println();
    }
  }

  /**
   * The state of a phase: {@code 45 % (450,000/1,000,000 partners, 15,000 partners/s, 37 s left)};
   * {@code 100 % (1,000,000/1,000,000 partners, 15,151 partners/s, in 1:06)} at the end;
   * {@code 12,345 rows (4,000 rows/s)} when the total is unknown; the rate and time left only once
   * they are known.
   */
  static String status(long done, long total, long elapsed, String unit) {
    List<String> parts = new ArrayList<>();
    String head;
    if (total > 0) {
      head = Math.min(100, 100 * done / total) + " % (" + ProgressText.count(done) + "/" + ProgressText.count(total)
          + " " + unit;
    } else {
      head = ProgressText.count(done) + " " + unit + " (";
    }
    ProgressText.rate(done, elapsed, unit).ifPresent(parts::add);
    if (total > 0) {
      parts.add(0, head);
      if (done >= total) {
        parts.add("in " + ProgressText.duration(elapsed));
      } else {
        ProgressText.left(done, total, elapsed).ifPresent(parts::add);
      }
      return String.join(", ", parts) + ")";
    }
    return parts.isEmpty() ? ProgressText.count(done) + " " + unit : head + String.join(", ", parts) + ")";
  }

  /** The line that ends a phase: {@code evaluating: 1,000,000 partners in 1:06 (15,151 partners/s)}. */
  static String summary(String label, long done, long elapsed, String unit) {
    return label + ": " + ProgressText.count(done) + " " + unit + " in " + ProgressText.duration(elapsed)
        + ProgressText.rate(done, elapsed, unit).map(r -> " (" + r + ")").orElse("");
  }
}
