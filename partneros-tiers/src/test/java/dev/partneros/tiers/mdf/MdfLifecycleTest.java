package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfFixtures.BENEFITS;
import static dev.partneros.tiers.mdf.MdfFixtures.assertProblem;
import static dev.partneros.tiers.mdf.MdfFixtures.date;
import static dev.partneros.tiers.mdf.MdfFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.InvalidFactsException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The MDF fund lifecycle: expiry, disbursement, reimbursement, ROI reports (docs/rules/mdf.md#lifecycle)")
class MdfLifecycleTest {

  final MdfLifecycle lifecycle = MdfLifecycle.of(MdfPolicy.standard(), BENEFITS);
  final MdfLedger.Grant advance = new MdfLedger.Grant.Builder().requestId("ADV").activity(ActivityType.EVENTS).amount(usd(2_000))
      .approvedOn(date("2026-03-01")).payment(PaymentMode.ADVANCE).build();
  final MdfLedger.Grant reimbursed = MdfLedger.Grant.of("REI", ActivityType.WEBINARS, usd(3_000), date("2026-03-01"));
  final MdfLedger.Claim claim = MdfLedger.Claim.of("REI", usd(2_800), date("2026-04-10"));
  final MdfLedger ledger = MdfLedger.of(List.of(advance, reimbursed), List.of(claim));

  private MdfObligation find(List<MdfObligation> obligations, MdfObligation.Kind kind) {
    return obligations.stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("due dates: disbursement 15 days after approval, reimbursement net 15 from receipt, ROI report 90 days"
      + " after receipt")
  void dueDates() {
    List<MdfObligation> obligations = lifecycle.obligations(ledger, date("2026-04-10"));
    assertThat(obligations).extracting(MdfObligation::kind, MdfObligation::requestId, MdfObligation::dueOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MdfObligation.Kind.DISBURSEMENT, "ADV", date("2026-03-16")),
            org.assertj.core.groups.Tuple.tuple(MdfObligation.Kind.REIMBURSEMENT, "REI", date("2026-04-25")),
            org.assertj.core.groups.Tuple.tuple(MdfObligation.Kind.ROI_REPORT, "REI", date("2026-07-09")));
    assertThat(lifecycle.disbursementDue(advance)).isEqualTo(date("2026-03-16"));
    assertThat(lifecycle.reimbursementDue(claim)).isEqualTo(date("2026-04-25"));
    assertThat(lifecycle.roiReportDue(claim)).isEqualTo(date("2026-07-09"));
  }

  @Test
  @DisplayName("on the due date an obligation is open; the day after it is overdue")
  void onTheDueDateAndTheDayAfter() {
    MdfLedger onlyAdvance = MdfLedger.of(List.of(advance), List.of());
    assertThat(find(lifecycle.obligations(onlyAdvance, date("2026-03-16")), MdfObligation.Kind.DISBURSEMENT).status())
        .isEqualTo(MdfObligation.Status.OPEN);
    MdfObligation late = find(lifecycle.obligations(onlyAdvance, date("2026-03-17")), MdfObligation.Kind.DISBURSEMENT);
    assertThat(late.status()).isEqualTo(MdfObligation.Status.OVERDUE);
    assertThat(late.isLate()).isTrue();
    assertThat(find(lifecycle.obligations(ledger, date("2026-04-25")), MdfObligation.Kind.REIMBURSEMENT).status())
        .isEqualTo(MdfObligation.Status.OPEN);
    assertThat(find(lifecycle.obligations(ledger, date("2026-04-26")), MdfObligation.Kind.REIMBURSEMENT).status())
        .isEqualTo(MdfObligation.Status.OVERDUE);
    assertThat(lifecycle.blocksNewFunds(ledger, date("2026-07-09"))).isFalse();
    assertThat(lifecycle.blocksNewFunds(ledger, date("2026-07-10"))).isTrue();
    assertThat(lifecycle.overdue(ledger, date("2026-07-10"))).extracting(MdfObligation::kind)
        .containsExactly(MdfObligation.Kind.DISBURSEMENT, MdfObligation.Kind.REIMBURSEMENT, MdfObligation.Kind.ROI_REPORT);
  }

  @Test
  void done_isDone_andLateWhenAfterTheDueDate() {
    MdfLedger.Grant paid = new MdfLedger.Grant.Builder().from(advance).disbursedOn(date("2026-03-20")).build();
    MdfLedger.Claim reimbursedOnTime = new MdfLedger.Claim.Builder().from(claim).reimbursedOn(date("2026-04-25")).build();
    MdfLedger done = MdfLedger.of(List.of(paid, reimbursed), List.of(reimbursedOnTime));
    List<MdfObligation> obligations = lifecycle.obligations(done, date("2026-05-01"));
    MdfObligation disbursement = find(obligations, MdfObligation.Kind.DISBURSEMENT);
    assertThat(disbursement.status()).isEqualTo(MdfObligation.Status.DONE);
    assertThat(disbursement.isLate()).isTrue();
    MdfObligation reimbursement = find(obligations, MdfObligation.Kind.REIMBURSEMENT);
    assertThat(reimbursement.status()).isEqualTo(MdfObligation.Status.DONE);
    assertThat(reimbursement.isLate()).isFalse();
  }

  @Test
  @DisplayName("funds expire on the last day of the fiscal year")
  void fundsExpireOn_theFiscalYearEnd() {
    assertThat(lifecycle.fundsExpireOn(date("2026-12-31"))).isEqualTo(date("2026-12-31"));
    assertThat(lifecycle.fundsExpireOn(date("2027-01-01"))).isEqualTo(date("2027-12-31"));
  }

  @Test
  void factsAfterTheAsOfDate_areRefusedWithTheirPath() {
    LocalDate before = date("2026-04-09");
    assertProblem(() -> lifecycle.obligations(ledger, before), InvalidFactsException.class,
        "ledger.claims[0].receivedOn", "after_as_of",
        "ledger.claims[0].receivedOn must not be after the as-of date 2026-04-09, but was 2026-04-10");
    assertProblem(() -> new MdfLedger.Grant.Builder().from(reimbursed).disbursedOn(date("2026-03-02")).build(),
        InvalidFactsException.class, "disbursedOn", "not_allowed",
        "disbursedOn must be absent for a grant paid by reimbursement, but was 2026-03-02");
    assertProblem(() -> MdfLedger.of(List.of(advance), List.of(new MdfLedger.Claim.Builder().requestId("ADV")
        .amount(usd(1)).receivedOn(date("2026-03-05")).reimbursedOn(date("2026-03-06")).build())),
        InvalidFactsException.class, "claims[0].reimbursedOn", "not_allowed",
        "claims[0].reimbursedOn must be absent for a claim against an advance, but was 2026-03-06");
  }
}
