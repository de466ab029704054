package dev.partneros.portfolio;

import dev.partneros.core.ProgramDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partneros.core.ProgramHistory;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.SampleBook;
import dev.partneros.portfolio.CsvProblem;
import dev.partneros.portfolio.report.ReportFiles;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PortfolioEvaluatorTest {

  static final PortfolioEvaluation SAMPLE = SampleBook.evaluation();
  static final LocalDate CHANGE = LocalDate.of(2026, 7, 1);

  private static TimelineEntry at(PortfolioEvaluation e, String partner, String quarterEnd) {
    return e.partner(partner).orElseThrow().timeline().stream()
        .filter(t -> t.quarterEnd().equals(LocalDate.parse(quarterEnd))).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("The sample's stories: upgrade, grace cleared, downgrade, grace at the end (docs/rules/tiers.md)")
  void sample_tierStories() {
    TimelineEntry upgrade = at(SAMPLE, "P-001", "2026-09-30");
    assertThat(upgrade.decision().transition()).contains(TierDecision.Transition.UPGRADED);
    assertThat(upgrade.decision().tier()).isEqualTo(Tier.GOLD);
    assertThat(upgrade.version()).isEqualTo("2026.2");
    assertThat(at(SAMPLE, "P-002", "2026-03-31").decision().transition()).contains(TierDecision.Transition.GRACE_STARTED);
    assertThat(at(SAMPLE, "P-002", "2026-06-30").decision().transition()).contains(TierDecision.Transition.GRACE_CLEARED);
    assertThat(at(SAMPLE, "P-003", "2026-09-30").decision().transition()).contains(TierDecision.Transition.DOWNGRADED);
    assertThat(SAMPLE.partner("P-003").orElseThrow().tier()).isEqualTo(Tier.REGISTERED);
    PartnerResult tailspin = SAMPLE.partner("P-004").orElseThrow();
    assertThat(tailspin.inGrace()).isTrue();
    assertThat(tailspin.current().orElseThrow().decision().graceEnd()).contains(LocalDate.of(2028, 6, 30));
    assertThat(SAMPLE.inGrace()).extracting(PartnerResult::id).contains("P-004");
    assertThat(SAMPLE.partners()).hasSize(50);
    assertThat(SAMPLE.partner("P-005").orElseThrow().ipp().orElseThrow().result().score())
        .isEqualByComparingTo("78.75");
  }

  @Test
  @DisplayName("Attribution decides the tier facts; a lost registration conflict is not counted twice (docs/rules/attribution.md#deal-registration)")
  void sample_attribution() {
    DealResult conflict = SAMPLE.deal("D-104").orElseThrow();
    assertThat(conflict.registrations().orElseThrow().winningPartner().orElseThrow().value()).isEqualTo("P-001");
    assertThat(conflict.credit(dev.partneros.core.PartnerId.of("P-001")).orElseThrow().countedAs())
        .contains(dev.partneros.tiers.DealRole.SOURCED);
    assertThat(conflict.credit(dev.partneros.core.PartnerId.of("P-006")).orElseThrow().countedAs()).isEmpty();
    assertThat(conflict.split().orElseThrow().amounts().values().stream().map(m -> m.amount())
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("50000.00");
    DealResult open = SAMPLE.deal("D-124").orElseThrow();
    assertThat(open.status().name()).isEqualTo("OPEN");
    assertThat(open.version()).isEqualTo("2026.2");
  }

  @Test
  @DisplayName("Commission with a clawback and MDF with a partial grant (docs/rules/commission.md, docs/rules/clawback.md and docs/rules/mdf.md)")
  void sample_commissionAndMdf() {
    PartnerResult adatum = SAMPLE.partner("P-006").orElseThrow();
    CommissionOutcome commission = adatum.commission().orElseThrow();
    assertThat(commission.earned().toString()).isEqualTo("2,800.00 USD");
    assertThat(commission.clawedBack().toString()).isEqualTo("3,600.00 USD");
    assertThat(commission.lines()).anyMatch(l -> l.kind().equals("CLAWBACK") && l.dealId().equals(
        java.util.Optional.of("D-132")) && l.amount().toString().equals("-3,600.00 USD"));
    MdfOutcome mdf = adatum.mdf().orElseThrow();
    assertThat(mdf.requests()).extracting(MdfOutcome.RequestDecision::outcome).containsExactly("PARTIAL", "REJECTED");
    assertThat(mdf.requests().get(0).granted().toString()).isEqualTo("2,000.00 USD");
    assertThat(SAMPLE.partner("P-004").orElseThrow().mdf().orElseThrow().requests().get(1).reason())
        .contains("overdue roi report");
    assertThat(SAMPLE.notEvaluated()).isEmpty();
    assertThat(SAMPLE.program().kpis()).hasSize(10);
    assertThat(SAMPLE.program().maturity().orElseThrow().stage().name()).isEqualTo("FOUNDATIONAL");
  }

  @Test
  @DisplayName("A program version taking effect mid-year leaves every earlier result unchanged (docs/rules/program-changes.md#no-retroactive-change)")
  void midYearChange_leavesEarlierResultsUnchanged() {
    Portfolio portfolio = SampleBook.portfolio();
    PortfolioEvaluation oneVersion = SampleBook.evaluator().evaluate(ProgramHistory.of(ProgramDocument.standard()), portfolio,
        SampleBook.AS_OF);
    int compared = 0;
    for (PartnerResult before : oneVersion.activePartners()) {
      PartnerResult after = SAMPLE.partner(before.id()).orElseThrow();
      for (int i = 0; i < before.timeline().size(); i++) {
        TimelineEntry b = before.timeline().get(i);
        if (b.quarterEnd().isBefore(CHANGE)) {
          assertThat(after.timeline().get(i)).as(before.id() + " " + b.quarterEnd()).isEqualTo(b);
          compared++;
        }
      }
      for (int i = 0; i < before.health().size(); i++) {
        if (before.health().get(i).quarter().lastDay().isBefore(CHANGE)) {
          assertThat(after.health().get(i)).isEqualTo(before.health().get(i));
        }
      }
    }
    assertThat(compared).isGreaterThan(80);
    for (DealResult deal : oneVersion.deals()) {
      if (deal.closed().map(c -> c.isBefore(CHANGE)).orElse(false)) {
        assertThat(SAMPLE.deal(deal.id()).orElseThrow()).isEqualTo(deal);
      }
    }
    // ... and changes the decisions after it: Northwind reaches Gold at 80,000 of sourced ARR
    assertThat(at(oneVersion, "P-001", "2026-09-30").decision().tier()).isEqualTo(Tier.SILVER);
    assertThat(at(SAMPLE, "P-001", "2026-09-30").decision().tier()).isEqualTo(Tier.GOLD);
  }

  @Test
  @DisplayName("Evaluating at an earlier date gives the decisions that were made then (no hidden clock)")
  void earlierAsOf_givesTheDecisionsOfThen() {
    PortfolioEvaluation mid = SampleBook.evaluator().evaluate(SampleBook.history(), SampleBook.portfolio(), LocalDate.of(2026, 9, 30));
    for (PartnerResult p : mid.activePartners()) {
      List<TimelineEntry> later = SAMPLE.partner(p.id()).orElseThrow().timeline();
      assertThat(later.subList(0, p.timeline().size())).as(p.id()).isEqualTo(p.timeline());
    }
    assertThat(mid.partner("P-004").orElseThrow().current().orElseThrow().decision().status())
        .isEqualTo(TierState.Status.GOOD_STANDING);
  }

  @Test
  @DisplayName("The same inputs give byte-identical outputs, also when partners are evaluated in parallel")
  void evaluation_isDeterministic() {
    Map<String, String> once = ReportFiles.render(SAMPLE);
    Map<String, String> twice = ReportFiles.render(SampleBook.evaluation());
    assertThat(twice).isEqualTo(once);
    Portfolio big = PortfolioGenerator.generate(PortfolioGenerator.Options.standard(Batch.PARALLEL_FROM + 20, 11));
    ProgramHistory history = ProgramHistory.of(ProgramDocument.standard());
    LocalDate asOf = LocalDate.of(2027, 12, 31);
    String first = ReportFiles.render(PortfolioEvaluator.standard().evaluate(history, big, asOf)).get("evaluation.json");
    String second = ReportFiles.render(PortfolioEvaluator.standard().evaluate(history, big, asOf)).get("evaluation.json");
    assertThat(second).isEqualTo(first);
    String oneThread = ReportFiles.render(PortfolioEvaluator.standard().withParallelism(1).evaluate(history, big, asOf))
        .get("evaluation.json");
    String threeThreads = ReportFiles.render(PortfolioEvaluator.standard().withParallelism(3)
        .evaluate(history, big, asOf)).get("evaluation.json");
    assertThat(oneThread).isEqualTo(first);
    assertThat(threeThreads).isEqualTo(first);
  }

  @Test
  @DisplayName("The number of threads is 0 (the common pool) or 1 to 256")
  void parallelism_isChecked() {
    assertThat(PortfolioEvaluator.standard().parallelism()).isZero();
    assertThat(PortfolioEvaluator.standard().withParallelism(256).parallelism()).isEqualTo(256);
    assertThatThrownBy(() -> PortfolioEvaluator.standard().withParallelism(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 256, but was -1");
    assertThatThrownBy(() -> PortfolioEvaluator.standard().withParallelism(257))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was 257");
  }

  @Test
  @DisplayName("An input problem found on a worker thread reaches the caller as it is")
  void problemsOnWorkerThreads_reachTheCaller() {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "checklist.csv", "foundational.business_case", "foundational.business_plan");
    Portfolio portfolio = Fixtures.reader().readCsv(files);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PortfolioEvaluator.standard()
        .withParallelism(2).evaluate(ProgramHistory.of(ProgramDocument.standard()), portfolio, LocalDate.of(2026, 6, 30)));
    assertThat(e.problems()).extracting(CsvProblem::toString).anyMatch(p -> p.startsWith(
        "checklist.csv:2: item: must be an item of the maturity checklist of version 2026.1"));
  }

  @Test
  @DisplayName("What the program refuses is reported at its input row, every problem at once")
  void programProblems_pointAtTheirRows() {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "ratings.csv", "dedicatedHeadcount,two sellers", "dedicatedHeadcount,");
    Fixtures.replace(files, "checklist.csv", "foundational.business_case", "foundational.business_plan");
    Portfolio portfolio = Fixtures.reader().readCsv(files);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PortfolioEvaluator.standard()
        .evaluate(ProgramHistory.of(ProgramDocument.standard()), portfolio, LocalDate.of(2026, 6, 30)));
    assertThat(e.problems()).extracting(CsvProblem::toString).anyMatch(p -> p.startsWith(
        "checklist.csv:2: item: must be an item of the maturity checklist of version 2026.1"));
    assertThat(e.problems()).extracting(CsvProblem::toString)
        .anyMatch(p -> p.startsWith("ratings.csv:3: evidence: must"));
  }

  @Test
  @DisplayName("Regression: deals whose ARR adds up past 10^15 for one partner are refused at the deal that passes it, "
      + "column amount (the tier facts were refused at the partner's row, without a column)")
  void tierFactsOverTheMoneyLimit_areRefusedAtTheDealThatPassesIt() {
    Map<String, String> files = Fixtures.files();
    files.put("deals.csv", "id,account,amount,created,status,closed,customerStart,dependentOn\n"
        + "D-1,Acme,600000000000000.00,2026-01-05,WON,2026-02-10,2026-02-15,\n"
        + "D-2,Beta Corp,300000000000000.00,2026-01-05,WON,2026-02-10,2026-02-15,\n"
        + "D-3,Gamma Inc,200000000000000.00,2026-01-05,WON,2026-02-10,2026-02-15,\n");
    files.put("touches.csv", "deal,partner,date,kind,channelLead,documented\n"
        + "D-1,P-1,2026-01-05,REFERRAL,true,true\nD-2,P-1,2026-01-05,REFERRAL,true,true\n"
        + "D-3,P-1,2026-01-05,REFERRAL,true,true\n");
    files.put("registrations.csv", "deal,partner,date\nD-1,P-1,2026-01-06\nD-2,P-1,2026-01-06\n"
        + "D-3,P-1,2026-01-06\n");
    files.put("payments.csv", "deal,date,amount\n");
    files.put("cancellations.csv", "deal,effective,kind,amount,partner,reason\n");
    Portfolio portfolio = Fixtures.reader().readCsv(files);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PortfolioEvaluator.standard()
        .evaluate(ProgramHistory.of(ProgramDocument.standard()), portfolio, LocalDate.of(2026, 6, 30)));
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly("deals.csv:4: amount: must keep the "
        + "ARR of partner P-1's deals below 10^15 in total (the tier criteria add it up), but the total passes it "
        + "here");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("deals.csv");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.column()).isEqualTo("amount");
    });
  }

  @Test
  @DisplayName("An MDF request submitted before the first program version is reported at its row (found by fuzzing)")
  void mdfRequestBeforeTheFirstVersion_isReported() {
    Map<String, String> files = Fixtures.replace(Fixtures.files(), "mdf-requests.csv", "M-1,P-1,2026-04-02",
        "M-1,P-1,2025-04-02");
    Portfolio portfolio = Fixtures.reader().readCsv(files);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PortfolioEvaluator.standard()
        .evaluate(ProgramHistory.of(ProgramDocument.standard()), portfolio, LocalDate.of(2027, 12, 31)));
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly("mdf-requests.csv:2: submitted: must "
        + "be on or after 2026-01-01, the effectiveFrom of the first program version 2026.1 (no version was in force "
        + "to decide the request), but was 2025-04-02");
  }

  @Test
  @DisplayName("A revenue total passing 10^15 is reported at the row that passes it (found by fuzzing)")
  void revenueTotalBeyondTheMoneyLimit_isReported() {
    Map<String, String> files = Fixtures.replace(Fixtures.files(), "metrics.csv", "P-1,2026-Q1,30000.00",
        "P-1,2026-Q1,999999999999999.99");
    Portfolio portfolio = Fixtures.reader().readCsv(files);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PortfolioEvaluator.standard()
        .evaluate(ProgramHistory.of(ProgramDocument.standard()), portfolio, LocalDate.of(2027, 12, 31)));
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly("metrics.csv:3: revenue: must keep the "
        + "partner's revenue of the 4 quarters before below 10^15, but the total passes it here");
  }

  @Test
  void dealClosedBeforeTheFirstVersion_isReported() {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "deals.csv", "D-1,Acme,30000.00,2026-01-05,WON,2026-02-10,2026-02-15",
        "D-1,Acme,30000.00,2025-10-05,WON,2025-11-10,2025-11-15");
    Fixtures.replace(files, "touches.csv", "D-1,P-1,2026-01-05", "D-1,P-1,2025-10-05");
    Fixtures.replace(files, "registrations.csv", "D-1,P-1,2026-01-06", "D-1,P-1,2025-10-06");
    Portfolio portfolio = Fixtures.reader().readCsv(files);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PortfolioEvaluator.standard()
        .evaluate(ProgramHistory.of(ProgramDocument.standard()), portfolio, LocalDate.of(2026, 6, 30)));
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly("deals.csv:2: closed: must be on or "
        + "after 2026-01-01, the effectiveFrom of the first program version 2026.1 (no version was in force to "
        + "attribute the deal), but was 2025-11-10");
  }

  @Test
  void fixture_evaluates() {
    Portfolio portfolio = Fixtures.reader().readCsv(Fixtures.files());
    PortfolioEvaluation e = PortfolioEvaluator.standard().evaluate(ProgramHistory.of(ProgramDocument.standard()),
        portfolio, LocalDate.of(2026, 6, 30));
    assertThat(e.partner("P-1").orElseThrow().timeline()).extracting(t -> t.decision().summary()).containsExactly(
        "2026-03-31 SILVER GOOD_STANDING, qualified SILVER", "2026-06-30 SILVER GOOD_STANDING, qualified SILVER");
    assertThat(e.partners().stream().map(PartnerResult::id).collect(Collectors.toList()))
        .containsExactly("P-1", "P-2", "P-3");
  }
}
