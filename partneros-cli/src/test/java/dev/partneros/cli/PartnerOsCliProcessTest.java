package dev.partneros.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main method in a child JVM: the process exit code is the command's. */
class PartnerOsCliProcessTest {

  /** What a child JVM printed and exited with. */
  record Exit(int code, String out, String err) {}

  static Exit java(Path dir, String... args) throws IOException, InterruptedException {
    return java(dir, List.of("-XX:TieredStopAtLevel=1"), args);
  }

  static Exit java(Path dir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), PartnerOsCli.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      assertThat(false).as("finished within a minute").isTrue();
    }
    return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * 200,000 partners in a 64 MB heap: the book is generated and written partner by partner, so
   * memory does not grow with it. Few quarters and deals keep the files (about 150 MB) and the run
   * (about 10 s) small.
   */
  @Test
  void main_generate_streamsABigBookInASmallHeap(@TempDir Path dir) throws IOException, InterruptedException {
    Path book = dir.resolve("book");
    Exit exit = java(dir, List.of("-Xmx64m"), "generate", "--partners", "200000", "--quarters", "2",
        "--deals-per-partner", "1", "--quiet", "--out", book.toString());
    assertThat(exit.code()).as(exit.err()).isZero();
    assertThat(exit.err()).isEmpty();
    assertThat(exit.out()).startsWith("Generated 200000 partners (").contains("Wrote 12 files (");
    try (var lines = Files.lines(book.resolve("partners.csv"))) {
      assertThat(lines.count()).isEqualTo(200_001);
    }
  }

  /**
   * Standard error redirected to a file, as under a scheduler: the progress of a long phase is one
   * summary line, never a carriage return ({@code docs/cli.md#progress}).
   */
  @Test
  void main_progressIntoAFile_isOneSummaryLinePerPhase(@TempDir Path dir) throws IOException, InterruptedException {
    Path book = dir.resolve("book");
    Exit generated = java(dir, "generate", "--partners", "600", "--quarters", "2", "--deals-per-partner", "1",
        "--out", book.toString());
    assertThat(generated.code()).as(generated.err()).isZero();
    assertThat(generated.err()).doesNotContain("\r").matches(
        "generating: 600 partners in [0-9.:]+ s? ?\\([0-9,.]+ partners/s\\)" + System.lineSeparator());
    Exit evaluated = java(dir, "evaluate", "--portfolio", book.toString(), "--as-of", "2026-06-30", "--out",
        dir.resolve("out").toString());
    assertThat(evaluated.code()).as(evaluated.err()).isZero();
    // The reading steps and the parts are fewer than 500: silent; writing ends with its total.
    assertThat(evaluated.err()).as("one line, for writing").doesNotContain("\r").matches(
        "writing: 600 partners in [0-9.:]+ s? ?\\([0-9,.]+ partners/s\\)" + System.lineSeparator());
  }

  @Test
  void main_success_exitsZero(@TempDir Path dir) throws IOException, InterruptedException {
    Exit exit = java(dir, "validate", PartnerOsCliTest.STANDARD);
    assertThat(exit.code()).as(exit.err()).isZero();
    assertThat(exit.out()).startsWith("standard-program.yaml: OK, PartnerOS standard program 2026.1");
    assertThat(exit.err()).isEmpty();
  }

  @Test
  void main_invalidInput_exitsOne(@TempDir Path dir) throws IOException, InterruptedException {
    Path file = Files.writeString(dir.resolve("broken.yaml"), PartnerOsCliTest.broken());
    Exit exit = java(dir, "validate", file.toString());
    assertThat(exit.code()).isEqualTo(1);
    assertThat(exit.err()).contains("broken.yaml: tiers.levels[2].criteria.allOf[0].anyOf[0].min must be >= 25000")
        .doesNotContain("\tat ");
  }

  /**
   * A run killed while it works (as by {@code kill -9}, a machine that stops): the previous outputs
   * stay as they were, the leftover is named as temporary, and the next run removes it.
   */
  @Test
  void killedRun_leavesThePreviousOutputs_andTheNextRunCleansUp(@TempDir Path dir) throws Exception {
    Path book = dir.resolve("book");
    PartnerOsCliTest.Run generated = PartnerOsCliTest.run("generate", "--partners", "800", "--seed", "3", "--out",
        book.toString());
    assertThat(generated.code()).as(generated.err()).isZero();
    Path out = dir.resolve("out");
    PartnerOsCliTest.Run first = PartnerOsCliTest.run("evaluate", "--portfolio", PartnerOsCliTest.SAMPLE, "--as-of",
        "2027-12-31", "--out", out.toString());
    assertThat(first.code()).as(first.err()).isZero();
    String before = PartnerOsCliOutputTest.hash(out);

    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        PartnerOsCli.class.getName(), "evaluate", "--portfolio", book.toString(), "--as-of", "2027-12-31", "--out",
        out.toString(), "--quiet"));
    Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (PartnerOsCliOutputTest.leftovers(out).isEmpty()) {
        assertThat(process.isAlive()).as("the run is still going: %s", Files.readString(dir.resolve("stderr.txt")))
            .isTrue();
        assertThat(System.nanoTime()).as("the temporary folder appeared within a minute").isLessThan(deadline);
        Thread.sleep(5);
      }
    } finally {
      process.destroyForcibly();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(process.exitValue()).as("killed, not finished").isNotZero();
    assertThat(PartnerOsCliOutputTest.hash(out)).isEqualTo(before);
    List<String> left = PartnerOsCliOutputTest.leftovers(out);
    assertThat(left).singleElement().asString().matches("\\.out\\.partneros-tmp-[0-9a-f]{12}");
    assertThat(dir.resolve(left.get(0)).resolve(OutputFolder.MARKER)).as("never looks finished").doesNotExist();

    Thread.sleep(20); // the next run starts strictly later than the leftover was last written
    PartnerOsCliTest.Run next = PartnerOsCliTest.run("evaluate", "--portfolio", PartnerOsCliTest.SAMPLE, "--as-of",
        "2027-09-30", "--out", out.toString());
    assertThat(next.code()).as(next.err()).isZero();
    assertThat(PartnerOsCliOutputTest.leftovers(out)).isEmpty();
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"asOf\" : \"2027-09-30\"");
  }

  @Test
  void main_usage_exitsTwo(@TempDir Path dir) throws IOException, InterruptedException {
    Exit exit = java(dir, "evaluate", "--bogus");
    assertThat(exit.code()).isEqualTo(2);
    assertThat(exit.out()).isEmpty();
    assertThat(exit.err()).contains("--bogus").contains("Run 'partneros evaluate --help' for the options.");
  }
}
