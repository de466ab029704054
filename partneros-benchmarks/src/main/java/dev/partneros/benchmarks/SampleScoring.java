package dev.partneros.benchmarks;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.YearQuarter;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.scorecard.Rating;
import java.util.List;
import java.util.Optional;

/**
 * Sample scoring facts for the demo and the benchmarks: a quarter of health facts for eight
 * partners, and a 4C rating set with evidence.
 */
public final class SampleScoring {

  private SampleScoring() {}

  /**
   * Returns the health facts of eight sample partners for 2026-Q2, spanning every band.
   *
   * @return never null
   */
  public static List<HealthFacts> healthFacts() {
    YearQuarter q = YearQuarter.of(2026, 2);
    return List.of(
        health("P-001 Northwind", q, "310000.00", "240000.00", 7, HealthFacts.Cadence.WEEKLY, 62, HealthFacts.StrategicFit.STRONG),
        health("P-002 Contoso", q, "180000.00", "165000.00", 4, HealthFacts.Cadence.MONTHLY, 41, HealthFacts.StrategicFit.STRONG),
        health("P-003 Fabrikam", q, "96000.00", "95000.00", 3, HealthFacts.Cadence.MONTHLY, 30, HealthFacts.StrategicFit.MODERATE),
        health("P-004 Tailspin", q, "52000.00", "61000.00", 2, HealthFacts.Cadence.QUARTERLY, 12, HealthFacts.StrategicFit.MODERATE),
        health("P-005 Litware", q, "40000.00", "0.00", 1, HealthFacts.Cadence.WEEKLY, null, HealthFacts.StrategicFit.WEAK),
        health("P-006 Adatum", q, "15000.00", "30000.00", 0, HealthFacts.Cadence.INACTIVE, -20, HealthFacts.StrategicFit.WEAK),
        health("P-007 Proseware", q, "75000.00", "60000.00", 5, HealthFacts.Cadence.WEEKLY, 55, HealthFacts.StrategicFit.MODERATE),
        health("P-008 Wingtip", q, "22000.00", "21800.00", 1, HealthFacts.Cadence.QUARTERLY, 5, HealthFacts.StrategicFit.MODERATE));
  }

  private static HealthFacts health(String id, YearQuarter q, String revenue, String prior, int deals,
      HealthFacts.Cadence cadence, Integer nps, HealthFacts.StrategicFit fit) {
    return HealthFacts.builder().partnerId(PartnerId.of(id)).quarter(q).revenue(Money.of(revenue, "USD"))
        .priorYearRevenue(Money.of(prior, "USD")).dealsRegistered(deals).engagement(cadence)
        .nps(Optional.ofNullable(nps)).strategicFit(fit).build();
  }

  /**
   * Returns a QBR's 4C ratings of one partner, each with its evidence.
   *
   * @return never null
   */
  public static List<Rating> fourCRatings() {
    return List.of(
        Rating.of("CAPACITY", "dedicatedHeadcount", 4, "6 sellers and 2 SEs on the practice"),
        Rating.of("CAPACITY", "financialHealth", 3, "paid every invoice within terms"),
        Rating.of("CAPACITY", "operationalInfrastructure", 2, "no PSA tool yet"),
        Rating.of("CAPABILITY", "certifications", 4, "5 certified, 3 more booked"),
        Rating.of("CAPABILITY", "similarDeployments", 5, "3 referenceable deployments"),
        Rating.of("CAPABILITY", "labEnvironment", 1, "no demo lab"),
        Rating.of("COMMITMENT", "executiveSponsorship", 4, "COO sponsors the alliance"),
        Rating.of("COMMITMENT", "jointInvestment", 2, "no co-marketing budget for H2"),
        Rating.of("CUSTOMERS", "icpBookOfBusiness", 4, "120 ICP accounts in the book"),
        Rating.of("CUSTOMERS", "referenceableAccounts", 3, "2 references this year"));
  }
}
