package dev.partneros.attribution.commission;

import static dev.partneros.attribution.commission.CommissionFixtures.JAN_1;
import static dev.partneros.attribution.commission.CommissionFixtures.P1;
import static dev.partneros.attribution.commission.CommissionFixtures.P2;
import static dev.partneros.attribution.commission.CommissionFixtures.USD;
import static dev.partneros.attribution.commission.CommissionFixtures.account;
import static dev.partneros.attribution.commission.CommissionFixtures.date;
import static dev.partneros.attribution.commission.CommissionFixtures.deal;
import static dev.partneros.attribution.commission.CommissionFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.Deal;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.DealClassifier;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.DateRange;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Per-deal commission (docs/rules/commission.md#per-deal-commission)")
class DealCommissionTest {

  static final CommissionCalculator STANDARD = CommissionCalculator.of(CommissionPlan.standard());
  static final CommissionFacts.PartnerAccount REFERRAL = account(P1, PartnerType.REFERRAL);
  static final CommissionFacts.PartnerAccount OEM = account(P1, PartnerType.OEM);

  static void assertInvalid(Runnable call, String path, String code, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .contains(tuple(path, code, message)));
  }

  /** A copy of a line accrued on another day with another exact amount (as a recurring share would be). */
  static CommissionLine changed(CommissionLine line, java.time.LocalDate accruedOn, BigDecimal exact) {
    return new CommissionLine.Builder().from(line).accruedOn(accruedOn).exact(exact).build();
  }

  static Deal won(String id, String amount, String closed) {
    return Deal.builder().id(id).account("ACME").amount(usd(amount)).created(date(closed).minusDays(20))
        .firstContact(date(closed).minusDays(20)).status(CloseStatus.WON).closed(date(closed))
        .addTouches(Deal.PartnerTouch.of(P1, date(closed).minusDays(20), TouchKind.REFERRAL))
        .addRegistrations(Deal.Registration.of(P1, date(closed).minusDays(18))).build();
  }

  @Test
  @DisplayName("Deal won -> classification -> commission: a plain referral earns 20 % of 24,000 = 4,800")
  void calculateDeal_fromTheClassification() {
    Deal deal = won("D-1", "24000.00", "2026-03-01");
    DealAttribution attribution = DealClassifier.of(AttributionPolicy.standard()).classify(deal, P1);
    DealCommission commission = STANDARD.calculateDeal(REFERRAL, CommissionDeal.from(deal, attribution),
        CommissionState.empty(P1));
    assertThat(commission.lines()).singleElement().satisfies(line -> {
      assertThat(line.id()).isEqualTo("D-1/P-1/REFERRAL_FEE");
      assertThat(line.dealId()).contains("D-1");
      assertThat(line.amount()).isEqualTo(usd("4800.00"));
      assertThat(line.attributionFactor()).isEqualTo(Rate.ONE);
      assertThat(line.status()).isEqualTo(CommissionLine.Status.ACCRUED);
      assertThat(line.accruedOn()).isEqualTo(date("2026-03-01"));
    });
    assertThat(commission.total()).isEqualTo(usd("4800.00"));
    assertThat(commission.after().creditedDeals()).isEqualTo(1);
    assertThat(commission.after().yearVolumes()).containsEntry(2026, new BigDecimal("24000.00"));
    assertThat(commission.after().lastDate()).contains(date("2026-03-01"));
    assertThat(commission.after().lastDealId()).contains("D-1");
    assertThat(commission).hasToString("D-1 / P-1 signed 2026-03-01: 4,800.00 USD in 1 lines");
  }

  @Test
  @DisplayName("CommissionDeal.from carries the attribution's credit factor: influenced earns half")
  void from_carriesTheCreditFactor() {
    Deal deal = Deal.builder().from(won("D-1", "24000.00", "2026-03-01")).registrations(List.of())
        .addDependentOn(P1).build();
    DealAttribution attribution = DealClassifier.of(AttributionPolicy.standard()).classify(deal, P1);
    assertThat(attribution.type()).isEqualTo(AttributionType.PARTNER_INFLUENCED);
    CommissionDeal commissionDeal = CommissionDeal.from(deal, attribution);
    assertThat(commissionDeal.attribution()).isSameAs(attribution);
    assertThat(commissionDeal.amount()).isEqualTo(usd("24000.00"));
    assertThat(commissionDeal.signed()).isEqualTo(date("2026-03-01"));
    DealCommission commission = STANDARD.calculateDeal(REFERRAL, commissionDeal, CommissionState.empty(P1));
    assertThat(commission.line(CommissionLine.Kind.REFERRAL_FEE).orElseThrow().amount()).isEqualTo(usd("2400.00"));
  }

  @Test
  @DisplayName("CommissionDeal.from refuses a deal not won, and the attribution of another deal")
  void from_refusesLostDealsAndOtherAttributions() {
    Deal deal = won("D-1", "24000.00", "2026-03-01");
    DealAttribution attribution = DealClassifier.of(AttributionPolicy.standard()).classify(deal, P1);
    Deal lost = Deal.builder().from(deal).status(CloseStatus.LOST).build();
    assertInvalid(() -> CommissionDeal.from(lost, attribution), "deal.status", "not_allowed",
        "deal.status must be WON: commission is paid on won deals only, but was LOST");
    Deal other = Deal.builder().from(deal).id("D-2").build();
    assertInvalid(() -> CommissionDeal.from(other, attribution), "attribution.dealId", "inconsistent",
        "attribution.dealId must be the deal's id D-2, but was D-1");
  }

  @Test
  @DisplayName("A deal not attributed earns nothing and leaves the state as it was, but for the chain's position")
  void calculateDeal_notAttributed() {
    CommissionDeal none = deal("D-1", P1, usd("24000.00"), date("2026-03-01"), AttributionType.NOT_ATTRIBUTED)
        .build();
    DealCommission commission = STANDARD.calculateDeal(REFERRAL, none, CommissionState.empty(P1));
    assertThat(commission.lines()).isEmpty();
    assertThat(commission.total()).isEqualTo(Money.zero(USD));
    assertThat(commission.after().creditedDeals()).isZero();
    assertThat(commission.after().yearVolumes()).isEmpty();
    assertThat(commission.after().lastDealId()).contains("D-1");
  }

  @ParameterizedTest(name = "volume before {0}, deal {1}: line {2}")
  @CsvSource({"99999.98, 0.01, 0.0020", "99999.99, 0.01, 0.0020", "100000.00, 0.01, 0.0025",
      "99999.99, 0.02, 0.0045", "0, 100000.00, 20000.0000"})
  @DisplayName("Volume brackets read the year's volume from the state: at and either side of the 100K edge")
  void calculateDeal_volumeBracketsFromTheState(String before, String amount, String exact) {
    CommissionState state = new CommissionState.Builder().partner(P1).creditedDeals(1)
        .putYearVolumes(2026, new BigDecimal(before)).build();
    DealCommission commission = STANDARD.calculateDeal(OEM, deal("D-2", P1, usd(amount), date("2026-05-01")).build(),
        state);
    CommissionLine line = commission.line(CommissionLine.Kind.VOLUME_BRACKET).orElseThrow();
    assertThat(line.exact()).isEqualByComparingTo(exact);
    assertThat(commission.after().yearVolumes().get(2026))
        .isEqualByComparingTo(new BigDecimal(before).add(new BigDecimal(amount)));
  }

  @Test
  @DisplayName("Chained deal after deal, the lines equal the whole book's, across a bracket edge and a new fiscal year")
  void calculateDeal_chainedEqualsTheWholeBook() {
    List<CommissionDeal> deals = List.of(
        deal("D-1", P1, usd("60000.00"), date("2026-03-01")).build(),
        deal("D-2", P1, usd("60000.00"), date("2026-06-01")).build(),
        deal("D-3", P1, usd("200000.00"), date("2026-06-01")).build(),
        deal("D-4", P1, usd("50000.00"), date("2027-01-05")).build());
    CommissionResult whole = STANDARD.calculate(CommissionFacts.builder().addPartners(OEM).addAllDeals(deals).build(),
        date("2027-02-01"));
    CommissionState state = CommissionState.empty(P1);
    for (CommissionDeal deal : deals) {
      DealCommission commission = STANDARD.calculateDeal(OEM, deal, state);
      CommissionLine expected = whole.linesFor(P1, deal.dealId()).get(0);
      CommissionLine actual = commission.lines().get(0);
      assertThat(actual.amount()).isEqualTo(expected.amount());
      assertThat(actual.exact()).isEqualTo(expected.exact());
      assertThat(actual.explanation().steps().get(0)).isEqualTo(expected.explanation().steps().get(0));
      state = commission.after();
    }
    assertThat(whole.dealTotals(P1)).containsExactly(
        java.util.Map.entry("D-1", usd("12000.00")), java.util.Map.entry("D-2", usd("13000.00")),
        java.util.Map.entry("D-3", usd("53500.00")), java.util.Map.entry("D-4", usd("10000.00")));
    assertThat(state.yearVolumes()).containsOnlyKeys(2026, 2027);
    CommissionState book = STANDARD.stateAfter(CommissionFacts.builder().addPartners(OEM).addAllDeals(deals).build(),
        P1, date("2027-01-05"));
    assertThat(book.lastDealId()).isEmpty();
    assertThat(new CommissionState.Builder().from(book).lastDealId("D-4").build()).isEqualTo(state);
  }

  @Test
  @DisplayName("The first-deal SPIFF goes to the first credited deal only; a deal not attributed does not use it")
  void calculateDeal_firstDealSpiff() {
    List<CommissionFacts.SpiffWindow> windows = List.of(CommissionFacts.SpiffWindow.of(SpiffTerms.Kind.FIRST_DEAL,
        DateRange.ofClosed(JAN_1, date("2026-12-31"))));
    DealCommission none = STANDARD.calculateDeal(REFERRAL, deal("D-1", P1, usd("1000.00"), date("2026-02-01"),
        AttributionType.NOT_ATTRIBUTED).build(), CommissionState.empty(P1), windows, List.of());
    DealCommission first = STANDARD.calculateDeal(REFERRAL, deal("D-2", P1, usd("1000.00"), date("2026-02-02"))
        .build(), none.after(), windows, List.of());
    DealCommission second = STANDARD.calculateDeal(REFERRAL, deal("D-3", P1, usd("1000.00"), date("2026-02-03"))
        .build(), first.after(), windows, List.of());
    assertThat(first.lines()).extracting(CommissionLine::kind)
        .containsExactly(CommissionLine.Kind.REFERRAL_FEE, CommissionLine.Kind.SPIFF_FIRST_DEAL);
    assertThat(first.line(CommissionLine.Kind.SPIFF_FIRST_DEAL).orElseThrow().amount()).isEqualTo(usd("500.00"));
    assertThat(second.lines()).extracting(CommissionLine::kind).containsExactly(CommissionLine.Kind.REFERRAL_FEE);
  }

  @Test
  @DisplayName("Caps: the state carries what the year and the period counted; count() adds the lines of other kinds")
  void calculateDeal_capsFromTheState() {
    CommissionCalculator capped = CommissionCalculator.of(CommissionPlan.builder()
        .caps(new CommissionCaps.Builder().perPartner(new BigDecimal("6000")).perPeriod(new BigDecimal("5000"))
            .build()).build());
    CommissionDeal d1 = deal("D-1", P1, usd("20000.00"), date("2026-03-02")).build();
    CommissionDeal d2 = deal("D-2", P1, usd("20000.00"), date("2026-03-20")).build();
    DealCommission first = capped.calculateDeal(REFERRAL, d1, CommissionState.empty(P1));
    assertThat(first.lines().get(0).amount()).isEqualTo(usd("4000.00"));
    assertThat(first.after().yearCapCounted().get(2026)).isEqualByComparingTo("4000");
    assertThat(first.after().periodCapCounted().get("[2026-03-01, 2026-03-31]")).isEqualByComparingTo("4000");
    DealCommission second = capped.calculateDeal(REFERRAL, d2, first.after());
    CommissionLine line = second.lines().get(0);
    assertThat(line.amount()).isEqualTo(usd("1000.00"));
    assertThat(line.cap()).hasValueSatisfying(cap -> assertThat(cap.cap()).isEqualTo(CommissionCaps.Kind.PER_PERIOD));
    CommissionResult whole = capped.calculate(CommissionFacts.builder().addPartners(REFERRAL).addDeals(d1, d2)
        .build(), date("2026-04-30"));
    assertThat(whole.linesFor(P1, "D-2")).singleElement().satisfies(w -> {
      assertThat(w.amount()).isEqualTo(line.amount());
      assertThat(w.explanation().steps().subList(0, 3)).isEqualTo(line.explanation().steps().subList(0, 3));
    });
    // a line from elsewhere (a recurring share, a rebate) counts too; a negative one counts for nothing
    CommissionState counted = capped.count(second.after(), changed(whole.linesFor(P1, "D-2").get(0),
        date("2026-04-02"), new BigDecimal("700")));
    assertThat(counted.yearCapCounted().get(2026)).isEqualByComparingTo("5700");
    assertThat(counted.periodCapCounted().get("[2026-04-01, 2026-04-30]")).isEqualByComparingTo("700");
    assertThat(counted.lastDate()).contains(date("2026-04-02"));
    assertThat(counted.lastDealId()).isEmpty();
    CommissionState unchanged = capped.count(counted, changed(whole.linesFor(P1, "D-2").get(0),
        date("2026-04-03"), new BigDecimal("-5")));
    assertThat(unchanged.yearCapCounted()).isEqualTo(counted.yearCapCounted());
    DealCommission third = capped.calculateDeal(REFERRAL, deal("D-3", P1, usd("20000.00"), date("2026-04-10"))
        .build(), unchanged);
    assertThat(third.lines().get(0).amount()).isEqualTo(usd("300.00"));
    assertThat(third.lines().get(0).cap()).hasValueSatisfying(cap -> assertThat(cap.cap())
        .isEqualTo(CommissionCaps.Kind.PER_PARTNER));
  }

  @Test
  @DisplayName("Two deals signed the same day are capped deal by deal, in deal-id order, each with its SPIFFs")
  void wholeBook_sameDayDealsCappedDealByDeal() {
    CommissionCalculator capped = CommissionCalculator.of(CommissionPlan.builder()
        .caps(new CommissionCaps.Builder().perPartner(new BigDecimal("4500")).build()).build());
    List<CommissionFacts.SpiffWindow> windows = List.of(CommissionFacts.SpiffWindow.of(SpiffTerms.Kind.COMPETITIVE_DISPLACEMENT,
        DateRange.ofClosed(JAN_1, date("2026-12-31"))));
    CommissionDeal a = deal("D-A", P1, usd("10000.00"), date("2026-03-02")).competitiveDisplacement(true).build();
    CommissionDeal b = deal("D-B", P1, usd("10000.00"), date("2026-03-02")).build();
    CommissionResult whole = capped.calculate(CommissionFacts.builder().addPartners(REFERRAL).addDeals(b, a)
        .addAllSpiffWindows(windows).build(), date("2026-03-31"));
    // D-A: fee 2,000 and displacement 1,000 first; then D-B's fee takes the 1,500 left
    assertThat(whole.line("D-A/P-1/SPIFF_COMPETITIVE_DISPLACEMENT").orElseThrow().amount())
        .isEqualTo(usd("1000.00"));
    assertThat(whole.line("D-B/P-1/REFERRAL_FEE").orElseThrow().amount()).isEqualTo(usd("1500.00"));
    DealCommission first = capped.calculateDeal(REFERRAL, a, CommissionState.empty(P1), windows, List.of());
    DealCommission second = capped.calculateDeal(REFERRAL, b, first.after(), windows, List.of());
    assertThat(second.lines().get(0).amount()).isEqualTo(usd("1500.00"));
  }

  @Test
  @DisplayName("A deal or line out of the chain's order is refused, at deal.signed or line.accruedOn")
  void calculateDeal_outOfOrder_isRefused() {
    DealCommission d2 = STANDARD.calculateDeal(REFERRAL, deal("D-2", P1, usd("100.00"), date("2026-03-02")).build(),
        CommissionState.empty(P1));
    assertInvalid(() -> STANDARD.calculateDeal(REFERRAL, deal("D-1", P1, usd("100.00"), date("2026-03-02")).build(),
        d2.after()), "deal.signed", "out_of_order", "deal.signed must come after the state's last deal D-2 signed "
        + "2026-03-02 (deals are chained day by day, in deal-id order, before the day's other lines), but was "
        + "2026-03-02 D-1");
    assertInvalid(() -> STANDARD.calculateDeal(REFERRAL, deal("D-3", P1, usd("100.00"), date("2026-03-01")).build(),
        d2.after()), "deal.signed", "out_of_order", "deal.signed must come after the state's last deal D-2 signed "
        + "2026-03-02 (deals are chained day by day, in deal-id order, before the day's other lines), but was "
        + "2026-03-01 D-3");
    assertThat(STANDARD.calculateDeal(REFERRAL, deal("D-3", P1, usd("100.00"), date("2026-03-02")).build(),
        d2.after()).lines()).hasSize(1);
    CommissionLine line = d2.lines().get(0);
    CommissionState afterLine = STANDARD.count(d2.after(), changed(line, date("2026-03-05"), line.exact()));
    assertInvalid(() -> STANDARD.count(afterLine, line), "line.accruedOn", "out_of_order",
        "line.accruedOn must be on or after the state's last date 2026-03-05, but was 2026-03-02");
    assertInvalid(() -> STANDARD.calculateDeal(REFERRAL, deal("D-9", P1, usd("100.00"), date("2026-03-05")).build(),
        afterLine), "deal.signed", "out_of_order", "deal.signed must come after the state's last line accrued "
        + "2026-03-05 (deals are chained day by day, in deal-id order, before the day's other lines), but was "
        + "2026-03-05 D-9");
  }

  @Test
  @DisplayName("A state, deal or line of another partner, or a line of an unknown version, is refused")
  void otherPartnerOrVersion_isRefused() {
    CommissionDeal deal = deal("D-1", P1, usd("100.00"), date("2026-03-02")).build();
    assertInvalid(() -> STANDARD.calculateDeal(REFERRAL, deal, CommissionState.empty(P2)), "before.partner",
        "inconsistent", "before.partner must be the partner P-1, but was P-2");
    assertInvalid(() -> STANDARD.calculateDeal(account(P2, PartnerType.REFERRAL), deal, CommissionState.empty(P2)),
        "deal.attribution.partner", "inconsistent", "deal.attribution.partner must be the partner P-2, but was P-1");
    CommissionLine line = STANDARD.calculateDeal(REFERRAL, deal, CommissionState.empty(P1)).lines().get(0);
    assertInvalid(() -> STANDARD.count(CommissionState.empty(P2), line), "line.partner", "inconsistent",
        "line.partner must be the state's partner P-2, but was P-1");
    assertInvalid(() -> STANDARD.count(CommissionState.empty(P1), new CommissionLine.Builder().from(line).programVersion("v9").build()),
        "line.programVersion", "inconsistent", "line.programVersion must be a version of this calculator "
            + STANDARD.versions() + ", but was v9");
  }

  @Test
  @DisplayName("Problems of the deal are reported at deal..., not deals[0]...")
  void calculateDeal_problemsAtTheDealsPath() {
    CommissionCalculator tiered = CommissionCalculator.of(CommissionPlan.standard());
    CommissionFacts.PartnerAccount integrator = account(P1, PartnerType.SYSTEM_INTEGRATOR);
    assertInvalid(() -> tiered.calculateDeal(integrator, deal("D-1", P1, usd("100.00"), date("2026-03-02")).build(),
        CommissionState.empty(P1)), "deal.tier", "missing",
        "deal.tier must be present: the SYSTEM_INTEGRATOR models need the partner's tier at the deal date, but was "
            + "missing");
    assertInvalid(() -> tiered.calculateDeal(REFERRAL, deal("D-1", P1, Money.of("100.00", "EUR"),
        date("2026-03-02")).build(), CommissionState.empty(P1)), "deal.amount", "missing",
        "deal.amount must have an FX rate EUR -> USD fixed at 2026-03-02 (the transaction date) in fxRates, but was "
            + "100.00 EUR");
  }

  @Test
  @DisplayName("A state with a negative amount or count, or a last deal without a date, is refused")
  void state_isChecked() {
    assertInvalid(() -> new CommissionState.Builder().partner(P1).putYearVolumes(2026, new BigDecimal("-0.01"))
        .build(), "yearVolumes[\"2026\"]", "negative", "yearVolumes[\"2026\"] must be >= 0, but was -0.01");
    assertInvalid(() -> new CommissionState.Builder().partner(P1).creditedDeals(-1).build(), "creditedDeals",
        "negative", "creditedDeals must be >= 0, but was -1");
    assertInvalid(() -> new CommissionState.Builder().partner(P1).putPeriodCapCounted("x", new BigDecimal("-1"))
        .build(), "periodCapCounted[\"x\"]", "negative", "periodCapCounted[\"x\"] must be >= 0, but was -1");
    assertInvalid(() -> new CommissionState.Builder().partner(P1).lastDealId("D-1").build(), "lastDate", "missing",
        "lastDate must be present with a lastDealId, but was missing");
    assertThat(new CommissionState.Builder().partner(P1).putYearCapCounted(2026, BigDecimal.ZERO).build()
        .yearCapCounted()).containsEntry(2026, BigDecimal.ZERO);
  }

  @Test
  @DisplayName("The per-deal result and the state round-trip through JSON")
  void jsonRoundTrip() {
    DealCommission commission = STANDARD.calculateDeal(OEM, deal("D-1", P1, usd("150000.00"), date("2026-03-02"))
        .build(), CommissionState.empty(P1));
    DealCommission read = PartnerOsJson.read(PartnerOsJson.write(commission), DealCommission.class);
    assertThat(read).isEqualTo(commission);
    assertThat(read.lines().get(0).explanation()).isEqualTo(commission.lines().get(0).explanation());
    assertThat(PartnerOsJson.read(PartnerOsJson.write(commission.after()), CommissionState.class))
        .isEqualTo(commission.after());
  }

  @Test
  @DisplayName("The result answers by deal and by kind; deal totals add up to the total without the period lines")
  void result_byDealAndByKind() {
    CommissionResult whole = STANDARD.calculate(CommissionFacts.builder().addPartners(REFERRAL, account(P2,
            PartnerType.REFERRAL))
        .addDeals(deal("D-1", P1, usd("1000.00"), date("2026-03-02")).build(),
            deal("D-1", P2, usd("1000.00"), date("2026-03-02"), AttributionType.PARTNER_INFLUENCED).build(),
            deal("D-2", P1, usd("500.00"), date("2026-03-03")).build())
        .build(), date("2026-03-31"));
    assertThat(whole.linesFor("D-1")).extracting(CommissionLine::id)
        .containsExactly("D-1/P-1/REFERRAL_FEE", "D-1/P-2/REFERRAL_FEE");
    assertThat(whole.linesFor(P2, "D-1")).extracting(CommissionLine::id).containsExactly("D-1/P-2/REFERRAL_FEE");
    assertThat(whole.linesFor("D-9")).isEmpty();
    assertThat(whole.lines(CommissionLine.Kind.REFERRAL_FEE)).hasSize(3);
    assertThat(whole.lines(CommissionLine.Kind.VOLUME_REBATE)).isEmpty();
    assertThat(whole.total(P1, "D-1")).isEqualTo(usd("200.00"));
    assertThat(whole.total(P2, "D-1")).isEqualTo(usd("100.00"));
    assertThat(whole.total(P2, "D-2")).isEqualTo(Money.zero(USD));
    assertThat(whole.dealTotals(P1)).containsExactly(java.util.Map.entry("D-1", usd("200.00")),
        java.util.Map.entry("D-2", usd("100.00")));
    assertInvalid(() -> whole.total(PartnerId.of("P-9"), "D-1"), "partner", "unknown_partner",
        "partner must be a partner of the facts, but was P-9");
  }

  @Test
  @DisplayName("A line names its deal exactly when it comes from one (inconsistent at dealId)")
  void line_dealIdPresentExactlyForDealLines() {
    CommissionLine line = STANDARD.calculateDeal(REFERRAL, deal("D-1", P1, usd("100.00"), date("2026-03-02")).build(),
        CommissionState.empty(P1)).lines().get(0);
    assertInvalid(() -> new CommissionLine.Builder().from(line).dealId(Optional.empty()).build(), "dealId",
        "inconsistent", "dealId must be present exactly when the line comes from a deal (a REFERRAL_FEE line does), "
            + "but was absent");
    assertInvalid(() -> new CommissionLine.Builder().from(line).kind(CommissionLine.Kind.VOLUME_REBATE).build(), "dealId",
        "inconsistent", "dealId must be present exactly when the line comes from a deal (a VOLUME_REBATE line does "
            + "not), but was D-1");
    for (CommissionLine.Kind kind : CommissionLine.Kind.values()) {
      assertThat(kind.isFromDeal()).as(kind.name()).isEqualTo(kind != CommissionLine.Kind.VOLUME_REBATE
          && kind != CommissionLine.Kind.COUNT_BONUS && kind != CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA);
      if (kind.accruesOnSigning()) {
        assertThat(kind.isFromDeal()).isTrue();
      }
    }
  }

}
