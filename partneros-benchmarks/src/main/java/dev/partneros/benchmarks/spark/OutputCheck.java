package dev.partneros.benchmarks.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares a Spark output folder written as CSV with the streaming evaluation's: every file, byte
 * for byte, a file of rows as the concatenation of its folder's parts in name order. Stateless.
 */
final class OutputCheck {

  private OutputCheck() {}

  /**
   * Checks that both folders hold the same files with the same bytes.
   *
   * @throws IllegalStateException naming the first file and line that differ
   */
  static void assertSameFiles(Path streaming, Path spark) throws IOException {
    List<String> names = names(streaming);
    if (names.isEmpty()) {
      throw new IllegalStateException("the streaming evaluation wrote no file in " + streaming);
    }
    List<String> other = names(spark);
    if (!other.equals(names)) {
      throw new IllegalStateException("the Spark output's files must be " + names + ", but were " + other);
    }
    for (String name : names) {
      Path file = spark.resolve(name);
      String expected = Files.readString(streaming.resolve(name), StandardCharsets.UTF_8);
      String actual = Files.isDirectory(file) ? concatenated(file) : Files.readString(file, StandardCharsets.UTF_8);
      if (!actual.equals(expected)) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int line = 0;
        while (line < Math.min(e.size(), a.size()) && e.get(line).equals(a.get(line))) {
          line++;
        }
        throw new IllegalStateException(name + " line " + (line + 1) + " must be "
            + (line < e.size() ? e.get(line) : "the end") + ", but was " + (line < a.size() ? a.get(line) : "the end"));
      }
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }

  private static String concatenated(Path folder) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        all.write(Files.readAllBytes(part));
      }
    }
    return all.toString(StandardCharsets.UTF_8);
  }
}
