package dev.partneros.examples;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.DealRole;
import dev.partneros.tiers.Qualification;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierFacts;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.TierState;
import dev.partneros.tiers.TierStateMachine;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Tiers (docs/rules/tiers.md): qualification over the rolling 12-month window, then the maintenance
 * state machine over eight quarter ends. The partner is upgraded to Gold, misses Gold at its annual
 * review a year later and enters grace, then clears the grace with a new deal before it ends. The
 * application persists the {@link TierState} between quarters; the engine is a pure function of the
 * state, the date and the dated facts.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests package exec:java -pl partneros-examples -am
 * -Dexec.mainClass=dev.partneros.examples.TiersExample}.
 */
public final class TiersExample {

  private TiersExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Qualifies the partner, replays eight quarter ends and prints each decision.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    TierProgram program = TierProgram.from(ProgramDocument.standard());
    TierStateMachine machine = TierStateMachine.of(program);

    // Dated facts: the engine measures the 12-month window ending on each quarter end itself.
    TierFacts facts = TierFacts.builder()
        .addCertifications(TierFacts.Certification.of("ana", LocalDate.parse("2025-11-10")))
        .addCertifications(TierFacts.Certification.of("ben", LocalDate.parse("2026-01-20")))
        .addDeals(TierFacts.PartnerDeal.closed("N-1", DealRole.SOURCED, usd("60000.00"), LocalDate.parse("2026-01-15")))
        .addDeals(TierFacts.PartnerDeal.closed("N-2", DealRole.SOURCED, usd("45000.00"), LocalDate.parse("2026-03-02")))
        .addDeals(TierFacts.PartnerDeal.closed("N-3", DealRole.INFLUENCED, usd("30000.00"), LocalDate.parse("2026-08-11")))
        .addDeals(TierFacts.PartnerDeal.closed("N-4", DealRole.SOURCED, usd("110000.00"), LocalDate.parse("2027-05-20")))
        .build();

    // Qualification on one day, from the facts known that day: the tier reached, each criterion explained.
    LocalDate firstQuarterEnd = LocalDate.parse("2026-03-31");
    Qualification march = machine.qualifier().qualify(facts.knownOn(firstQuarterEnd), firstQuarterEnd);
    out.println("Qualified on " + march.asOf() + ": " + march.qualifiedTier());
    march.explanation().sentences().forEach(sentence -> out.println("  - " + sentence));

    // The state machine: start Registered, then one decision per quarter end.
    TierState start = TierState.of(Tier.REGISTERED, LocalDate.parse("2025-12-31"));
    List<TierDecision> decisions = machine.replay(start, facts, firstQuarterEnd, 8);
    out.println("Quarter by quarter:");
    for (TierDecision decision : decisions) {
      out.println("  " + decision.summary());
    }
    TierDecision inGrace = decisions.get(4);
    List<String> why = inGrace.explanation().sentences();
    out.println("Why grace at " + inGrace.asOf() + ": " + why.get(why.size() - 1));
    inGrace.projection().ifPresent(projection -> out.println("  " + projection.render()));

    // What the tier is worth: the benefits matrix of the same program.
    BenefitsMatrix benefits = BenefitsMatrix.from(ProgramDocument.standard());
    TierDecision last = decisions.get(decisions.size() - 1);
    out.println(last.tier() + " earns a commission rate of " + benefits.commissionRate(last.tier()));
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
