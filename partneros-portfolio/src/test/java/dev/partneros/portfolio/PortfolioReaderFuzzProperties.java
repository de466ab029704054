package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.SampleBook;
import dev.partneros.portfolio.CsvProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the portfolio readers (one JSON document, a folder of CSV files) with mutations of valid
 * inputs, the bundled sample portfolio and {@link PortfolioGenerator} output written by
 * {@link PortfolioWriter} (see {@link PortfolioMutations}): every outcome is a {@link Portfolio} or
 * an {@link InvalidInputException} whose problems each name an input file, a line inside it and a
 * reason, never another exception, and every case ends within {@link #LIMIT}. What reads
 * successfully is also evaluated, which must give a result or a typed exception
 * ({@link InvalidInputException}, {@link PartnerOsException}).
 *
 * <p>In CI: 10,000 mutated JSON documents, 10,000 mutated CSV folders (the first edit spread over
 * every file, checked by a coverage check), 2,000 random texts, 300 folders and documents read from
 * disk (bytes that are not UTF-8 included) and 300 evaluations (each rebuilds the program's engines,
 * the most expensive step, so fewer of them). The cases are fixed (a fixed jqwik seed), so a run is
 * repeatable. A longer run, with other cases: {@code mvn -B verify -pl partneros-examples
 * -Dtest=PortfolioReaderFuzzProperties -Dpartneros.fuzz.rounds=50 -Dpartneros.fuzz.salt=7} (each
 * try then runs 50 cases; another salt gives other ones). Bugs found are pinned by the
 * {@code regression...} examples at the end.
 */
class PortfolioReaderFuzzProperties {

  /** The most time one case may take. */
  static final Duration LIMIT = Duration.ofSeconds(20);

  /** Cases per try (1 in CI). */
  static final int ROUNDS = Integer.getInteger("partneros.fuzz.rounds", 1);

  /** Mixed into every seed (0 in CI): another salt gives other cases. */
  static final long SALT = Long.getLong("partneros.fuzz.salt", 0L);

  static final String JSON_FILE = "portfolio.json";

  /** The valid inputs mutated. */
  private static final class Bases {
    static final ProgramDocument PROGRAM = ProgramDocument.standard();
    static final PortfolioReader READER = PortfolioReader.of(PROGRAM);
    static final Map<String, String> SAMPLE = sampleFiles();
    static final List<Map<String, String>> SMALL = Stream.concat(
        Stream.of(Set.of("P-001", "P-002", "P-003"), Set.of("P-004", "P-005", "P-006")).map(ids -> slice(SAMPLE, ids)),
        Stream.of(Fixtures.files(), generated(2, 1), generated(3, 42))).toList();
    static final String SAMPLE_JSON = PortfolioWriter.json(READER.readCsv(SAMPLE));
    static final List<String> SMALL_JSON = SMALL.stream().map(f -> PortfolioWriter.json(READER.readCsv(f))).toList();
    static final List<String> POOL = PortfolioMutations.pool(SMALL);
  }

  /** A generated portfolio of four quarters, written as CSV files. */
  private static Map<String, String> generated(int partners, long seed) {
    return PortfolioWriter.csv(PortfolioGenerator.generate(new PortfolioGenerator.Options(partners, seed,
        YearQuarter.of(2026, 1), 4, Bases.PROGRAM.currency(), Bases.PROGRAM.ladder())));
  }

  /**
   * Cuts the rows about some partners out of the sample, line by line: their own rows, the deals
   * they touched or registered (unless dependent on another partner), the touches, registrations,
   * payments and cancellations of those deals by them, every checklist item and FX rate.
   */
  private static Map<String, String> slice(Map<String, String> sample, Set<String> ids) {
    Portfolio all = Bases.READER.readCsv(sample);
    Predicate<PartnerId> kept = id -> ids.contains(id.value());
    Set<String> deals = new HashSet<>();
    all.touches().stream().filter(t -> kept.test(t.partner())).forEach(t -> deals.add(t.deal()));
    all.registrations().stream().filter(r -> kept.test(r.partner())).forEach(r -> deals.add(r.deal()));
    all.deals().stream().filter(d -> !d.dependentOn().stream().allMatch(kept)).forEach(d -> deals.remove(d.id()));
    List<Source> rows = new ArrayList<>();
    all.partners().stream().filter(r -> kept.test(r.id())).forEach(r -> rows.add(r.source()));
    all.metrics().stream().filter(r -> kept.test(r.partner())).forEach(r -> rows.add(r.source()));
    all.certifications().stream().filter(r -> kept.test(r.partner())).forEach(r -> rows.add(r.source()));
    all.mdfRequests().stream().filter(r -> kept.test(r.partner())).forEach(r -> rows.add(r.source()));
    all.ratings().stream().filter(r -> kept.test(r.partner())).forEach(r -> rows.add(r.source()));
    all.deals().stream().filter(r -> deals.contains(r.id())).forEach(r -> rows.add(r.source()));
    all.touches().stream().filter(r -> deals.contains(r.deal()) && kept.test(r.partner()))
        .forEach(r -> rows.add(r.source()));
    all.registrations().stream().filter(r -> deals.contains(r.deal()) && kept.test(r.partner()))
        .forEach(r -> rows.add(r.source()));
    all.payments().stream().filter(r -> deals.contains(r.deal())).forEach(r -> rows.add(r.source()));
    all.cancellations().stream().filter(r -> deals.contains(r.deal()) && r.partner().stream().allMatch(kept))
        .forEach(r -> rows.add(r.source()));
    all.checklist().forEach(r -> rows.add(r.source()));
    all.fxRates().forEach(r -> rows.add(r.row()));
    Map<String, String> files = new LinkedHashMap<>();
    sample.forEach((file, text) -> {
      List<String> lines = List.of(text.split("\n"));
      StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
      rows.stream().filter(r -> r.file().equals(file)).mapToInt(Source::line).sorted()
          .forEach(line -> out.append(lines.get(line - 1)).append('\n'));
      files.put(file, out.toString());
    });
    return files;
  }

  private static Map<String, String> sampleFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    for (PortfolioTable table : PortfolioTable.values()) {
      try (InputStream in = SampleBook.class.getResourceAsStream(SampleBook.PORTFOLIO + "/" + table.fileName())) {
        files.put(table.fileName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** The CSV folder of a case: the whole sample in one case of a hundred, a small portfolio otherwise. */
  private static Map<String, String> csvBase(Random random) {
    return random.nextInt(100) == 0 ? Bases.SAMPLE : PortfolioMutations.pick(random, Bases.SMALL);
  }

  /** The JSON document of a case: the whole sample in one case of a hundred, a small portfolio otherwise. */
  private static String jsonBase(Random random) {
    return random.nextInt(100) == 0 ? Bases.SAMPLE_JSON : PortfolioMutations.pick(random, Bases.SMALL_JSON);
  }

  private static Random random(long seed, int round) {
    return new Random(seed ^ SALT * 0x9E3779B97F4A7C15L ^ round * 0xBF58476D1CE4E5B9L);
  }

  // ---------------------------------------------------------------------------------------------
  // The outcome of a case.

  /**
   * Runs one read within {@link #LIMIT} and checks its outcome.
   *
   * @param texts the input texts by file name, to check the problems' locations against
   * @return the portfolio read, or empty when the input was refused
   */
  static Optional<Portfolio> readsOrRefuses(Map<String, String> texts, Supplier<Portfolio> read) {
    Object outcome = within(read);
    if (outcome instanceof Portfolio portfolio) {
      return Optional.of(portfolio);
    }
    if (outcome instanceof InvalidInputException e) {
      problemsAreLocated(e, texts);
      return Optional.empty();
    }
    return fail("the reader must only throw InvalidInputException, but threw " + outcome, (Throwable) outcome);
  }

  /** The value, or the throwable, of a computation that must end within {@link #LIMIT}. */
  static Object within(Supplier<?> computation) {
    return assertTimeoutPreemptively(LIMIT, () -> {
      try {
        return computation.get();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        return e;
      }
    }, "one case must end within " + LIMIT);
  }

  /**
   * Every problem names one of the input files (or a missing partners file), a line of it that is
   * not blank (unless the whole file is blank, or a JSON document ends early) and a reason.
   */
  static void problemsAreLocated(InvalidInputException e, Map<String, String> texts) {
    assertThat(e.problems()).isNotEmpty();
    Map<String, List<String>> linesByFile = new HashMap<>();
    for (CsvProblem problem : e.problems()) {
      if (!texts.containsKey(problem.file())) {
        assertThat(problem.file()).as("the file of %s", problem).isEqualTo(PortfolioTable.PARTNERS.fileName());
      }
      List<String> lines = linesByFile.computeIfAbsent(problem.file(), file -> List.of(texts.getOrDefault(file, "")
          .replaceFirst("^\uFEFF", "").split("\r\n|\r|\n", -1)));
      assertThat(problem.line()).as("the line of %s", problem).isBetween(1, lines.size());
      boolean blankFile = lines.stream().allMatch(String::isEmpty);
      boolean endOfJson = problem.reason().startsWith("is not valid JSON") && problem.line() == lines.size();
      boolean wrongFile = problem.reason().startsWith("is not a portfolio file");
      if (!blankFile && !endOfJson && !wrongFile) {
        assertThat(lines.get(problem.line() - 1)).as("the line of %s", problem).isNotEmpty();
      }
      hasAReason(problem);
      assertThat(problem.toString()).startsWith(problem.file() + ":" + problem.line() + ": ");
    }
  }

  /**
   * A problem says why in the words of the book's files ({@code docs/problems.md#what-a-problem-carries}):
   * not blank, not "null", no bare exception message, no Java class or Jackson name (what the file
   * wrote, echoed after "but was", may say anything).
   */
  static void hasAReason(CsvProblem problem) {
    assertThat(problem.file()).as("the file of %s", problem).isNotBlank();
    assertThat(problem.line()).as("the line of %s", problem).isPositive();
    String reason = problem.reason();
    assertThat(reason).as("the reason of %s", problem).isNotBlank().isNotEqualToIgnoringCase("null")
        .doesNotEndWith(": null").doesNotEndWith(": ");
    String words = reason.replaceFirst("(?s), but was .*", "").replaceAll("\\('.' \\(code \\d+\\)\\)", "(a character)");
    assertThat(words).as("the words of %s", problem).doesNotContain("Exception", "java.", "javax.", "com.fasterxml",
        "Jackson", "JsonToken", "StreamRead", "JsonRead", "Source:", "REDACTED", "`");
  }

  /** What was read, written as CSV files and as JSON by {@link PortfolioWriter}, reads back the same. */
  static void readsBackWhatIsWritten(Portfolio portfolio) {
    Portfolio csv = Bases.READER.readCsv(PortfolioWriter.csv(portfolio));
    Portfolio json = Bases.READER.readJson(JSON_FILE, PortfolioWriter.json(portfolio));
    for (PortfolioTable table : PortfolioTable.values()) {
      assertThat(PortfolioWriter.cells(csv, table)).as("%s read back from CSV", table)
          .isEqualTo(PortfolioWriter.cells(portfolio, table));
      assertThat(PortfolioWriter.cells(json, table)).as("%s read back from JSON", table)
          .isEqualTo(PortfolioWriter.cells(portfolio, table));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The readers.

  @Property(tries = 10_000, seed = "20260410", shrinking = ShrinkingMode.OFF)
  void jsonMutations(@ForAll long seed) {
    for (int round = 0; round < ROUNDS; round++) {
      Random random = random(seed, round);
      String base = jsonBase(random);
      String json = random.nextInt(3) == 0 ? PortfolioMutations.text(random, base)
          : PortfolioMutations.json(random, base, Bases.POOL);
      Optional<Portfolio> read = readsOrRefuses(Map.of(JSON_FILE, json), () -> Bases.READER.readJson(JSON_FILE, json));
      read.ifPresent(PortfolioReaderFuzzProperties::readsBackWhatIsWritten);
      Statistics.label("outcome").collect(read.isPresent() ? "read" : "refused");
    }
  }

  @Property(tries = 10_000, seed = "20260410", shrinking = ShrinkingMode.OFF)
  void csvMutations(@ForAll long seed) {
    for (int round = 0; round < ROUNDS; round++) {
      Random random = random(seed, round);
      PortfolioTable table = PortfolioTable.values()[random.nextInt(PortfolioTable.values().length)];
      Map<String, String> files = PortfolioMutations.csv(random, csvBase(random), Bases.POOL, table.fileName());
      Optional<Portfolio> read = readsOrRefuses(files, () -> Bases.READER.readCsv(files));
      read.ifPresent(PortfolioReaderFuzzProperties::readsBackWhatIsWritten);
      Statistics.label("outcome").collect(read.isPresent() ? "read" : "refused");
      Statistics.label("file").collect(table.fileName());
    }
    Statistics.label("file").coverage(checker -> {
      for (PortfolioTable table : PortfolioTable.values()) {
        checker.check(table.fileName()).percentage(p -> p >= 4); // 8.3 % expected
      }
    });
  }

  @Property(tries = 2_000, seed = "20260410", shrinking = ShrinkingMode.OFF)
  void randomText(@ForAll long seed, @ForAll boolean json) {
    for (int round = 0; round < ROUNDS; round++) {
      Random random = random(seed, round);
      byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 64 : 4096)];
      random.nextBytes(bytes);
      String text = new String(bytes, random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      if (json) {
        readsOrRefuses(Map.of(JSON_FILE, text), () -> Bases.READER.readJson(JSON_FILE, text));
      } else {
        Map<String, String> files = Map.of(PortfolioTable.values()[random.nextInt(12)].fileName(), text);
        readsOrRefuses(files, () -> Bases.READER.readCsv(files));
      }
    }
  }

  /** Files on disk: bytes that are not UTF-8, folders and JSON files read by path. */
  @Property(tries = 300, seed = "20260410", shrinking = ShrinkingMode.OFF)
  void filesOnDisk(@ForAll long seed) throws IOException {
    Random random = random(seed, 0);
    Path folder = Files.createTempDirectory("portfolio-fuzz");
    try {
      Map<String, String> texts = new LinkedHashMap<>();
      if (random.nextBoolean()) {
        Map<String, String> files = PortfolioMutations.csv(random, PortfolioMutations.pick(random, Bases.SMALL),
            Bases.POOL, PortfolioMutations.pick(random, List.of(PortfolioTable.values())).fileName());
        for (Map.Entry<String, String> file : files.entrySet()) {
          Path path = folder.resolve(file.getKey().isEmpty() || file.getKey().contains("/") ? "x.csv" : file.getKey());
          byte[] bytes = bytes(random, file.getValue());
          Files.write(path, bytes);
          texts.put(path.getFileName().toString(), new String(bytes, StandardCharsets.UTF_8));
        }
        readsOrRefuses(texts, () -> Bases.READER.read(folder));
      } else {
        String json = PortfolioMutations.json(random, PortfolioMutations.pick(random, Bases.SMALL_JSON), Bases.POOL);
        Path path = folder.resolve(JSON_FILE);
        byte[] bytes = bytes(random, json);
        Files.write(path, bytes);
        readsOrRefuses(Map.of(JSON_FILE, new String(bytes, StandardCharsets.UTF_8)), () -> Bases.READER.read(path));
      }
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The text's UTF-8 bytes, one case in four with a byte that is not UTF-8. */
  private static byte[] bytes(Random random, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && random.nextInt(4) == 0) {
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
    }
    return bytes;
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluation of what reads.

  @Property(tries = 300, seed = "20260410", shrinking = ShrinkingMode.OFF)
  void evaluationOfWhatReads(@ForAll long seed) {
    ProgramHistory history = ProgramHistory.of(Bases.PROGRAM);
    for (int round = 0; round < ROUNDS; round++) {
      Random random = random(seed, round);
      Map<String, String> base = PortfolioMutations.pick(random, Bases.SMALL);
      Portfolio read = null;
      for (int attempt = 0; attempt < 5 && read == null; attempt++) {
        Map<String, String> files = random.nextInt(4) == 0 ? PortfolioMutations.csv(random, base, Bases.POOL,
            PortfolioMutations.pick(random, List.of(PortfolioTable.values())).fileName())
            : PortfolioMutations.plausible(random, base);
        read = readsOrRefuses(files, () -> Bases.READER.readCsv(files)).orElse(null);
      }
      Statistics.label("mutated").collect(read != null);
      Portfolio portfolio = read != null ? read : Bases.READER.readCsv(base);
      LocalDate asOf = PortfolioMutations.pick(random, List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 9, 30),
          LocalDate.of(2027, 12, 31), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 5, 17),
          LocalDate.of(2099, 12, 31)));
      Object outcome = within(() -> PortfolioEvaluator.standard().evaluate(history, portfolio, asOf));
      Statistics.label("evaluation").collect(outcome.getClass().getSimpleName());
      if (outcome instanceof InvalidInputException e) {
        assertThat(e.problems()).allSatisfy(PortfolioReaderFuzzProperties::hasAReason);
      } else if (outcome instanceof PartnerOsException e) {
        assertThat(e.problems()).extracting(Problem::path).allSatisfy(path -> assertThat(path).isNotBlank());
      } else if (outcome instanceof Throwable t) {
        fail("evaluation must only throw InvalidInputException or PartnerOsException, but threw " + t, t);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Bugs the fuzzing found, each with its smallest reproducer.

  private static List<String> refused(Map<String, String> files) {
    Object outcome = within(() -> Bases.READER.readCsv(files));
    assertThat(outcome).isInstanceOf(InvalidInputException.class);
    problemsAreLocated((InvalidInputException) outcome, files);
    return ((InvalidInputException) outcome).problems().stream().map(CsvProblem::toString).toList();
  }

  /** Blank lines before the header: its problems were reported on line 1, and a missing column on every row. */
  @Example
  void regressionHeaderAfterBlankLines_isReportedOnItsLineOnce() {
    Map<String, String> files = Fixtures.files();
    files.put("partners.csv", "\n\nid,name,type,nickname\nP-1,Alpha,REFERRAL,al\n");
    assertThat(refused(Map.of("partners.csv", files.get("partners.csv")))).containsExactly(
        "partners.csv:3: joined: is a required column missing from the header",
        "partners.csv:3: nickname: is not a column of partners.csv (columns: " + PortfolioTable.PARTNERS.header()
            + ")");
  }

  /** A lone carriage return inside a quoted field did not count as a line break, so later lines were misnumbered. */
  @Example
  void regressionLoneCarriageReturnInAQuotedField_isALineBreak() {
    assertThat(refused(Map.of("partners.csv", "id,name,type,joined\nP-1,\"Al\rpha\",REFERRAL,2025-01-10\n"
        + "P-2,\"Beta\"x,REFERRAL,2025-01-10\n"))).containsExactly(
        "partners.csv:2: name: must not contain control characters or line breaks",
        "partners.csv:4: has text after a closing quote");
  }

  /** A file that is not UTF-8 was refused at line 1, wherever its first bad byte was. */
  @Example
  void regressionBytesThatAreNotUtf8_areLocatedAtTheirLine() throws IOException {
    Path folder = Files.createTempDirectory("portfolio-fuzz");
    try {
      byte[] latin1 = "id,name,type,joined\r\nP-1,Caf\u00e9,REFERRAL,2025-01-10\r\n"
          .getBytes(StandardCharsets.ISO_8859_1);
      Files.write(folder.resolve("partners.csv"), latin1);
      Object outcome = within(() -> Bases.READER.read(folder));
      assertThat(outcome).isInstanceOf(InvalidInputException.class);
      assertThat(((InvalidInputException) outcome).problems()).extracting(CsvProblem::toString).containsExactly(
          "partners.csv:2: must be UTF-8 text, but this line has bytes that are not (save the file as UTF-8)");
    } finally {
      delete(folder);
    }
  }

  private static CsvProblem refusedJson(String json) {
    Object outcome = within(() -> Bases.READER.readJson(JSON_FILE, json));
    assertThat(outcome).isInstanceOf(InvalidInputException.class);
    problemsAreLocated((InvalidInputException) outcome, Map.of(JSON_FILE, json));
    return assertThat(((InvalidInputException) outcome).problems()).singleElement().actual();
  }

  /** A JSON document ending early was refused naming Jackson's source setting ("[Source: REDACTED (`StreamRead...`"). */
  @Example
  void regressionJsonEndingEarly_namesWhereTheObjectStarted_inPlainWords() {
    CsvProblem problem = refusedJson("{\n  \"partners\": [\n    {\"id\": \"P-1\"");
    assertThat(problem.toString()).isEqualTo("portfolio.json:3: is not valid JSON: Unexpected end-of-input: expected "
        + "close marker for Object (start marker at line 3, column 5)");
  }

  /** A control character between tokens was refused naming a Jackson setting to enable ("JsonReadFeature..."). */
  @Example
  void regressionControlCharacter_isRefusedWithoutJacksonsSettings() {
    CsvProblem problem = refusedJson("{\n\u001e\"partners\": []}");
    assertThat(problem.toString()).isEqualTo("portfolio.json:2: is not valid JSON: Illegal character ((CTRL-CHAR, "
        + "code 30)): only regular white space (\\r, \\n, \\t) is allowed between tokens");
  }

  /** A payment of zero was read, then refused by the commission engine without saying where it was written. */
  @Example
  void regressionZeroPayment_isRefusedAtItsRow() {
    Map<String, String> files = Fixtures.replace(Fixtures.files(), "payments.csv", "7500.00", "0.00");
    assertThat(refused(files)).containsExactly("payments.csv:2: amount: must be above zero, but was 0.00 USD");
  }

  /** A customer start before the deal closed was read, then refused by the commission engine without a location. */
  @Example
  void regressionCustomerStartBeforeClose_isRefusedAtItsRow() {
    Map<String, String> files = Fixtures.replace(Fixtures.files(), "deals.csv", "2026-02-10,2026-02-15",
        "2026-02-10,2026-02-09");
    assertThat(refused(files)).containsExactly(
        "deals.csv:2: customerStart: must not be before closed 2026-02-10, but was 2026-02-09");
  }
}
