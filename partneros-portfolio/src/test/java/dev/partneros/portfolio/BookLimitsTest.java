package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming evaluation's read limits ({@code docs/formats.md#limits}): each is checked as the
 * bytes arrive, gives one clear problem at the file and line, and never echoes the offending value.
 */
class BookLimitsTest {

  private static final ProgramHistory STANDARD = ProgramHistory.of(ProgramDocument.standard());
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
  private static final String HEADER = "id,name,type,joined\n";

  @TempDir
  Path folder;

  private InvalidInputException refused(BookEvaluator evaluator) {
    return catchThrowableOfType(() -> evaluator.evaluate(STANDARD, folder, AS_OF, folder.resolve("out"),
        BookEvaluator.Listener.NONE), InvalidInputException.class);
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedAtTheLimit() throws IOException {
    Files.writeString(folder.resolve("partners.csv"), HEADER + "P-1,Acme,RESELLER_VAR,2026-01-01\n".repeat(100));
    InvalidInputException e = refused(BookEvaluator.of(PortfolioEvaluator.standard())
        .withLimits(new ReadLimits(1_000, 1_000, 100, 10)));
    assertThat(e.problems()).extracting(CsvProblem::toString).anySatisfy(p -> assertThat(p)
        .startsWith("partners.csv:").contains("is larger than 1000 bytes"));
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void aFieldAtTheLimitIsReadAndOneCharacterLongerIsRefusedWithoutBeingEchoed() throws IOException {
    String atLimit = "a".repeat(100);
    Files.writeString(folder.resolve("partners.csv"), HEADER + "P-1," + atLimit + ",RESELLER_VAR,2026-01-01\n");
    BookEvaluator small = BookEvaluator.of(PortfolioEvaluator.standard())
        .withLimits(new ReadLimits(1_000_000, 1_000, 100, 10));
    assertThat(small.evaluate(STANDARD, folder, AS_OF, folder.resolve("out"), BookEvaluator.Listener.NONE)
        .partners()).isEqualTo(1);
    Files.writeString(folder.resolve("partners.csv"), HEADER + "P-1," + atLimit + "b,RESELLER_VAR,2026-01-01\n");
    InvalidInputException e = refused(small);
    assertThat(e.problems()).extracting(CsvProblem::toString)
        .containsExactly("partners.csv:2: has a field longer than 100 characters (the limit; see the input limits of "
            + "the file formats)");
  }

  @Test
  void aRowOverTheFieldLimitAndAFileOverTheRowLimitAreRefused() throws IOException {
    Files.writeString(folder.resolve("partners.csv"), HEADER + "P-1,Acme,RESELLER_VAR,2026-01-01" + ",x".repeat(10)
        + "\n");
    assertThat(refused(BookEvaluator.of(PortfolioEvaluator.standard()).withLimits(new ReadLimits(1_000_000, 1_000,
        100, 10))).problems()).extracting(CsvProblem::reason).anySatisfy(r -> assertThat(r)
            .startsWith("has more than 10 fields in a record"));
    Files.writeString(folder.resolve("partners.csv"), HEADER + "P-1,Acme,RESELLER_VAR,2026-01-01\n".repeat(3));
    assertThat(refused(BookEvaluator.of(PortfolioEvaluator.standard()).withLimits(new ReadLimits(1_000_000, 2,
        100, 10))).problems()).extracting(CsvProblem::reason).anySatisfy(r -> assertThat(r)
            .startsWith("has more than 3 records"));
  }

  @Test
  void aNumberOfTenThousandDigitsIsRefusedByItsLengthWithoutBeingEchoed() throws IOException {
    String digits = "9".repeat(10_000);
    Files.writeString(folder.resolve("partners.csv"), HEADER + "P-1,Acme,RESELLER_VAR,2026-01-01\n");
    Files.writeString(folder.resolve("metrics.csv"), "partner,quarter,revenue,dealsRegistered,strategicFit\n"
        + "P-1,2026-Q1," + digits + ",1,MODERATE\n");
    InvalidInputException e = refused(BookEvaluator.of(PortfolioEvaluator.standard()));
    assertThat(e.problems()).hasSize(1);
    CsvProblem problem = e.problems().get(0);
    assertThat(problem.file()).isEqualTo("metrics.csv");
    assertThat(problem.column()).isEqualTo("revenue");
    assertThat(problem.reason()).hasSizeLessThan(400).contains("(the value has 10000 characters)")
        .doesNotContain("9".repeat(400));
  }

  @Test
  void aJsonDocumentRefusesALongStringADeepNestAndALongNumberWithoutEchoingThem() {
    PortfolioReader reader = PortfolioReader.of(ProgramDocument.standard());
    String partner = "{\"id\":\"P-1\",\"name\":\"%s\",\"type\":\"RESELLER_VAR\",\"joined\":\"2026-01-01\"}";
    String atLimit = "{\"partners\":[" + String.format(partner, "a".repeat(100_000)) + "]}";
    assertThat(reader.readJson("book.json", atLimit).partners()).hasSize(1);
    String longer = "{\"partners\":[" + String.format(partner, "a".repeat(100_001)) + "]}";
    assertThat(catchThrowableOfType(() -> reader.readJson("book.json", longer), InvalidInputException.class)
        .problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("is not valid JSON")
            .contains("100000").hasSizeLessThan(400));
    String deep = "{\"partners\":" + "[".repeat(40) + "]".repeat(40) + "}";
    assertThat(catchThrowableOfType(() -> reader.readJson("book.json", deep), InvalidInputException.class)
        .problems()).anySatisfy(p -> assertThat(p.reason()).isEqualTo("is not valid JSON: Document nesting depth (33) "
            + "exceeds the maximum allowed (32)"));
    String digits = "{\"partners\":[{\"id\":" + "9".repeat(10_000) + "}]}";
    assertThat(catchThrowableOfType(() -> reader.readJson("book.json", digits), InvalidInputException.class)
        .problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("Number value length")
            .doesNotContain("9".repeat(200)));
  }

  @Test
  void anEndlessStreamIsRefusedAtTheSizeLimit() {
    byte[] row = "P-1,Acme,RESELLER_VAR,2026-01-01\n".getBytes(StandardCharsets.UTF_8);
    java.io.InputStream endless = new java.io.InputStream() {
      private int at;

      @Override
      public int read() {
        return row[at++ % row.length];
      }
    };
    java.io.Reader in = new java.io.InputStreamReader(new dev.partneros.portfolio.internal.LimitedInput(endless,
        1_000_000), StandardCharsets.UTF_8);
    dev.partneros.portfolio.internal.CsvStream csv = new dev.partneros.portfolio.internal.CsvStream("partners.csv", in,
        100, 10, Long.MAX_VALUE, p -> { });
    InvalidInputException e = catchThrowableOfType(() -> {
      while (csv.next().isPresent()) {
        // read on: the stream never ends
      }
    }, InvalidInputException.class);
    assertThat(e.problems()).extracting(CsvProblem::reason).singleElement().asString()
        .startsWith("is larger than 1000000 bytes");
  }

  @Test
  void aNamedPipeInTheBookIsRefusedBeforeItIsOpened() throws Exception {
    Path fifo = folder.resolve("partners.csv");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available here, so a named pipe cannot be made: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
        "mkfifo could not make a named pipe here");
    InvalidInputException e = refused(BookEvaluator.of(PortfolioEvaluator.standard()));
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly("partners.csv:1: is not a regular file "
        + "(a pipe, a device or a folder): the streaming evaluation reads each file several times, so copy it into a "
        + "file first");
  }

  @Test
  void tenMillionBadRowsGiveTheirCountAndTheFirstThousandInASmallHeap() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
        "-cp", System.getProperty("java.class.path"), BadRowsMain.class.getName(),
        folder.toString(), "10000000");
    Path out = folder.resolve("child.out");
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(child.waitFor(240, TimeUnit.SECONDS)).as("the child finished").isTrue();
    String printed = Files.readString(out);
    assertThat(child.exitValue()).as(printed).isZero();
    assertThat(printed).contains("counted 10000000 total 10000000 kept 1000 first partners.csv:2: has 1 fields, "
        + "but the header has 4");
  }
}
