package dev.partneros.examples;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.BookEvaluator;
import dev.partneros.portfolio.BookSummary;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioWriter;
import dev.partneros.portfolio.SampleBook;
import dev.partneros.portfolio.report.ReportFiles;
import dev.partneros.portfolio.report.TextReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The README's main job: evaluates the bundled sample portfolio ({@link SampleBook}: 50 partners, two
 * years of quarters, a program change mid-year) as of the fixed date {@link SampleBook#AS_OF}, prints the
 * text report a partner manager reads, then the cards of the six partners whose stories the sample
 * tells, and writes every report (text, HTML with charts, JSON, CSV) into a folder, whose path it
 * prints.
 *
 * <p>The folder is {@code target/partneros-demo} of this module when run from its build (Maven's
 * {@code exec:java}, or {@code java -cp} with {@code target/classes}); otherwise
 * {@code partneros-demo} in the system's temporary folder. Nothing is written anywhere else.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests package exec:java -pl partneros-examples -am}.
 */
public final class Demo {

  /** The partners whose stories the sample tells. */
  static final List<String> STORIES = List.of("P-001", "P-002", "P-003", "P-004", "P-005", "P-006");

  private Demo() {}

  /**
   * Runs the demo, printing to standard output and writing into {@link #outputFolder()}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), outputFolder());
  }

  /**
   * Runs the demo, writing into {@link #outputFolder()}.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    run(out, outputFolder());
  }

  /**
   * Runs the demo.
   *
   * @param out where to print, not null
   * @param folder where to write the reports, not null; created if needed
   * @throws UncheckedIOException if a report cannot be written
   */
  public static void run(PrintStream out, Path folder) {
    PortfolioEvaluation evaluation = SampleBook.evaluation();
    Map<String, String> files = ReportFiles.render(evaluation);
    out.print(TextReport.render(evaluation));
    out.println();
    out.println("Six partners' stories");
    out.println("---------------------");
    for (String id : STORIES) {
      PartnerResult partner = evaluation.partner(id).orElseThrow();
      out.println(partner.card());
      out.println();
    }
    out.println("Why is P-006 Adatum Corp not Gold?");
    out.println(evaluation.partner("P-006").orElseThrow().whyNot(Tier.GOLD));
    out.println();
    CommissionExample.print(out, ProgramDocument.standard());
    try {
      ReportFiles.write(files, folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo's reports to " + folder, e);
    }
    out.println("Reports written to " + folder.toAbsolutePath().normalize() + ":");
    out.println("  report.txt (the report above), report.html (tiers, health, commission, MDF and attribution, with charts),");
    out.println("  evaluation.json, and " + String.join(", ", files.keySet().stream().filter(f -> f.endsWith(".csv"))
        .toList()));
    BookSummary streamed = stream(folder.resolve("streamed"));
    out.println("The same book evaluated as a stream, as partneros evaluate does (docs/streaming.md), written to "
        + folder.resolve("streamed").toAbsolutePath().normalize() + ":");
    out.println("  " + String.join(", ", streamed.files().keySet()));
  }

  /** Evaluates the sample book as a stream ({@link BookEvaluator}) into a folder, from its CSV files. */
  private static BookSummary stream(Path folder) {
    try {
      Path book = Files.createTempDirectory("partneros-demo-book");
      try {
        for (Map.Entry<String, String> file : PortfolioWriter.csv(SampleBook.portfolio()).entrySet()) {
          Files.writeString(book.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return BookEvaluator.of(SampleBook.evaluator()).evaluate(SampleBook.history(), book, SampleBook.AS_OF, folder,
            BookEvaluator.Listener.NONE);
      } finally {
        try (java.util.stream.Stream<Path> files = Files.walk(book)) {
          for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo's streamed book to " + folder, e);
    }
  }

  /**
   * Returns where the demo writes: {@code target/partneros-demo} of this module when its classes
   * are run from {@code target/classes}, else {@code partneros-demo} in the temporary folder.
   *
   * @return never null
   */
  public static Path outputFolder() {
    try {
      Path classes = Path.of(Demo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = classes.getParent();
      if (Files.isDirectory(classes) && classes.getFileName().toString().equals("classes") && target != null
          && target.getFileName().toString().equals("target")) {
        return target.resolve("partneros-demo");
      }
    } catch (URISyntaxException | RuntimeException e) {
      // not run from a build folder: fall through to the temporary folder
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "partneros-demo");
  }
}
