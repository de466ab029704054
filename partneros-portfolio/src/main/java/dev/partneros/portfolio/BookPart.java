package dev.partneros.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.BookSummary.Ranked;
import dev.partneros.portfolio.internal.SpillFile;
import dev.partneros.portfolio.report.CsvReport;
import dev.partneros.portfolio.report.JsonReport;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.maturity.MaturityResult;
import dev.partneros.scoring.segment.SegmentFacts;
import dev.partneros.tiers.mdf.PoolCandidate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one part of a book hands back: its result files (each partner's output rows, each owned
 * deal's attribution rows, sorted by id) and the compact summaries of its partners that the book
 * needs (segment facts, pool candidacy, tallies, counts, the ten best and worst by health).
 */
final class BookPart {

  /** The kind of a partner's output record: its JSON line; the CSV files follow, in {@link CsvReport#PARTNER_FILES} order. */
  static final int JSON_LINE = 0;
  static final int RANKED = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  final int index;
  final Optional<Path> partners;
  final Optional<Path> deals;
  final List<SegmentFacts> segmentFacts;
  final List<PoolCandidate> candidates;
  final Map<String, Money> baseAllocations;
  final Optional<KpiTally> tally;
  final Map<Tier, Long> tiers;
  final Map<HealthScore.Band, Long> bands;
  final long inGrace;
  final long partnerCount;
  final long dealCount;
  final long later;
  final List<Ranked> top;
  final List<Ranked> bottom;
  final Optional<MaturityResult> maturity;
  final boolean commission;
  final boolean mdf;
  final Optional<BookFigures> figures;

  private BookPart(int index, Optional<Path> partners, Optional<Path> deals, List<SegmentFacts> segmentFacts,
      List<PoolCandidate> candidates, Map<String, Money> baseAllocations, Optional<KpiTally> tally,
      Map<Tier, Long> tiers, Map<HealthScore.Band, Long> bands, long inGrace, long partnerCount, long dealCount, long later,
      List<Ranked> top, List<Ranked> bottom, Optional<MaturityResult> maturity, boolean commission, boolean mdf,
      Optional<BookFigures> figures) {
    this.index = index;
    this.partners = partners;
    this.deals = deals;
    this.segmentFacts = segmentFacts;
    this.candidates = candidates;
    this.baseAllocations = baseAllocations;
    this.tally = tally;
    this.tiers = tiers;
    this.bands = bands;
    this.inGrace = inGrace;
    this.partnerCount = partnerCount;
    this.dealCount = dealCount;
    this.later = later;
    this.top = top;
    this.bottom = bottom;
    this.maturity = maturity;
    this.commission = commission;
    this.mdf = mdf;
    this.figures = figures;
  }

  /** A part not evaluated (the input has problems). */
  static BookPart empty(int index) {
    return new BookPart(index, Optional.empty(), Optional.empty(), List.of(), List.of(), Map.of(), Optional.empty(),
        Map.of(), Map.of(), 0, 0, 0, 0, List.of(), List.of(), Optional.empty(), false, false, Optional.empty());
  }

  /** Receives a part's output records: the kind of record and its cells, the first cell its key. */
  interface Records {
    void write(int kind, String[] cells) throws IOException;
  }

  /** Writes a part's result files and keeps its partners' summaries and its figures. */
  static BookPart of(int index, PortfolioEvaluator.Part part, Optional<MaturityResult> maturity, BookFigures figures,
      Path work, Explain explain) throws IOException {
    Path partners = work.resolve("part-" + index + ".partners");
    Path deals = work.resolve("part-" + index + ".deals");
    try (SpillFile.Writer partnerOut = new SpillFile.Writer(partners, 1 << 16);
        SpillFile.Writer dealOut = new SpillFile.Writer(deals, 1 << 16)) {
      return of(index, part, maturity, figures, explain, (kind, cells) -> partnerOut.write(kind, 0, false, cells),
          (kind, cells) -> dealOut.write(kind, 0, false, cells), Optional.of(partners), Optional.of(deals));
    }
  }

  /**
   * Hands a part's partner records (its JSON line, then its CSV rows, kind {@code 1 +} the index in
   * {@link CsvReport#PARTNER_FILES}) and its owned deals' attribution rows (kind 0) to sinks, and keeps
   * its partners' summaries and its figures.
   */
  static BookPart of(int index, PortfolioEvaluator.Part part, Optional<MaturityResult> maturity, BookFigures figures,
      Explain explain,
      Records partnerOut, Records dealOut, Optional<Path> partners, Optional<Path> deals) throws IOException {
    Map<Tier, Long> tiers = new HashMap<>();
    Map<HealthScore.Band, Long> bands = new EnumMap<>(HealthScore.Band.class);
    Map<String, Money> base = new HashMap<>();
    List<Ranked> ranked = new ArrayList<>();
    long inGrace = 0;
    boolean commission = false;
    boolean mdf = false;
    for (PartnerResult r : part.results()) {
      partnerOut.write(JSON_LINE, new String[] {r.id(), JSON.writeValueAsString(JsonReport.partnerLine(r, explain))});
      for (int kind = 0; kind < CsvReport.PARTNER_FILES.size(); kind++) {
        for (List<String> row : CsvReport.partnerRows(CsvReport.PARTNER_FILES.get(kind), r)) {
          partnerOut.write(kind + 1, row.toArray(String[]::new));
        }
      }
      commission |= r.commission().isPresent();
      mdf |= r.mdf().isPresent();
      if (r.partner().isActive()) {
        tiers.merge(r.tier(), 1L, Long::sum);
        r.band().ifPresent(b -> bands.merge(b, 1L, Long::sum));
        inGrace += r.inGrace() ? 1 : 0;
        r.mdf().ifPresent(m -> {
          part.tally().addAllocated(m.allocated());
          base.put(r.id(), m.allocated());
        });
        r.currentHealth().ifPresent(h -> ranked.add(new Ranked(r.id(), r.partner().name(), r.tier().name(),
            h.score().score().toPlainString(), h.score().band().name())));
      }
    }
    for (DealResult d : part.deals()) {
      for (List<String> row : CsvReport.dealRows(d)) {
        dealOut.write(0, row.toArray(String[]::new));
      }
    }
    return new BookPart(index, partners, deals, part.segmentFacts(), part.candidates(),
        base, Optional.of(part.tally()), tiers, bands, inGrace, part.results().size(), part.deals().size(),
        part.later(), best(ranked), worst(ranked), maturity, commission, mdf, Optional.of(figures));
  }

  /** A part's commission, MDF and attribution figures, over the partners the evaluation knows on the as-of date. */
  static BookFigures figuresOf(Currency currency, LocalDate asOf, Optional<Money> pool, Portfolio portfolio,
      PortfolioEvaluator.Part evaluated) {
    Map<String, PartnerType> types = new HashMap<>();
    for (Portfolio.PartnerRow p : portfolio.partners()) {
      if (!p.isActive() || !p.joined().orElseThrow().isAfter(asOf)) { // as the evaluation: the partners it knows
        types.put(p.id().value(), p.type());
      }
    }
    return BookFigures.of(currency, asOf, pool, evaluated.results(), evaluated.deals(),
        id -> Optional.ofNullable(types.get(id)));
  }

  /** A part's figures read back elsewhere (its files and per-partner lists stay where they were made). */
  static BookPart figures(int index, Optional<KpiTally> tally, Map<Tier, Long> tiers, Map<HealthScore.Band, Long> bands,
      long inGrace, long partnerCount, long dealCount, long later, List<Ranked> top, List<Ranked> bottom,
      Optional<MaturityResult> maturity, boolean commission, boolean mdf, Optional<BookFigures> figures) {
    return new BookPart(index, Optional.empty(), Optional.empty(), List.of(), List.of(), Map.of(), tally, tiers, bands,
        inGrace, partnerCount, dealCount, later, top, bottom, maturity, commission, mdf, figures);
  }

  /** Best health first, ties by id. */
  static final Comparator<Ranked> BEST = Comparator.comparing((Ranked r) -> new java.math.BigDecimal(r.health()))
      .reversed().thenComparing(Ranked::id);
  /** Worst health first, ties by id. */
  static final Comparator<Ranked> WORST = Comparator.comparing((Ranked r) -> new java.math.BigDecimal(r.health()))
      .thenComparing(Ranked::id);

  static List<Ranked> best(List<Ranked> ranked) {
    return ranked.stream().sorted(BEST).limit(RANKED).collect(java.util.stream.Collectors.toList());
  }

  static List<Ranked> worst(List<Ranked> ranked) {
    return ranked.stream().sorted(WORST).limit(RANKED).collect(java.util.stream.Collectors.toList());
  }
}
