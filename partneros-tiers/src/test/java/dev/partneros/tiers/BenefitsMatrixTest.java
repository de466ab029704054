package dev.partneros.tiers;

import static dev.partneros.tiers.Fixtures.HEADER;
import static dev.partneros.tiers.Fixtures.assertProblem;
import static dev.partneros.tiers.Fixtures.document;
import static dev.partneros.tiers.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.TestPrograms;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The benefits matrix and tier economics (docs/rules/tiers.md#benefits-matrix)")
class BenefitsMatrixTest {

  final BenefitsMatrix standard = BenefitsMatrix.standard();
  final List<Tier> ladder = List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM);

  @Test
  @DisplayName("standard(): the table of docs/rules/tiers.md#benefits-matrix, by typed lookups")
  void standard_isTheRulesTable() {
    assertThat(ladder).extracting(standard::commissionRate)
        .containsExactly(Rate.ofPercent(10), Rate.ofPercent(15), Rate.ofPercent(20), Rate.ofPercent(25));
    assertThat(ladder).extracting(standard::resaleMargin)
        .containsExactly(Rate.ofPercent(25), Rate.ofPercent(30), Rate.ofPercent(35), Rate.ofPercent(40));
    assertThat(ladder).extracting(standard::mdfAnnualAllocation)
        .containsExactly(usd(0), usd(5_000), usd(25_000), usd(100_000));
    assertThat(ladder).extracting(standard::mdfQuarterlyCap)
        .containsExactly(usd(0), usd(2_000), usd(10_000), usd(35_000));
    assertThat(ladder).extracting(standard::dealRegistration).containsExactly(TierBenefits.DealRegistration.NO,
        TierBenefits.DealRegistration.YES, TierBenefits.DealRegistration.YES, TierBenefits.DealRegistration.PRIORITY);
    assertThat(ladder).extracting(standard::partnerManager).containsExactly(TierBenefits.PartnerManager.POOLED,
        TierBenefits.PartnerManager.POOLED, TierBenefits.PartnerManager.DEDICATED, TierBenefits.PartnerManager.SENIOR);
    assertThat(ladder).extracting(standard::supportSla).extracting(TierBenefits.SupportSla::toString)
        .containsExactly("STANDARD", "24h", "4h", "1h");
    assertThat(ladder).extracting(standard::directoryListing).containsExactly(TierBenefits.DirectoryListing.NONE,
        TierBenefits.DirectoryListing.BASIC, TierBenefits.DirectoryListing.FEATURED, TierBenefits.DirectoryListing.SPOTLIGHT);
    assertThat(ladder).extracting(standard::executiveAccess).containsExactly(TierBenefits.ExecutiveAccess.NONE,
        TierBenefits.ExecutiveAccess.NONE, TierBenefits.ExecutiveAccess.QUARTERLY, TierBenefits.ExecutiveAccess.MONTHLY);
    assertThat(ladder).extracting(standard::earlyAccess).containsExactly(TierBenefits.EarlyAccess.NONE, TierBenefits.EarlyAccess.NONE,
        TierBenefits.EarlyAccess.BETA, TierBenefits.EarlyAccess.ALPHA);
  }

  @Test
  @DisplayName("tier economics: ROI = average revenue x margin / cost to serve (7.0x, 6.5x, 4.0x, 3.67x)")
  void economics_blueprintRoi() {
    assertThat(ladder).extracting(t -> standard.economics(t).get().roi())
        .containsExactly(new BigDecimal("7.00"), new BigDecimal("6.50"), new BigDecimal("4.00"),
            new BigDecimal("3.67"));
  }

  @Test
  void economics_fromAPortfolio() {
    TierBenefits.Economics gold = TierBenefits.Economics.fromPortfolio(List.of(usd(150_000), usd(250_000), usd("200000.01")),
        Rate.ofPercent(60), usd(30_000), RoundingMode.HALF_EVEN);
    assertThat(gold.averageRevenue()).isEqualTo(usd(200_000));
    assertThat(gold.roi()).isEqualByComparingTo("4.00");
    assertProblem(() -> TierBenefits.Economics.fromPortfolio(List.of(), Rate.ofPercent(60), usd(1), RoundingMode.HALF_EVEN),
        InvalidFactsException.class, "revenues", "empty", "revenues must have at least one partner, but was []");
    assertProblem(() -> TierBenefits.Economics.of(usd(1), Rate.ONE, usd(0)), InvalidProgramException.class, "costToServe",
        "not_positive", "costToServe must be > 0, but was 0.00 USD");
  }

  @Test
  @DisplayName("the YAML of the standard benefits section reads back as standard()")
  void standardSectionYaml_readsAsStandard() {
    ProgramDocument doc = document("", "");
    assertThat(doc.readSection("benefits", BenefitsMatrix.class)).contains(standard);
    assertThat(BenefitsMatrix.from(doc)).isEqualTo(standard);
  }

  @Test
  void from_withoutSection_isStandardInTheDocumentsCurrency() {
    BenefitsMatrix euros = BenefitsMatrix.from(ProgramLoader.strict().loadYaml(HEADER.replace("USD", "EUR")));
    assertThat(euros.mdfQuarterlyCap(Tier.GOLD).currency()).isEqualTo(Currency.getInstance("EUR"));
    ProgramDocument custom = TestPrograms.unchecked().loadYaml(HEADER + "ladder: [BASIC, PREMIER]\n");
    assertProblem(() -> BenefitsMatrix.from(custom), InvalidProgramException.class, "benefits", "missing",
        "benefits must be present when the ladder is not the standard one (every tier needs every benefit),"
            + " but was missing");
  }

  @Test
  void matrix_roundTripsThroughItsSection() {
    ProgramDocument doc = document("", "").withSection("benefits", PartnerOsJson.toTree(standard));
    assertThat(BenefitsMatrix.from(doc)).isEqualTo(standard);
    assertThat(PartnerOsJson.toTree(standard).get("GOLD").get("supportSla").asText()).isEqualTo("4h");
  }

  @Test
  @DisplayName("every tier of the ladder must have every benefit, with its path")
  void missingBenefit_isRefusedWithItsPath() {
    assertProblem(() -> BenefitsMatrix.from(document("    supportSla: 4h\n", "")), InvalidProgramException.class,
        "benefits.GOLD.supportSla", "missing", "benefits.GOLD.supportSla must be present, but was missing");
    assertProblem(() -> BenefitsMatrix.from(document("    mdfAnnual: 25000\n", "")), InvalidProgramException.class,
        "benefits.GOLD.mdfAnnual", "missing", "benefits.GOLD.mdfAnnual must be present, but was missing");
  }

  @Test
  void missingTier_isRefusedWithItsPath() {
    String sections = Fixtures.standardSections();
    String withoutGold = sections.substring(0, sections.indexOf("  GOLD:")) + sections.substring(
        sections.indexOf("  PLATINUM:"));
    // refused when the file is loaded, and by the module reading a document that was not checked
    assertProblem(() -> ProgramLoader.strict().loadYaml(HEADER + withoutGold), InvalidProgramException.class,
        "benefits.GOLD", "missing",
        "benefits.GOLD must be present: every tier of the ladder needs every benefit, but was missing");
    ProgramDocument doc = TestPrograms.unchecked().loadYaml(HEADER + withoutGold);
    assertProblem(() -> BenefitsMatrix.from(doc), InvalidProgramException.class, "benefits.GOLD", "missing",
        "benefits.GOLD must be present: every tier of the ladder needs every benefit, but was missing");
  }

  @Test
  void tierOffTheLadderOrTwice_isRefused() {
    assertProblem(() -> BenefitsMatrix.from(document("  PLATINUM:\n", "  DIAMOND:\n")), InvalidProgramException.class,
        "benefits.DIAMOND", "unknown_tier",
        "benefits.DIAMOND must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was DIAMOND");
    assertProblem(() -> BenefitsMatrix.from(document("  PLATINUM:\n", "  Gold:\n")), InvalidProgramException.class,
        "benefits.Gold", "duplicate", "benefits.Gold must name each tier once, but was Gold");
    assertProblem(() -> BenefitsMatrix.from(document("  PLATINUM:\n", "  \"9\":\n")), InvalidProgramException.class,
        "benefits[\"9\"]", "unknown_tier",
        "benefits[\"9\"] must be a tier name of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was 9");
  }

  @Test
  void badValues_areRefusedWithTheirPaths() {
    assertProblem(() -> BenefitsMatrix.from(document("mdfQuarterlyCap: 10000", "mdfQuarterlyCap: 30000")),
        InvalidProgramException.class, "benefits.GOLD.mdfQuarterlyCap", "out_of_range",
        "benefits.GOLD.mdfQuarterlyCap must be at most the annual allocation 25,000.00 USD, but was 30,000.00 USD");
    assertProblem(() -> BenefitsMatrix.from(document("mdfAnnual: 25000", "mdfAnnual: -5")),
        InvalidProgramException.class, "benefits.GOLD.mdfAnnual", "negative",
        "benefits.GOLD.mdfAnnual must be >= 0, but was -5.00 USD");
    assertProblem(() -> BenefitsMatrix.from(document("mdfAnnual: 25000", "mdfAnnual: 25000.005")),
        InvalidProgramException.class, "benefits.GOLD.mdfAnnual", "invalid_value",
        "benefits.GOLD.mdfAnnual must have at most 2 decimals for USD and be below 10^15, but was 25000.005");
    assertProblem(() -> BenefitsMatrix.from(document("supportSla: 4h", "supportSla: soon")),
        InvalidProgramException.class, "benefits.GOLD.supportSla", "invalid_value",
        "benefits.GOLD.supportSla must be STANDARD or a number of hours such as 24h, but was soon");
    // The rate's own rule and where core's loader places it (the value's path) are core's business.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenefitsMatrix.from(
            document("commissionRate: 0.20", "commissionRate: \"1.20\"")))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("must be a fraction between 0 and 1 (0.25 = 25 %), but was 1.20")
        .satisfies(e -> assertThat(Fixtures.paths(e)).singleElement().asString()
            .startsWith("benefits.GOLD.commissionRate"));
    assertProblem(() -> BenefitsMatrix.from(document("costToServe: 30000}", "costToServe: 0}")),
        InvalidProgramException.class, "benefits.GOLD.economics.costToServe", "not_positive",
        "benefits.GOLD.economics.costToServe must be > 0, but was 0.00 USD");
    Fixtures.assertThrowsAt(() -> BenefitsMatrix.from(document("partnerManager: DEDICATED", "partnerManager: BEST")),
        InvalidProgramException.class, "benefits.GOLD.partnerManager");
  }

  @Test
  void dealRegistration_acceptsYamlBooleans_andRefusesOtherValues() {
    BenefitsMatrix matrix = BenefitsMatrix.from(document("dealRegistration: \"NO\"", "dealRegistration: NO"));
    assertThat(matrix.dealRegistration(Tier.REGISTERED)).isEqualTo(TierBenefits.DealRegistration.NO);
    assertProblem(() -> BenefitsMatrix.from(document("dealRegistration: \"NO\"", "dealRegistration: MAYBE")),
        InvalidProgramException.class, "benefits.REGISTERED.dealRegistration", "invalid_value",
        "benefits.REGISTERED.dealRegistration must be NO, YES or PRIORITY, but was MAYBE");
  }

  @Test
  void headerCurrencyInAnEntry_isRefused() {
    assertProblem(() -> BenefitsMatrix.from(document("    mdfAnnual: 25000", "    currency: EUR\n    mdfAnnual: 25000")),
        InvalidProgramException.class, "benefits.GOLD.currency", "not_allowed",
        "benefits.GOLD.currency must be absent: the currency comes from the program's header, but was \"EUR\"");
  }

  @Test
  void amountsInSeveralCurrencies_areRefused() {
    BenefitsMatrix euros = BenefitsMatrix.standard(Currency.getInstance("EUR"));
    java.util.Map<Tier, TierBenefits> mixed = new java.util.LinkedHashMap<>(standard.byTier());
    mixed.put(Tier.GOLD, euros.benefits(Tier.GOLD));
    assertProblem(() -> new BenefitsMatrix.Builder().byTier(mixed).build(), InvalidProgramException.class, "$",
        "currency_mismatch", "$ must state every amount in one currency, but was [USD, EUR]");
    assertProblem(() -> TierBenefits.Economics.of(usd(1), Rate.ONE, euros.mdfAnnualAllocation(Tier.GOLD)),
        InvalidProgramException.class, "costToServe", "currency_mismatch",
        "costToServe must be in USD, like the average revenue, but was 25,000.00 EUR");
    assertProblem(() -> BenefitsMatrix.from(document("costToServe: 30000}", "}")), InvalidProgramException.class,
        "benefits.GOLD.economics.costToServe", "missing",
        "benefits.GOLD.economics.costToServe must be present, but was missing");
  }

  @Test
  void lookupOfATierOffTheLadder_isRefused() {
    assertProblem(() -> standard.commissionRate(Tier.of("DIAMOND")), InvalidFactsException.class, "tier",
        "unknown_tier", "tier must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was DIAMOND");
  }

  @Test
  void supportSla_parsesOrdersAndRefuses() {
    assertThat(TierBenefits.SupportSla.parse("24 h")).isEqualTo(TierBenefits.SupportSla.hours(24));
    assertThat(TierBenefits.SupportSla.parse("standard")).isEqualTo(TierBenefits.SupportSla.standard());
    assertThat(TierBenefits.SupportSla.hours(4).responseTime()).contains(Duration.ofHours(4));
    assertThat(TierBenefits.SupportSla.standard().responseTime()).isEmpty();
    assertThat(List.of(TierBenefits.SupportSla.hours(1), TierBenefits.SupportSla.standard(), TierBenefits.SupportSla.hours(24), TierBenefits.SupportSla.hours(4))
        .stream().sorted().map(TierBenefits.SupportSla::toString)).containsExactly("STANDARD", "24h", "4h", "1h");
    assertProblem(() -> TierBenefits.SupportSla.hours(0), InvalidFactsException.class, "supportSla", "invalid_value",
        "supportSla must have between 1 and 720 hours, but was 0h");
  }
}
