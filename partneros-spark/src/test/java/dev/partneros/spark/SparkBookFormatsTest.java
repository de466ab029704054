package dev.partneros.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.PortfolioTable;
import dev.partneros.portfolio.SampleBook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The other ways in and out: the {@code spark-submit} entry point writing Parquet, a book given as
 * Parquet tables, and the options it refuses.
 */
class SparkBookFormatsTest {

  private static final Books.Book BOOK = new Books.Book("sample book", SampleBook.portfolio(), SampleBook.history(),
      Optional.of(SampleBook.MDF_POOL), SampleBook.AS_OF, Explain.SUMMARY);
  private static SparkSession spark;
  private static Path work;
  private static Path in;
  private static Path streaming;

  @BeforeAll
  static void evaluate() throws IOException {
    spark = Books.spark();
    work = Files.createTempDirectory("spark-formats");
    in = Books.write(BOOK.portfolio(), work);
    streaming = Books.streaming(BOOK, in, work);
  }

  @AfterAll
  static void clean() {
    Books.delete(work);
  }

  @Test
  void main_parquetOutput_holdsEveryRowOfTheStreamingFiles() throws IOException {
    Path out = work.resolve("main-out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SparkBookMain.run(spark, SparkBookMain.Options.parse(new String[] {"--book", in.toString(),
        "--as-of", SampleBook.AS_OF.toString(), "--out", out.toString(), "--pool", "300000",
        "--program", program("standard.yaml", dev.partneros.core.ProgramDocument.standard()),
        "--program", program("second.yaml", SampleBook.secondVersion()), "--part-size", "13"}),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    for (String file : List.of("partners.csv", "tier-timeline.csv", "health.csv", "attribution.csv",
        "commission.csv", "mdf-requests.csv")) {
      List<String> expected = Files.readAllLines(streaming.resolve(file)).stream().skip(1).sorted()
          .collect(Collectors.toList());
      List<String> actual = new ArrayList<>();
      for (Row r : spark.read().parquet(out.resolve(Outputs.base(file) + ".parquet").toString()).collectAsList()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.length(); i++) {
          cells.add(r.getString(i));
        }
        actual.add(SparkBookResult.chop(dev.partneros.portfolio.BookPartsFigures.csvLine(cells)));
      }
      actual.sort(null);
      assertThat(actual).as(file).isEqualTo(expected);
    }
    List<String> lines = spark.read().parquet(out.resolve("partner-lines.parquet").toString()).collectAsList().stream()
        .map(r -> r.getString(1)).sorted().collect(Collectors.toList());
    assertThat(lines).isEqualTo(Files.readAllLines(streaming.resolve("partners.jsonl")).stream().sorted()
        .collect(Collectors.toList()));
    for (String doc : List.of("kpis.csv", "summary.json", "report.txt", "report.html")) {
      assertThat(out.resolve(doc)).as(doc).hasSameTextualContentAs(streaming.resolve(doc));
    }
  }

  @Test
  void readParquet_theBookAsParquetTables_givesTheSameFiles() throws IOException {
    Path tables = work.resolve("parquet-in");
    for (PortfolioTable table : PortfolioTable.values()) {
      Path csv = in.resolve(table.fileName());
      if (Files.exists(csv)) {
        spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(csv.toString())
            .write().parquet(tables.resolve(table.tableName() + ".parquet").toString());
      }
    }
    SparkBook job = BOOK.job().withPartSize(17);
    Path out = work.resolve("parquet-out");
    SparkBookResult result = job.evaluate(job.readParquet(spark, tables.toString()));
    assertThat(result.isValid()).isTrue();
    result.write(out.toString(), OutputFormat.CSV);
    Books.assertSameFiles(streaming, out);
  }

  @Test
  void fromTables_numberedRows_problemsNameTheirLines() {
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("id", "string").add("account", "string").add("amount", "string").add("created", "string")
        .add("status", "string").add("_line", "int");
    org.apache.spark.sql.Dataset<Row> deals = spark.createDataFrame(List.of(
        org.apache.spark.sql.RowFactory.create("D-X", "Acme", "a lot", "2026-01-05", "OPEN", 42)), schema);
    org.apache.spark.sql.Dataset<Row> partners = spark.read().option("header", "true")
        .csv(in.resolve("partners.csv").toString());
    SparkBook job = BOOK.job();
    SparkBookResult result = job.evaluate(job.fromTables(spark, java.util.Map.of(PortfolioTable.PARTNERS, partners,
        PortfolioTable.DEALS, deals)));
    assertThat(result.isValid()).isFalse();
    List<Row> problems = result.problems().collectAsList();
    assertThat(problems).anySatisfy(r -> {
      assertThat(r.getString(0)).isEqualTo("deals.csv");
      assertThat(r.getInt(1)).isEqualTo(42);
      assertThat(r.getString(2)).isEqualTo("amount");
    });
    assertThat(result.files()).isEmpty();
    assertThat(result.summary()).isEmpty();
  }

  @Test
  void parse_unknownOption_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkBookMain.Options.parse(new String[] {"--book", "b",
        "--as-of", "2027-12-31", "--out", "o", "--colour", "red"})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option --colour");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkBookMain.Options.parse(new String[] {"--book", "b",
        "--as-of", "2027-12-31"})).isInstanceOf(IllegalArgumentException.class).hasMessage("--out is required");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkBookMain.Options.parse(new String[] {"--book", "b",
        "--as-of", "2027-12-31", "--out", "o", "--format", "xml"})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("must be one of parquet, csv, jsonl, but was xml");
  }

  @Test
  void sparkBook_sizesOutOfRange_areRefused() {
    SparkBook job = BOOK.job();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> job.withPartSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partners per part must be between 1 and 1000000, but was 0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> job.withPartitions(100_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partitions must be between 1 and 100000, but was 100001");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkBook.of(SampleBook.history(),
        java.time.LocalDate.of(2020, 1, 1))).isInstanceOf(dev.partneros.core.InvalidFactsException.class)
        .hasMessageContaining("asOf");
  }

  private static String program(String name, dev.partneros.core.ProgramDocument doc) throws IOException {
    Path file = work.resolve(name);
    Files.writeString(file, doc.toTree().toString(), StandardCharsets.UTF_8);
    return file.toString();
  }
}
