package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A streaming run reports the last count of each phase, the partners written included. */
class BookProgressTest {

  @Test
  void evaluate_reportsThePartnersWrittenLast(@TempDir Path temp) throws IOException {
    Portfolio portfolio = PortfolioGenerator.generate(new PortfolioGenerator.Options(37, 7, YearQuarter.of(2026, 1), 4,
        GeneratedPortfolios.USD, TierLadder.standard()));
    Path in = Files.createDirectories(temp.resolve("in"));
    for (Map.Entry<String, String> file : PortfolioWriter.csv(portfolio).entrySet()) {
      Files.writeString(in.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    List<String> writing = new ArrayList<>();
    BookSummary summary = BookEvaluator.of(PortfolioEvaluator.standard().withParallelism(1)).withPartSize(10)
        .evaluate(GeneratedPortfolios.ONE_VERSION, in, YearQuarter.of(2026, 4).lastDay(), temp.resolve("out"),
            new BookEvaluator.Listener() {
              @Override
              public void progress(String phase, long done, long total) {
                if (phase.equals("writing")) {
                  writing.add(done + "/" + total);
                }
              }
            });
    assertThat(writing).containsExactly(summary.partners() + "/" + summary.partners());
  }
}
