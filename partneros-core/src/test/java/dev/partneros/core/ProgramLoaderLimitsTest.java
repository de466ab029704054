package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.partneros.core.ProgramLoader.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Limits enforced while reading a program file (docs/program-file.md#limits)")
class ProgramLoaderLimitsTest {

  static final String YAML_HEAD = "program: P\nversion: \"1\"\neffectiveFrom: 2026-01-01\ncurrency: USD\n";
  static final String JSON_HEAD = "{\"program\":\"P\",\"version\":\"1\",\"effectiveFrom\":\"2026-01-01\",\"currency\":\"USD\"";

  final ProgramLoader loader = ProgramLoader.strict();

  /** Asserts the load is refused with a problem at the path with the code, and returns that problem. */
  static Problem refused(ThrowingCallable load, String path, String code) {
    Throwable thrown = catchThrowable(load);
    assertThat(thrown).isInstanceOf(InvalidProgramException.class);
    List<Problem> problems = ((InvalidProgramException) thrown).problems();
    assertThat(problems).extracting(Problem::path, Problem::code).contains(tuple(path, code));
    return problems.stream().filter(p -> p.path().equals(path) && p.code().equals(code)).findFirst().orElseThrow();
  }

  static ProgramDocument yaml(ProgramLoader loader, String body) {
    return loader.loadYaml(YAML_HEAD + body + "\n");
  }

  static ProgramDocument json(ProgramLoader loader, String members) {
    return loader.loadJson(JSON_HEAD + "," + members + "}");
  }

  @Nested
  @DisplayName("strings and keys: at most 100,000 characters")
  class Strings {

    final int max = ProgramLoader.Limits.defaults().maxStringLength();

    @Test
    void theDefaultIs100000() {
      assertThat(max).isEqualTo(100_000);
    }

    @Test
    void atAndBelowTheLimit_load_inYamlAndJson() {
      for (int length : new int[] {max - 1, max}) {
        String text = "x".repeat(length);
        assertThat(yaml(loader, "description: " + text).description()).contains(text);
        assertThat(yaml(loader, "description: \"" + text + "\"").description()).contains(text);
        assertThat(yaml(loader, "description: '" + text + "'").description()).contains(text);
        assertThat(json(loader, "\"description\":\"" + text + "\"").description()).contains(text);
      }
    }

    @Test
    void oneOver_isRefused_withoutEchoingTheString() {
      String text = "x".repeat(max + 1);
      List<ThrowingCallable> loads = List.of(
          () -> yaml(loader, "description: " + text),
          () -> yaml(loader, "description: \"" + text + "\""),
          () -> yaml(loader, "description: |\n  " + text),
          () -> json(loader, "\"description\":\"" + text + "\""));
      for (ThrowingCallable load : loads) {
        Problem problem = refused(load, "description", "too_large");
        assertThat(problem.message())
            .contains("exceeds the maximum allowed (100000)")
            .contains("(line ")
            .doesNotContain("x".repeat(21))
            .doesNotContain("StreamReadConstraints");
      }
      assertThat(catchThrowable(loads.get(0))).hasMessageNotContaining("x".repeat(21));
    }

    @Test
    void theShownPrefix_staysOnOneLine() {
      String lines = "ab\n".repeat(max / 3 + 1);
      Problem problem = refused(() -> yaml(loader, "description: |\n" + lines.replace("ab", "  ab")), "description",
          "too_large");
      assertThat(problem.message()).doesNotContain("\n").contains("it starts \"ab ab ab ab ab ab ab...\"");
    }

    @Test
    void aStringInAList_isReportedAtItsIndex() {
      String text = "y".repeat(max + 1);
      refused(() -> yaml(loader, "tiers: {names: [a, " + text + "]}"), "tiers.names[1]", "too_large");
      refused(() -> json(loader, "\"tiers\":{\"names\":[\"a\",\"" + text + "\"]}"), "tiers.names[1]", "too_large");
    }

    @Test
    void anOverlongKey_isReportedAtItsObject_withoutEchoingIt() {
      String key = "k".repeat(max + 1);
      Problem explicit = refused(() -> yaml(loader, "tiers:\n  ? " + key + "\n  : 1"), "tiers", "too_large");
      Problem flow = refused(() -> yaml(loader, "tiers: {" + key + ": 1}"), "tiers", "too_large");
      Problem quoted = refused(() -> json(loader, "\"tiers\":{\"a\":1,\"" + key + "\":1}"), "tiers", "too_large");
      Problem top = refused(() -> json(loader, "\"" + key + "\":1"), "$", "too_large");
      for (Problem problem : List.of(explicit, flow, quoted, top)) {
        assertThat(problem.message()).contains("Name length (100001)").doesNotContain("k".repeat(21));
      }
    }

    @Test
    void aKeyAtTheLimit_isRead() {
      String key = "k".repeat(max);
      assertThat(json(loader, "\"tiers\":{\"" + key + "\":1}").section("tiers").orElseThrow().has(key)).isTrue();
      assertThat(yaml(loader, "tiers:\n  ? " + key + "\n  : 1").section("tiers").orElseThrow().has(key)).isTrue();
    }
  }

  @Nested
  @DisplayName("numbers: at most 40 characters")
  class Numbers {

    final int max = ProgramLoader.Limits.defaults().maxNumberLength();

    @Test
    void atAndBelowTheLimit_load() {
      for (int length : new int[] {max - 1, max}) {
        String digits = "1".repeat(length);
        assertThat(yaml(loader, "tiers: {min: " + digits + "}").section("tiers").orElseThrow().get("min").asText())
            .isEqualTo(digits);
        assertThat(json(loader, "\"tiers\":{\"min\":" + digits + "}").section("tiers").orElseThrow().get("min")
            .asText()).isEqualTo(digits);
        String decimal = "1." + "5".repeat(length - 2);
        assertThat(yaml(loader, "tiers: {min: " + decimal + "}").section("tiers").orElseThrow().get("min")
            .decimalValue()).isEqualByComparingTo(decimal);
      }
    }

    @Test
    void oneOver_isRefused() {
      String digits = "1".repeat(max + 1);
      refused(() -> yaml(loader, "tiers: {min: " + digits + "}"), "tiers.min", "too_large");
      refused(() -> json(loader, "\"tiers\":{\"min\":" + digits + "}"), "tiers.min", "too_large");
      refused(() -> yaml(loader, "tiers: {min: 1." + "5".repeat(max - 1) + "}"), "tiers.min", "too_large");
    }

    @Test
    void aTenThousandDigitNumber_isRefusedByItsLength_withoutEchoingIt() {
      String digits = "7".repeat(10_000);
      List<ThrowingCallable> loads = List.of(
          () -> yaml(loader, "tiers: {min: " + digits + "}"),
          () -> yaml(loader, "tiers: {min: 0." + digits + "}"),
          () -> yaml(loader, "tiers: {min: -" + digits + "}"),
          () -> json(loader, "\"tiers\":{\"min\":" + digits + "}"),
          () -> json(loader, "\"tiers\":{\"min\":0." + digits + "}"));
      for (ThrowingCallable load : loads) {
        Problem problem = refused(load, "tiers.min", "too_large");
        assertThat(problem.message()).contains("Number value length (1000").contains("maximum allowed (40)")
            .doesNotContain("7".repeat(21));
        assertThat(problem.rejectedValue()).isEmpty();
      }
    }

    @Test
    @DisplayName("Regression: a key of 10,000 digits is too_large at the object holding it, never echoed whole "
        + "(YAML said syntax and echoed it in the path; JSON loaded it)")
    void aTenThousandDigitKey_isRefusedByItsLength_withoutEchoingIt() {
      String digits = "7".repeat(10_000);
      List<ThrowingCallable> loads = List.of(
          () -> yaml(loader, "tiers: {" + digits + ": 1}"),
          () -> yaml(loader, "tiers: {" + digits + ": 1, min: 2}"),
          () -> yaml(loader, "tiers:\n  " + digits + ": 1"),
          () -> json(loader, "\"tiers\":{\"" + digits + "\":1}"));
      for (ThrowingCallable load : loads) {
        Problem problem = refused(load, "tiers", "too_large");
        assertThat(problem.message()).contains("length (10000) exceeds the maximum allowed (40)")
            .doesNotContain("7".repeat(21));
        assertThat(problem.path()).isEqualTo("tiers");
      }
    }

    @Test
    void aKeyWrittenAsANumber_atAndOverTheLimit() {
      String atLimit = "7".repeat(max);
      assertThat(json(loader, "\"tiers\":{\"" + atLimit + "\":1}").section("tiers").orElseThrow().has(atLimit))
          .isTrue();
      assertThat(yaml(loader, "tiers: {" + atLimit + ": 1}").section("tiers").orElseThrow().has(atLimit)).isTrue();
      refused(() -> json(loader, "\"tiers\":{\"" + atLimit + "7\":1}"), "tiers", "too_large");
      refused(() -> yaml(loader, "tiers: {" + atLimit + "7: 1}"), "tiers", "too_large");
      String words = "k".repeat(max + 1);
      assertThat(yaml(loader, "tiers: {" + words + ": 1}").section("tiers").orElseThrow().has(words)).isTrue();
    }

    @Test
    @DisplayName("Regression: a number over the limit as the first entry of a list is refused at the entry, as the "
        + "second is (it was reported at the list)")
    void aLongNumberFirstInAList_isRefusedAtTheEntry() {
      String digits = "7".repeat(max + 1);
      for (String before : new String[] {"", "1, ", "1, 2, "}) {
        int index = (int) before.chars().filter(c -> c == ',').count();
        String at = "tiers.steps[" + index + "]";
        Problem yaml = refused(() -> yaml(loader, "tiers: {steps: [" + before + digits + "]}"), at, "too_large");
        assertThat(yaml.message()).startsWith(at + " exceeds a size limit").contains("maximum allowed (40)");
        Problem json = refused(() -> json(loader, "\"tiers\":{\"steps\":[" + before + digits + "]}"), at,
            "too_large");
        assertThat(json.message()).startsWith(at + " exceeds a size limit").contains("maximum allowed (40)");
        refused(() -> yaml(loader, "tiers:\n  steps:\n" + (before.isEmpty() ? "" : "    - 1\n".repeat(index))
            + "    - " + digits + "\n"), at, "too_large");
        refused(() -> json(loader, "\"tiers\":{\"steps\":[" + before + "\"" + digits + "\"]}"), at, "too_large");
        refused(() -> json(loader, "\"tiers\":{\"steps\":[[" + before + digits + "]]}"), "tiers.steps[0][" + index + "]",
            "too_large");
      }
    }

    @Test
    void aStringWrittenAsALongNumber_isHeldToTheNumberLimit() {
      // A rate may be quoted ("0.25"), so a quoted number is read as one.
      String digits = "0." + "3".repeat(10_000);
      refused(() -> yaml(loader, "tiers: {rate: \"" + digits + "\"}"), "tiers.rate", "too_large");
      refused(() -> json(loader, "\"tiers\":{\"rate\":\"" + digits + "\"}"), "tiers.rate", "too_large");
      String words = "a".repeat(max + 1);
      assertThat(yaml(loader, "tiers: {note: " + words + "}").section("tiers")).isPresent();
    }
  }

  @Nested
  @DisplayName("nesting: at most 32 levels")
  class Nesting {

    /** The root object is level 1 and {@code tiers} level 2: {@code lists} lists below it. */
    String yamlLists(int lists) {
      return "tiers: {x: " + "[".repeat(lists) + "]".repeat(lists) + "}";
    }

    String jsonLists(int lists) {
      return "\"tiers\":{\"x\":" + "[".repeat(lists) + "]".repeat(lists) + "}";
    }

    @Test
    void atAndBelowTheLimit_load() {
      assertThat(ProgramLoader.Limits.defaults().maxNestingDepth()).isEqualTo(32);
      for (int lists : new int[] {29, 30}) {
        assertThat(yaml(loader, yamlLists(lists)).section("tiers")).isPresent();
        assertThat(json(loader, jsonLists(lists)).section("tiers")).isPresent();
      }
    }

    @Test
    void oneLevelOver_isRefused_atTheDeepestPath() {
      String path = "tiers.x" + "[0]".repeat(30);
      Problem yaml = refused(() -> yaml(loader, yamlLists(31)), path, "too_large");
      Problem json = refused(() -> json(loader, jsonLists(31)), path, "too_large");
      for (Problem problem : List.of(yaml, json)) {
        assertThat(problem.message()).contains("nesting depth (33) exceeds the maximum allowed (32)").contains("(line ");
      }
    }

    @Test
    void tenThousandLevels_areRefusedClearly_notWithAStackOverflow() {
      String path = "tiers.x" + "[0]".repeat(30);
      refused(() -> yaml(loader, yamlLists(10_000)), path, "too_large");
      refused(() -> json(loader, jsonLists(10_000)), path, "too_large");
      StringBuilder block = new StringBuilder("tiers:\n");
      for (int level = 1; level <= 40; level++) {
        block.append("  ".repeat(level)).append("a: ").append(level == 40 ? "1" : "").append('\n');
      }
      assertThat(refused(() -> yaml(loader, block.toString()), "tiers" + ".a".repeat(31), "too_large").message())
          .contains("nesting depth (33)");
    }
  }

  @Nested
  @DisplayName("the document: at most 4,000,000 characters, counted as they arrive")
  class Document {

    final ProgramLoader small = ProgramLoader.withLimits(ProgramLoader.Limits.defaults().withMaxDocumentChars(1_000));

    String padded(int length) {
      String head = YAML_HEAD + "description: ";
      return head + "x".repeat(length - head.length() - 1) + "\n";
    }

    InputStream stream(String text) {
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void atAndBelowTheLimit_load_fromAStreamAndAString() {
      for (int length : new int[] {999, 1_000}) {
        assertThat(small.load(stream(padded(length)), Format.YAML).version()).isEqualTo("1");
        assertThat(small.loadYaml(padded(length)).version()).isEqualTo("1");
      }
    }

    @Test
    void oneOver_isRefused() {
      Problem fromStream = refused(() -> small.load(stream(padded(1_001)), Format.YAML), "$", "too_large");
      assertThat(fromStream.message()).isEqualTo(
          "$ must have at most 1000 characters, but was longer (reading stopped at character 1001)");
      refused(() -> small.loadYaml(padded(1_001)), "$", "too_large");
    }

    @Test
    void anEndlessStream_isRefusedAtTheLimit_havingReadLittleMore() {
      EndlessStream endless = new EndlessStream();
      Problem problem = refused(() -> loader.load(endless, Format.YAML), "$", "too_large");
      assertThat(problem.message()).startsWith("$ must have at most 4000000 characters");
      assertThat(endless.read).isGreaterThan(4_000_000L).isLessThan(4_000_000L + 16_384);
    }

    @Test
    void aDirectory_isRefusedUpFront(@TempDir Path dir) throws IOException {
      Path programs = Files.createDirectory(dir.resolve("programs.yaml"));
      Problem byExtension = refused(() -> loader.load(programs), "$", "unreadable");
      assertThat(byExtension.message()).isEqualTo(
          "$ must be a file to read (a regular file, a named pipe or a device), not a directory, but was programs.yaml");
      refused(() -> loader.load(dir, Format.JSON), "$", "unreadable");
    }

    @Test
    void aPathWithoutExtension_isReadInTheFormatGiven(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("program"), YAML_HEAD);
      assertThat(loader.load(file, Format.YAML).version()).isEqualTo("1");
      refused(() -> loader.load(file), "$", "unknown_format");
    }

    @Test
    void devZero_isReadUnderTheLimit() {
      Path zero = Path.of("/dev/zero");
      Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
      refused(() -> small.load(zero, Format.YAML), "$", "too_large");
    }
  }

  @Nested
  @DisplayName("named pipes (Linux)")
  class Pipes {

    Path fifo(Path dir, String name) throws IOException, InterruptedException {
      Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
          "named pipes are tested on Linux only");
      Path fifo = dir.resolve(name);
      int exit;
      try {
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        mkfifo.getInputStream().readAllBytes();
        exit = mkfifo.waitFor(10, TimeUnit.SECONDS) ? mkfifo.exitValue() : -1;
      } catch (IOException e) {
        exit = -1;
      }
      Assumptions.assumeTrue(exit == 0, "mkfifo is not available");
      return fifo;
    }

    /** Writes the bytes into the pipe from another thread, stopping quietly when the reader goes away. */
    Thread writer(Path fifo, byte[] chunk, int times) {
      Thread thread = new Thread(() -> {
        try (OutputStream out = Files.newOutputStream(fifo)) {
          for (int i = 0; i < times; i++) {
            out.write(chunk);
          }
        } catch (IOException e) {
          // The reader stopped at its limit and closed the pipe: expected.
        }
      }, "fifo-writer");
      thread.setDaemon(true);
      thread.start();
      return thread;
    }

    @Test
    void aPipeLongerThanTheLimit_isRefusedAtTheLimit(@TempDir Path dir) throws Exception {
      Path fifo = fifo(dir, "endless.yaml");
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) 'a');
      Thread writer = writer(fifo, chunk, 100);
      assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
        Problem problem = refused(() -> loader.load(fifo), "$", "too_large");
        assertThat(problem.message()).startsWith("$ must have at most 4000000 characters");
      });
      writer.join(10_000);
    }

    @Test
    void aSmallProgramThroughAPipe_loads(@TempDir Path dir) throws Exception {
      Path fifo = fifo(dir, "63");
      writer(fifo, YAML_HEAD.getBytes(StandardCharsets.UTF_8), 1);
      assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> assertThat(loader.load(fifo, Format.YAML).version()).isEqualTo("1"));
    }
  }

  @Test
  @DisplayName("/dev/zero in a JVM with a 64 MB heap: refused at the limit within seconds, no OutOfMemoryError")
  void devZero_inASmallHeap(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")), "no /dev/zero on this system");
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        LoadProgramFileMain.class.getName(), "/dev/zero", "YAML");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(finished).as("finished within a minute").isTrue();
    assertThat(seconds).as("seconds taken").isLessThan(30);
    assertThat(stderr).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    assertThat(process.exitValue()).as(stderr).isEqualTo(1);
    assertThat(stdout.strip()).isEqualTo(
        "too_large $ must have at most 4000000 characters, but was longer (reading stopped at character 4000001)");
  }

  /** A stream that never ends: it counts the bytes handed out. */
  static final class EndlessStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      Arrays.fill(buffer, offset, offset + length, (byte) 'a');
      read += length;
      return length;
    }
  }
}
