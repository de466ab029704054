/**
 * PartnerOS on Apache Spark: the streaming book evaluation as a Spark job, for books beyond one
 * machine ({@code docs/spark.md}). {@link dev.partneros.spark.SparkBook} reads a book (a CSV folder,
 * Parquet tables or Datasets), evaluates it with the streaming evaluation's own per-part and
 * book-level steps ({@link dev.partneros.portfolio.BookParts}) and gives a
 * {@link dev.partneros.spark.SparkBookResult}: the same output files as Datasets, or the problems.
 * {@link dev.partneros.spark.SparkBookMain} is the {@code spark-submit} entry point.
 */
package dev.partneros.spark;
