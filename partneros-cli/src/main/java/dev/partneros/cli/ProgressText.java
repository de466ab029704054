package dev.partneros.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The words and numbers of a progress line ({@code docs/cli.md#progress}): counts with thousands
 * separators, a rate per second, a duration and the time left. Pure functions of counts and
 * nanoseconds; an unknown rate or time left (nothing done yet, no time passed, no known total) is
 * empty rather than a guess.
 */
final class ProgressText {

  private static final long SECOND = 1_000_000_000L;

  private ProgressText() { }

  /** A count with thousands separators: {@code 1,000,000}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * The rate, such as {@code 15,151 partners/s} (whole units from 100 a second, one decimal below);
   * empty when nothing is done or no time has passed.
   *
   * @param done units done
   * @param elapsed nanoseconds since the start
   * @param unit the unit's plural, such as {@code partners}
   */
  static Optional<String> rate(long done, long elapsed, String unit) {
    if (done <= 0 || elapsed <= 0) {
      return Optional.empty();
    }
    double perSecond = done * (double) SECOND / elapsed;
    String number = perSecond >= 100 ? count(Math.round(perSecond))
        : String.format(Locale.ROOT, "%.1f", perSecond);
    return Optional.of(number + " " + unit + "/s");
  }

  /**
   * The time left at the rate so far, such as {@code 37 s left}; empty when the total is unknown
   * ({@code total <= 0}), nothing is done or no time has passed; {@code 0.0 s left} when done.
   *
   * @param done units done
   * @param total units in all, or zero or less when unknown
   * @param elapsed nanoseconds since the start
   */
  static Optional<String> left(long done, long total, long elapsed) {
    if (total <= 0 || done <= 0 || elapsed <= 0) {
      return Optional.empty();
    }
    long remaining = Math.max(0, total - done);
    double nanos = remaining * (double) elapsed / done;
    return Optional.of(duration(nanos >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(nanos)) + " left");
  }

  /**
   * A duration: {@code 0.4 s} below ten seconds (tenths, rounded up so that a run that took time
   * never reads 0.0 s), {@code 42 s} below a minute, then {@code 1:06} and {@code 1:02:03}.
   *
   * @param nanos the duration in nanoseconds, zero or more
   */
  static String duration(long nanos) {
    long n = Math.max(0, nanos);
    if (n < 10 * SECOND - SECOND / 10) {
      long tenths = (n + SECOND / 10 - 1) / (SECOND / 10);
      return tenths / 10 + "." + tenths % 10 + " s";
    }
    long seconds = (n + SECOND / 2) / SECOND;
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    if (minutes < 60) {
      return String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d:%02d", minutes / 60, minutes % 60, seconds % 60);
  }
}
