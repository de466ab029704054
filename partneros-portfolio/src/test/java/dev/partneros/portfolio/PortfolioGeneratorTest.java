package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PortfolioGeneratorTest {

  private static final PortfolioGenerator.Options OPTIONS = PortfolioGenerator.Options.standard(60, 5);

  @Test
  @DisplayName("With a fixed number of deals per partner, every active partner brings in exactly that many")
  void dealsPerPartner_isExact() {
    Portfolio portfolio = PortfolioGenerator.generate(OPTIONS.withDealsPerPartner(2));
    long active = portfolio.partners().stream().filter(Portfolio.PartnerRow::isActive).count();
    assertThat(portfolio.deals()).hasSize((int) (2 * active));
    assertThat(PortfolioGenerator.generate(OPTIONS.withDealsPerPartner(0)).deals()).isEmpty();
  }

  @Test
  @DisplayName("Without the option the deal count follows capacity, and the portfolio is the one it always was")
  void defaultOptions_areUnchanged() {
    PortfolioGenerator.Options same = new PortfolioGenerator.Options(OPTIONS.partners(), OPTIONS.seed(),
        OPTIONS.firstQuarter(), OPTIONS.quarters(), OPTIONS.currency(), OPTIONS.ladder());
    assertThat(same).isEqualTo(OPTIONS);
    assertThat(OPTIONS.dealsPerPartner()).isEmpty();
    assertThat(PortfolioWriter.csv(PortfolioGenerator.generate(same)))
        .isEqualTo(PortfolioWriter.csv(PortfolioGenerator.generate(OPTIONS)));
  }

  @Test
  void dealsPerPartner_isChecked() {
    assertThatThrownBy(() -> OPTIONS.withDealsPerPartner(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dealsPerPartner must be between 0 and 1000, but was -1");
    assertThatThrownBy(() -> OPTIONS.withDealsPerPartner(1_001)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dealsPerPartner must be between 0 and 1000, but was 1001");
    assertThat(OPTIONS.withDealsPerPartner(1_000).dealsPerPartner()).hasValue(1_000);
  }
}
