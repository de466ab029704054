package dev.partneros.examples;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.CreditSplit;
import dev.partneros.attribution.CreditSplitter;
import dev.partneros.attribution.Deal;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.DealClassifier;
import dev.partneros.attribution.RegistrationDecision;
import dev.partneros.attribution.RegistrationResolver;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramDocument;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Attribution (docs/rules/attribution.md): one won deal touched by two partners. The classifier
 * decides, for each partner, whether the deal is partner-sourced, partner-influenced or not
 * attributed, with every criterion explained; the resolver says whose registration wins; the
 * splitter shares the deal's credit between the partners, penny-exact, under the program's model
 * and under another one.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests package exec:java -pl partneros-examples -am
 * -Dexec.mainClass=dev.partneros.examples.AttributionExample}.
 */
public final class AttributionExample {

  private AttributionExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Classifies the deal for both partners, resolves its registrations and splits its credit.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    AttributionPolicy policy = AttributionPolicy.from(ProgramDocument.standard());
    PartnerId northwind = PartnerId.of("P-001");
    PartnerId contoso = PartnerId.of("P-002");

    // The deal as the CRM knows it: first contact, the partners' touches and registrations.
    Deal deal = Deal.builder()
        .id("D-1001").account("Alpine Ski House").amount(Money.of("100000.00", "USD"))
        .created(LocalDate.parse("2026-03-02")).firstContact(LocalDate.parse("2026-03-02"))
        .status(CloseStatus.WON).closed(LocalDate.parse("2026-05-29"))
        .addTouches(touch(northwind, "2026-03-02", TouchKind.REFERRAL, true))
        .addTouches(touch(contoso, "2026-04-14", TouchKind.DEMO, false))
        .addTouches(touch(contoso, "2026-05-20", TouchKind.CO_SELL, false))
        .addRegistrations(Deal.Registration.of(northwind, LocalDate.parse("2026-03-05")))
        .addRegistrations(Deal.Registration.of(contoso, LocalDate.parse("2026-03-20")))
        .addDependentOn(contoso)
        .build();

    DealClassifier classifier = DealClassifier.of(policy);
    for (PartnerId partner : deal.partners()) {
      DealAttribution attribution = classifier.classify(deal, partner);
      List<String> why = attribution.explanation().sentences();
      out.println(why.get(why.size() - 1));
      out.println("  criteria missed: " + attribution.criteriaMissed());
    }

    // Two registrations of one deal: the first one still protected wins.
    RegistrationDecision registration = RegistrationResolver.of(policy).resolve(deal, LocalDate.parse("2026-03-20"));
    out.println("Registrations on " + registration.evaluationDate() + ": won by "
        + registration.winningPartner().map(PartnerId::value).orElse("nobody"));
    registration.explanation().sentences().forEach(sentence -> out.println("  - " + sentence));

    // Multi-touch credit: shares are exact fractions; the money split always adds up to the deal.
    CreditSplitter splitter = CreditSplitter.of(policy);
    CreditSplit linear = splitter.split(deal);
    out.println(linear.model() + " credit: " + linear.shares() + " -> " + linear.amounts());
    CreditSplit firstTouch = splitter.split(deal, AttributionPolicy.CreditModel.FIRST_TOUCH);
    out.println(firstTouch.model() + " credit: " + firstTouch.shares() + " -> " + firstTouch.amounts());
  }

  private static Deal.PartnerTouch touch(PartnerId partner, String date, TouchKind kind, boolean channelLead) {
    return Deal.PartnerTouch.builder().partner(partner).date(LocalDate.parse(date)).kind(kind)
        .channelLead(channelLead).documented(true).build();
  }
}
