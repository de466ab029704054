package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README documents every table of the input format with its header line and an example row. */
class PortfolioFormatDocTest {

  @Test
  void readme_documentsEveryTable() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    for (PortfolioTable table : PortfolioTable.values()) {
      assertThat(readme).as(table.fileName()).contains("```\n" + table.header() + "\n" + table.example() + "\n```");
      assertThat(readme).contains("| `" + table.fileName() + "` |");
      assertThat(table.example().split(",", -1)).as(table.fileName()).hasSize(table.columns().size());
    }
  }
}
