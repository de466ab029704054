package dev.partneros.spark;

import dev.partneros.portfolio.BookParts;
import dev.partneros.portfolio.BookPartsFigures;
import dev.partneros.portfolio.CsvProblem;
import dev.partneros.portfolio.PortfolioTable;
import dev.partneros.portfolio.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads a book into records: its rows, each with its table, line and cells in the table's column
 * order, and the problems found reading it ({@code docs/spark.md#inputs}). A CSV file is read whole
 * by one task with the streaming evaluation's reader, so its problems are that reader's; a table
 * given as a Dataset (Parquet, or an embedding application's) has its columns checked as a CSV
 * header is, and its rows numbered from line 2 in the order Spark reads them. Stateless.
 */
final class Inputs {

  private Inputs() {}

  /** Reads a folder of CSV files (on any file system Spark reaches). */
  static JavaRDD<Rec> csv(SparkSession spark, String folder) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Path dir = new Path(folder);
    List<String> names = new ArrayList<>();
    List<String[]> files = new ArrayList<>();
    try {
      FileSystem fs = dir.getFileSystem(jsc.hadoopConfiguration());
      for (FileStatus status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          continue;
        }
        names.add(name);
        Optional<PortfolioTable> table = PortfolioTable.byName(name).filter(t -> t.fileName().equals(name));
        if (table.isPresent() && status.isFile()) {
          files.add(new String[] {table.get().name(), status.getPath().toString()});
        }
      }
    } catch (IOException e) {
      return jsc.parallelize(List.of(Rec.problem(new CsvProblem(folder, 1, "", "cannot be listed: "
          + e.getMessage()), false)));
    }
    List<Rec> folderProblems = new ArrayList<>();
    BookParts.checkFolder(names).forEach(p -> folderProblems.add(Rec.problem(p, false)));
    if (names.stream().noneMatch(PortfolioTable.PARTNERS.fileName()::equals)) {
      folderProblems.add(Rec.broken(PortfolioTable.PARTNERS.ordinal()));
    }
    Broadcast<SerializableConfiguration> conf = jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
    JavaRDD<Rec> read = jsc.parallelize(files, Math.max(1, files.size())).flatMap(file -> {
      PortfolioTable table = PortfolioTable.valueOf(file[0]);
      Path path = new Path(file[1]);
      FileSystem fs = path.getFileSystem(conf.value().value());
      List<Rec> out = new ArrayList<>();
      boolean broken;
      try {
        broken = BookParts.readCsv(table, () -> fs.open(path), ReadLimits.standard(),
            row -> out.add(Rec.row(table.ordinal(), row.line(), row.cells().toArray(String[]::new))),
            p -> out.add(Rec.problem(p, false)));
      } catch (UncheckedIOException e) {
        out.add(Rec.problem(new CsvProblem(table.fileName(), 1, "", "cannot be read: " + e.getCause().getMessage()),
            false));
        broken = true;
      }
      if (broken) {
        out.add(Rec.broken(table.ordinal()));
      }
      return out.iterator();
    });
    return read.union(jsc.parallelize(folderProblems, 1));
  }

  /** Reads a folder holding one Parquet table per input table ({@code deals.parquet}, ...). */
  static JavaRDD<Rec> parquet(SparkSession spark, String folder) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<PortfolioTable, Dataset<Row>> tables = new java.util.EnumMap<>(PortfolioTable.class);
    Path dir = new Path(folder);
    try {
      FileSystem fs = dir.getFileSystem(jsc.hadoopConfiguration());
      for (PortfolioTable table : PortfolioTable.values()) {
        Path path = new Path(dir, table.tableName() + ".parquet");
        if (fs.exists(path)) {
          tables.put(table, spark.read().parquet(path.toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables(spark, tables);
  }

  /** Reads tables given as Datasets: every column a table's column (its values read as text). */
  static JavaRDD<Rec> tables(SparkSession spark, Map<PortfolioTable, Dataset<Row>> tables) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Rec> problems = new ArrayList<>();
    JavaRDD<Rec> all = jsc.parallelize(new ArrayList<Rec>(), 1);
    if (!tables.containsKey(PortfolioTable.PARTNERS)) {
      BookParts.checkFolder(List.of()).forEach(p -> problems.add(Rec.problem(p, false)));
      problems.add(Rec.broken(PortfolioTable.PARTNERS.ordinal()));
    }
    for (Map.Entry<PortfolioTable, Dataset<Row>> entry : tables.entrySet()) {
      PortfolioTable table = entry.getKey();
      String[] columns = Arrays.stream(entry.getValue().columns()).filter(c -> !c.equals("_line"))
          .toArray(String[]::new);
      // the header is checked by the CSV reader itself, fed the columns as a header line
      byte[] header = BookPartsFigures.csvLine(List.of(columns)).getBytes(StandardCharsets.UTF_8);
      boolean broken = BookParts.readCsv(table, () -> new ByteArrayInputStream(header), ReadLimits.standard(),
          row -> { }, p -> problems.add(Rec.problem(p, false)));
      if (broken) {
        problems.add(Rec.broken(table.ordinal()));
        continue;
      }
      int[] index = new int[columns.length];
      for (int c = 0; c < columns.length; c++) {
        index[c] = table.columns().indexOf(columns[c]);
      }
      int size = table.columns().size();
      int ordinal = table.ordinal();
      boolean numbered = Arrays.asList(entry.getValue().columns()).contains("_line");
      List<org.apache.spark.sql.Column> selected = new ArrayList<>();
      for (String c : columns) {
        selected.add(org.apache.spark.sql.functions.col("`" + c + "`").cast("string").as(c));
      }
      if (numbered) {
        selected.add(org.apache.spark.sql.functions.col("_line").cast("int").as("_line"));
      }
      Dataset<Row> data = entry.getValue().select(selected.toArray(org.apache.spark.sql.Column[]::new));
      JavaRDD<Rec> rows;
      if (numbered) {
        rows = data.toJavaRDD().map(r -> Rec.row(ordinal, r.<Integer>getAs("_line"), cells(r, columns, index, size)));
      } else {
        rows = data.toJavaRDD().zipWithIndex().map(t -> Rec.row(ordinal, Math.toIntExact(t._2() + 2),
            cells(t._1(), columns, index, size)));
      }
      all = all.union(rows);
    }
    return all.union(jsc.parallelize(problems, 1));
  }

  private static String[] cells(Row row, String[] columns, int[] index, int size) {
    String[] cells = new String[size];
    Arrays.fill(cells, "");
    for (int c = 0; c < columns.length; c++) {
      Object value = row.getAs(columns[c]);
      cells[index[c]] = value == null ? "" : value.toString().strip();
    }
    return cells;
  }
}
