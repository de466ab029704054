package dev.partneros.benchmarks.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark scale run, at a small size: it measures, and its check compares the outputs. */
class SparkBookScaleTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkBookScale.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void run_checkedSmallBook_measuresBothEvaluationsWithEqualOutputs() throws IOException {
    SparkBookScale.Metrics metrics = new SparkBookScale.Metrics();
    spark.sparkContext().addSparkListener(metrics);
    SparkBookScale.Result result = SparkBookScale.run(spark, metrics, 300, true);
    assertThat(result.partners()).isEqualTo(300);
    assertThat(result.deals()).isGreaterThan(300);
    assertThat(result.streamingNanos()).isPositive();
    assertThat(result.sparkNanos()).isPositive();
    assertThat(result.shuffleBytes()).isPositive();
    assertThat(result.taskNanos()).isPositive();
    assertThat(result.line()).startsWith("300," + result.deals() + ",").matches("([0-9.-]+,){9}[0-9.-]+");
  }

  @Test
  void assertSameFiles_aLineDiffers_namesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path streaming = Files.createDirectories(dir.resolve("streaming"));
    Path spark = Files.createDirectories(dir.resolve("spark").resolve("health.csv"));
    Files.writeString(streaming.resolve("health.csv"), "id,score\np1,70\np2,40\n", StandardCharsets.UTF_8);
    Files.writeString(spark.resolve("part-00000.csv"), "id,score\np1,70\n", StandardCharsets.UTF_8);
    Files.writeString(spark.resolve("part-00001.csv"), "p2,41\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> OutputCheck.assertSameFiles(streaming, dir.resolve("spark")))
        .isInstanceOf(IllegalStateException.class).hasMessage("health.csv line 3 must be p2,40, but was p2,41");
  }

  @Test
  void assertSameFiles_theSameBytesInParts_passes(@TempDir Path dir) throws IOException {
    Path streaming = Files.createDirectories(dir.resolve("streaming"));
    Path spark = Files.createDirectories(dir.resolve("spark").resolve("health.csv"));
    Files.writeString(streaming.resolve("health.csv"), "id,score\np1,70\np2,40\n", StandardCharsets.UTF_8);
    Files.writeString(spark.resolve("part-00000.csv"), "id,score\np1,70\n", StandardCharsets.UTF_8);
    Files.writeString(spark.resolve("part-00001.csv"), "p2,40\n", StandardCharsets.UTF_8);
    OutputCheck.assertSameFiles(streaming, dir.resolve("spark"));
  }
}
