package dev.partneros.portfolio;

import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.portfolio.BookSummary.Ranked;
import dev.partneros.portfolio.ProgramVersions.Engines;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.maturity.MaturityResult;
import dev.partneros.scoring.segment.SegmentFacts;
import dev.partneros.tiers.mdf.PoolCandidate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parts of a book added up, in part order: what the book-level pass and the writer read. Not thread-safe. */
final class BookTotals {

  private final KpiTally tally;
  private final Engines now;
  private final List<Path> partnerFiles = new ArrayList<>();
  private final List<Path> dealFiles = new ArrayList<>();
  private final List<SegmentFacts> segmentFacts = new ArrayList<>();
  private final List<PoolCandidate> candidates = new ArrayList<>();
  private final Map<String, Money> baseAllocations = new HashMap<>();
  private final Map<Tier, Long> tiers = new HashMap<>();
  private final Map<HealthScore.Band, Long> bands = new HashMap<>();
  private final List<Ranked> top = new ArrayList<>();
  private final List<Ranked> bottom = new ArrayList<>();
  private long inGrace;
  private long partners;
  private long deals;
  private long later;
  private Optional<MaturityResult> maturity = Optional.empty();
  private boolean commission;
  private boolean mdf;

  private final boolean pooled;
  private BookFigures figures;

  BookTotals(LocalDate asOf, Engines now, boolean pooled, Optional<Money> pool) {
    this.now = now;
    this.pooled = pooled;
    this.tally = new KpiTally(asOf, now.program().currency());
    this.figures = BookFigures.empty(now.program().currency(), pool);
  }

  void add(BookPart part) {
    part.partners.ifPresent(partnerFiles::add);
    part.deals.ifPresent(dealFiles::add);
    segmentFacts.addAll(part.segmentFacts);
    if (pooled) { // what a pool's allocation needs: without one, allocations are the parts' own
      candidates.addAll(part.candidates);
      baseAllocations.putAll(part.baseAllocations);
    }
    part.tally.ifPresent(tally::merge);
    part.figures.ifPresent(f -> figures = figures.merge(f));
    part.tiers.forEach((k, v) -> tiers.merge(k, v, Long::sum));
    part.bands.forEach((k, v) -> bands.merge(k, v, Long::sum));
    top.addAll(part.top);
    top.sort(BookPart.BEST);
    top.subList(Math.min(top.size(), BookPart.RANKED), top.size()).clear();
    bottom.addAll(part.bottom);
    bottom.sort(BookPart.WORST);
    bottom.subList(Math.min(bottom.size(), BookPart.RANKED), bottom.size()).clear();
    inGrace += part.inGrace;
    partners += part.partnerCount;
    deals += part.dealCount;
    later += part.later;
    if (part.maturity.isPresent()) {
      maturity = part.maturity;
    }
    commission |= part.commission;
    mdf |= part.mdf;
  }

  List<Path> partnerFiles() {
    return partnerFiles;
  }

  List<Path> dealFiles() {
    return dealFiles;
  }

  List<SegmentFacts> segmentFacts() {
    return segmentFacts;
  }

  List<PoolCandidate> candidates() {
    return candidates;
  }

  Money baseAllocation(String partner) {
    return baseAllocations.getOrDefault(partner, Money.zero(now.program().currency()));
  }

  KpiTally tally() {
    return tally;
  }

  /** The parts' figures merged, before the pool's allocation. */
  BookFigures figures() {
    return figures;
  }

  Map<String, Long> tiers(TierLadder ladder) {
    Map<String, Long> counts = new LinkedHashMap<>();
    ladder.tiers().forEach(t -> counts.put(t.name(), tiers.getOrDefault(t, 0L)));
    return counts;
  }

  Map<String, Long> bands() {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<HealthScore.Band> bestFirst = new ArrayList<>(List.of(HealthScore.Band.values()));
    java.util.Collections.reverse(bestFirst);
    bestFirst.forEach(b -> counts.put(b.name(), bands.getOrDefault(b, 0L)));
    return counts;
  }

  long inGrace() {
    return inGrace;
  }

  long partners() {
    return partners;
  }

  long deals() {
    return deals;
  }

  long later() {
    return later;
  }

  Optional<MaturityResult> maturity() {
    return maturity;
  }

  boolean commission() {
    return commission;
  }

  boolean mdf() {
    return mdf;
  }

  List<Ranked> top() {
    return top;
  }

  List<Ranked> bottom() {
    return bottom;
  }
}
