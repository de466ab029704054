package dev.partneros.examples;

import dev.partneros.portfolio.SampleBook;
import dev.partneros.core.ProgramDocument;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.ProgramLoader;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.report.ReportFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No partner data in log lines above DEBUG (README "Logging"). The examples' binding,
 * slf4j-simple, prints INFO and above to standard error by default; the test captures standard
 * error while a program is loaded and the sample portfolio is read, evaluated on several threads
 * and reported, and no captured line may name a partner, a deal, an account or an amount of it.
 */
class NoPartnerDataInLogsTest {

  private static final String CANARY = "log capture canary";

  @Test
  @DisplayName("Loading, reading, evaluating and reporting the sample logs no partner data at INFO and above")
  void noPartnerDataAboveDebug() {
    Logger library = LoggerFactory.getLogger(ProgramLoader.class);
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("org.slf4j.simple.");
    assertThat(library.isInfoEnabled()).as("INFO reaches the capture").isTrue();
    Portfolio portfolio = SampleBook.portfolio();
    List<String> partnerData = new ArrayList<>();
    portfolio.partners().forEach(p -> {
      partnerData.add(p.id().value());
      partnerData.add(p.name());
    });
    portfolio.deals().forEach(d -> {
      partnerData.add(d.id());
      partnerData.add(d.account());
      partnerData.add(d.amount().toString());
      partnerData.add(d.amount().amount().toPlainString());
    });
    assertThat(partnerData).contains("P-001", "Northwind Traders");

    String logged = captureStandardError(() -> {
      LoggerFactory.getLogger(NoPartnerDataInLogsTest.class).info(CANARY);
      ProgramDocument.standard();
      PortfolioEvaluation evaluation = SampleBook.evaluator().evaluate(SampleBook.history(), SampleBook.portfolio(),
          SampleBook.AS_OF);
      ReportFiles.render(evaluation);
    });

    assertThat(logged).as("the capture sees INFO lines").contains(CANARY);
    for (String datum : partnerData) {
      assertThat(logged).as("log output").doesNotContain(datum);
    }
  }

  private static String captureStandardError(Runnable work) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.err.flush();
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
