package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.scoring.maturity.MaturityResult;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a streaming evaluation of a book ({@link BookEvaluator}) gives besides its per-partner files:
 * the program-level results and the book's distributions, small whatever the book's size
 * ({@code docs/streaming.md}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the evaluation date
 * @param programName the latest version's program name
 * @param currency the program's currency
 * @param versions the program's versions
 * @param partners the partners evaluated (joined by the as-of date)
 * @param deals the deals known on the as-of date
 * @param rows the rows read, by file name, in file order
 * @param tiers the active partners by tier, ladder order
 * @param bands the active partners with health by band, best first
 * @param inGrace the active partners in grace
 * @param segments the partners by segment
 * @param maturity the program's maturity stage, when a checklist was given
 * @param kpis the program KPIs over the 12 months ending on the as-of date
 * @param programVersion the version in force on the as-of date
 * @param topByHealth up to ten active partners by health, best first (ties by id)
 * @param bottomByHealth up to ten active partners with health, worst first (ties by id)
 * @param notEvaluated what was left out, in sentences
 * @param figures the commission, MDF and attribution figures of the book
 * @param files the files written, with their sizes in bytes, in write order
 */
public record BookSummary(LocalDate asOf, String programName, Currency currency, List<VersionInfo> versions,
    long partners, long deals, Map<String, Long> rows, Map<String, Long> tiers, Map<String, Long> bands, long inGrace,
    Map<String, Long> segments, Optional<MaturityResult> maturity, List<KpiValue> kpis, String programVersion,
    List<Ranked> topByHealth, List<Ranked> bottomByHealth, List<String> notEvaluated, BookFigures figures,
    Map<String, Long> files) {

  /**
   * Checks for nulls and copies the collections.
   *
   * @param asOf not null
   * @param programName not null
   * @param currency not null
   * @param versions not null
   * @param partners at least 0
   * @param deals at least 0
   * @param rows not null
   * @param tiers not null
   * @param bands not null
   * @param inGrace at least 0
   * @param segments not null
   * @param maturity not null
   * @param kpis not null
   * @param programVersion not null
   * @param topByHealth not null
   * @param bottomByHealth not null
   * @param notEvaluated not null
   * @param figures not null
   * @param files not null
   */
  public BookSummary {
    requireNonNull(asOf, "asOf");
    requireNonNull(programName, "programName");
    requireNonNull(currency, "currency");
    versions = List.copyOf(versions);
    rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    tiers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tiers));
    bands = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bands));
    segments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(segments));
    requireNonNull(maturity, "maturity");
    kpis = List.copyOf(kpis);
    requireNonNull(programVersion, "programVersion");
    topByHealth = List.copyOf(topByHealth);
    bottomByHealth = List.copyOf(bottomByHealth);
    notEvaluated = List.copyOf(notEvaluated);
    requireNonNull(figures, "figures");
    files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
  }

  /** The same summary with these files. */
  BookSummary withFiles(Map<String, Long> written) {
    return new BookSummary(asOf, programName, currency, versions, partners, deals, rows, tiers, bands, inGrace,
        segments, maturity, kpis, programVersion, topByHealth, bottomByHealth, notEvaluated, figures, written);
  }

  /**
   * One partner in a ranking.
   *
   * @param id the partner's id
   * @param name the partner's name
   * @param tier the tier held
   * @param health the current health score, as text
   * @param band the health band
   */
  public record Ranked(String id, String name, String tier, String health, String band) {
    /**
     * Checks for nulls.
     *
     * @param id not null
     * @param name not null
     * @param tier not null
     * @param health not null
     * @param band not null
     */
    public Ranked {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(tier, "tier");
      requireNonNull(health, "health");
      requireNonNull(band, "band");
    }
  }
}
