package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.TierLadder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void standardProgram_loadsWithTheStandardLadder() {
    ProgramDocument program = Demo.standardProgram();
    assertThat(program.ladder()).isEqualTo(TierLadder.standard());
    assertThat(program.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(program.warnings()).isEmpty();
  }

  @Test
  void demo_printsLadderSectionsAllocationAndConversion() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Ladder    REGISTERED < SILVER < GOLD < PLATINUM");
    assertThat(out).contains("PartnerOS standard program, version 2026.1");
    // pool 57,000 by budgets 100k/25k/25k/5k/5k: P-001's share 35,625 is over its 35,000 cap; the
    // 22,000 left goes 9,166.67 / 9,166.67 / 1,833.33 / 1,833.33 (two cents by largest remainder)
    assertThat(out).contains("P-001   PLATINUM        100000  35,000.00 USD  35,000.00 USD  (cap)");
    assertThat(out).contains("P-002   GOLD             25000  10,000.00 USD   9,166.67 USD");
    assertThat(out).contains("P-005   SILVER            5000   2,000.00 USD   1,833.33 USD");
    assertThat(out).contains("total allocated 57,000.00 USD of a pool of 57,000.00 USD");
    assertThat(out).contains("  P-002 Contoso           20       20      15      10      10      75  HEALTHY");
    assertThat(out).contains("P-005 Litware           30       10      20       0       0      60  HEALTHY "
        + "[GROWTH_FROM_ZERO, NPS_MISSING]");
    assertThat(out).contains("Satisfaction: NPS 41 -> 10 of 15 points (NPS 25-49)");
    assertThat(out).contains("overall 64.17 of 100; action plan, weakest first:");
    assertThat(out).contains("- CAPABILITY.labEnvironment: rated 1, target 3");
    assertThat(out).contains("  health       present");
    assertThat(out).contains("    2025-09-30 GOLD GOOD_STANDING (UPGRADED), qualified GOLD");
    assertThat(out).contains("    2025-12-31 REGISTERED GOOD_STANDING (DOWNGRADED), qualified REGISTERED");
    assertThat(out).contains("projection: In grace for Gold until 2027-03-31; if nothing changes, Silver from then.");
    assertThat(out).contains("  D-100  Alpine Ski House   48,000.00 USD  P-001 Northwind   PARTNER_SOURCED       100 %");
    assertThat(out).contains("  D-101  Coho Winery       100,000.00 USD  P-002 Contoso     PARTNER_INFLUENCED     50 %"
        + "  66,666.67 USD");
    assertThat(out).contains("4,800.00 EUR converted at 1 EUR = 1.0855 USD on 2026-03-31 (ECB reference rate) -> 5,210.40 USD");
  }

  @Test
  void jshellStartupScript_evaluatesWithoutErrors() throws Exception {
    String script = Files.readString(Path.of("src/main/jshell/partneros.jsh"));
    try (JShell shell = JShell.builder().out(new PrintStream(new ByteArrayOutputStream())).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = script;
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        List<SnippetEvent> events = shell.eval(info.source());
        for (SnippetEvent event : events) {
          assertThat(event.status()).as(info.source()).isNotEqualTo(Snippet.Status.REJECTED);
          assertThat(event.exception()).as(info.source()).isNull();
        }
        remaining = info.remaining();
      }
      List<SnippetEvent> check = shell.eval("program.ladder().toString()");
      assertThat(check.get(0).value()).isEqualTo("\"REGISTERED < SILVER < GOLD < PLATINUM\"");
    }
  }
}
