package dev.partneros.cli;

import static dev.partneros.cli.PartnerOsCliTest.SAMPLE;
import static dev.partneros.cli.PartnerOsCliTest.SECOND;
import static dev.partneros.cli.PartnerOsCliTest.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.partneros.cli.PartnerOsCliTest.Run;
import dev.partneros.portfolio.Fixtures;
import dev.partneros.portfolio.PortfolioEvaluator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output folder, the problem cap and the as-of bounds, through the command line's entry point:
 * failures injected at each step of writing {@code --out} leave it byte-identical.
 */
class PartnerOsCliOutputTest {

  static Run run(OutputFolder.Hook hook, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PartnerOsCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), PortfolioEvaluator::standard, hook);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String[] evaluate(Path out, String asOf, String... more) {
    List<String> args = new ArrayList<>(List.of("evaluate", "--program", STANDARD, "--program", SECOND, "--portfolio",
        SAMPLE, "--as-of", asOf, "--out", out.toString(), "--quiet"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** A digest of every file under a folder (names, hidden files included, and bytes). */
  static String hash(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files.sorted().toList()) {
        digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        if (Files.isRegularFile(file)) {
          digest.update(Files.readAllBytes(file));
        }
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The entries beside --out that PartnerOS made: its temporary and backup folders. */
  static List<String> leftovers(Path out) throws IOException {
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      return siblings.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("." + out.getFileName() + ".partneros-")).sorted().toList();
    }
  }

  // -------------------------------------------------------------------------------------------
  // All or nothing

  /** The outputs of one run as of 2027-12-31, written once: each step's test starts from a copy. */
  @TempDir
  static Path previousRun;

  @BeforeAll
  static void writeThePreviousOutputs() {
    Run first = run(OutputFolder.Hook.NONE, evaluate(previousRun.resolve("out"), "2027-12-31"));
    assertThat(first.code()).as(first.err()).isZero();
  }

  /** Copies a folder, hidden files included, into a new one. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted().toList()) {
        Files.copy(file, to.resolve(from.relativize(file).toString()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:partners.jsonl", "file:partners.csv", "file:tier-timeline.csv", "file:health.csv",
      "file:commission.csv", "file:mdf-requests.csv", "file:attribution.csv", "file:kpis.csv", "file:summary.json",
      "file:report.txt", "file:report.html", "file:.partneros-output", "commit", "swap:aside", "swap:in"})
  void failureAtEachStep_leavesThePreviousOutputsByteIdentical(String failing, @TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    copy(previousRun.resolve("out"), out);
    String before = hash(out);
    assertThat(before).isEqualTo(hash(previousRun.resolve("out")));
    Run failed = run(step -> {
      if (step.equals(failing)) {
        throw new IOException("No space left on device");
      }
    }, evaluate(out, "2027-09-30"));
    assertThat(failed.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    assertThat(failed.out()).isEmpty();
    assertThat(failed.err()).startsWith("error: cannot write to " + out).contains(": No space left on "
        + "device; its previous content is unchanged").doesNotContain("Exception").hasLineCount(1);
    assertThat(hash(out)).isEqualTo(before);
    assertThat(leftovers(out)).isEmpty();
    Run next = run(OutputFolder.Hook.NONE, evaluate(out, "2027-09-30"));
    assertThat(next.code()).as(next.err()).isZero();
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"asOf\" : \"2027-09-30\"");
    assertThat(leftovers(out)).isEmpty();
  }

  @Test
  void failureAtEachFile_ofGenerateAndDiff_leavesThePreviousOutputsByteIdentical(@TempDir Path dir)
      throws IOException {
    Path book = dir.resolve("book");
    assertThat(run(OutputFolder.Hook.NONE, "generate", "--partners", "20", "--out", book.toString()).code()).isZero();
    String generated = hash(book);
    for (int n = 1; n <= 3; n++) {
      int failing = n;
      int[] files = {0};
      Run failed = run(step -> {
        if (step.startsWith("file:") && ++files[0] == failing) {
          throw new IOException("injected at file " + failing);
        }
      }, "generate", "--partners", "30", "--seed", "9", "--out", book.toString());
      assertThat(failed.code()).as(failed.err()).isEqualTo(PartnerOsCli.ENVIRONMENT);
      assertThat(hash(book)).isEqualTo(generated);
    }
    Path diff = dir.resolve("diff");
    assertThat(run(OutputFolder.Hook.NONE, "diff", "--candidate", SECOND, "--portfolio", SAMPLE, "--as-of",
        "2027-12-31", "--out", diff.toString()).code()).isZero();
    String compared = hash(diff);
    Run failed = run(step -> {
      if (step.equals("file:diff.csv")) {
        throw new IOException("injected");
      }
    }, "diff", "--candidate", SECOND, "--portfolio", SAMPLE, "--as-of", "2027-06-30", "--out", diff.toString());
    assertThat(failed.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    assertThat(failed.err()).endsWith("error: cannot write to " + diff + " (diff.csv): injected; its "
        + "previous content is unchanged" + System.lineSeparator());
    assertThat(hash(diff)).isEqualTo(compared);
    assertThat(leftovers(diff)).isEmpty();
  }

  @Test
  void outOfMemoryWhileWriting_exitsThreeWithAnXmxHint_andLeavesTheOutputs(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    assertThat(run(OutputFolder.Hook.NONE, evaluate(out, "2027-12-31")).code()).isZero();
    String before = hash(out);
    Run failed = run(step -> {
      if (step.equals("file:partners.jsonl")) {
        throw new OutOfMemoryError("Java heap space");
      }
    }, evaluate(out, "2027-09-30"));
    assertThat(failed.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    String more = Context.xmx(2 * Runtime.getRuntime().maxMemory());
    assertThat(failed.err()).startsWith("error: the JVM ran out of memory (OutOfMemoryError: Java heap space)")
        .contains("-Xmx" + more).contains("JAVA_OPTS=-Xmx" + more + " bin/partneros").hasLineCount(1);
    assertThat(hash(out)).isEqualTo(before);
    assertThat(leftovers(out)).isEmpty();
  }

  @Test
  void xmxHint_isTwiceTheHeapRoundedUp() {
    assertThat(Context.xmx(2L * 3_817_865_216L)).isEqualTo("8g"); // the usable part of -Xmx4g, doubled
    assertThat(Context.xmx(2L * 256 << 20)).isEqualTo("512m");
    assertThat(Context.xmx(300L << 20)).isEqualTo("384m");
    assertThat(Context.xmx(1L << 20)).isEqualTo("128m");
    assertThat(Context.outOfMemory(new OutOfMemoryError("Java heap space"), 256L << 20)).isEqualTo("error: the JVM "
        + "ran out of memory (OutOfMemoryError: Java heap space) with a heap of at most 256 MiB; give it more, for "
        + "example -Xmx512m: JAVA_OPTS=-Xmx512m bin/partneros ..., or java -Xmx512m -jar partneros-cli.jar ...");
  }

  @Test
  void readOnlyParent_exitsThreeNamingTheFolder_andLeavesTheOutputs(@TempDir Path dir) throws IOException {
    // root ignores file permissions: the folder would be written, so there is nothing to check.
    assumeFalse("root".equals(System.getProperty("user.name")), "running as root, which ignores permissions");
    Path parent = dir.resolve("locked");
    Path out = parent.resolve("out");
    assertThat(run(OutputFolder.Hook.NONE, evaluate(out, "2027-12-31")).code()).isZero();
    String before = hash(out);
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Run failed = run(OutputFolder.Hook.NONE, evaluate(out, "2027-09-30"));
      assertThat(failed.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
      assertThat(failed.err()).startsWith("error: cannot write to " + out + ": " + parent + ": permission denied")
          .hasLineCount(1);
      assertThat(hash(out)).isEqualTo(before);
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void outputFolder_streamedFiles_areCommittedWithTheOthers_andCloseWithoutCommitDeletesThem(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("out");
    try (OutputFolder folder = OutputFolder.open(out, "test", OutputFolder.Hook.NONE)) {
      try (java.io.OutputStream stream = folder.stream("big.csv")) {
        for (int i = 0; i < 10_000; i++) {
          stream.write(("row " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      Files.writeString(folder.folder().resolve("direct.txt"), "written by another writer");
      folder.write("small.txt", "small");
      assertThat(out).doesNotExist();
      folder.commit();
    }
    assertThat(PartnerOsCliTest.names(out)).containsExactly(".partneros-output", "big.csv", "direct.txt", "small.txt");
    assertThat(Files.readAllLines(out.resolve("big.csv"))).hasSize(10_000).endsWith("row 9999");
    String before = hash(out);
    try (OutputFolder folder = OutputFolder.open(out, "test", OutputFolder.Hook.NONE)) {
      folder.write("other.txt", "not committed");
      assertThat(leftovers(out)).singleElement().asString().startsWith(".out.partneros-tmp-");
    }
    assertThat(hash(out)).isEqualTo(before);
    assertThat(leftovers(out)).isEmpty();
  }

  // -------------------------------------------------------------------------------------------
  // What --out may be

  @Test
  void foreignFolder_isRefusedUnlessForced(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    String before = hash(out);
    Run refused = run(OutputFolder.Hook.NONE, evaluate(out, "2027-12-31"));
    assertThat(refused.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(refused.err()).startsWith("error: --out " + out + " is a folder that PartnerOS did not write (no "
        + ".partneros-output file) and is not empty; every run replaces the whole --out folder, so choose an empty or "
        + "new folder, or add --force to replace it" + System.lineSeparator());
    assertThat(hash(out)).isEqualTo(before);
    Run forced = run(OutputFolder.Hook.NONE, evaluate(out, "2027-12-31", "--force"));
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(out.resolve("notes.txt")).doesNotExist();
    assertThat(Files.readString(out.resolve(".partneros-output"))).startsWith("This folder is written by PartnerOS "
        + "(partneros evaluate)");
    assertThat(leftovers(out)).isEmpty();
  }

  @Test
  void ownedFolder_isReplacedAsAWhole(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    assertThat(run(OutputFolder.Hook.NONE, "generate", "--partners", "5", "--out", out.toString()).code()).isZero();
    assertThat(out.resolve("deals.csv")).exists();
    Run evaluated = run(OutputFolder.Hook.NONE, evaluate(out, "2027-12-31"));
    assertThat(evaluated.code()).as(evaluated.err()).isZero();
    assertThat(out.resolve("deals.csv")).as("a file of the previous run").doesNotExist();
    assertThat(out.resolve("report.txt")).exists();
  }

  @Test
  void staleLeftovers_areRemoved_andABackupOfAKilledSwapIsRestored(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    assertThat(run(OutputFolder.Hook.NONE, evaluate(out, "2027-12-31")).code()).isZero();
    String before = hash(out);
    // A run killed between the two renames of its swap: --out is missing, the previous outputs aside.
    Path backup = Files.move(out, dir.resolve(".out.partneros-old-0123456789ab"));
    Path temporary = Files.createDirectories(dir.resolve(".out.partneros-tmp-ba9876543210"));
    Files.writeString(temporary.resolve("report.txt"), "half");
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.setLastModifiedTime(temporary, old);
    Files.setLastModifiedTime(backup, old);
    Run failed = run(step -> {
      throw new IOException("injected");
    }, evaluate(out, "2027-09-30"));
    assertThat(failed.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    assertThat(hash(out)).as("restored from the backup").isEqualTo(before);
    assertThat(leftovers(out)).isEmpty();
  }

  // -------------------------------------------------------------------------------------------
  // Problems: the first --max-problems printed, all of them in --problems-file

  private static Path badBook(Path dir, int rows) throws IOException {
    Map<String, String> files = Fixtures.files();
    StringBuilder certifications = new StringBuilder("partner,person,earnedOn,validUntil\nP-1,ann,2025-02-01,\n");
    for (int i = 0; i < rows; i++) {
      certifications.append("P-4,person-").append(i).append(",2025-02-01,\n");
    }
    files.put("certifications.csv", certifications.toString());
    return Fixtures.write(files, dir.resolve("in"));
  }

  @Test
  void problems_cappedAtOneThousand_allOfThemInTheProblemsFile(@TempDir Path dir) throws IOException {
    Path book = badBook(dir, 1_500);
    Path file = dir.resolve("reports/problems.txt");
    Run run = run(OutputFolder.Hook.NONE, "evaluate", "--program", STANDARD, "--portfolio", book.toString(),
        "--as-of", "2026-06-30", "--out", dir.resolve("out").toString(), "--problems-file", file.toString());
    assertThat(run.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo("error: invalid input (1500 problems); nothing was evaluated or written:");
    List<String> printed = lines.subList(1, lines.size() - 1);
    assertThat(printed).hasSize(1_000).allMatch(l -> l.startsWith("  certifications.csv:"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("... and 500 more problems (all 1500 in " + file + ")");
    List<String> all = Files.readAllLines(file);
    assertThat(all).hasSize(1_500).doesNotHaveDuplicates();
    assertThat(all.subList(0, 1_000)).isEqualTo(printed);
    assertThat(all.get(1_499)).isEqualTo("  certifications.csv:1502: partner: must be a partner id listed in partners, "
        + "but was P-4");
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(leftovers(file)).isEmpty();
  }

  @Test
  void problems_maxZero_printsOnlyTheCount(@TempDir Path dir) throws IOException {
    Path book = badBook(dir, 1_500);
    Run run = run(OutputFolder.Hook.NONE, "evaluate", "--program", STANDARD, "--portfolio", book.toString(),
        "--as-of", "2026-06-30", "--out", dir.resolve("out").toString(), "--max-problems", "0");
    assertThat(run.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("error: invalid input (1500 problems); nothing was evaluated or written:"
        + System.lineSeparator() + "... and 1500 more problems" + System.lineSeparator());
    Run some = run(OutputFolder.Hook.NONE, "evaluate", "--program", STANDARD, "--portfolio", book.toString(),
        "--as-of", "2026-06-30", "--out", dir.resolve("out").toString(), "--max-problems", "2");
    assertThat(some.err().lines().toList()).hasSize(4).last().isEqualTo("... and 1498 more problems (--max-problems "
        + "N prints more, --problems-file FILE writes them all)");
    Run negative = run(OutputFolder.Hook.NONE, "validate", STANDARD, "--max-problems", "-1");
    assertThat(negative.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(negative.err()).startsWith("error: Invalid value for option '--max-problems': must be a whole number, "
        + "0 or more, such as 1000, but was -1");
  }

  @Test
  void problemsFile_ofARunWithoutProblems_isEmpty_andOfAnEnvironmentFailureIsLeftAsItWas(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("problems.txt"), "an earlier run's problems\n");
    Run ok = run(OutputFolder.Hook.NONE, "validate", STANDARD, "--problems-file", file.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(file).isEmptyFile();
    Files.writeString(file, "kept\n");
    Run failed = run(step -> {
      throw new IOException("injected");
    }, evaluate(dir.resolve("out"), "2027-12-31", "--problems-file", file.toString()));
    assertThat(failed.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    assertThat(file).hasContent("kept");
  }

  // -------------------------------------------------------------------------------------------
  // Dates bounded by the program history

  @Test
  void asOf_farBeyondTheHistory_isRefusedWithTheRange(@TempDir Path dir) {
    Run late = run(OutputFolder.Hook.NONE, evaluate(dir.resolve("out"), "2099-12-31"));
    assertThat(late.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(late.err()).startsWith("error: --as-of must be from 2026-01-01 (the first program version's "
        + "effectiveFrom) up to 2036-07-01 (10 years after the latest program version's effectiveFrom 2026-07-01), but "
        + "was 2099-12-31" + System.lineSeparator());
    Run early = run(OutputFolder.Hook.NONE, "explain", "P-001", "--portfolio", SAMPLE, "--as-of", "2025-12-31");
    assertThat(early.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(early.err()).startsWith("error: --as-of must be from 2026-01-01 (the first program version's "
        + "effectiveFrom) up to 2036-01-01");
    Run diff = run(OutputFolder.Hook.NONE, "diff", "--candidate", SECOND, "--portfolio", SAMPLE, "--as-of",
        "2037-01-01");
    assertThat(diff.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(diff.err()).startsWith("error: --as-of must be up to 2036-07-01 (10 years after the latest program "
        + "version's effectiveFrom 2026-07-01), but was 2037-01-01");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void asOf_notAQuarterEnd_saysHowItIsTreated(@TempDir Path dir) {
    Run run = run(OutputFolder.Hook.NONE, evaluate(dir.resolve("out"), "2027-11-15"));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("note: --as-of 2027-11-15 is not the end of a fiscal quarter: facts dated up to "
        + "it are read, but the quarter ending 2027-12-31 is not scored; the last scored quarter ends on 2027-09-30"
        + System.lineSeparator());
    Run first = run(OutputFolder.Hook.NONE, "explain", "P-001", "--portfolio", SAMPLE, "--as-of", "2026-02-01");
    assertThat(first.err()).startsWith("note: --as-of 2026-02-01 is not the end of a fiscal quarter: facts dated up "
        + "to it are read, but the quarter ending 2026-03-31 is not scored; no quarter has ended under the program "
        + "yet");
  }

  @Test
  void generate_fromFarFromTheProgram_isRefusedWithTheRange(@TempDir Path dir) {
    Run run = run(OutputFolder.Hook.NONE, "generate", "--partners", "3", "--from", "2099-Q1", "--out",
        dir.resolve("out").toString());
    assertThat(run.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(run.err()).startsWith("error: --from must be a quarter from 2016-Q1 to 2036-Q1 (40 quarters either "
        + "side of the program's effectiveFrom 2026-01-01), but was 2099-Q1" + System.lineSeparator());
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
