package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.ProgramDocument;
import dev.partneros.portfolio.PortfolioWriter;
import dev.partneros.portfolio.SampleBook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every embedding example and checks the figures it prints. */
class ExamplesTest {

  @Test
  void scoringExample_printsHealthAndTheFourCScorecard() {
    String out = run(ScoringExample::run);
    assertThat(out).contains("Health of P-002 in 2026-Q2: 75.00 HEALTHY");
    assertThat(out).contains("  - Revenue: 180,000.00 USD vs 165,000.00 USD a year earlier, growth 9.1 % -> 20 of 30 "
        + "points (growing)");
    assertThat(out).contains("  - Satisfaction: NPS 41 -> 10 of 15 points (NPS 25-49)");
    assertThat(out).contains("4C scorecard: overall 70.00");
    assertThat(out).contains("  - Overall: 3.5 / 5 x 100 -> 70.00");
    assertThat(out).contains("  gap: COMMITMENT.jointInvestment rated 2, target 3");
  }

  @Test
  void tiersExample_printsTheUpgradeTheGraceAndItsClearing() {
    String out = run(TiersExample::run);
    assertThat(out).contains("Qualified on 2026-03-31: GOLD");
    assertThat(out).contains("  - Gold: sourced ARR 105,000.00 USD >= 100,000.00 USD; certified people 2 >= 2 -> met");
    assertThat(out).contains("  2026-03-31 GOLD GOOD_STANDING (UPGRADED), qualified GOLD\n");
    assertThat(out).contains("  2027-03-31 GOLD IN_GRACE (GRACE_STARTED), grace until 2027-09-30, qualified REGISTERED\n");
    assertThat(out).contains("  2027-06-30 GOLD GOOD_STANDING (GRACE_CLEARED), qualified GOLD\n");
    assertThat(out).contains("  In grace for Gold until 2027-09-30; if nothing changes, Silver from then. To keep Gold: "
        + "100,000.00 USD more sourced ARR or 20 more referrals");
    assertThat(out).contains("GOLD earns a commission rate of 20 %");
  }

  @Test
  void mdfExample_printsTheEntitlementTheDecisionsAndThePool() {
    String out = run(MdfExample::run);
    assertThat(out).contains("Entitlement of P-010 on 2026-04-15: eligible true, 25,000.00 USD a year, 10,000.00 USD "
        + "left this quarter, expires 2026-12-31");
    assertThat(out).contains("M-1 REJECTED: asked 1,500.00 USD, granted 0.00 USD, routed to PARTNER_MANAGER, reasons "
        + "[USE_NOT_ALLOWED]");
    assertThat(out).contains("M-2 NEEDS_APPROVAL, waiting for [PARTNER_MANAGER, DIRECTOR]");
    assertThat(out).contains("M-2 PARTIALLY_APPROVED: asked 12,000.00 USD, granted 10,000.00 USD, routed to DIRECTOR");
    assertThat(out).contains("(limited by QUARTERLY_CAP)");
    assertThat(out).contains("M-3 REJECTED: asked 3,000.00 USD, granted 0.00 USD, routed to PARTNER_MANAGER, reasons "
        + "[QUARTERLY_CAP_REACHED]");
    assertThat(out).contains("Pool of 100,000.00 USD: allocated 100,000.00 USD, unallocated 0.00 USD");
    assertThat(out).contains("  P-010 GOLD 19,000.00 USD (limited by POOL)");
    assertThat(out).contains("  P-011 PLATINUM 76,000.00 USD (limited by POOL)");
    assertThat(out).contains("  P-012 SILVER 5,000.00 USD (limited by ENTITLEMENT)");
  }

  @Test
  void attributionExample_printsTheClassificationsTheRegistrationAndTheSplits() {
    String out = run(AttributionExample::run);
    assertThat(out).contains("P-001 on deal D-1001: PARTNER_SOURCED (sourced criteria 3/3 met, influenced criteria 2/3 "
        + "met), credit factor 100 %");
    assertThat(out).contains("P-002 on deal D-1001: PARTNER_INFLUENCED (sourced criteria 1/3 met, influenced criteria "
        + "3/3 met), credit factor 50 %");
    assertThat(out).contains("  criteria missed: [LEAD_THROUGH_PARTNER_CHANNEL, REGISTERED_WITHIN_WINDOW]");
    assertThat(out).contains("Registrations on 2026-03-20: won by P-001");
    assertThat(out).contains("LINEAR credit: {P-001=1/3, P-002=2/3} -> {P-001=33,333.33 USD, P-002=66,666.67 USD}");
    assertThat(out).contains("FIRST_TOUCH credit: {P-001=1, P-002=0} -> {P-001=100,000.00 USD, P-002=0.00 USD}");
  }

  @Test
  void commissionExample_printsTheStatementsAndTheClawback() {
    String out = run(o -> CommissionExample.print(o, ProgramDocument.standard()));
    assertThat(out).contains("  D-R2/R-100 Referral Co/REFERRAL_FEE 4,800.00 USD PAID (accrued 2026-05-04)");
    assertThat(out).contains("  D-R1/R-100 Referral Co/CLAWBACK_ADJUSTMENT/2026-04-20/0 -2,400.00 USD CLAWED_BACK");
    assertThat(out).contains("    2026-06-30 PAYOUT 2,400.00 USD -> 0.00 USD");
    assertThat(out).contains("  G-200 Gold Reseller/VOLUME_REBATE/2026-06-30 24,000.00 USD PAID");
    assertThat(out).contains("    closing 45.00 USD, payable now 0.00 USD, carried forward 45.00 USD");
    assertThat(out).contains("Clawback on D-R1: 2,400.00 USD after 77 days");
    assertThat(out).contains("  - 77 days from start 2026-02-02 to 2026-04-20; band [30, 90) 50 % -> 1/2");
  }

  @Test
  void portfolioExample_printsTheSummaryGraceCommissionsAndChanges() {
    String out = run(o -> PortfolioExample.run(o, Optional.empty()));
    assertThat(out).startsWith("PartnerOS portfolio report\n");
    assertThat(out).contains("Versions   2026.1 (from 2026-01-01), 2026.2 (from 2026-07-01)");
    assertThat(out).contains("  Tiers      REGISTERED 22, SILVER 8, GOLD 13, PLATINUM 3");
    assertThat(out).contains("  In grace   6 partners");
    assertThat(out).contains("  P-004 Tailspin Toys: GOLD IN_GRACE until 2028-06-30");
    assertThat(out).contains("  P-043 Coho Systems earned 235,187.50 USD");
    assertThat(out).contains("  2026-09-30 GOLD GOOD_STANDING (UPGRADED), qualified GOLD [2026.2]");
    assertThat(out).doesNotContain("The program (version");
  }

  @Test
  void portfolioExample_readsTheSameBookFromAFolderOfCsvFiles(@TempDir Path folder) throws IOException {
    for (Map.Entry<String, String> file : PortfolioWriter.csv(SampleBook.portfolio()).entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue());
    }
    String fromFolder = run(o -> PortfolioExample.run(o, Optional.of(folder)));
    assertThat(fromFolder).isEqualTo(run(o -> PortfolioExample.run(o, Optional.empty())));
  }

  private static String run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
