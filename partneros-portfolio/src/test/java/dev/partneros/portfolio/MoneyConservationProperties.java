package dev.partneros.portfolio;

import dev.partneros.core.CampaignTries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.CreditSplit;
import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.report.CsvReport;
import dev.partneros.portfolio.report.JsonReport;
import dev.partneros.tiers.BenefitsMatrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Money is conserved end to end: over small generated portfolios evaluated by the
 * standard modules, no cent is lost or created between deals, credit splits, commission lines,
 * clawbacks, balances and MDF grants, and the results do not depend on the order of the input rows.
 * The engine-level laws (a partner's lines equal its ledger, a pool's allocations sum exactly) are
 * the attribution and tiers modules' properties; these check the composition.
 */
class MoneyConservationProperties {

  /** The statement lines of a clawback: the clawback decision and the engine's negative adjustment. */
  static final java.util.Set<String> CLAWBACK_KINDS = java.util.Set.of("CLAWBACK", "CLAWBACK_ADJUSTMENT");

  @Provide
  Arbitrary<GeneratedPortfolios.Case> cases() {
    return GeneratedPortfolios.cases();
  }

  private static Money usd(long amount) {
    return Money.of(amount, GeneratedPortfolios.USD);
  }

  @Property(tries = 1_000)
  void commissionsAccruedMinusClawbacksEqualTheMovementOfAllBalances(@ForAll("cases") GeneratedPortfolios.Case c) {
    PortfolioEvaluation evaluation = c.evaluate(c.portfolio());
    Money accrued = usd(0);
    Money clawedBack = usd(0);
    Money movement = usd(0);
    for (PartnerResult partner : evaluation.partners()) {
      assertThat(partner.commission().isPresent()).as(partner.id()).isEqualTo(partner.partner().isActive());
      if (partner.commission().isEmpty()) {
        continue;
      }
      CommissionOutcome outcome = partner.commission().get();
      Money commissions = usd(0); // commission, SPIFF, bonus and rebate lines, a rebate reduction included
      for (CommissionOutcome.Line line : outcome.lines()) {
        if (!CLAWBACK_KINDS.contains(line.kind())) {
          commissions = commissions.plus(line.amount());
        }
      }
      Money partnerMovement = outcome.balance().plus(outcome.paid()); // every ledger starts at zero
      assertThat(outcome.paid().isNegative()).isFalse();
      assertThat(outcome.clawedBack().isNegative()).isFalse();
      assertThat(outcome.earned()).as(partner.id() + " earned").isEqualTo(partnerMovement);
      assertThat(commissions.minus(outcome.clawedBack())).as(partner.id() + " accrued minus clawed back")
          .isEqualTo(partnerMovement);
      accrued = accrued.plus(commissions);
      clawedBack = clawedBack.plus(outcome.clawedBack());
      movement = movement.plus(partnerMovement);
    }
    assertThat(accrued.minus(clawedBack)).isEqualTo(movement);
    Statistics.label("commission").collect(accrued.isZero() ? "none" : clawedBack.isZero() ? "accrued" : "clawed back");
    Statistics.label("commission").coverage(k -> {
      k.check("accrued").percentage(p -> p > 10);
      if (CampaignTries.exhaustive()) {
        k.check("clawed back").percentage(p -> p > 0.5);
      }
    });
  }

  @Property(tries = 1_000)
  void everySplitSumsToItsWhole_andCommissionLinesFollowTheirDeals(@ForAll("cases") GeneratedPortfolios.Case c) {
    PortfolioEvaluation evaluation = c.evaluate(c.portfolio());
    Map<String, DealResult> deals = new HashMap<>();
    for (DealResult deal : evaluation.deals()) {
      deals.put(deal.id(), deal);
      if (deal.split().isEmpty()) { // not won, or no touch could be credited
        assertThat(deal.credits()).allMatch(credit -> credit.amount().isEmpty() && credit.share().isEmpty());
        continue;
      }
      CreditSplit split = deal.split().get();
      assertThat(deal.isWon()).as(deal.id() + " split").isTrue();
      assertThat(split.isCredited()).isTrue();
      assertThat(split.dealAmount()).isEqualTo(deal.deal().amount());
      assertThat(Money.total(new ArrayList<>(split.amounts().values()), GeneratedPortfolios.USD))
          .as(deal.id() + " split").isEqualTo(deal.deal().amount());
      Money credited = usd(0);
      for (PartnerCredit credit : deal.credits()) {
        assertThat(credit.amount()).isEqualTo(Optional.ofNullable(split.amounts().get(credit.partner())));
        credited = credited.plus(credit.amount().orElse(usd(0)));
      }
      assertThat(credited).as(deal.id() + " credits").isEqualTo(deal.deal().amount());
    }
    for (PartnerResult partner : evaluation.partners()) {
      Map<String, Money> commissionByDeal = new HashMap<>();
      Map<String, Money> clawbackByDeal = new HashMap<>();
      List<CommissionOutcome.Line> lines = partner.commission().map(CommissionOutcome::lines).orElse(List.of());
      partner.commission().ifPresent(outcome -> assertThat(Money.total(lines.stream()
          .map(CommissionOutcome.Line::amount).toList(), GeneratedPortfolios.USD))
          .as(partner.id() + " statement lines add up to the balance's movement")
          .isEqualTo(outcome.balance().plus(outcome.paid())));
      for (CommissionOutcome.Line line : lines) {
        if (line.dealId().isEmpty()) {
          continue;
        }
        DealResult deal = deals.get(line.dealId().get());
        assertThat(deal).as(partner.id() + " line " + line).isNotNull();
        assertThat(deal.isWon()).as(line.toString()).isTrue();
        PartnerCredit credit = deal.credit(PartnerId.of(partner.id())).orElseThrow();
        assertThat(credit.countedAs()).as(line.toString()).isPresent();
        assertThat(line.date()).as(line.toString()).isAfterOrEqualTo(deal.closed().orElseThrow())
            .isBeforeOrEqualTo(c.asOf());
        Map<String, Money> into = line.amount().isNegative() ? clawbackByDeal : commissionByDeal;
        into.merge(deal.id(), line.amount(), Money::plus);
      }
      clawbackByDeal.forEach((deal, clawback) -> assertThat(clawback.negated())
          .as(partner.id() + " clawback on " + deal).isLessThanOrEqualTo(commissionByDeal.getOrDefault(deal, usd(0))));
    }
    Statistics.label("split").collect(evaluation.deals().stream().anyMatch(d -> d.split().isPresent()
        && d.split().get().amounts().size() > 1) ? "shared deal" : "no shared deal");
  }

  @Property(tries = 1_000)
  void mdfGrantedNeverExceedsThePoolTheEntitlementOrTheCaps(@ForAll("cases") GeneratedPortfolios.Case c) {
    PortfolioEvaluation evaluation = c.evaluate(c.portfolio());
    Portfolio portfolio = c.portfolio();
    Map<ProgramDocument, BenefitsMatrix> benefits = new java.util.IdentityHashMap<>();
    Money allocated = usd(0);
    Money granted = usd(0);
    for (PartnerResult partner : evaluation.partners()) {
      if (partner.mdf().isEmpty()) {
        continue;
      }
      MdfOutcome mdf = partner.mdf().get();
      Money annual = benefits.computeIfAbsent(c.history().requireVersionAt(c.asOf()), BenefitsMatrix::from)
          .mdfAnnualAllocation(partner.tier());
      assertThat(mdf.entitlement()).as(partner.id() + " entitlement").isLessThanOrEqualTo(annual);
      assertThat(mdf.allocated()).as(partner.id() + " allocation").isLessThanOrEqualTo(mdf.entitlement());
      if (c.pool().isEmpty()) {
        assertThat(mdf.allocated()).isEqualTo(mdf.entitlement());
      }
      allocated = allocated.plus(mdf.allocated());
      Map<LocalDate, Money> usedInYear = new HashMap<>();
      Map<LocalDate, Money> usedInQuarter = new HashMap<>();
      for (MdfOutcome.RequestDecision decision : mdf.requests()) {
        assertThat(decision.granted().isNegative()).isFalse();
        assertThat(decision.granted()).isLessThanOrEqualTo(decision.requested());
        if (decision.granted().isZero()) {
          continue;
        }
        LocalDate submitted = portfolio.mdfRequests().stream().filter(r -> r.id().equals(decision.requestId()))
            .findFirst().orElseThrow().submitted();
        ProgramDocument version = c.history().requireVersionAt(submitted);
        FiscalCalendar calendar = version.fiscalCalendar();
        Tier then = AttributionCommissionModule.tierOn(partner, submitted);
        Money year = usedInYear.merge(calendar.yearOf(submitted).startInclusive(), decision.granted(), Money::plus);
        Money quarter = usedInQuarter.merge(calendar.quarterOf(submitted).startInclusive(), decision.granted(),
            Money::plus);
        BenefitsMatrix matrix = benefits.computeIfAbsent(version, BenefitsMatrix::from);
        assertThat(year).as(decision.requestId() + " within the year's allocation of " + then)
            .isLessThanOrEqualTo(matrix.mdfAnnualAllocation(then));
        assertThat(quarter).as(decision.requestId() + " within the quarterly cap of " + then)
            .isLessThanOrEqualTo(matrix.mdfQuarterlyCap(then));
        granted = granted.plus(decision.granted());
      }
    }
    if (c.pool().isPresent()) {
      assertThat(allocated).as("allocated from the pool").isLessThanOrEqualTo(c.pool().get());
      Statistics.label("pool").collect(evaluation.partners().stream().anyMatch(p -> p.mdf().isPresent()
          && p.mdf().get().allocated().isLessThan(p.mdf().get().entitlement())) ? "binds" : "does not bind");
    }
    Statistics.label("granted").collect(granted.isZero() ? "nothing" : "some");
    Statistics.label("granted").coverage(k -> k.check("some").percentage(p -> p > 1));
  }

  @Property(tries = 1_000)
  void resultsDoNotDependOnTheOrderOfTheInputRows(@ForAll("cases") GeneratedPortfolios.Case c,
      @ForAll Random random) {
    Portfolio portfolio = c.portfolio();
    Portfolio shuffled = new Portfolio(shuffle(portfolio.partners(), random), shuffle(portfolio.metrics(), random),
        shuffle(portfolio.certifications(), random), shuffle(portfolio.deals(), random),
        shuffle(portfolio.touches(), random), shuffle(portfolio.registrations(), random),
        shuffle(portfolio.payments(), random), shuffle(portfolio.cancellations(), random),
        shuffle(portfolio.mdfRequests(), random), shuffle(portfolio.ratings(), random),
        shuffle(portfolio.checklist(), random), shuffle(portfolio.fxRates(), random));
    PortfolioEvaluation expected = c.evaluate(portfolio);
    PortfolioEvaluation actual = c.evaluate(shuffled);
    assertThat(actual).isEqualTo(expected);
    assertThat(JsonReport.render(actual)).isEqualTo(JsonReport.render(expected));
    assertThat(CsvReport.render(actual)).isEqualTo(CsvReport.render(expected));
  }

  private static <T> List<T> shuffle(List<T> rows, Random random) {
    List<T> copy = new ArrayList<>(rows);
    Collections.shuffle(copy, random);
    return copy;
  }
}
