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
  @DisplayName("Each partner is drawn on its own: its rows do not depend on how many partners follow it")
  void partners_areLocal() {
    Portfolio small = PortfolioGenerator.generate(PortfolioGenerator.Options.standard(100, 5));
    Portfolio large = PortfolioGenerator.generate(PortfolioGenerator.Options.standard(200, 5));
    // the 99 first partners (the 100th shares deals with the first partner in the small book)
    java.util.function.Predicate<String> first99 = id -> id.compareTo("P-100") < 0;
    for (PortfolioTable table : PortfolioTable.values()) {
      java.util.List<java.util.List<String>> smallRows = PortfolioWriter.cells(small, table).stream()
          .filter(row -> table == PortfolioTable.CHECKLIST || first99.test(owner(table, row))).toList();
      java.util.List<java.util.List<String>> largeRows = PortfolioWriter.cells(large, table).stream()
          .filter(row -> table == PortfolioTable.CHECKLIST || first99.test(owner(table, row))).toList();
      assertThat(largeRows).as(table.tableName()).isEqualTo(smallRows);
    }
  }

  @Test
  @DisplayName("Deal ids are numbered after their partner, and a co-selling partner is the next active one")
  void deals_areNumberedPerPartner_andCoSoldByTheNextPartner() {
    Portfolio portfolio = PortfolioGenerator.generate(PortfolioGenerator.Options.standard(300, 5));
    assertThat(portfolio.deals()).extracting(Portfolio.DealRow::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("D-\\d{3}-\\d+"));
    java.util.List<Portfolio.TouchRow> coSells = portfolio.touches().stream()
        .filter(t -> t.kind() == dev.partneros.attribution.TouchKind.CO_SELL).toList();
    assertThat(coSells).isNotEmpty();
    for (Portfolio.TouchRow touch : coSells) {
      int owner = Integer.parseInt(touch.deal().substring(2, 5));
      assertThat(touch.partner().value()).isEqualTo(String.format(java.util.Locale.ROOT, "P-%03d", owner % 300 + 1));
      assertThat(portfolio.partner(touch.partner().value()).orElseThrow().isActive()).isTrue();
    }
    assertThat(PortfolioGenerator.generate(PortfolioGenerator.Options.standard(1, 5)).touches())
        .noneMatch(t -> t.kind() == dev.partneros.attribution.TouchKind.CO_SELL);
  }

  @Test
  void options_areChecked() {
    PortfolioGenerator.Options o = OPTIONS;
    assertThatThrownBy(() -> PortfolioGenerator.Options.standard(0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partners must be between 1 and 100000000, but was 0");
    assertThatThrownBy(() -> PortfolioGenerator.Options.standard(100_000_001, 1))
        .hasMessage("partners must be between 1 and 100000000, but was 100000001");
    assertThat(PortfolioGenerator.Options.standard(100_000_000, 1).partners()).isEqualTo(100_000_000);
    assertThatThrownBy(() -> new PortfolioGenerator.Options(1, 1, o.firstQuarter(), 41, o.currency(), o.ladder()))
        .hasMessage("quarters must be between 1 and 40, but was 41");
    assertThatThrownBy(() -> new PortfolioGenerator.Options(1, 1, dev.partneros.core.YearQuarter.of(8_999, 2), 40,
        o.currency(), o.ladder()))
        .hasMessage("the period must lie within the years 1900 to 9000, but it runs from 8999-Q2 to 9009-Q1");
    assertThatThrownBy(() -> new PortfolioGenerator.Options(1, 1, dev.partneros.core.YearQuarter.of(1899, 4), 1,
        o.currency(), o.ladder()))
        .hasMessage("the period must lie within the years 1900 to 9000, but it runs from 1899-Q4 to 1899-Q4");
  }

  /** The partner a row belongs to: for deal tables, the partner the deal id is numbered after. */
  private static String owner(PortfolioTable table, java.util.List<String> row) {
    return switch (table) {
      case DEALS, TOUCHES, REGISTRATIONS, PAYMENTS, CANCELLATIONS -> "P-" + row.get(0).substring(2, 5);
      case MDF_REQUESTS -> row.get(1);
      default -> row.get(0);
    };
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
