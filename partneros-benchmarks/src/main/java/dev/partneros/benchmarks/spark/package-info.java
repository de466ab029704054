/**
 * The Spark scale run: the streaming book evaluation beside the Spark job (partneros-spark) in local
 * mode on the same generated book. Compiled only with the Maven profile {@code spark}; see
 * {@code BENCHMARKS.md}, "Spark book scale".
 */
package dev.partneros.benchmarks.spark;
