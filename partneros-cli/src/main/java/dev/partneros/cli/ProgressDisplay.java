package dev.partneros.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * How a run shows its progress on standard error, decided once per run and injected into the
 * commands: drawn in place ({@code \r}) when standard error is a terminal, or as plain lines (a
 * sparse line while running, a summary line at the end) when it goes to a file, a pipe or a log
 * ({@code docs/cli.md#progress}); and the clock that times the rate and the time left (no hidden
 * clock: {@link PartnerOsCli#main(String[])} passes {@link System#nanoTime()}, the tests a fake).
 */
final class ProgressDisplay {

  private final boolean terminal;
  private final LongSupplier nanos;

  private ProgressDisplay(boolean terminal, LongSupplier nanos) {
    this.terminal = terminal;
    this.nanos = requireNonNull(nanos, "nanos");
  }

  /** Progress drawn in place on a terminal, timed by the given clock (nanoseconds, any origin). */
  static ProgressDisplay terminal(LongSupplier nanos) {
    return new ProgressDisplay(true, nanos);
  }

  /** Progress as plain lines for a log, timed by the given clock (nanoseconds, any origin). */
  static ProgressDisplay log(LongSupplier nanos) {
    return new ProgressDisplay(false, nanos);
  }

  /**
   * The display of the JVM's own standard error, with {@link System#nanoTime()}: a terminal when
   * {@link #standardErrorIsTerminal()} says so, a log otherwise.
   */
  static ProgressDisplay ofThisProcess() {
    return new ProgressDisplay(standardErrorIsTerminal(), System::nanoTime);
  }

  /**
   * Whether this process's standard error is a terminal. On Linux, where {@code /proc/self/fd/2}
   * names the file behind standard error, it is a terminal when that is a terminal device
   * ({@code /dev/pts/N}, {@code /dev/ttyN}, {@code /dev/console}). Elsewhere the JDK 17 test,
   * {@code System.console() != null}, which looks at standard input and output, not error: there,
   * {@code 2>log} with a terminal on standard output still draws in place (use {@code --quiet}).
   */
  static boolean standardErrorIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        return isTerminalDevice(Files.readSymbolicLink(fd).toString());
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // no /proc here: fall back to the console test below
    }
    return System.console() != null;
  }

  /** Whether a device path names a terminal: {@code /dev/pts/N}, {@code /dev/ttyN}, {@code /dev/console}. */
  static boolean isTerminalDevice(String device) {
    return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
  }

  /** Whether progress is drawn in place ({@code true}) or printed as lines ({@code false}). */
  boolean terminal() {
    return terminal;
  }

  /** The clock's current reading, in nanoseconds from an arbitrary origin. */
  long now() {
    return nanos.getAsLong();
  }
}
