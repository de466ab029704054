package dev.partneros.spark;

import dev.partneros.portfolio.BookPartsFigures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a result into a folder atomically: every file goes to a staging folder beside the target
 * ({@code .<name>.staging}), which replaces the target once everything is written, as Spark's own
 * committers publish a job's output at its end. A run that fails leaves the target as it was (and a
 * staging folder the next run deletes). Stateless.
 */
final class Outputs {

  private Outputs() {}

  static void write(SparkSession spark, SparkBookResult result, String out, OutputFormat format) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Path target = new Path(out);
    try {
      FileSystem fs = target.getFileSystem(jsc.hadoopConfiguration());
      Path staging = new Path(target.getParent(), "." + target.getName() + ".staging");
      fs.delete(staging, true);
      fs.mkdirs(staging);
      if (!result.isValid()) {
        JavaRDD<String> lines = jsc.parallelize(List.of(SparkBookResult.chop(BookPartsFigures.csvLine(
            SparkBookResult.PROBLEM_COLUMNS))), 1).union(result.problemRecords().map(r -> SparkBookResult.chop(
                BookPartsFigures.csvLine(List.of(r.key, Integer.toString(r.line), r.cells[0], r.cells[1])))));
        text(spark, lines, new Path(staging, "problems.csv"));
      } else {
        for (String file : result.files()) {
          switch (format) {
            case CSV:
              text(spark, result.lines(file), new Path(staging, file));
              break;
            case JSON_LINES:
              if (file.equals(BookPartsFigures.PARTNERS_JSONL)) {
                text(spark, result.lines(file), new Path(staging, file));
              } else {
                result.output(file).write().mode(SaveMode.ErrorIfExists).json(new Path(staging, base(file) + ".jsonl")
                    .toString());
              }
              break;
            default:
              result.output(file).write().mode(SaveMode.ErrorIfExists).parquet(new Path(staging, base(file)
                  + ".parquet").toString());
          }
        }
        for (Map.Entry<String, String> doc : result.documents().entrySet()) {
          try (OutputStream stream = fs.create(new Path(staging, doc.getKey()), true)) {
            stream.write(doc.getValue().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      if (fs.exists(target)) {
        fs.delete(target, true);
      }
      if (!fs.rename(staging, target)) {
        throw new IOException("could not rename " + staging + " to " + target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder name of a file of rows: its name without extension ({@code partner-lines} for the JSON lines). */
  static String base(String file) {
    if (file.equals(BookPartsFigures.PARTNERS_JSONL)) {
      return "partner-lines";
    }
    return file.substring(0, file.lastIndexOf('.'));
  }

  private static void text(SparkSession spark, JavaRDD<String> lines, Path path) {
    spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(SaveMode.ErrorIfExists).text(path.toString());
  }
}
