package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioDiff;
import dev.partneros.portfolio.PortfolioDiff.PartnerChange;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.SampleBook;
import dev.partneros.portfolio.report.DiffReport;
import dev.partneros.tiers.Metric;
import dev.partneros.tiers.TierState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchTest {

  /** Evaluated once: each evaluation of the sample takes a moment. */
  private static final Bench BENCH = Bench.sample();
  private static final PortfolioEvaluation SAMPLE = SampleBook.evaluation();
  private static final PortfolioDiff GOLD60 = BENCH.whatIf(BENCH.withThreshold(BENCH.today(), "GOLD", "SOURCED_ARR",
      "60000"));

  @Test
  void today_isTheVersionInForceOnTheAsOfDate() {
    assertThat(BENCH.today().version()).isEqualTo("2026.2");
    assertThat(BENCH.today().effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void whatIfOfTodaysGoldThreshold_hasTheSampleEvaluationsFiguresAsItsBaseline() {
    PortfolioDiff.Totals t = GOLD60.totals();
    assertThat(GOLD60.before().versions()).isEqualTo(SAMPLE.versions());
    assertThat(t.tiersBefore()).isEqualTo(SAMPLE.tierDistribution());
    Money zero = Money.zero(SAMPLE.currency());
    Money commission = SAMPLE.activePartners().stream().map(p -> p.commission().map(CommissionOutcome::earned)
        .orElse(zero)).reduce(zero, Money::plus);
    assertThat(t.commissionBefore()).contains(commission);
    assertThat(commission.toString()).isEqualTo("1,299,592.76 USD");
    assertThat(t.mdfBefore().toString()).isEqualTo("575,000.00 USD");
    // only today's version changes; 2026.1 still decides the quarter ends before 2026-07-01
    assertThat(GOLD60.after().versions()).extracting(PortfolioEvaluation.VersionInfo::toString)
        .containsExactly("2026.1 (from 2026-01-01)", "2026.2+what-if (from 2026-07-01)");
    assertThat(t.upgrades()).isEqualTo(1);
    assertThat(t.tiersAfter()).containsEntry(Tier.GOLD, 14L);
  }

  @Test
  void whatIfOfTodaysGoldThreshold_listsThePartnerLeavingGrace() {
    assertThat(SAMPLE.partner("P-040").orElseThrow().inGrace()).isTrue();
    PartnerChange woodland = GOLD60.changes().stream().filter(c -> c.partner().value().equals("P-040")).findFirst()
        .orElseThrow();
    assertThat(woodland.tierBefore()).isEqualTo(woodland.tierAfter()).isEqualTo(Tier.GOLD);
    assertThat(woodland.statusBefore()).contains(TierState.Status.IN_GRACE);
    assertThat(woodland.statusAfter()).contains(TierState.Status.GOOD_STANDING);
    assertThat(woodland.statusChanged()).isTrue();
    assertThat(GOLD60.totals().statusChanges()).isEqualTo(1);
    assertThat(GOLD60.changes()).extracting(c -> c.partner().value()).containsExactly("P-028", "P-030", "P-040");
    String text = DiffReport.text(GOLD60);
    assertThat(text).startsWith("PartnerOS what-if: 2026.2 -> 2026.2+what-if\n"
        + "Before     2026.1 (from 2026-01-01), 2026.2 (from 2026-07-01)\n"
        + "After      2026.1 (from 2026-01-01), 2026.2+what-if (from 2026-07-01)\n"
        + "As of      2027-12-31, each quarter end decided under the version in force on it");
    assertThat(text).contains("  tier status changes      1 (entering or leaving grace, for instance)\n")
        .containsPattern("  P-040   Woodland Systems +GOLD +AT_RISK +25,000.00 USD +86,655.39 USD +IN_GRACE -> "
            + "GOOD_STANDING\n");
    assertThat(DiffReport.csv(GOLD60)).contains("P-040,Woodland Systems,GOLD,GOLD,AT_RISK,AT_RISK,25000.00,25000.00,"
        + "86655.39,86655.39,IN_GRACE,GOOD_STANDING\n");
  }

  @Test
  void whatIfFromADate_addsAVersionAndKeepsTheEarlierOnes() {
    ProgramDocument gold60 = BENCH.withThreshold(BENCH.today(), "GOLD", "SOURCED_ARR", "60000");
    PortfolioDiff fromJanuary = BENCH.whatIf(gold60, LocalDate.of(2027, 1, 1));
    assertThat(fromJanuary.before()).isSameAs(BENCH.baseline());
    assertThat(fromJanuary.after().versions()).extracting(PortfolioEvaluation.VersionInfo::toString)
        .containsExactly("2026.1 (from 2026-01-01)", "2026.2 (from 2026-07-01)", "2026.2+what-if (from 2027-01-01)");
    // a later start earns less of the richer Gold rate than the change from 2026-07-01
    assertThat(fromJanuary.totals().commissionAfter().orElseThrow().amount())
        .isLessThan(GOLD60.totals().commissionAfter().orElseThrow().amount());
    // a version starting the day another does replaces it; a repeated label is made unique
    assertThat(BENCH.adding(BENCH.today(), LocalDate.of(2026, 7, 1)).versions()).extracting(ProgramDocument::version)
        .containsExactly("2026.1", "2026.2");
    assertThat(BENCH.adding(BENCH.today(), LocalDate.of(2027, 1, 1)).versions()).extracting(ProgramDocument::version)
        .containsExactly("2026.1", "2026.2", "2026.2 (what-if)");
    assertThat(BENCH.replacingToday(ProgramDocument.standard()).versions())
        .extracting(v -> v.version() + " " + v.effectiveFrom())
        .containsExactly("2026.1 2026-01-01", "2026.1 (what-if) 2026-07-01");
  }

  @Test
  void whatIfOfTheUnchangedVersion_changesNothing() {
    PortfolioDiff same = BENCH.whatIf(BENCH.today());
    assertThat(same.changes()).isEmpty();
    assertThat(same.totals().cost().isZero()).isTrue();
  }

  @Test
  void typos_areRefusedWithTheNearestValidName() {
    assertThatThrownBy(() -> BENCH.partner("P-06")).isInstanceOf(UnknownNameException.class)
        .hasMessage("no partner P-06 in this book; did you mean P-006?");
    assertThatThrownBy(() -> BENCH.partner("P-6")).hasMessage("no partner P-6 in this book; did you mean P-006?");
    assertThatThrownBy(() -> BENCH.partner("nobody")).hasMessageStartingWith("no partner nobody in this book; valid: "
        + "P-001, P-002").hasMessageEndingWith("(50 in all)");
    assertThatThrownBy(() -> BENCH.tier("GLOD")).hasMessage("no tier GLOD; did you mean GOLD?");
    assertThatThrownBy(() -> BENCH.tier("DIAMOND")).hasMessage("no tier DIAMOND; valid: REGISTERED, SILVER, GOLD, "
        + "PLATINUM");
    assertThatThrownBy(() -> BENCH.metric("SOURCED_AR")).hasMessage("no metric SOURCED_AR; did you mean SOURCED_ARR?");
    assertThatThrownBy(() -> BENCH.withThreshold(BENCH.today(), "GOLD", "SOURCED_ARR", "sixty"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a number such as \"60000\"");
    UnknownNameException e = UnknownNameException.of("tier", "Glod", List.of("SILVER", "GOLD"));
    assertThat(e.kind()).isEqualTo("tier");
    assertThat(e.name()).isEqualTo("Glod");
    assertThat(e.suggestion()).contains("GOLD");
    assertThat(UnknownNameException.of("partner", "P-1", List.of("P-010", "P-100")).suggestion()).isEqualTo(
        Optional.empty());
  }

  @Test
  void namesInAnyCase_areAccepted() {
    PartnerResult adatum = BENCH.partner("P-006");
    assertThat(adatum.partner().name()).isEqualTo("Adatum Corp");
    assertThat(BENCH.tier("gold")).isEqualTo(Tier.GOLD);
    assertThat(BENCH.metric("sourced_arr")).isEqualTo(Metric.SOURCED_ARR);
    assertThat(BENCH.withThreshold(BENCH.today(), "gold", "sourced_arr", "60,000").version()).isEqualTo("2026.2+what-if");
  }

  @Test
  void help_namesEveryVariableAndMethodTheSessionDeclares() throws java.io.IOException {
    String script = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/jshell/partneros.jsh"));
    java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?m)^[A-Z]\\w*(?:<[^>]*>)? (\\w+)\\s*[=(]")
        .matcher(script);
    List<String> names = new java.util.ArrayList<>();
    while (declared.find()) {
      names.add(declared.group(1));
    }
    names.add("help");
    assertThat(names).contains("program", "sample", "today", "whatIf", "withThreshold", "partner", "usd");
    for (String name : names) {
      if (!name.equals("USD")) {
        assertThat(Bench.help()).as(name).containsPattern("(?m)^(\\S+, )*" + name + "\\b");
      }
    }
  }
}
