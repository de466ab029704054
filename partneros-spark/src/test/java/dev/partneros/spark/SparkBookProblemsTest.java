package dev.partneros.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partneros.portfolio.CsvProblem;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.InvalidInputException;
import dev.partneros.portfolio.SampleBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad rows: the Spark job finds the problems the streaming evaluation finds (same files, lines,
 * columns and reasons), writes them to {@code problems.csv} and no result.
 */
class SparkBookProblemsTest {

  private final Books.Book book = new Books.Book("sample book", SampleBook.portfolio(), SampleBook.history(),
      Optional.of(SampleBook.MDF_POOL), SampleBook.AS_OF, Explain.SUMMARY);
  private Path work;
  private Path in;

  @BeforeEach
  void write() throws IOException {
    work = Files.createTempDirectory("spark-problems");
    in = Books.write(book.portfolio(), work);
  }

  @AfterEach
  void clean() {
    Books.delete(work);
  }

  @Test
  void evaluate_badDate_reportsItsFileLineAndColumnAndWritesNoResult() throws IOException {
    int line = append("deals.csv", java.util.Map.of("id", "D-BAD", "account", "Acme", "amount", "1000.00",
        "created", "2026-02-30", "status", "OPEN"));
    List<CsvProblem> expected = streamingProblems();
    SparkBookResult result = evaluate();
    assertThat(result.isValid()).isFalse();
    assertThat(problems(result)).isEqualTo(expected);
    assertThat(expected).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("deals.csv");
      assertThat(p.line()).isEqualTo(line);
      assertThat(p.column()).isEqualTo("created");
    });
    assertWritesOnlyProblems(result, expected);
  }

  @Test
  void evaluate_brokenRowsAndStrayFile_reportsWhatTheStreamingEvaluationReports() throws IOException {
    append("deals.csv", java.util.Map.of("id", "D-BAD", "account", "Acme", "amount", "lots", "created", "2026-02-03",
        "status", "OPEN"));
    int shortRow = appendLine("metrics.csv", "P-001,2026-Q1");
    append("touches.csv", java.util.Map.of("deal", "D-BAD", "partner", "P-999", "date", "2026-02-04", "kind", "DEMO"));
    Files.writeString(in.resolve("notes.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
    List<CsvProblem> expected = streamingProblems();
    SparkBookResult result = evaluate();
    assertThat(result.problemCount()).isEqualTo(expected.size());
    assertThat(problems(result)).isEqualTo(expected);
    assertThat(expected).anySatisfy(p -> assertThat(p.toString()).startsWith("metrics.csv:" + shortRow + ": "));
    assertThat(expected).anySatisfy(p -> assertThat(p.file()).isEqualTo("notes.csv"));
    assertThat(expected).anySatisfy(p -> assertThat(p.toString()).startsWith("deals.csv:").contains("amount"));
    assertThatThrownBy(() -> {
      throw result.exception(1_000);
    }).isInstanceOf(InvalidInputException.class).hasMessageContaining("notes.csv");
    assertWritesOnlyProblems(result, expected);
  }

  /** Appends a row with some columns set, the others empty; returns its line. */
  private int append(String file, java.util.Map<String, String> values) throws IOException {
    String header = Files.readString(in.resolve(file), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    List<String> cells = new ArrayList<>();
    for (String column : header.split(",", -1)) {
      cells.add(values.getOrDefault(column, ""));
    }
    return appendLine(file, String.join(",", cells));
  }

  private int appendLine(String file, String row) throws IOException {
    Path path = in.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    Files.writeString(path, text + row + "\n", StandardCharsets.UTF_8);
    return (int) (text.lines().count() + 1);
  }

  private List<CsvProblem> streamingProblems() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Books.streaming(book, in, work));
    assertThat(e).as("the streaming evaluation refuses the book").isNotNull();
    assertThat(e.total()).isEqualTo(e.problems().size());
    return e.problems();
  }

  private SparkBookResult evaluate() {
    SparkBook job = book.job().withPartSize(9).withPartitions(2);
    return job.evaluate(job.readCsv(Books.spark(), in.toString()));
  }

  private static List<CsvProblem> problems(SparkBookResult result) {
    List<CsvProblem> found = new ArrayList<>();
    for (Row r : result.problems().collectAsList()) {
      found.add(new CsvProblem(r.getString(0), r.getInt(1), r.getString(2), r.getString(3)));
    }
    return found;
  }

  private void assertWritesOnlyProblems(SparkBookResult result, List<CsvProblem> expected) throws IOException {
    Path out = work.resolve("out");
    result.write(out.toString(), OutputFormat.PARQUET);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).collect(
          Collectors.toList())).containsExactly("problems.csv");
    }
    List<String> lines = Books.concatenated(out.resolve("problems.csv")).lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("file,line,column,reason");
    assertThat(lines).hasSize(expected.size() + 1);
    assertThat(lines.get(1)).startsWith(expected.get(0).file() + "," + expected.get(0).line() + ",");
  }
}
