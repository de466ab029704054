package dev.partneros.tiers.mdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.Tier;
import dev.partneros.tiers.BenefitsMatrix;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import org.assertj.core.api.Assertions;

/** Shared helpers of the MDF tests. */
final class MdfFixtures {

  static final Currency USD = Currency.getInstance("USD");
  static final String HEADER = "program: Test program\nversion: \"1\"\neffectiveFrom: 2026-01-01\ncurrency: USD\n";
  static final MdfPolicy POLICY = MdfPolicy.standard();
  static final BenefitsMatrix BENEFITS = BenefitsMatrix.standard();
  static final MdfRequestDecider DECIDER = MdfRequestDecider.of(POLICY, BENEFITS);
  static final MdfEntitlementCalculator ENTITLEMENTS = MdfEntitlementCalculator.of(POLICY, BENEFITS);
  static final PartnerId P1 = PartnerId.of("P-1");

  private MdfFixtures() {}

  /** The YAML of the standard mdf section (the test resource). */
  static String standardSection() {
    try (InputStream in = MdfFixtures.class.getResourceAsStream("/standard-mdf-section.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A program document with the test header and the standard mdf section after one edit. */
  static ProgramDocument document(String from, String to) {
    String section = standardSection();
    if (!from.isEmpty()) {
      assertThat(section).as("the edit must apply").contains(from);
      section = section.replace(from, to);
    }
    return ProgramLoader.strict().loadYaml(HEADER + section);
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static Money usd(long amount) {
    return Money.of(amount, USD);
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  /** A partner of a tier with plenty of sourced ARR. */
  static MdfPartner partner(Tier tier) {
    return MdfPartner.of(P1, tier, usd(100_000));
  }

  /** A request of P-1 submitted on its as-of date, with the given approvals. */
  static MdfRequest request(String id, ActivityType activity, Money amount, LocalDate submittedOn,
      Approver... approvals) {
    return MdfRequest.builder().requestId(id).partnerId(P1).activity(activity).amount(amount)
        .submittedOn(submittedOn).addApprovals(approvals).build();
  }

  /** Every approver: the request is decided on its merits alone. */
  static Approver[] all() {
    return Approver.values();
  }

  /** Asserts a call fails with one exception carrying a problem with this path, code and message. */
  static void assertProblem(Runnable call, Class<? extends PartnerOsException> type, String path, String code,
      String message) {
    Assertions.assertThatExceptionOfType(type).isThrownBy(call::run)
        .satisfies(e -> assertThat(e.problems())
            .filteredOn(p -> p.path().equals(path))
            .as("problems at %s in %s", path, e.problems())
            .anySatisfy(p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.message()).isEqualTo(message);
            }))
        .withMessageContaining(message);
  }
}
