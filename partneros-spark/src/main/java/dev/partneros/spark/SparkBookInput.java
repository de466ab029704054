package dev.partneros.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A book read for {@link SparkBook#evaluate}: its rows and the problems found reading it, not yet
 * computed (Spark reads when the evaluation runs). Immutable.
 */
public final class SparkBookInput {

  private final SparkSession spark;
  private final JavaRDD<Rec> records;

  SparkBookInput(SparkSession spark, JavaRDD<Rec> records) {
    this.spark = spark;
    this.records = records;
  }

  /**
   * Returns the rows read: their table's file name, their line and their cells in the table's column
   * order ({@code table}, {@code line}, {@code cells}).
   *
   * @return never null
   */
  public Dataset<Row> rows() {
    StructType schema = new StructType().add("table", DataTypes.StringType, false)
        .add("line", DataTypes.IntegerType, false)
        .add("cells", DataTypes.createArrayType(DataTypes.StringType, false), false);
    dev.partneros.portfolio.PortfolioTable[] tables = dev.partneros.portfolio.PortfolioTable.values();
    return spark.createDataFrame(records.filter(r -> r.kind == Rec.ROW).map(r -> RowFactory.create(
        tables[r.table].fileName(), r.line, java.util.Arrays.asList(r.cells))), schema);
  }

  SparkSession spark() {
    return spark;
  }

  JavaRDD<Rec> records() {
    return records;
  }
}
