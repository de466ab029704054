package dev.partneros.spark;

/** How a Spark evaluation writes its files of rows ({@code docs/spark.md#outputs}). */
public enum OutputFormat {
  /** One Parquet folder per file, every column text: {@code partners.parquet}, {@code partner-lines.parquet}, ... */
  PARQUET,
  /**
   * The streaming evaluation's files, each a folder of parts ({@code partners.csv/part-00000...})
   * whose concatenation in name order is that file byte for byte.
   */
  CSV,
  /** One JSON Lines folder per file: each CSV row as an object keyed by its header, the partner lines as they are. */
  JSON_LINES
}
