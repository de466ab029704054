package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.BookSummary.Ranked;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.portfolio.internal.CsvWriter;
import dev.partneros.portfolio.report.CsvReport;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.kpi.KpiFacts;
import dev.partneros.scoring.maturity.MaturityResult;
import dev.partneros.scoring.segment.SegmentAssignment;
import dev.partneros.scoring.segment.SegmentFacts;
import dev.partneros.tiers.mdf.PoolCandidate;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The book-level steps of {@link BookParts}: combining the parts' figures, a partner's segment from
 * its revenue rank, the MDF pool's allocation and the book's summary, each the streaming
 * evaluation's own code ({@code docs/streaming.md#design}, step 3); then each partner's segment and
 * allocation put into its output records, and the records rendered, as the streaming evaluation's
 * writer does (step 4).
 *
 * <p>Immutable and thread-safe.
 */
public final class BookPartsFigures {

  /** The JSON Lines file of the partners. */
  public static final String PARTNERS_JSONL = "partners.jsonl";

  private static final TypeReference<List<Ranked>> RANKED = new TypeReference<>() { };

  private final BookParts steps;

  BookPartsFigures(BookParts steps) {
    this.steps = steps;
  }

  /**
   * Returns the figures of no part: the neutral element of {@link #merge}.
   *
   * @return never null
   */
  public String empty() {
    return encode(steps, BookPart.empty(-1));
  }

  /**
   * Adds two parts' figures up (in any grouping: the sums, counts and rankings do not depend on it).
   *
   * @param a figures, not null
   * @param b figures, not null
   * @return the combined figures, never null
   */
  public String merge(String a, String b) {
    BookTotals totals = new BookTotals(steps.asOf, steps.now, false, steps.evaluator.pool());
    totals.add(decode(requireNonNull(a, "a")));
    totals.add(decode(requireNonNull(b, "b")));
    return encode(totals);
  }

  /**
   * A partner's segment and value quadrant.
   *
   * @param segment the segment's name
   * @param quadrant the quadrant's name, when the partner has a strategic value
   */
  public record Segment(String segment, Optional<String> quadrant) {
    /**
     * Checks for nulls.
     *
     * @param segment not null
     * @param quadrant not null
     */
    public Segment {
      requireNonNull(segment, "segment");
      requireNonNull(quadrant, "quadrant");
    }
  }

  /**
   * Returns a partner's revenue rank key: partners are ranked by this revenue, highest first, ties by
   * partner id ({@code docs/rules/health.md#segments}).
   *
   * @param segmentFacts the partner's segment facts as JSON ({@link BookParts.PartnerFigures}), not null
   * @return the revenue, exact
   */
  public static BigDecimal revenue(String segmentFacts) {
    return read(segmentFacts, SegmentFacts.class).revenue().amount();
  }

  /**
   * Assigns a partner's segment from its revenue rank among the book's partners with segment facts.
   *
   * @param segmentFacts its segment facts as JSON, not null
   * @param rank its rank, 1 for the highest revenue, ties by partner id
   * @param partners the number of partners with segment facts
   * @return never null
   */
  public Segment assign(String segmentFacts, long rank, long partners) {
    SegmentAssignment s = steps.now.segmenter().assign(read(segmentFacts, SegmentFacts.class),
        Math.toIntExact(rank), Math.toIntExact(partners));
    return new Segment(s.segment().name(), s.quadrant().map(Enum::name));
  }

  /**
   * One candidate of the MDF pool.
   *
   * @param candidate its {@link PoolCandidate} as JSON
   * @param quadrant its value quadrant's name, if any
   * @param baseAllocation its allocation before the pool, if any
   */
  public record Candidate(String candidate, Optional<String> quadrant, Optional<String> baseAllocation) {
    /**
     * Checks for nulls.
     *
     * @param candidate not null
     * @param quadrant not null
     * @param baseAllocation not null
     */
    public Candidate {
      requireNonNull(candidate, "candidate");
      requireNonNull(quadrant, "quadrant");
      requireNonNull(baseAllocation, "baseAllocation");
    }
  }

  /**
   * The pool's allocation.
   *
   * @param allocations each candidate's allocation (a plain amount), by partner id
   * @param change what the pool changes in the book's MDF allocated (a plain amount)
   */
  public record Allocation(Map<String, String> allocations, String change) {
    /**
     * Copies the map.
     *
     * @param allocations not null
     * @param change not null
     */
    public Allocation {
      allocations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(allocations));
      requireNonNull(change, "change");
    }
  }

  /**
   * Allocates the MDF pool among every candidate of the book ({@code docs/rules/mdf.md#pool-allocation}).
   * One global computation: the candidates are compact, the rest of the book is not needed.
   *
   * @param candidates every candidate of the book, in any order, not null
   * @return never null (no allocations without a pool)
   */
  public Allocation allocate(List<Candidate> candidates) {
    List<PoolCandidate> list = new ArrayList<>(candidates.size());
    Map<PartnerId, SegmentAssignment.Quadrant> quadrants = new HashMap<>();
    Map<PartnerId, Money> base = new HashMap<>();
    for (Candidate c : candidates) {
      PoolCandidate candidate = read(c.candidate(), PoolCandidate.class);
      list.add(candidate);
      c.quadrant().ifPresent(q -> quadrants.put(candidate.partnerId(), SegmentAssignment.Quadrant.valueOf(q)));
      c.baseAllocation().ifPresent(b -> base.put(candidate.partnerId(), BookParts.money(b, steps.versions)));
    }
    list.sort(Comparator.comparing(PoolCandidate::partnerId));
    Map<PartnerId, Money> allocated = steps.evaluator.allocate(steps.versions.history(), steps.asOf, list, quadrants);
    Money zero = Money.zero(steps.now.program().currency());
    Money change = zero;
    Map<String, String> out = new LinkedHashMap<>();
    for (PoolCandidate c : list) {
      Money money = allocated.get(c.partnerId());
      if (money != null) {
        out.put(c.partnerId().value(), money.amount().toPlainString());
        change = change.plus(money.minus(base.getOrDefault(c.partnerId(), zero)));
      }
    }
    return new Allocation(out, change.amount().toPlainString());
  }

  /**
   * The book's summary and its KPI file.
   *
   * @param summary the summary (without files: the writer adds them)
   * @param kpisCsv the text of {@code kpis.csv}
   * @param commission whether some partner has commission ({@code commission.csv} is written)
   * @param mdf whether some partner has MDF ({@code mdf-requests.csv} is written)
   */
  public record Book(BookSummary summary, String kpisCsv, boolean commission, boolean mdf) {
    /**
     * Checks for nulls.
     *
     * @param summary not null
     * @param kpisCsv not null
     * @param commission whether commission
     * @param mdf whether MDF
     */
    public Book {
      requireNonNull(summary, "summary");
      requireNonNull(kpisCsv, "kpisCsv");
    }
  }

  /**
   * Computes what spans the book from the combined figures, as the streaming evaluation does: the
   * KPIs (with the pool's change to the MDF allocated), the maturity, what was not evaluated.
   *
   * @param figures every part's figures combined, not null
   * @param rows the rows read, by file name, in table order, not null
   * @param segments the partners by segment, in the order of each segment's first partner id, not null
   * @param allocationChange the pool's {@link Allocation#change()}, or {@code "0"}, not null
   * @return never null
   */
  public Book book(String figures, Map<String, Long> rows, Map<String, Long> segments, String allocationChange) {
    BookTotals totals = new BookTotals(steps.asOf, steps.now, false, steps.evaluator.pool());
    totals.add(decode(requireNonNull(figures, "figures")));
    KpiTally tally = totals.tally();
    Money allocated = BookParts.money(allocationChange, steps.versions);
    tally.addAllocated(allocated);
    KpiFacts kpiFacts = tally.facts();
    ProgramResult program = new ProgramResult(steps.now.version(), totals.maturity(), List.of(), kpiFacts,
        steps.now.kpis().compute(kpiFacts));
    List<String> notEvaluated = steps.evaluator.notEvaluated(totals.later(), rows.getOrDefault("payments.csv", 0L),
        rows.getOrDefault("cancellations.csv", 0L), rows.getOrDefault("mdf-requests.csv", 0L));
    var history = steps.versions.history();
    List<VersionInfo> versions = history.versions().stream().map(v -> new VersionInfo(v.version(), v.effectiveFrom()))
        .collect(Collectors.toList());
    BookSummary summary = new BookSummary(steps.asOf, history.latest().program(), history.latest().currency(), versions,
        totals.partners(), totals.deals(), rows, totals.tiers(history.latest().ladder()), totals.bands(),
        totals.inGrace(), segments, totals.maturity(), program.kpis(), steps.now.version(), totals.top(),
        totals.bottom(), notEvaluated, totals.figures().withAllocationChange(allocated), Map.of());
    return new Book(summary, CsvReport.kpis(program), totals.commission(),
        totals.mdf());
  }

  // ---------------------------------------------------------------------------------------------
  // Output records

  /**
   * Returns the header of an output CSV file.
   *
   * @param file the CSV file's name, not null
   * @return never null
   */
  public List<String> header(String file) {
    return CsvReport.header(requireNonNull(file, "file"), steps.now.program().currency());
  }

  /**
   * Renders a CSV line as the streaming evaluation writes it (quoted where needed, a line feed at
   * the end).
   *
   * @param cells the cells, not null
   * @return never null
   */
  public static String csvLine(List<String> cells) {
    return CsvWriter.line(requireNonNull(cells, "cells"));
  }

  /**
   * Puts a partner's segment and pool allocation into its JSON line, as the streaming evaluation's
   * writer does.
   *
   * @param json the line the part wrote, not null
   * @param segment the segment's name, if the partner has one, not null
   * @param quadrant the value quadrant's name, if any, not null
   * @param allocation the pool's allocation (a plain amount), if any, not null
   * @return never null
   */
  public static String partnerLine(String json, Optional<String> segment, Optional<String> quadrant,
      Optional<String> allocation) {
    if (segment.isEmpty() && allocation.isEmpty()) {
      return json;
    }
    if (allocation.isEmpty()) { // the segment goes last: names of enums, nothing to escape
      return json.substring(0, json.length() - 1) + ",\"segment\":{\"segment\":\"" + segment.get() + "\""
          + quadrant.map(q -> ",\"quadrant\":\"" + q + "\"").orElse("") + "}}";
    }
    try {
      ObjectNode node = (ObjectNode) new ObjectMapper().readTree(json);
      if (segment.isPresent()) {
        ObjectNode s = node.putObject("segment").put("segment", segment.get());
        quadrant.ifPresent(q -> s.put("quadrant", q));
      }
      if (node.get("mdf") instanceof ObjectNode) {
        ((ObjectNode) node.get("mdf")).put("allocated", allocation.get());
      }
      return new ObjectMapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts a partner's segment into its {@code partners.csv} row, as the streaming evaluation's writer
   * does.
   *
   * @param cells the row the part wrote, not null
   * @param segment the segment's name, if any, not null
   * @param quadrant the value quadrant's name, if any, not null
   * @return never null
   */
  public static List<String> partnersRow(List<String> cells, Optional<String> segment, Optional<String> quadrant) {
    if (segment.isEmpty()) {
      return cells;
    }
    List<String> row = new ArrayList<>(cells);
    row.set(CsvReport.SEGMENT_COLUMN, segment.get());
    row.set(CsvReport.SEGMENT_COLUMN + 1, quadrant.orElse(""));
    return row;
  }

  // ---------------------------------------------------------------------------------------------
  // Encoding

  static String encode(BookParts steps, BookPart part) {
    BookTotals totals = new BookTotals(steps.asOf, steps.now, false, steps.evaluator.pool());
    totals.add(part);
    return new BookPartsFigures(steps).encode(totals);
  }

  private String encode(BookTotals totals) {
    ObjectNode node = BookParts.JSON.createObjectNode();
    node.set("tally", totals.tally().toJson());
    ObjectNode tiers = node.putObject("tiers");
    totals.tiers(steps.versions.history().latest().ladder()).forEach(tiers::put);
    ObjectNode bands = node.putObject("bands");
    totals.bands().forEach(bands::put);
    node.put("inGrace", totals.inGrace()).put("partners", totals.partners()).put("deals", totals.deals())
        .put("later", totals.later()).put("commission", totals.commission()).put("mdf", totals.mdf());
    node.set("top", BookParts.JSON.valueToTree(totals.top()));
    node.set("bottom", BookParts.JSON.valueToTree(totals.bottom()));
    totals.maturity().ifPresent(m -> node.set("maturity", BookParts.JSON.valueToTree(m)));
    node.set("figures", BookParts.JSON.valueToTree(totals.figures()));
    return node.toString();
  }

  private BookPart decode(String text) {
    try {
      JsonNode node = BookParts.JSON.readTree(text);
      KpiTally tally = KpiTally.fromJson(steps.asOf, steps.now.program().currency(), node.get("tally"));
      Map<Tier, Long> tiers = new HashMap<>();
      node.get("tiers").fields().forEachRemaining(e -> tiers.put(Tier.of(e.getKey()), e.getValue().asLong()));
      Map<HealthScore.Band, Long> bands = new HashMap<>();
      node.get("bands").fields().forEachRemaining(e -> bands.put(HealthScore.Band.valueOf(e.getKey()),
          e.getValue().asLong()));
      Optional<MaturityResult> maturity = node.has("maturity")
          ? Optional.of(BookParts.JSON.treeToValue(node.get("maturity"), MaturityResult.class)) : Optional.empty();
      return BookPart.figures(0, Optional.of(tally), tiers, bands, node.get("inGrace").asLong(),
          node.get("partners").asLong(), node.get("deals").asLong(), node.get("later").asLong(),
          BookParts.JSON.convertValue(node.get("top"), RANKED), BookParts.JSON.convertValue(node.get("bottom"), RANKED),
          maturity, node.get("commission").asBoolean(), node.get("mdf").asBoolean(),
          Optional.of(BookParts.JSON.treeToValue(node.get("figures"), BookFigures.class)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return BookParts.JSON.readValue(requireNonNull(json, "json"), type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
