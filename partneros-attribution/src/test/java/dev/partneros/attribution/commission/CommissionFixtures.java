package dev.partneros.attribution.commission;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/**
 * Short names for the commission example tests: dates from 1 January 2026, partners P-1.., USD
 * amounts, attributions made by hand (the classifier has its own tests, DealClassifierTest).
 */
final class CommissionFixtures {

  static final Currency USD = Currency.getInstance("USD");
  static final Currency EUR = Currency.getInstance("EUR");
  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  static final PartnerId P1 = PartnerId.of("P-1");
  static final PartnerId P2 = PartnerId.of("P-2");
  static final PartnerId P3 = PartnerId.of("P-3");

  private CommissionFixtures() {}

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static DealAttribution attribution(String dealId, PartnerId partner, AttributionType type) {
    Map<DealAttribution.Criterion, Boolean> criteria = new EnumMap<>(DealAttribution.Criterion.class);
    for (DealAttribution.Criterion criterion : DealAttribution.Criterion.values()) {
      criteria.put(criterion, criterion.leadsTo() == type);
    }
    DealAttribution.Builder builder = DealAttribution.builder().dealId(dealId).partner(partner).type(type)
        .creditFactor(AttributionPolicy.standard().creditFactor(type)).criteria(criteria).ignoredAfterClose(0)
        .provisional(false).explanation(Explanation.builder().subject("attribution of " + dealId).build());
    if (type == AttributionType.NOT_ATTRIBUTED) {
      builder.notAttributedReason(DealAttribution.NotAttributedReason.CRITERIA_NOT_MET);
    }
    return builder.build();
  }

  /** A sourced deal signed on a date, customer starting that day. */
  static CommissionDeal.Builder deal(String id, PartnerId partner, Money amount, LocalDate signed) {
    return CommissionDeal.builder().attribution(attribution(id, partner, AttributionType.PARTNER_SOURCED))
        .amount(amount).signed(signed);
  }

  static CommissionDeal.Builder deal(String id, PartnerId partner, Money amount, LocalDate signed,
      AttributionType type) {
    return CommissionDeal.builder().attribution(attribution(id, partner, type)).amount(amount).signed(signed);
  }

  static CommissionFacts.PartnerAccount account(PartnerId id, PartnerType type) {
    return CommissionFacts.PartnerAccount.of(id, type, JAN_1, USD);
  }

  static CommissionPlan planFor(PartnerType type, CommissionPlan.Models models) {
    return CommissionPlan.builder().models(Map.of(type, models)).build();
  }
}
