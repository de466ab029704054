package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.portfolio.PortfolioStreamWriter.Order;
import dev.partneros.portfolio.PortfolioStreamWriter.Written;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("PortfolioStreamWriter writes a streamed generation as PortfolioWriter writes the whole book")
class PortfolioStreamWriterTest {

  static Stream<Arguments> books() {
    return Stream.of(
        Arguments.of(PortfolioGenerator.Options.standard(1, 1)),
        Arguments.of(PortfolioGenerator.Options.standard(2, -7)),
        Arguments.of(PortfolioGenerator.Options.standard(60, 5)),
        Arguments.of(PortfolioGenerator.Options.standard(1_001, 42)),
        Arguments.of(PortfolioGenerator.Options.standard(150, Long.MIN_VALUE).withDealsPerPartner(7)));
  }

  @ParameterizedTest
  @MethodSource("books")
  void csv_isByteIdenticalToTheInMemoryBook(PortfolioGenerator.Options options, @TempDir Path dir) throws IOException {
    Written written = streamCsv(options, dir, Order.BY_PARTNER);
    Portfolio book = PortfolioGenerator.generate(options);
    Map<String, String> expected = PortfolioWriter.csv(book);
    assertThat(read(dir)).isEqualTo(expected);
    assertThat(written.files()).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(expected.keySet());
    assertThat(written.summary()).isEqualTo(book.summary());
    assertThat(written.bytes()).isEqualTo(expected.values().stream()
        .mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum());
  }

  @ParameterizedTest
  @MethodSource("books")
  void json_isByteIdenticalToTheInMemoryBook(PortfolioGenerator.Options options, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("portfolio.json");
    try (PortfolioStreamWriter writer = PortfolioStreamWriter.json(file, Order.BY_PARTNER, options.seed())) {
      PortfolioGenerator.stream(options, part -> write(writer, part));
      writer.finish();
    }
    assertThat(Files.readString(file)).isEqualTo(PortfolioWriter.json(PortfolioGenerator.generate(options)));
    assertThat(names(dir)).as("the spilled tables are deleted").containsExactly("portfolio.json");
  }

  @Test
  @DisplayName("The same options give the same bytes; another seed other bytes")
  void stream_isDeterministic(@TempDir Path dir) throws IOException {
    PortfolioGenerator.Options options = PortfolioGenerator.Options.standard(300, 9);
    streamCsv(options, dir.resolve("a"), Order.BY_PARTNER);
    streamCsv(options, dir.resolve("b"), Order.BY_PARTNER);
    streamCsv(PortfolioGenerator.Options.standard(300, 10), dir.resolve("c"), Order.BY_PARTNER);
    streamCsv(options, dir.resolve("d"), Order.SHUFFLED);
    streamCsv(options, dir.resolve("e"), Order.SHUFFLED);
    assertThat(read(dir.resolve("b"))).isEqualTo(read(dir.resolve("a")));
    assertThat(read(dir.resolve("c")).get("deals.csv")).isNotEqualTo(read(dir.resolve("a")).get("deals.csv"));
    assertThat(read(dir.resolve("e"))).isEqualTo(read(dir.resolve("d")));
  }

  @Test
  @DisplayName("Shuffled, each file has the header first and the same rows in another order; the book reads back")
  void shuffled_keepsTheRowsInAnotherOrder(@TempDir Path dir) throws IOException {
    PortfolioGenerator.Options options = PortfolioGenerator.Options.standard(2_000, 3);
    streamCsv(options, dir.resolve("sorted"), Order.BY_PARTNER);
    Written written = streamCsv(options, dir.resolve("shuffled"), Order.SHUFFLED);
    Map<String, String> sorted = read(dir.resolve("sorted"));
    Map<String, String> shuffled = read(dir.resolve("shuffled"));
    assertThat(written.rows(PortfolioTable.METRICS)).as("more than one block").isGreaterThan(
        PortfolioStreamWriter.SHUFFLE_BLOCK);
    for (Map.Entry<String, String> file : sorted.entrySet()) {
      List<String> before = file.getValue().lines().toList();
      List<String> after = shuffled.get(file.getKey()).lines().toList();
      assertThat(after.get(0)).isEqualTo(before.get(0));
      assertThat(after.stream().sorted().toList()).as(file.getKey() + ": the same rows")
          .isEqualTo(before.stream().sorted().toList()); // sorted: AssertJ's any-order check is quadratic
      if (before.size() > 20) {
        assertThat(after).as(file.getKey()).isNotEqualTo(before);
      }
    }
    Portfolio read = Fixtures.reader().readCsvFolder(dir.resolve("shuffled"));
    assertThat(read.partners()).hasSize(2_000);
    assertThat(read.summary()).isEqualTo(PortfolioGenerator.generate(options).summary());
  }

  @Test
  @DisplayName("Shuffling moves a row within its block of rows only")
  void shuffled_movesRowsWithinTheirBlock(@TempDir Path dir) throws IOException {
    PortfolioGenerator.Options options = PortfolioGenerator.Options.standard(2_000, 3);
    streamCsv(options, dir.resolve("sorted"), Order.BY_PARTNER);
    streamCsv(options, dir.resolve("shuffled"), Order.SHUFFLED);
    List<String> before = read(dir.resolve("sorted")).get("metrics.csv").lines().skip(1).toList();
    List<String> after = read(dir.resolve("shuffled")).get("metrics.csv").lines().skip(1).toList();
    int block = PortfolioStreamWriter.SHUFFLE_BLOCK;
    for (int from = 0; from < before.size(); from += block) {
      int to = Math.min(before.size(), from + block);
      assertThat(after.subList(from, to)).containsExactlyInAnyOrderElementsOf(before.subList(from, to));
    }
  }

  @Test
  void finishedWriter_refusesMoreRows(@TempDir Path dir) throws IOException {
    PortfolioStreamWriter writer = PortfolioStreamWriter.csv(dir, Order.BY_PARTNER, 1);
    writer.finish();
    Portfolio part = PortfolioGenerator.generate(PortfolioGenerator.Options.standard(1, 1));
    assertThatThrownBy(() -> writer.write(part)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the writer is finished");
    writer.close();
    assertThat(read(dir).get("partners.csv")).isEqualTo(PortfolioTable.PARTNERS.header() + "\n");
  }

  private static Written streamCsv(PortfolioGenerator.Options options, Path folder, Order order) throws IOException {
    try (PortfolioStreamWriter writer = PortfolioStreamWriter.csv(folder, order, options.seed())) {
      PortfolioGenerator.stream(options, part -> write(writer, part));
      return writer.finish();
    }
  }

  private static void write(PortfolioStreamWriter writer, Portfolio part) {
    try {
      writer.write(part);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (PortfolioTable table : PortfolioTable.values()) {
      files.put(table.fileName(), Files.readString(folder.resolve(table.fileName())));
    }
    return files;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = new ArrayList<>();
      files.forEach(f -> names.add(f.getFileName().toString()));
      return names;
    }
  }
}
