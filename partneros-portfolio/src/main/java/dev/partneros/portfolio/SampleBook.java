package dev.partneros.portfolio;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.ProgramLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The bundled sample: a portfolio of 50 partners over two years of quarters (2026-Q1 to 2027-Q4,
 * CSV files in the class-path folder {@value #PORTFOLIO} next to this class) and a program history
 * of two versions: the standard program 2026.1 from 2026-01-01, and 2026.2 from 2026-07-01, which
 * lowers Gold's sourced-ARR threshold from 100,000 to 80,000 (a program change mid-year). The demo
 * evaluates it as of {@link #AS_OF}.
 *
 * <p>Its first six partners tell the stories a partner manager looks for: P-001 Northwind Traders
 * climbs from Silver to Gold at 2026-09-30 under 2026.2 (under 2026.1 it would have waited until
 * 2027-06-30); P-002 Contoso Ltd enters grace for Gold at its review and clears it a quarter later;
 * P-003 Fabrikam Inc loses Silver after its grace; P-004 Tailspin Toys enters grace for Gold at the
 * last quarter end; P-005 Litware Labs is a prospect with an IPP assessment; P-006 Adatum Corp
 * climbs to Silver, has a 4C scorecard, a deal cancelled 17 days after the customer started (a 100 %
 * clawback once commissions exist), an MDF request above its quarterly cap (a partial grant) and a
 * request for swag (rejected). The MDF pool of {@link #MDF_POOL} is smaller than the partners'
 * entitlements, so it is allocated. The other 44 are synthetic ({@code generate --partners 44 --seed 2026}, renumbered).
 *
 * <p>Stateless; thread-safe.
 */
public final class SampleBook {

  /** The evaluation date of the demo: the last day of the sample's last quarter. */
  public static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);

  /** The class-path folder of the sample portfolio's CSV files, next to this class. */
  public static final String PORTFOLIO = "sample-portfolio";

  /** The program-level MDF pool of the demo's fiscal year, smaller than the sum of the entitlements. */
  public static final Money MDF_POOL = Money.of(300_000, Currency.getInstance("USD"));

  /** The class-path resource of the second program version, next to this class. */
  public static final String SECOND_VERSION = "program-2026.2.yaml";

  private SampleBook() {}

  /**
   * Loads the second program version, 2026.2 (from 2026-07-01, Gold from 80,000 of sourced ARR).
   *
   * @return never null
   */
  public static ProgramDocument secondVersion() {
    // Read here, not through loadResource: on the module path this package is not opened to core.
    try (InputStream in = SampleBook.class.getResourceAsStream(SECOND_VERSION)) {
      if (in == null) {
        throw new IllegalStateException("the sample's resource " + SECOND_VERSION + " is missing from this jar");
      }
      return ProgramLoader.strict().load(in, ProgramLoader.Format.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample's resource " + SECOND_VERSION, e);
    }
  }

  /**
   * Returns the sample's program history: the standard program 2026.1 and 2026.2.
   *
   * @return never null
   */
  public static ProgramHistory history() {
    return ProgramHistory.of(List.of(ProgramDocument.standard(), secondVersion()));
  }

  /**
   * Reads the sample portfolio.
   *
   * @return never null
   */
  public static Portfolio portfolio() {
    return PortfolioReader.of(ProgramDocument.standard()).readResourceFolder(SampleBook.class, PORTFOLIO);
  }

  /**
   * Returns the evaluator of the demo: every module of this build, with the MDF pool
   * {@link #MDF_POOL}.
   *
   * @return never null
   */
  public static PortfolioEvaluator evaluator() {
    return PortfolioEvaluator.standard().withMdf(TiersMdfModule.withPool(MDF_POOL));
  }

  /**
   * Evaluates the sample portfolio under the sample history as of {@link #AS_OF} with
   * {@link #evaluator()}.
   *
   * @return never null
   */
  public static PortfolioEvaluation evaluation() {
    return evaluator().evaluate(history(), portfolio(), AS_OF);
  }
}
