package dev.partneros.portfolio;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a child JVM with a small heap by {@link BookLimitsTest}: writes a {@code partners.csv} of
 * a header and N rows that each have one field instead of four, evaluates the folder and prints the
 * problems counted and the exception's total and kept problems.
 */
public final class BadRowsMain {

  private BadRowsMain() {}

  /**
   * Runs.
   *
   * @param args the folder and the number of bad rows
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("partners.csv"), StandardCharsets.UTF_8)) {
      out.write("id,name,type,joined\n");
      for (long i = 0; i < rows; i++) {
        out.write("x\n");
      }
    }
    AtomicLong counted = new AtomicLong();
    try {
      BookEvaluator.of(PortfolioEvaluator.standard()).evaluate(ProgramHistory.of(ProgramDocument.standard()), folder,
          LocalDate.of(2026, 12, 31), folder.resolve("out"), new BookEvaluator.Listener() {
            @Override
            public void problem(CsvProblem problem) {
              counted.incrementAndGet();
            }
          });
      System.out.println("no problem");
    } catch (InvalidInputException e) {
      System.out.println("counted " + counted.get() + " total " + e.total() + " kept " + e.problems().size()
          + " first " + e.problems().get(0));
    }
  }
}
