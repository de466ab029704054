package dev.partneros.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress on a terminal and in a log, timed by a fake clock ({@code docs/cli.md#progress}). */
class ProgressBarTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong clock = new AtomicLong(7 * SECOND); // any origin
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String drawn() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void terminal_redrawsInPlaceWithRateAndTimeLeft_andEndsWithALineFeed() {
    ProgressBar bar = new ProgressBar(err, "evaluating", "partners", false, 1000, ProgressDisplay.terminal(clock::get));
    for (int i = 1; i <= 1000; i++) {
      clock.addAndGet(SECOND / 100); // 100 partners a second
      bar.progress(i, 1000);
    }
    String drawn = drawn();
    assertThat(drawn).contains("\revaluating [###############...............] 50 % (500/1,000 partners, "
        + "100 partners/s, 5.0 s left)")
        .endsWith("\revaluating [##############################] 100 % (1,000/1,000 partners, 100 partners/s, "
            + "in 10 s)\n");
    assertThat(drawn.chars().filter(c -> c == '\r').count()).as("one draw per percent, 0 % to 100 %")
        .isEqualTo(101);
    assertThat(drawn.chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void terminal_blanksWhatALongerLineLeft() {
    ProgressBar bar = new ProgressBar(err, "generating", "partners", false, 0, ProgressDisplay.terminal(clock::get));
    clock.addAndGet(SECOND);
    bar.progress(5000, 0);
    clock.addAndGet(99 * SECOND);
    bar.progress(5001, 0); // the rate falls to 50.0 a second: a shorter line
    String[] draws = drawn().split("\r", -1);
    assertThat(draws).hasSize(3);
    assertThat(draws[1]).isEqualTo("generating 5,000 partners (5,000 partners/s)");
    assertThat(draws[2]).isEqualTo("generating 5,001 partners (50.0 partners/s) ");
  }

  @Test
  void log_neverRedraws_printsALineEveryThirtySeconds_andOneSummaryLine() {
    ProgressBar bar = new ProgressBar(err, "evaluating", "partners", false, 1_000_000, ProgressDisplay.log(clock::get));
    for (int i = 1; i <= 1_000_000; i++) {
      clock.addAndGet(SECOND / 10_000); // 10,000 partners a second: 100 s in all
      bar.progress(i, 1_000_000);
    }
    String drawn = drawn();
    assertThat(drawn).doesNotContain("\r").hasLineCount(4).isEqualTo(
        "evaluating: 30 % (300,000/1,000,000 partners, 10,000 partners/s, 1:10 left)\n"
        + "evaluating: 60 % (600,000/1,000,000 partners, 10,000 partners/s, 40 s left)\n"
        + "evaluating: 90 % (900,000/1,000,000 partners, 10,000 partners/s, 10 s left)\n"
        + "evaluating: 1,000,000 partners in 1:40 (10,000 partners/s)\n");
  }

  @Test
  void log_aShortRunIsOneSummaryLine_andARunThatEndsStartsOver() {
    ProgressBar bar = new ProgressBar(err, "evaluating", "partners", false, 600, ProgressDisplay.log(clock::get));
    for (int run = 0; run < 2; run++) { // diff evaluates twice with one bar
      for (int i = 1; i <= 600; i++) {
        clock.addAndGet(SECOND / 1000);
        bar.progress(i, 600);
      }
    }
    assertThat(drawn()).isEqualTo("evaluating: 600 partners in 0.6 s (1,000 partners/s)\n".repeat(2));
  }

  @Test
  void finish_endsAPhaseWhoseLastReportFellShort_orWhoseTotalIsUnknown_once() {
    ProgressBar log = new ProgressBar(err, "writing", "partners", false, 25_000, ProgressDisplay.log(clock::get));
    clock.addAndGet(SECOND);
    log.progress(10_000, 25_000);
    clock.addAndGet(SECOND);
    log.progress(20_000, 25_000); // the last report: every 10,000
    clock.addAndGet(SECOND / 2);
    log.finish();
    log.finish();
    assertThat(drawn()).isEqualTo("writing: 25,000 partners in 2.5 s (10,000 partners/s)\n");
    bytes.reset();
    ProgressBar unknown = new ProgressBar(err, "reading", "rows", false, 0, ProgressDisplay.terminal(clock::get));
    clock.addAndGet(2 * SECOND);
    unknown.progress(9_000, 0);
    unknown.finish();
    assertThat(drawn()).isEqualTo("\rreading 9,000 rows (4,500 rows/s)\rreading 9,000 rows (4,500 rows/s), in 2.0 s\n");
    bytes.reset();
    ProgressBar done = new ProgressBar(err, "x", "partners", false, 600, ProgressDisplay.log(clock::get));
    done.finish(); // never reported
    done.progress(600, 600);
    done.finish(); // already ended
    assertThat(drawn()).hasLineCount(1).startsWith("x: 600 partners in ");
  }

  @Test
  void silent_underQuiet_andForShortRuns() {
    ProgressBar quiet = new ProgressBar(err, "x", "partners", true, 1000, ProgressDisplay.terminal(clock::get));
    ProgressBar small = new ProgressBar(err, "x", "partners", false, ProgressBar.LONG_RUN - 1,
        ProgressDisplay.log(clock::get));
    clock.addAndGet(SECOND);
    quiet.progress(1000, 1000);
    small.progress(ProgressBar.LONG_RUN - 1, ProgressBar.LONG_RUN - 1);
    assertThat(bytes.size()).isZero();
    new ProgressBar(err, "x", "partners", false, ProgressBar.LONG_RUN, ProgressDisplay.log(clock::get))
        .progress(ProgressBar.LONG_RUN, ProgressBar.LONG_RUN);
    assertThat(drawn()).isEqualTo("x: 500 partners in 0.0 s\n");
  }

  // -------------------------------------------------------------------------------------------
  // Boundaries of the words

  @Test
  void status_atZeroElapsed_unknownTotal_andDone() {
    assertThat(ProgressBar.status(0, 1000, 0, "partners")).as("nothing done, no time").isEqualTo(
        "0 % (0/1,000 partners)");
    assertThat(ProgressBar.status(10, 1000, 0, "partners")).as("no time passed: no rate, no time left")
        .isEqualTo("1 % (10/1,000 partners)");
    assertThat(ProgressBar.status(0, 1000, 5 * SECOND, "partners")).as("time passed, nothing done")
        .isEqualTo("0 % (0/1,000 partners)");
    assertThat(ProgressBar.status(12_345, 0, 3 * SECOND, "rows")).as("unknown total").isEqualTo(
        "12,345 rows (4,115 rows/s)");
    assertThat(ProgressBar.status(12_345, -1, 0, "rows")).as("unknown total, no time").isEqualTo("12,345 rows");
    assertThat(ProgressBar.status(1000, 1000, 4 * SECOND, "partners")).as("done").isEqualTo(
        "100 % (1,000/1,000 partners, 250 partners/s, in 4.0 s)");
    assertThat(ProgressBar.status(1000, 1000, 0, "partners")).as("done in no time").isEqualTo(
        "100 % (1,000/1,000 partners, in 0.0 s)");
    assertThat(ProgressBar.status(3, 2, SECOND, "steps")).as("past the total").startsWith("100 % (3/2 steps");
    assertThat(ProgressBar.summary("reading", 3, 2 * SECOND / 5, "steps")).isEqualTo(
        "reading: 3 steps in 0.4 s (7.5 steps/s)");
  }

  @Test
  void rate_wholeFromAHundred_tenthsBelow() {
    assertThat(ProgressText.rate(0, SECOND, "parts")).isEmpty();
    assertThat(ProgressText.rate(5, 0, "parts")).isEmpty();
    assertThat(ProgressText.rate(1, 3 * SECOND, "parts")).contains("0.3 parts/s");
    assertThat(ProgressText.rate(999, 10 * SECOND, "rows")).contains("99.9 rows/s");
    assertThat(ProgressText.rate(1000, 10 * SECOND, "rows")).contains("100 rows/s");
    assertThat(ProgressText.rate(2_000_000, SECOND / 2, "rows")).contains("4,000,000 rows/s");
  }

  @Test
  void left_unknownUntilKnown_zeroWhenDone() {
    assertThat(ProgressText.left(0, 100, SECOND)).isEmpty();
    assertThat(ProgressText.left(10, 100, 0)).isEmpty();
    assertThat(ProgressText.left(10, 0, SECOND)).isEmpty();
    assertThat(ProgressText.left(100, 100, SECOND)).contains("0.0 s left");
    assertThat(ProgressText.left(1, 1_000_000, SECOND)).contains("277:46:39 left");
    assertThat(ProgressText.left(1, Integer.MAX_VALUE, Long.MAX_VALUE / 2)).hasValueSatisfying(
        l -> assertThat(l).endsWith(" left"));
  }

  @Test
  void duration_tenthsMinutesHours() {
    assertThat(ProgressText.duration(0)).isEqualTo("0.0 s");
    assertThat(ProgressText.duration(1)).as("time that passed never reads 0.0 s").isEqualTo("0.1 s");
    assertThat(ProgressText.duration(9_800_000_000L)).isEqualTo("9.8 s");
    assertThat(ProgressText.duration(9_850_000_000L)).isEqualTo("9.9 s");
    assertThat(ProgressText.duration(9_950_000_000L)).isEqualTo("10 s");
    assertThat(ProgressText.duration(59_499_999_999L)).isEqualTo("59 s");
    assertThat(ProgressText.duration(59_500_000_000L)).isEqualTo("1:00");
    assertThat(ProgressText.duration(3_599 * SECOND)).isEqualTo("59:59");
    assertThat(ProgressText.duration(3_600 * SECOND)).isEqualTo("1:00:00");
    assertThat(ProgressText.duration(-5)).isEqualTo("0.0 s");
  }

  @Property
  void aLogNeverHoldsACarriageReturn_andEndsWithOneSummary(@ForAll @IntRange(min = 500, max = 3000) int total,
      @ForAll @LongRange(min = 0, max = 200_000_000L) long step) {
    AtomicLong time = new AtomicLong();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(log, true, StandardCharsets.UTF_8), "evaluating", "partners",
        false, total, ProgressDisplay.log(time::get));
    for (int i = 1; i <= total; i++) {
      time.addAndGet(step);
      bar.progress(i, total);
    }
    String text = log.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("\n");
    assertThat(text.lines().filter(l -> l.startsWith("evaluating: " + ProgressText.count(total) + " partners in ")))
        .hasSize(1);
    long every = ProgressBar.LOG_EVERY_SECONDS * SECOND;
    long stepsPerLine = step == 0 ? Long.MAX_VALUE : (every + step - 1) / step;
    assertThat(text.lines().count()).as("a line each %d s before the end, and the summary",
        ProgressBar.LOG_EVERY_SECONDS).isEqualTo(1 + (total - 1) / stepsPerLine);
  }

  // -------------------------------------------------------------------------------------------
  // The run decides; the tests choose

  @Test
  void terminalDevices() {
    assertThat(ProgressDisplay.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(ProgressDisplay.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(ProgressDisplay.isTerminalDevice("/dev/console")).isTrue();
    assertThat(ProgressDisplay.isTerminalDevice("pipe:[12345]")).isFalse();
    assertThat(ProgressDisplay.isTerminalDevice("run.log")).isFalse();
    assertThat(ProgressDisplay.isTerminalDevice("/dev/null")).isFalse();
  }

  @Test
  void generate_onATerminal_drawsTheBar_andInALog_printsOneLine(@TempDir Path dir) {
    for (boolean terminal : new boolean[] {true, false}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      AtomicLong time = new AtomicLong();
      ProgressDisplay display = terminal ? ProgressDisplay.terminal(() -> time.addAndGet(SECOND / 1000))
          : ProgressDisplay.log(() -> time.addAndGet(SECOND / 1000));
      int code = PartnerOsCli.run(new String[] {"generate", "--partners", "600", "--quarters", "1",
          "--deals-per-partner", "1", "--out", dir.resolve("book-" + terminal).toString()},
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(log, true, StandardCharsets.UTF_8),
          dev.partneros.portfolio.PortfolioEvaluator::standard, OutputFolder.Hook.NONE, display);
      String text = log.toString(StandardCharsets.UTF_8);
      assertThat(code).as(text).isZero();
      if (terminal) {
        assertThat(text).startsWith("\rgenerating [").contains(" partners/s, ").contains(" left)")
            .contains("\rgenerating [##############################] 100 % (600/600 partners, 1,000 partners/s, "
                + "in 0.6 s) " + System.lineSeparator()); // a blank over the longer line before
        assertThat(text.split(System.lineSeparator(), -1)).as("one line feed, at the end").hasSize(2);
      } else {
        assertThat(text).isEqualTo("generating: 600 partners in 0.6 s (1,000 partners/s)" + System.lineSeparator());
      }
    }
  }
}
