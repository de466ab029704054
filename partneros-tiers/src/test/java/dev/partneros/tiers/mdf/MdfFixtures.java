package dev.partneros.tiers.mdf;

import dev.partneros.core.TestPrograms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.tiers.BenefitsMatrix;
import java.time.LocalDate;
import java.util.Currency;
import org.assertj.core.api.Assertions;

/** Shared helpers of the MDF tests. */
final class MdfFixtures {

  static final Currency USD = Currency.getInstance("USD");
  static final String HEADER = TestPrograms.HEADER;
  static final MdfPolicy POLICY = MdfPolicy.standard();
  static final BenefitsMatrix BENEFITS = BenefitsMatrix.standard();
  static final MdfRequestDecider DECIDER = MdfRequestDecider.of(POLICY, BENEFITS);
  static final MdfEntitlementCalculator ENTITLEMENTS = MdfEntitlementCalculator.of(POLICY, BENEFITS);
  static final PartnerId P1 = PartnerId.of("P-1");

  private MdfFixtures() {}

  /** The YAML of the standard program's mdf section. */
  static String standardSection() {
    return TestPrograms.standardSections("mdf");
  }

  /** A program document with the test header and the standard mdf section after one edit. */
  static ProgramDocument document(String from, String to) {
    return TestPrograms.document(standardSection(), from, to);
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
