package dev.partneros.attribution;

import static dev.partneros.attribution.Fixtures.P1;
import static dev.partneros.attribution.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.Explanation;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("Decision values refuse to be built inconsistent (docs/rules/attribution.md)")
class DecisionValuesTest {

  static final Explanation EXPLANATION = Explanation.builder().subject("test").build();

  static void assertInvalid(Executable build, String path, String code, String message) {
    assertThatThrownBy(build::execute)
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .containsExactly(tuple(path, code, message)));
  }

  static DealAttribution.Builder attribution() {
    DealAttribution.Builder builder = new DealAttribution.Builder().dealId("D-1").partner(P1)
        .type(AttributionType.PARTNER_SOURCED).creditFactor(Rate.ONE).ignoredAfterClose(0).provisional(false)
        .explanation(EXPLANATION);
    for (DealAttribution.Criterion criterion : DealAttribution.Criterion.values()) {
      builder.putCriteria(criterion, true);
    }
    return builder;
  }

  @Test
  void dealAttribution_checksItsInvariants() {
    assertThat(attribution().build().criteriaMissed()).isEmpty();
    assertInvalid(() -> attribution().type(AttributionType.NOT_ATTRIBUTED).build(), "notAttributedReason",
        "inconsistent", "notAttributedReason must be present exactly when the type is NOT_ATTRIBUTED, but was missing");
    assertInvalid(() -> attribution().notAttributedReason(DealAttribution.NotAttributedReason.ONLY_MENTIONED).build(),
        "notAttributedReason", "inconsistent",
        "notAttributedReason must be present exactly when the type is NOT_ATTRIBUTED, but was ONLY_MENTIONED");
    assertInvalid(() -> new DealAttribution.Builder().from(attribution().build())
            .criteria(java.util.Map.of(DealAttribution.Criterion.MARKED_DEPENDENT_ON_PARTNER, true)).build(),
        "criteria", "missing", "criteria must name every criterion, but was [MARKED_DEPENDENT_ON_PARTNER]");
    assertInvalid(() -> attribution().ignoredAfterClose(-1).build(), "ignoredAfterClose", "negative",
        "ignoredAfterClose must be >= 0, but was -1");
  }

  @Test
  void registrationDecision_needsExactlyOneWonOutcomePerWinner() {
    Deal.Registration registration = Deal.Registration.of(P1, day(0));
    assertInvalid(() -> new RegistrationDecision.Builder().dealId("D-1").evaluationDate(day(1)).winner(registration)
            .explanation(EXPLANATION).build(),
        "outcomes", "inconsistent",
        "outcomes must have exactly one WON outcome when there is a winner and none otherwise, but was 0 WON");
    assertInvalid(() -> new RegistrationDecision.Builder().dealId("D-1").evaluationDate(day(1))
            .addOutcomes(new RegistrationDecision.Outcome.Builder().registration(registration).status(RegistrationDecision.Status.WON)
                .protectedThrough(day(30)).build())
            .explanation(EXPLANATION).build(),
        "outcomes", "inconsistent",
        "outcomes must have exactly one WON outcome when there is a winner and none otherwise, but was 1 WON");
  }

  @Test
  void affiliateAttribution_needsExactlyOneCreditedClickPerCredit() {
    assertInvalid(() -> new AffiliateAttribution.Builder().conversionId("C-1").selfReferral(false)
            .creditedClick(AffiliateConversion.Click.of(P1, day(1))).explanation(EXPLANATION).build(),
        "clicks", "inconsistent",
        "clicks must have exactly one CREDITED click when a click is credited and none otherwise, but was 0 CREDITED");
  }

  @Test
  void creditSplit_needsAnAmountPerShare() {
    assertInvalid(() -> new CreditSplit.Builder().dealId("D-1").model(AttributionPolicy.CreditModel.LINEAR)
            .dealAmount(Fixtures.AMOUNT).putShares(P1, Share.ONE).explanation(EXPLANATION).build(),
        "amounts", "inconsistent", "amounts must have the same partners as the shares [P-1], but was []");
    assertThat(new CreditSplit.Builder().dealId("D-1").model(AttributionPolicy.CreditModel.LINEAR).dealAmount(Fixtures.AMOUNT)
        .putShares(P1, Share.ONE).putAmounts(P1, Money.of("100000.00", "USD")).explanation(EXPLANATION).build()
        .isCredited()).isTrue();
  }
}
