package dev.partneros.attribution.commission;

import static dev.partneros.attribution.commission.CommissionFixtures.P1;
import static dev.partneros.attribution.commission.CommissionFixtures.P2;
import static dev.partneros.attribution.commission.CommissionFixtures.USD;
import static dev.partneros.attribution.commission.CommissionFixtures.date;
import static dev.partneros.attribution.commission.CommissionFixtures.eur;
import static dev.partneros.attribution.commission.CommissionFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.CurrencyMismatchException;
import dev.partneros.core.DateRange;
import dev.partneros.core.EngineAssertions;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerOsJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The partner balance: an immutable ledger and its period statements (docs/rules/commission.md#partner-balance and docs/rules/clawback.md#limits-and-netting)")
class PartnerBalanceTest {

  static final DateRange MARCH = DateRange.ofClosed(date("2026-03-01"), date("2026-03-31"));

  static LedgerEntry entry(String day, LedgerEntry.Kind kind, String amount) {
    return LedgerEntry.of(P1, date(day), kind, usd(amount));
  }

  @Test
  void post_returnsANewLedger_andKeepsRunningTotals() {
    PartnerBalance empty = PartnerBalance.empty(P1, USD);
    PartnerBalance one = empty.post(entry("2026-03-01", LedgerEntry.Kind.ACCRUAL, "100.00"));
    PartnerBalance two = one.post(entry("2026-03-05", LedgerEntry.Kind.PAYABLE, "60.00"));
    assertThat(empty.size()).isZero();
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.accrued()).isEqualTo(usd("100.00"));
    assertThat(two.accrued()).isEqualTo(usd("40.00"));
    assertThat(two.payable()).isEqualTo(usd("60.00"));
    assertThat(two.balance()).isEqualTo(usd("100.00"));
    PartnerBalance paid = two.post(entry("2026-03-31", LedgerEntry.Kind.PAYOUT, "60.00"))
        .post(entry("2026-04-02", LedgerEntry.Kind.CLAWBACK, "75.00"));
    assertThat(paid.totalPaid()).isEqualTo(usd("60.00"));
    assertThat(paid.carriedDebit()).isEqualTo(usd("75.00"));
    assertThat(paid.payable()).isEqualTo(usd("-75.00"));
    assertThat(paid.earned()).isEqualTo(usd("25.00"));
    assertThat(paid.earned()).isEqualTo(paid.balance().plus(paid.totalPaid()));
    assertThat(paid.entries()).hasSize(4);
    EngineAssertions.assertStateless(paid);
  }

  @Test
  @DisplayName("A statement reconciles: opening + lines = closing = payable now + carried forward")
  void statement_reconciles() {
    PartnerBalance balance = PartnerBalance.empty(P1, USD)
        .post(entry("2026-02-10", LedgerEntry.Kind.ACCRUAL, "30.00"))
        .post(entry("2026-03-02", LedgerEntry.Kind.ACCRUAL, "500.00"))
        .post(entry("2026-03-10", LedgerEntry.Kind.PAYABLE, "530.00"))
        .post(entry("2026-03-20", LedgerEntry.Kind.CLAWBACK, "100.00"))
        .post(entry("2026-04-02", LedgerEntry.Kind.ACCRUAL, "7.00"));
    PeriodStatement march = balance.statement(MARCH, usd("50.00"));
    assertThat(march.opening()).isEqualTo(usd("30.00"));
    assertThat(march.lines()).hasSize(3);
    assertThat(march.lines()).extracting(PeriodStatement.Line::effect)
        .containsExactly(usd("500.00"), usd("0.00"), usd("-100.00"));
    assertThat(march.closing()).isEqualTo(usd("430.00"));
    assertThat(march.payableNow()).isEqualTo(usd("430.00"));
    assertThat(march.carriedForward()).isEqualTo(usd("0.00"));
    assertThat(PartnerOsJson.read(PartnerOsJson.write(march), PeriodStatement.class)).isEqualTo(march);
  }

  @Test
  @DisplayName("docs/rules/commission.md#payout-timing: a payout of exactly the minimum is paid, one cent below carries over")
  void statement_minimumPayout() {
    PartnerBalance exactly = PartnerBalance.empty(P1, USD).post(entry("2026-03-02", LedgerEntry.Kind.ACCRUAL, "50.00"))
        .post(entry("2026-03-03", LedgerEntry.Kind.PAYABLE, "50.00"));
    assertThat(exactly.statement(MARCH, usd("50.00")).payableNow()).isEqualTo(usd("50.00"));
    PartnerBalance below = PartnerBalance.empty(P1, USD).post(entry("2026-03-02", LedgerEntry.Kind.ACCRUAL, "49.99"))
        .post(entry("2026-03-03", LedgerEntry.Kind.PAYABLE, "49.99"));
    PeriodStatement statement = below.statement(MARCH, usd("50.00"));
    assertThat(statement.payableNow()).isEqualTo(usd("0.00"));
    assertThat(statement.carriedPayable()).isEqualTo(usd("49.99"));
    assertThat(statement.carriedForward()).isEqualTo(usd("49.99"));
    PartnerBalance april = below.post(entry("2026-04-01", LedgerEntry.Kind.ACCRUAL, "0.01"))
        .post(entry("2026-04-02", LedgerEntry.Kind.PAYABLE, "0.01"));
    PeriodStatement next = april.statement(DateRange.ofClosed(date("2026-04-01"), date("2026-04-30")), usd("50.00"));
    assertThat(next.opening()).isEqualTo(usd("49.99"));
    assertThat(next.payableNow()).isEqualTo(usd("50.00"));
  }

  @Test
  @DisplayName("A debit is carried forward and netted against later payables (docs/rules/clawback.md#limits-and-netting)")
  void statement_carriesADebit() {
    PartnerBalance balance = PartnerBalance.empty(P1, USD).post(entry("2026-03-02", LedgerEntry.Kind.CLAWBACK, "80.00"))
        .post(entry("2026-03-05", LedgerEntry.Kind.ACCRUAL, "20.00"));
    PeriodStatement statement = balance.statement(MARCH, usd("50.00"));
    assertThat(statement.closing()).isEqualTo(usd("-60.00"));
    assertThat(statement.carriedDebit()).isEqualTo(usd("80.00"));
    assertThat(statement.accrued()).isEqualTo(usd("20.00"));
    assertThat(statement.carriedForward()).isEqualTo(usd("-60.00"));
    assertThat(statement.payableNow()).isEqualTo(usd("0.00"));
  }

  @Test
  void post_invalidEntries_areRefusedWithPaths() {
    PartnerBalance balance = PartnerBalance.empty(P1, USD).post(entry("2026-03-10", LedgerEntry.Kind.ACCRUAL, "10.00"));
    assertThatThrownBy(() -> balance.post(entry("2026-03-09", LedgerEntry.Kind.ACCRUAL, "1.00")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("entry.date must be on or after the last entry's date 2026-03-10 (entries are posted in "
            + "date order), but was 2026-03-09");
    assertThatThrownBy(() -> balance.post(entry("2026-03-10", LedgerEntry.Kind.PAYABLE, "10.01")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("entry.amount must be at most the accrued bucket 10.00 USD for PAYABLE, but was 10.01 USD");
    assertThatThrownBy(() -> balance.post(entry("2026-03-10", LedgerEntry.Kind.PAYOUT, "0.01")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("entry.amount must be at most the net payable 0.00 USD (a debit is netted first), but was "
            + "0.01 USD");
    assertThatThrownBy(() -> balance.post(LedgerEntry.of(P2, date("2026-03-10"), LedgerEntry.Kind.ACCRUAL, usd("1.00"))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("entry.partner must be the ledger's partner P-1, but was P-2");
    assertThatThrownBy(() -> balance.post(LedgerEntry.of(P1, date("2026-03-10"), LedgerEntry.Kind.ACCRUAL, eur("1.00"))))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> balance.statement(MARCH, eur("50.00"))).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> entry("2026-03-10", LedgerEntry.Kind.ACCRUAL, "0.00"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("amount must be > 0, but was 0.00 USD");
  }

  @Test
  void ledger_roundTripsThroughJson_byReplayingItsEntries() {
    PartnerBalance balance = PartnerBalance.empty(P1, USD).post(entry("2026-03-01", LedgerEntry.Kind.ACCRUAL, "10.00"))
        .post(entry("2026-03-02", LedgerEntry.Kind.ACCRUAL_CANCELLATION, "4.00"));
    PartnerBalance read = PartnerOsJson.read(PartnerOsJson.write(balance), PartnerBalance.class);
    assertThat(read).isEqualTo(balance);
    assertThat(read.accrued()).isEqualTo(usd("6.00"));
    assertThat(read.totalCancelled()).isEqualTo(usd("4.00"));
    assertThat(PartnerOsJson.toTree(read)).isEqualTo(PartnerOsJson.toTree(balance));
  }
}
