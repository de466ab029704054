package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.ProgramDocument;
import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.commission.ClawbackPolicy;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.scoring.ScoringProgram;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.mdf.MdfPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled standard program reproduces docs/rules: each section equals its module's default")
class StandardProgramTest {

  static final ProgramDocument PROGRAM = ProgramDocument.standard();

  @Test
  void scoringSections_equalTheScoringDefaults() {
    assertThat(PROGRAM.sectionNames()).contains("maturity", "ipp", "selection", "scorecard", "health", "segments",
        "kpis");
    ScoringProgram fromFile = ScoringProgram.from(PROGRAM);
    ScoringProgram standard = ScoringProgram.standard();
    assertThat(fromFile.maturity()).isEqualTo(standard.maturity());
    assertThat(fromFile.ipp()).isEqualTo(standard.ipp());
    assertThat(fromFile.selection()).isEqualTo(standard.selection());
    assertThat(fromFile.scorecard()).isEqualTo(standard.scorecard());
    assertThat(fromFile.health()).isEqualTo(standard.health());
    assertThat(fromFile.segments()).isEqualTo(standard.segments());
    assertThat(fromFile.kpis()).isEqualTo(standard.kpis());
    assertThat(fromFile).isEqualTo(standard);
  }

  @Test
  void tierAndBenefitSections_equalTheTierDefaults() {
    assertThat(TierProgram.from(PROGRAM)).isEqualTo(TierProgram.standard(PROGRAM.currency(), PROGRAM.fiscalCalendar()));
    assertThat(BenefitsMatrix.from(PROGRAM)).isEqualTo(BenefitsMatrix.standard(PROGRAM.currency()));
  }

  @Test
  void attributionSection_equalsTheAttributionDefaults() {
    assertThat(AttributionPolicy.from(PROGRAM)).isEqualTo(AttributionPolicy.standard());
  }

  @Test
  void mdfSection_equalsTheMdfDefaults() {
    assertThat(MdfPolicy.from(PROGRAM))
        .isEqualTo(MdfPolicy.standard(PROGRAM.currency(), PROGRAM.fiscalCalendar(), PROGRAM.rounding()));
  }

  @Test
  void commissionAndClawbackSections_equalTheirDefaults() {
    assertThat(PROGRAM.sectionNames()).containsAll(ProgramDocument.SECTION_NAMES);
    assertThat(CommissionPlan.from(PROGRAM)).isEqualTo(CommissionPlan.standard());
    assertThat(PROGRAM.readSection("clawback", ClawbackPolicy.class)).contains(ClawbackPolicy.standard());
  }
}
