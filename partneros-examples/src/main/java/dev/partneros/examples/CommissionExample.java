package dev.partneros.examples;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.Deal;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.DealClassifier;
import dev.partneros.attribution.TouchKind;
import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionCalculator;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.core.DateRange;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.Tier;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Commission and clawback (docs/rules/commission.md, docs/rules/clawback.md): a quarter's
 * statements for three partners on three commission models: a referral partner with a clawback
 * netted against its next payout, a Gold reseller whose volume rebate is trued up at the quarter
 * end, and an affiliate on count brackets whose small payout carries over below the minimum. Each
 * deal is classified by the attribution engine first, so its credit factor is the real one; the
 * clawback's own decision explains its fraction. The demo prints these statements too.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests package exec:java -pl partneros-examples -am
 * -Dexec.mainClass=dev.partneros.examples.CommissionExample}.
 */
public final class CommissionExample {

  /** The quarter the statements cover. */
  public static final DateRange QUARTER = DateRange.ofClosed(LocalDate.parse("2026-04-01"),
      LocalDate.parse("2026-06-30"));

  static final PartnerId REFERRAL = PartnerId.of("R-100 Referral Co");
  static final PartnerId RESELLER = PartnerId.of("G-200 Gold Reseller");
  static final PartnerId AFFILIATE = PartnerId.of("A-300 Affiliate");
  private static final Currency USD = Currency.getInstance("USD");

  private CommissionExample() {}

  /**
   * Runs the example under the standard program, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out, ProgramDocument.standard());
  }

  /**
   * Calculates the three partners' commission up to the quarter end.
   *
   * @param program the program version, not null
   * @return never null
   */
  public static CommissionResult calculate(ProgramDocument program) {
    DealClassifier classifier = DealClassifier.of(AttributionPolicy.from(program));
    CommissionFacts.Builder facts = CommissionFacts.builder()
        .addPartners(CommissionFacts.PartnerAccount.of(REFERRAL, PartnerType.REFERRAL, LocalDate.parse("2025-06-01"), USD))
        .addPartners(CommissionFacts.PartnerAccount.of(RESELLER, PartnerType.RESELLER_VAR, LocalDate.parse("2024-01-01"), USD))
        .addPartners(CommissionFacts.PartnerAccount.of(AFFILIATE, PartnerType.AFFILIATE, LocalDate.parse("2025-01-01"), USD));
    // referral: 24,000 paid out in March, cancelled on day 77 (50 % clawback), a second deal in May
    facts.addDeals(deal(classifier, "D-R1", REFERRAL, "24000.00", "2026-02-02", null));
    facts.addPayments(CommissionFacts.Payment.of("D-R1", LocalDate.parse("2026-02-10"), Money.of("2000.00", "USD")));
    facts.addCancellations(CommissionFacts.Cancellation.cancel("D-R1", LocalDate.parse("2026-04-20")));
    facts.addDeals(deal(classifier, "D-R2", REFERRAL, "24000.00", "2026-05-04", null));
    facts.addPayments(CommissionFacts.Payment.of("D-R2", LocalDate.parse("2026-05-10"), Money.of("2000.00", "USD")));
    // Gold reseller: 300,000 of resale volume a quarter; the rebate band rises from 2 % to 5 %
    facts.addDeals(deal(classifier, "D-G1", RESELLER, "300000.00", "2026-02-10", Tier.GOLD));
    facts.addPayments(CommissionFacts.Payment.of("D-G1", LocalDate.parse("2026-02-20"), Money.of("300000.00", "USD")));
    facts.addDeals(deal(classifier, "D-G2", RESELLER, "300000.00", "2026-05-12", Tier.GOLD));
    facts.addPayments(CommissionFacts.Payment.of("D-G2", LocalDate.parse("2026-05-20"), Money.of("300000.00", "USD")));
    // affiliate: six small referrals in April: 25 % of 30.00 each = 45.00, below the 50.00 minimum
    for (int i = 1; i <= 6; i++) {
      String id = "D-A" + i;
      facts.addDeals(deal(classifier, id, AFFILIATE, "30.00", "2026-04-0" + i, null));
      facts.addPayments(CommissionFacts.Payment.of(id, LocalDate.parse("2026-04-0" + i), Money.of("30.00", "USD")));
    }
    return CommissionCalculator.of(ProgramHistory.of(program)).calculate(facts.build(), QUARTER.endInclusive());
  }

  private static CommissionDeal deal(DealClassifier classifier, String id, PartnerId partner, String amount,
      String signed, Tier tier) {
    LocalDate day = LocalDate.parse(signed);
    Deal deal = Deal.builder().id(id).account(id + " customer").amount(Money.of(amount, "USD")).created(day)
        .firstContact(day).status(CloseStatus.WON).closed(day)
        .addTouches(Deal.PartnerTouch.builder().partner(partner).date(day).kind(TouchKind.REFERRAL).channelLead(true)
            .documented(true).build())
        .addRegistrations(Deal.Registration.of(partner, day)).build();
    DealAttribution attribution = classifier.classify(deal, partner);
    CommissionDeal.Builder commissionDeal = CommissionDeal.builder().attribution(attribution)
        .amount(Money.of(amount, "USD")).signed(day);
    if (tier != null) {
      commissionDeal.tier(tier);
    }
    return commissionDeal.build();
  }

  /**
   * Prints the quarter's statement of each partner, with its lines.
   *
   * @param out where to print, not null
   * @param program the program version, not null
   */
  public static void print(PrintStream out, ProgramDocument program) {
    CommissionResult result = calculate(program);
    Money minimum = Money.of("50.00", "USD");
    out.println("Commission statements, " + QUARTER);
    out.println("--------------------------------------------------------------------");
    for (PartnerId partner : List.of(REFERRAL, RESELLER, AFFILIATE)) {
      for (CommissionLine line : result.lines(partner)) {
        out.println("  " + line);
      }
      out.println(result.balance(partner).statement(QUARTER, minimum).toString().indent(2).stripTrailing());
      out.println();
    }
    // Each clawback is its own decision: the days the customer was active pick the fraction.
    for (ClawbackDecision clawback : result.clawbacks(REFERRAL)) {
      out.println("Clawback on " + clawback.dealId() + ": " + clawback.clawback() + " after " + clawback.daysActive()
          + " days");
      clawback.explanation().sentences().forEach(sentence -> out.println("  - " + sentence));
    }
  }
}
