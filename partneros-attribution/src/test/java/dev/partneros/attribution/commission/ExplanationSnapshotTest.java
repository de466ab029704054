package dev.partneros.attribution.commission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.InvalidFactsException;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Explanations on request ({@code docs/rules/commission.md#explanations-on-request}) are the
 * explanations the calculator wrote when it built them eagerly, byte for byte: for a fixed set of
 * generated books (the {@link CommissionDomain} scenarios under varied plans, and the fuzz books with
 * FX rates and several program versions), the digest of every line's and clawback's explanation is
 * compared with the digest the eager calculator produced, recorded in
 * {@code explanation-snapshot.txt}. Rewrite the snapshot only on purpose, with
 * {@code -Dpartneros.snapshot.update=true}, when an explanation is meant to change.
 */
class ExplanationSnapshotTest {

  private static final Path SNAPSHOT = Path.of("src/test/resources/dev/partneros/attribution/commission/"
      + "explanation-snapshot.txt");
  private static final int BOOKS = 300;

  @Test
  void explanationsBuiltOnRequestAreTheEagerOnes() throws IOException {
    List<String> actual = new ArrayList<>();
    for (int seed = 0; seed < BOOKS; seed++) {
      actual.add("domain " + seed + " " + domainBook(seed));
      actual.add("fuzz " + seed + " " + fuzzBook(seed));
    }
    if (Boolean.getBoolean("partneros.snapshot.update")) {
      Files.write(SNAPSHOT, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(SNAPSHOT, StandardCharsets.UTF_8);
    assertThat(actual).containsExactlyElementsOf(expected);
    // the snapshot is not vacuous: most books have lines, some are refused
    assertThat(actual.stream().filter(line -> line.contains(" lines "))).hasSizeGreaterThan(BOOKS / 2);
    assertThat(actual.stream().filter(line -> line.endsWith(" empty"))).hasSizeLessThan(BOOKS / 2);
  }

  private static String domainBook(int seed) {
    Random r = new Random(seed * 31L + 5);
    CommissionDomain.Scenario scenario = CommissionDomain.scenario(1 + r.nextInt(4), r.nextInt(26), r.nextLong(),
        120 + r.nextInt(331));
    return digest(() -> CommissionCalculator.of(plan(r)).calculate(scenario.facts, scenario.asOf));
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
