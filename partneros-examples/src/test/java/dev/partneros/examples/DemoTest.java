package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.TierLadder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

  /** The five one-liners of the README's JShell section, in order. */
  static final List<String> ONE_LINERS = List.of(
      "System.out.println(sample.partner(\"P-006\").get().card())",
      "System.out.println(sample.partner(\"P-006\").get().whyNot(Tier.GOLD))",
      "System.out.println(DiffReport.text(whatIf(withThreshold(today, \"GOLD\", \"SOURCED_ARR\", \"60000\"))))",
      "sample.topByCommission(10).forEach(p -> System.out.println(p.id() + \" \" + p.commission().get().earned()))",
      "sample.inGrace().forEach(p -> System.out.println(p.summary()))");

  @Test
  void standardProgram_loadsWithTheStandardLadder() {
    ProgramDocument program = ProgramDocument.standard();
    assertThat(program.ladder()).isEqualTo(TierLadder.standard());
    assertThat(program.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(program.warnings()).isEmpty();
  }

  @Test
  void demo_printsTheReportTheStoriesAndWhereTheFilesAre(@TempDir Path folder) throws java.io.IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("PartnerOS portfolio report\n");
    // the quarter statements: a clawback netted, a rebate trued up, a minimum carried over
    assertThat(out).contains("D-R1/R-100 Referral Co/CLAWBACK_ADJUSTMENT/2026-04-20/0 -2,400.00 USD CLAWED_BACK");
    assertThat(out).contains("G-200 Gold Reseller/VOLUME_REBATE/2026-06-30 24,000.00 USD PAID");
    assertThat(out).contains("    closing 45.00 USD, payable now 0.00 USD, carried forward 45.00 USD");
    assertThat(out).contains("Versions   2026.1 (from 2026-01-01), 2026.2 (from 2026-07-01)");
    assertThat(out).contains("As of      2027-12-31");
    // tier timelines: an upgrade decided by the mid-year version, a grace that clears, a downgrade
    assertThat(out).contains("    P-001   Northwind Traders        UPGRADED        GOLD       GOOD_STANDING "
        + "qualified GOLD       [2026.2]");
    assertThat(out).contains("    P-002   Contoso Ltd              GRACE_CLEARED   GOLD       GOOD_STANDING "
        + "qualified GOLD       [2026.1]");
    assertThat(out).contains("    P-003   Fabrikam Inc             DOWNGRADED      REGISTERED GOOD_STANDING "
        + "qualified REGISTERED [2026.2]");
    assertThat(out).contains("In grace for Gold until 2028-06-30; if nothing changes, Silver from then. "
        + "To keep Gold: 30,000.00 USD more sourced ARR or 20 more referrals");
    // the health table (scoring), the 4C card, the attribution table
    assertThat(out).contains("  P-006   Adatum Corp              SILVER     GOOD_STANDING     85 CHAMPION     +10  "
        + "64.17 GROWTH     30 % to Gold: 56,000.00 USD more sourced ARR or 14 more referrals; 1 more certified person");
    assertThat(out).contains("Satisfaction: NPS 40 -> 10 of 15 points (NPS 25-49)");
    assertThat(out).contains("action: CAPABILITY.labEnvironment rated 1, target 3");
    assertThat(out).contains("  D-113     Munson's Pickles       80,000.00 USD 2027-08-30 P-004   PARTNER_INFLUENCED"
        + "   50 % influenced   26,666.67 USD 2026.2");
    assertThat(out).contains("note: sourced, but the registration conflict went to P-001: not counted");
    // commission with a clawback, MDF with a partial grant and a rejection
    assertThat(out).contains("2027-04-01 D-132 CLAWBACK -3,600.00 USD CLAWED_BACK");
    assertThat(out).contains("  P-006   Adatum Corp                 6,400.00 USD    3,600.00 USD    2,800.00 USD"
        + "        0.00 USD    2,800.00 USD");
    assertThat(out).contains("    M-006-1    P-006        3000.00 ->      2000.00 PARTIAL  limited by quarterly cap");
    assertThat(out).contains("    M-004-2    P-004       10000.00 ->         0.00 REJECTED overdue roi report");
    assertThat(out).contains("Maturity   FOUNDATIONAL, 80 % of the way to EMERGING");
    assertThat(out).contains("P-005 Litware Labs (TECHNOLOGY_ISV): 78.75 GOOD_POTENTIAL");
    assertThat(out).contains("Why is P-006 Adatum Corp not Gold?\nP-006 Adatum Corp holds SILVER GOOD_STANDING");
    assertThat(out).contains("Reports written to " + folder.toAbsolutePath().normalize() + ":");
    assertThat(folder.resolve("report.txt")).exists();
    assertThat(folder.resolve("report.html")).exists();
    assertThat(folder.resolve("evaluation.json")).exists();
    assertThat(folder.resolve("streamed/partners.jsonl")).exists();
    assertThat(Files.readAllLines(folder.resolve("streamed/partners.jsonl"))).hasSize(50);
    assertThat(folder.resolve("commission.csv")).exists();
  }

  @Test
  void outputFolder_isUnderTheBuildOrTheTemporaryFolder() {
    Path folder = Demo.outputFolder().toAbsolutePath().normalize();
    Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    assertThat(folder.startsWith(temp) || folder.toString().endsWith("target/partneros-demo")).as(folder.toString())
        .isTrue();
  }

  @Test
  void jshellStartupScript_evaluatesAndTheReadmeOneLinersRun() throws Exception {
    String script = Files.readString(Path.of("src/main/jshell/partneros.jsh"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    // A remote JShell, as the README's command opens: the script and the one-liners run in a JVM of
    // their own. That JVM runs them once, so the quick compiler alone serves it best (C2 would not
    // pay back its compile time).
    try (JShell shell = JShell.builder().out(new PrintStream(printed, true, StandardCharsets.UTF_8))
        .remoteVMOptions("-XX:TieredStopAtLevel=1", "-Xshare:auto").build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      evalAll(shell, script);
      List<SnippetEvent> check = shell.eval("program.ladder().toString()");
      assertThat(check.get(0).value()).isEqualTo("\"REGISTERED < SILVER < GOLD < PLATINUM\"");
      assertThat(shell.eval("sample.partners().size()").get(0).value()).isEqualTo("50");
      assertThat(shell.eval("portfolio.deals().size() > 300").get(0).value()).isEqualTo("true");
      printed.reset();
      for (String line : ONE_LINERS) {
        evalAll(shell, line);
      }
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("P-006 Adatum Corp (MANAGED_SERVICE_PROVIDER, ACTIVE, joined 2025-02-01, payouts in USD)");
    assertThat(out).contains("  Gold: (sourced ARR 24,000.00 USD < 80,000.00 USD or qualified referrals 6 < 20); "
        + "certified people 1 < 2 -> not met");
    assertThat(out).contains("PartnerOS what-if: 2026.2 -> 2026.2+what-if");
    assertThat(out).contains("P-002 62,000.00 USD");
    assertThat(out).contains("P-004 Tailspin Toys: GOLD IN_GRACE until 2028-06-30");
  }

  private static void evalAll(JShell shell, String source) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    List<String> failures = new ArrayList<>();
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      for (SnippetEvent event : shell.eval(info.source())) {
        if (event.status() == Snippet.Status.REJECTED || event.exception() != null) {
          failures.add(info.source() + " -> " + event.status() + " " + event.exception() + " "
              + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
        }
      }
      remaining = info.remaining();
    }
    assertThat(failures).isEmpty();
  }
}
