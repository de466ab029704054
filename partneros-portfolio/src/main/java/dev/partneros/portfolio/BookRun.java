package dev.partneros.portfolio;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.portfolio.BookEvaluator.Listener;
import dev.partneros.portfolio.BookSummary.Ranked;
import dev.partneros.portfolio.PortfolioReader.Cells;
import dev.partneros.portfolio.ProgramVersions.Engines;
import dev.partneros.portfolio.internal.DealParts;
import dev.partneros.portfolio.internal.SpillFile;
import dev.partneros.scoring.kpi.KpiFacts;
import dev.partneros.scoring.maturity.MaturityResult;
import dev.partneros.scoring.segment.SegmentAssignment;
import dev.partneros.scoring.segment.SegmentFacts;
import dev.partneros.tiers.mdf.PoolCandidate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One streaming evaluation of a book ({@link BookEvaluator}): split, parts, book, write. Holds what
 * spans the book: the deals' parts, the partners named on deals of other parts, each partner's
 * compact summary and the tallies. Not thread-safe itself; the parts run on a pool and hand back
 * their outcomes.
 */
final class BookRun {

  private final BookEvaluator owner;
  private final ProgramVersions versions;
  private final LocalDate asOf;
  private final Engines now;
  private final Path work;
  private final Listener listener;
  private final BookProblems problems;
  private final DealParts dealParts = new DealParts();
  private final Map<String, int[]> extraParts = new HashMap<>();
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private int parts;

  BookRun(BookEvaluator owner, ProgramVersions versions, LocalDate asOf, Path work, Listener listener) {
    this.owner = owner;
    this.versions = versions;
    this.asOf = asOf;
    this.now = versions.at(asOf).orElseThrow();
    this.work = work;
    this.listener = listener;
    this.problems = new BookProblems(listener);
  }

  BookSummary run(Path folder, BookEvaluator.Output out) throws IOException {
    BookInput input = BookInput.open(folder, owner.limits(), problems::add);
    long partners = input.rows(PortfolioTable.PARTNERS, p -> { }, (line, cells) -> { });
    parts = (int) Math.max(1, Math.min(BookEvaluator.MAX_PARTS, (partners + owner.partSize() - 1) / owner.partSize()));
    listener.progress("reading", 0, 3);
    forEachDealPartner(input, (deal, partner) -> dealParts.add(deal, DealParts.partOf(partner, parts)));
    listener.progress("reading", 1, 3);
    forEachDealPartner(input, (deal, partner) -> {
      int home = DealParts.partOf(partner, parts);
      for (int part : dealParts.partsOf(deal, parts)) {
        if (part != home) {
          extraParts.merge(partner, new int[] {part}, BookRun::union);
        }
      }
    });
    listener.progress("reading", 2, 3);
    split(input);
    listener.progress("reading", 3, 3);
    BookTotals totals = evaluateParts(input);
    if (problems.count() > 0) {
      throw problems.exception();
    }
    return book(totals, out);
  }

  /** Calls {@code action} with the deal and the partner of every touch, registration and cancellation naming one. */
  private static void forEachDealPartner(BookInput input, java.util.function.BiConsumer<String, String> action)
      throws IOException {
    for (PortfolioTable table : List.of(PortfolioTable.TOUCHES, PortfolioTable.REGISTRATIONS,
        PortfolioTable.CANCELLATIONS)) {
      int deal = table.columns().indexOf("deal");
      int partner = table.columns().indexOf("partner");
      input.rows(table, p -> { }, (line, cells) -> {
        if (!cells[partner].isEmpty()) {
          action.accept(cells[deal], cells[partner]);
        }
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Split: every row to the spill file of each part it belongs to.

  private void split(BookInput input) throws IOException {
    SpillFile.Writer[] spills = new SpillFile.Writer[parts];
    try {
      for (int i = 0; i < parts; i++) {
        spills[i] = new SpillFile.Writer(spill(i), 1 << 14);
      }
      for (PortfolioTable table : PortfolioTable.values()) {
        int key = keyColumn(table);
        long count = input.rows(table, problems::add, (line, cells) -> {
          int[] targets = targets(table, key < 0 ? "" : cells[key]);
          for (int part : targets) {
            spills[part].write(table.ordinal(), line, targets.length > 1, cells);
          }
        });
        rows.put(table.fileName(), count);
      }
    } finally {
      for (SpillFile.Writer spill : spills) {
        if (spill != null) {
          spill.close();
        }
      }
    }
  }

  private static int keyColumn(PortfolioTable table) {
    switch (table) {
      case PARTNERS:
      case DEALS:
        return table.columns().indexOf("id");
      case METRICS:
      case CERTIFICATIONS:
      case RATINGS:
      case MDF_REQUESTS:
        return table.columns().indexOf("partner");
      case TOUCHES:
      case REGISTRATIONS:
      case PAYMENTS:
      case CANCELLATIONS:
        return table.columns().indexOf("deal");
      default:
        return -1;
    }
  }

  private int[] targets(PortfolioTable table, String key) {
    switch (table) {
      case PARTNERS:
        int home = DealParts.partOf(key, parts);
        int[] extra = extraParts.get(key);
        return extra == null ? new int[] {home} : union(new int[] {home}, extra);
      case METRICS:
      case CERTIFICATIONS:
      case RATINGS:
      case MDF_REQUESTS:
        return new int[] {DealParts.partOf(key, parts)};
      case DEALS:
      case TOUCHES:
      case REGISTRATIONS:
      case PAYMENTS:
      case CANCELLATIONS:
        return dealParts.partsOf(key, parts);
      case FX_RATES:
        int[] all = new int[parts];
        Arrays.setAll(all, i -> i);
        return all;
      default:
        return new int[] {0};
    }
  }

  private static int[] union(int[] a, int[] b) {
    int[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return Arrays.stream(both).distinct().sorted().toArray();
  }

  private Path spill(int part) {
    return work.resolve("part-" + part + ".rows");
  }

  // ---------------------------------------------------------------------------------------------
  // Parts

  private BookTotals evaluateParts(BookInput input) throws IOException {
    BookTotals totals = new BookTotals(asOf, now, owner.evaluator().pooled(), owner.evaluator().pool());
    // One pool for the parts and for the parallel streams within them (they run in the pool of the
    // thread that starts them): the evaluation uses exactly the evaluator's threads.
    ForkJoinPool pool = new ForkJoinPool(Math.min(owner.threads(), parts));
    PortfolioReader reader = PortfolioReader.of(versions.first());
    AtomicLong done = new AtomicLong();
    try {
      List<Future<BookPart>> futures = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        int part = i;
        futures.add(pool.submit(() -> {
          BookPart outcome = part(part, input, reader, owner.evaluator());
          listener.progress("evaluating", done.incrementAndGet(), parts);
          return outcome;
        }));
      }
      for (Future<BookPart> future : futures) {
        totals.add(future.get());
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause != null && cause.getCause() != null && cause.getCause().getClass() == cause.getClass()) {
        cause = cause.getCause(); // the fork-join pool's copy made for the waiting thread: report the original
      }
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while evaluating", e);
    } finally {
      pool.shutdownNow();
    }
    return totals;
  }

  private BookPart part(int part, BookInput input, PortfolioReader reader, PortfolioEvaluator evaluator)
      throws IOException {
    Map<PortfolioTable, List<Cells>> tables = new EnumMap<>(PortfolioTable.class);
    Set<String> copied = new HashSet<>();
    PortfolioTable[] all = PortfolioTable.values();
    try (SpillFile.Reader in = new SpillFile.Reader(spill(part), 1 << 16)) {
      for (Optional<SpillFile.Entry> e = in.next(); e.isPresent(); e = in.next()) {
        PortfolioTable table = all[e.get().table()];
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(new Cells(e.get().line(), e.get().cells()));
        if (e.get().flag()) {
          copied.add(table.fileName() + ":" + e.get().line());
        }
      }
    }
    java.nio.file.Files.delete(spill(part));
    Portfolio portfolio;
    try {
      portfolio = reader.readCells(tables, input.broken());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems(), copied);
      return BookPart.empty(part);
    }
    tables.clear();
    if (problems.count() > 0) {
      return BookPart.empty(part);
    }
    PortfolioEvaluator.Part evaluated = evaluator.part(versions, portfolio, asOf,
        id -> DealParts.partOf(id.value(), parts) == part, id -> dealParts.partsOf(id, parts)[0] == part);
    problems.addAll(evaluated.problems(), copied);
    Optional<MaturityResult> maturity = Optional.empty();
    if (part == 0) {
      List<CsvProblem> found = new ArrayList<>();
      maturity = PortfolioEvaluator.maturity(now, portfolio.checklist(), found::add);
      problems.addAll(found, copied);
    }
    if (problems.count() > 0) {
      return BookPart.empty(part);
    }
    BookFigures figures = BookPart.figuresOf(now.program().currency(), asOf, owner.evaluator().pool(), portfolio,
        evaluated);
    return BookPart.of(part, evaluated, maturity, figures, work, owner.explain());
  }

  // ---------------------------------------------------------------------------------------------
  // Book

  private BookSummary book(BookTotals totals, BookEvaluator.Output out) throws IOException {
    List<SegmentFacts> facts = totals.segmentFacts();
    facts.sort(Comparator.comparing(SegmentFacts::partnerId));
    List<SegmentAssignment> segments = PortfolioEvaluator.segment(now, facts);
    Map<String, SegmentAssignment> segmentOf = new HashMap<>();
    Map<PartnerId, SegmentAssignment.Quadrant> quadrants = new HashMap<>();
    Map<String, Long> segmentCounts = new LinkedHashMap<>();
    for (SegmentAssignment s : segments) {
      segmentOf.put(s.partnerId().value(), s);
      s.quadrant().ifPresent(q -> quadrants.put(s.partnerId(), q));
      segmentCounts.merge(s.segment().name(), 1L, Long::sum);
    }
    facts.clear();
    List<PoolCandidate> candidates = totals.candidates();
    candidates.sort(Comparator.comparing(PoolCandidate::partnerId));
    Map<PartnerId, Money> allocations = owner.evaluator().allocate(versions.history(), asOf, candidates, quadrants);
    KpiTally tally = totals.tally();
    Map<String, Money> allocated = new HashMap<>();
    Money change = Money.zero(now.program().currency());
    for (Map.Entry<PartnerId, Money> a : allocations.entrySet()) {
      allocated.put(a.getKey().value(), a.getValue());
      Money delta = a.getValue().minus(totals.baseAllocation(a.getKey().value()));
      tally.addAllocated(delta);
      change = change.plus(delta);
    }
    BookFigures figures = totals.figures().withAllocationChange(change);
    KpiFacts kpiFacts = tally.facts();
    ProgramResult program = new ProgramResult(now.version(), totals.maturity(), List.of(), kpiFacts,
        now.kpis().compute(kpiFacts), owner.evaluator().pool());
    List<String> notEvaluated = owner.evaluator().notEvaluated(totals.later(), rows.getOrDefault("payments.csv", 0L),
        rows.getOrDefault("cancellations.csv", 0L), rows.getOrDefault("mdf-requests.csv", 0L));
    BookOutputs outputs = new BookOutputs(versions.history(), asOf, out, listener);
    Map<String, Long> files = outputs.write(totals, segmentOf, allocated, program);
    List<Ranked> top = totals.top();
    List<Ranked> bottom = totals.bottom();
    BookSummary summary = new BookSummary(asOf, versions.history().latest().program(),
        versions.history().latest().currency(), outputs.versions(), totals.partners(), totals.deals(), rows,
        totals.tiers(versions.history().latest().ladder()), totals.bands(), totals.inGrace(), segmentCounts,
        totals.maturity(), program.kpis(), now.version(), top, bottom, notEvaluated, figures, files);
    return outputs.finish(summary, program);
  }
}
