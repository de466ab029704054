package dev.partneros.attribution.commission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.FxRate;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Explanations on request ({@code docs/rules/commission.md#explanations-on-request}) are the
 * explanations the calculator wrote when it built them eagerly, byte for byte: for a fixed set of
 * generated books (the {@link CommissionDomain} scenarios under varied plans, the same in a EUR
 * program with USD deals and partners paid in three currencies, and the fuzz books with several
 * program versions), the digest of every line's and clawback's explanation is
 * compared with the digest the eager calculator produced, recorded in
 * {@code explanation-snapshot.txt}. Rewrite the snapshot only on purpose, with
 * {@code -Dpartneros.snapshot.update=true}, when an explanation is meant to change.
 */
class ExplanationSnapshotTest {

  private static final Path SNAPSHOT = Path.of("src/test/resources/dev/partneros/attribution/commission/"
      + "explanation-snapshot.txt");
  private static final int BOOKS = 300;
  private static final int FX_BOOKS = 100;
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final Currency USD = Currency.getInstance("USD");
  /** USD to EUR and EUR to GBP for every day of 2026 and 2027, when the books' transactions are. */
  private static final List<FxRate> RATES = rates();

  @Test
  void explanationsBuiltOnRequestAreTheEagerOnes() throws IOException {
    List<String> actual = new ArrayList<>();
    for (int seed = 0; seed < BOOKS; seed++) {
      actual.add("domain " + seed + " " + domainBook(seed));
      actual.add("fuzz " + seed + " " + fuzzBook(seed));
      if (seed < FX_BOOKS) {
        actual.add("fx " + seed + " " + fxBook(seed));
      }
    }
    if (Boolean.getBoolean("partneros.snapshot.update")) {
      Files.write(SNAPSHOT, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(SNAPSHOT, StandardCharsets.UTF_8);
    assertThat(actual).containsExactlyElementsOf(expected);
    // the snapshot is not vacuous: most books have lines, some are refused
    assertThat(actual.stream().filter(line -> line.contains(" lines "))).hasSizeGreaterThan(BOOKS);
    assertThat(actual.stream().filter(line -> line.startsWith("fx ") && line.contains(" lines ")))
        .hasSizeGreaterThan(FX_BOOKS / 2);
    assertThat(actual.stream().filter(line -> line.endsWith(" empty"))).hasSizeLessThan(BOOKS / 2);
  }

  private static String domainBook(int seed) {
    Random r = new Random(seed * 31L + 5);
    CommissionDomain.Scenario scenario = CommissionDomain.scenario(1 + r.nextInt(4), r.nextInt(26), r.nextLong(),
        120 + r.nextInt(331));
    return digest(() -> CommissionCalculator.of(plan(r)).calculate(scenario.facts, scenario.asOf));
  }

  /**
   * A domain book under a program in EUR, its deals in USD (every base converted) and its partners
   * paid in EUR, GBP or USD (settled when not EUR), with a rate for every day.
   */
  private static String fxBook(int seed) {
    Random r = new Random(seed * 17L + 3);
    CommissionDomain.Scenario scenario = CommissionDomain.scenario(1 + r.nextInt(4), r.nextInt(26), r.nextLong(),
        120 + r.nextInt(331));
    CommissionFacts.Builder facts = CommissionFacts.builder().from(scenario.facts).partners(List.of()).quotas(List.of());
    for (CommissionFacts.PartnerAccount account : scenario.facts.partners()) {
      Currency payout = List.of(EUR, GBP, USD).get(r.nextInt(3));
      CommissionFacts.PartnerAccount.Builder paid = new CommissionFacts.PartnerAccount.Builder().from(account)
          .payoutCurrency(payout);
      if (!payout.equals(EUR)) {
        paid.minimumPayout(Money.of(new BigDecimal("40.00"), payout));
      }
      facts.addPartners(paid.build());
    }
    for (CommissionFacts.Quota quota : scenario.facts.quotas()) {
      facts.addQuotas(CommissionFacts.Quota.of(quota.partner(), quota.quarter(),
          Money.of(quota.target().amount(), EUR)));
    }
    facts.fxRates(RATES);
    CommissionTerms terms = CommissionTerms.builder().from(CommissionTerms.standardWith(plan(r))).currency(EUR)
        .build();
    return digest(() -> CommissionCalculator.of(terms).calculate(facts.build(), scenario.asOf));
  }

  private static List<FxRate> rates() {
    List<FxRate> rates = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
      BigDecimal drift = BigDecimal.valueOf(day.getDayOfYear() % 37, 3);
      rates.add(FxRate.of(USD, EUR, new BigDecimal("0.91").add(drift), day, "snapshot"));
      rates.add(FxRate.of(EUR, GBP, new BigDecimal("0.8537").subtract(drift), day, "snapshot"));
    }
    return List.copyOf(rates);
  }

  private static String fuzzBook(int seed) {
    Random r = new Random(seed);
    List<CommissionTerms> versions = new ArrayList<>();
    for (int i = r.nextInt(5) == 0 ? 2 + r.nextInt(2) : 1; i > 0; i--) {
      versions.add(CommissionFuzzProperties.TERMS.get(r.nextInt(CommissionFuzzProperties.TERMS.size())));
    }
    Optional<CommissionFacts> facts = CommissionFuzzProperties.commissionFacts(r, versions.get(0).currency());
    LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(800));
    if (facts.isEmpty()) {
      return "invalid";
    }
    return digest(() -> (versions.size() == 1 ? CommissionCalculator.of(versions.get(0))
        : CommissionCalculator.of(versions)).calculate(facts.get(), asOf));
  }

  private static CommissionPlan plan(Random r) {
    Map<PartnerType, CommissionPlan.Models> models = CommissionPlan.standardModels();
    models.put(PartnerType.OEM, CommissionPlan.Models.builder().volumeBrackets(VolumeBrackets.of(
        VolumeBrackets.standard().brackets(), VolumeBrackets.Mode.values()[r.nextInt(2)])).build());
    List<Optional<BigDecimal>> caps = List.of(Optional.empty(), Optional.of(new BigDecimal("5000")),
        Optional.of(new BigDecimal("40000")));
    return CommissionPlan.builder().models(models)
        .payout(new PayoutTerms.Builder().trigger(PayoutTerms.Trigger.values()[r.nextInt(3)])
            .period(PayoutTerms.Period.values()[r.nextInt(2)]).holdbackDays(r.nextInt(46))
            .minimumPayout(BigDecimal.valueOf(List.of(0, 50, 2_000).get(r.nextInt(3)))).build())
        .caps(new CommissionCaps.Builder().perDeal(caps.get(r.nextInt(3))).perPeriod(caps.get(r.nextInt(3)))
            .perPartner(caps.get(r.nextInt(3))).build())
        .build();
  }

  /** The digest of every explanation of a result, or "invalid" / "empty". */
  private static String digest(java.util.function.Supplier<CommissionResult> calculation) {
    CommissionResult result;
    try {
      result = calculation.get();
    } catch (InvalidFactsException e) {
      return "invalid";
    } catch (RuntimeException e) { // a refused program version list, the same before and after
      return "refused " + e.getClass().getSimpleName();
    }
    if (result.lines().isEmpty()) {
      return "empty";
    }
    StringBuilder text = new StringBuilder();
    for (CommissionLine line : result.lines()) {
      text.append(line.id()).append('\n').append(line.explanation()).append('\n');
    }
    for (ClawbackDecision decision : result.clawbacks()) {
      text.append(decision.explanation()).append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return result.lines().size() + " lines " + HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
