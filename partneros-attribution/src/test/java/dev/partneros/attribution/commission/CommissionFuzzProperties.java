package dev.partneros.attribution.commission;

import static dev.partneros.core.EngineFuzz.date;
import static dev.partneros.core.EngineFuzz.facts;
import static dev.partneros.core.EngineFuzz.pick;
import static dev.partneros.core.EngineFuzz.typedOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.attribution.AttributionType;
import dev.partneros.core.DateRange;
import dev.partneros.core.EngineFuzz;
import dev.partneros.core.FxRate;
import dev.partneros.core.Money;
import dev.partneros.core.MoneyDomain;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.Rate;
import dev.partneros.core.TestPrograms;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzzes every public engine method of the commission package: the commission
 * calculator over one or several program versions, the clawback calculator, balance posting and
 * statements, bracket tables and the plan and policy constructors, with hostile facts (money at
 * zero, one cent, next to the 10^15 limit and negative, mixed and payout currencies, FX rates,
 * dates from year 1 to 9999 in any order, empty and large deal lists, duplicated deal ids) and
 * plans with odd but valid commission, clawback and payout sections. Facts may be refused with a
 * {@code PartnerOsException}; every engine call must end in a result or such an exception, in
 * bounded time, and the explanations must render.
 *
 * <p>Each property runs 10,000 tries in the exhaustive campaign and 300 in the fast build. For a longer run, multiply them with the system property
 * {@code partneros.fuzz.scale}, e.g. {@code mvn verify -pl partneros-attribution
 * -Dpartneros.fuzz.scale=20 -Dtest=CommissionFuzzProperties}.
 */
@AddLifecycleHook(EngineFuzz.class)
class CommissionFuzzProperties {

  static final Currency USD = Currency.getInstance("USD");

  static final JsonNode BASE = EngineFuzz.tree(TestPrograms.standardSections("commission", "clawback"));

  /** Odd but valid settings of the commission and clawback sections. */
  static final String[] EDITS = {"commission.models.REFERRAL.referralFee={\"rate\": \"1\"}",
      "commission.models.TECHNOLOGY_ISV.recurringShare={\"rate\": \"0.0001\", \"months\": 1200}",
      "commission.models.OEM.volumeBrackets.mode=\"WHOLE_VOLUME\"", "commission.spiffs.firstDealAmount=0",
      "commission.spiffs.firstDealWithinDays=0", "commission.spiffs.launchMultiplier=100",
      "commission.spiffs.quotaBonusRate=\"1\"", "commission.spiffs.bundleMinProducts=1",
      "commission.caps={\"perDeal\": 0.01}", "commission.caps={\"perPeriod\": 999999999999999.99}",
      "commission.payout.trigger=\"IMPLEMENTATION_COMPLETE\"", "commission.payout.trigger=\"TRIAL_COMPLETE\"",
      "commission.payout.trialDays=0", "commission.payout.holdbackDays=36500", "commission.payout.minimumPayout=0",
      "commission.payout.minimumPayout=999999999999999.99", "commission.payout.period=\"QUARTERLY\"",
      "commission.payout.paymentTermsDays=0", "clawback.schedule=[{\"fromDay\": 0, \"fraction\": \"1\"}]",
      "clawback.schedule=[{\"fromDay\": 0, \"fraction\": \"0\"}]", "clawback.flagFraudForTermination=false",
      "currency=\"JPY\"", "rounding=\"DOWN\"", "fiscalYearStartMonth=4", "effectiveFrom=\"0001-01-01\"",
      "effectiveFrom=\"9999-12-31\""};

  static final List<CommissionTerms> TERMS = terms();

  static List<CommissionTerms> terms() {
    List<CommissionTerms> terms = new ArrayList<>(List.of(CommissionTerms.standard()));
    Random random = new Random(7);
    for (int i = 0; terms.size() < 16 && i < 500; i++) {
      facts(() -> CommissionTerms.from(EngineFuzz.edited(BASE, random, EDITS))).ifPresent(terms::add);
    }
    return List.copyOf(terms);
  }

  static final List<java.math.RoundingMode> ROUNDINGS = List.of(java.math.RoundingMode.UP, java.math.RoundingMode.DOWN,
      java.math.RoundingMode.CEILING, java.math.RoundingMode.FLOOR, java.math.RoundingMode.HALF_UP,
      java.math.RoundingMode.HALF_DOWN, java.math.RoundingMode.HALF_EVEN);

  static final List<PartnerId> PARTNERS = List.of(PartnerId.of("P-1"), PartnerId.of("P-2"), PartnerId.of("P-1"));

  static int size(Random r, int usual) {
    return r.nextInt(200) == 0 ? 1_000 : r.nextInt(usual + 1);
  }

  static Money money(Random r, Currency usual) {
    return EngineFuzz.money(r, EngineFuzz.currency(r, usual));
  }

  static Optional<DateRange> range(Random r) {
    LocalDate a = date(r);
    LocalDate b = EngineFuzz.after(r, a, 120);
    return facts(() -> DateRange.ofClosed(a, b));
  }

  static <T> void add(Optional<T> value, List<T> to) {
    value.ifPresent(to::add);
  }

  static Optional<CommissionFacts> commissionFacts(Random r, Currency currency) {
    List<CommissionFacts.PartnerAccount> partners = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      add(facts(() -> new CommissionFacts.PartnerAccount.Builder().from(CommissionFacts.PartnerAccount.of(pick(r, PARTNERS),
              PartnerType.values()[r.nextInt(PartnerType.values().length)], date(r), EngineFuzz.currency(r, currency)))
          .customRebateRate(r.nextBoolean() ? Optional.of(Rate.of(new BigDecimal("0.06"))) : Optional.empty())
          .minimumPayout(r.nextInt(4) == 0 ? Optional.of(money(r, currency)) : Optional.empty()).build()), partners);
    }
    List<CommissionDeal> deals = new ArrayList<>();
    List<CommissionFacts.Payment> payments = new ArrayList<>();
    List<CommissionFacts.Cancellation> cancellations = new ArrayList<>();
    for (int i = size(r, 6); i > 0; i--) {
      String id = "D-" + r.nextInt(4);
      LocalDate signed = date(r);
      LocalDate near = EngineFuzz.after(r, signed, 200);
      add(facts(() -> {
        CommissionDeal.Builder deal = CommissionFixtures.deal(id, pick(r, PARTNERS), money(r, currency), signed,
            AttributionType.values()[r.nextInt(AttributionType.values().length)])
            .registered(r.nextBoolean()).competitiveDisplacement(r.nextInt(4) == 0);
        if (r.nextInt(4) > 0) {
          deal.customerStart(r.nextBoolean() ? signed : near);
        }
        if (r.nextInt(3) > 0) {
          deal.tier(r.nextInt(20) == 0 ? Tier.of("DIAMOND") : pick(r, List.of(Tier.REGISTERED, Tier.SILVER,
              Tier.GOLD, Tier.PLATINUM)));
        }
        for (int p = r.nextInt(4); p > 0; p--) {
          deal.addProducts(pick(r, List.of("A", "B", "")));
        }
        if (r.nextInt(3) == 0) {
          deal.implementationCompleted(near);
        }
        return deal.build();
      }), deals);
      for (int p = r.nextInt(3); p > 0; p--) {
        add(facts(() -> CommissionFacts.Payment.of(id, EngineFuzz.after(r, near, 100), money(r, currency))), payments);
      }
      if (r.nextInt(3) == 0) {
        add(facts(() -> {
          switch (r.nextInt(4)) {
            case 0:
              return CommissionFacts.Cancellation.cancel(id, near);
            case 1:
              return CommissionFacts.Cancellation.downgrade(id, near, money(r, currency));
            case 2:
              return CommissionFacts.Cancellation.partialRefund(id, near, money(r, currency));
            default:
              return CommissionFacts.Cancellation.fraud(id, near, pick(r, PARTNERS));
          }
        }), cancellations);
      }
    }
    List<CommissionFacts.SpiffWindow> spiffs = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      SpiffTerms.Kind kind = SpiffTerms.Kind.values()[r.nextInt(SpiffTerms.Kind.values().length)];
      range(r).ifPresent(period -> add(facts(() -> kind == SpiffTerms.Kind.PRODUCT_LAUNCH
          ? CommissionFacts.SpiffWindow.launch(period, Set.of("A")) : CommissionFacts.SpiffWindow.of(kind, period)), spiffs));
    }
    List<CommissionFacts.Quota> quotas = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      range(r).ifPresent(period -> add(facts(() -> CommissionFacts.Quota.of(pick(r, PARTNERS), period, money(r, currency))), quotas));
    }
    List<FxRate> fxRates = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      add(facts(() -> FxRate.of(pick(r, MoneyDomain.CURRENCIES), pick(r, MoneyDomain.CURRENCIES),
          pick(r, List.of(new BigDecimal("0.0000001"), BigDecimal.ONE, new BigDecimal("150.25"), new BigDecimal("1E+12"))),
          date(r), "fuzz")), fxRates);
    }
    return facts(() -> CommissionFacts.builder().partners(partners).deals(deals).payments(payments)
        .cancellations(cancellations).spiffWindows(spiffs).quotas(quotas).fxRates(fxRates).build());
  }

  static void render(CommissionResult result) {
    result.lines().forEach(line -> line.explanation().render());
    result.clawbacks().forEach(decision -> decision.explanation().render());
    result.payoutRuns().forEach(Object::toString);
  }

  @Property(tries = 10_000)
  void termsFromOddSections(@ForAll long seed) {
    Random r = new Random(seed);
    typedOutcome(() -> {
      CommissionTerms terms = CommissionTerms.from(EngineFuzz.edited(BASE, r, EDITS));
      CommissionPlan.from(EngineFuzz.edited(BASE, r, EDITS));
      ClawbackPolicy.from(EngineFuzz.edited(BASE, r, EDITS)).fraction(r.nextInt(400));
      commissionFacts(r, terms.currency()).ifPresent(f -> render(CommissionCalculator.of(terms).calculate(f, date(r))));
    });
  }

  @Property(tries = 10_000)
  void commissionCalculator(@ForAll long seed) {
    Random r = new Random(seed);
    List<CommissionTerms> versions = new ArrayList<>();
    for (int i = r.nextInt(5) == 0 ? 2 + r.nextInt(2) : 1; i > 0; i--) {
      versions.add(pick(r, TERMS));
    }
    Optional<CommissionFacts> facts = commissionFacts(r, versions.get(0).currency());
    LocalDate asOf = r.nextBoolean() ? LocalDate.of(2026, 1, 1).plusDays(r.nextInt(800)) : date(r);
    EngineFuzz.reached("commission facts", facts.isPresent());
    facts.ifPresent(f -> typedOutcome(() -> {
      CommissionCalculator calculator = versions.size() == 1 ? CommissionCalculator.of(versions.get(0))
          : CommissionCalculator.of(versions);
      calculator.termsAt(date(r));
      CommissionResult result = calculator.calculate(f, asOf);
      render(result);
      List<PartnerBalance> balances = new ArrayList<>();
      result.payoutCurrencies().forEach((partner, currency) -> balances.add(PartnerBalance.empty(partner, currency)));
      for (PartnerBalance balance : balances) {
        PartnerBalance posted = balance.postAll(result.entries().stream()
            .filter(e -> e.partner().equals(balance.partner())).collect(java.util.stream.Collectors.toList()));
        range(r).ifPresent(period -> posted.statement(period, Money.zero(posted.currency())));
      }
    }));
  }

  @Property(tries = 10_000)
  void clawbackCalculator(@ForAll long seed) {
    Random r = new Random(seed);
    CommissionTerms terms = pick(r, TERMS);
    ClawbackCalculator calculator = r.nextBoolean() ? ClawbackCalculator.of(terms)
        : ClawbackCalculator.of(terms.clawback(), pick(r, ROUNDINGS)); // UNNECESSARY is refused as documented
    Currency currency = terms.currency();
    LocalDate start = date(r);
    LocalDate effective = EngineFuzz.after(r, start, 400);
    CommissionFacts.Cancellation.Kind[] kinds = CommissionFacts.Cancellation.Kind.values();
    CommissionFacts.Cancellation.Kind kind = kinds[r.nextInt(kinds.length)];
    Optional<ClawbackCase> clawbackCase = facts(() -> {
      ClawbackCase.Builder builder = ClawbackCase.builder().dealId(EngineFuzz.rarely(r) ? "" : "D-1")
          .partner(pick(r, PARTNERS))
          .kind(kind).customerStart(start).effective(effective).paid(money(r, currency)).accrued(money(r, currency));
      if ((kind == CommissionFacts.Cancellation.Kind.DOWNGRADE
          || kind == CommissionFacts.Cancellation.Kind.PARTIAL_REFUND) != EngineFuzz.rarely(r)) {
        builder.recomputed(money(r, currency));
      }
      return builder.build();
    });
    typedOutcome(() -> calculator.fraction(calculator.daysActive(start, effective)));
    typedOutcome(() -> calculator.fraction(pick(r, List.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, 179L))));
    EngineFuzz.reached("clawback case", clawbackCase.isPresent());
    clawbackCase.ifPresent(c -> typedOutcome(() -> calculator.decide(c).explanation().render()));
  }

  @Property(tries = 10_000)
  void balancesAndBrackets(@ForAll long seed) {
    Random r = new Random(seed);
    Currency currency = pick(r, MoneyDomain.CURRENCIES);
    PartnerId partner = pick(r, PARTNERS);
    List<LedgerEntry> entries = new ArrayList<>();
    for (int i = size(r, 8); i > 0; i--) {
      add(facts(() -> LedgerEntry.of(r.nextInt(10) == 0 ? PartnerId.of("other") : partner, date(r),
          LedgerEntry.Kind.values()[r.nextInt(LedgerEntry.Kind.values().length)], money(r, currency))), entries);
    }
    typedOutcome(() -> {
      PartnerBalance balance = PartnerBalance.empty(partner, currency);
      for (LedgerEntry entry : entries) {
        balance = r.nextBoolean() ? balance.post(entry) : balance.postAll(List.of(entry));
      }
      balance.earned();
      balance.balance();
      PartnerBalance posted = balance;
      range(r).ifPresent(period -> posted.statement(period, money(r, currency)));
    });
    List<BracketTable.Bracket> brackets = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      long lower = pick(r, List.of(0L, 1L, 100L, -1L, Long.MAX_VALUE / 2));
      add(facts(() -> r.nextInt(4) == 0 ? BracketTable.Bracket.from(lower, Rate.of(BigDecimal.valueOf(r.nextInt(101), 2)))
          : BracketTable.Bracket.of(lower, lower + r.nextInt(1000) - 1, Rate.of(BigDecimal.valueOf(r.nextInt(101), 2)))), brackets);
    }
    BigDecimal value = EngineFuzz.decimal(r);
    Optional<Rate> custom = r.nextBoolean() ? Optional.of(Rate.of(new BigDecimal("0.05"))) : Optional.empty();
    typedOutcome(() -> {
      BracketTable table = BracketTable.of(brackets);
      table.indexOf(value);
      table.rateFor(value, custom);
      table.marginal(value, custom);
      table.wholeVolume(value, custom);
    });
  }

  @Property(tries = 10_000)
  void calculatorFromHistory(@ForAll long seed) {
    Random r = new Random(seed);
    typedOutcome(() -> {
      List<dev.partneros.core.ProgramDocument> versions = new ArrayList<>();
      for (int i = 1 + r.nextInt(2); i > 0; i--) {
        versions.add(EngineFuzz.edited(BASE, r, EDITS));
      }
      CommissionCalculator calculator = CommissionCalculator.of(ProgramHistory.of(versions));
      commissionFacts(r, calculator.versions().get(0).currency())
          .ifPresent(f -> render(calculator.calculate(f, date(r))));
    });
  }
}
