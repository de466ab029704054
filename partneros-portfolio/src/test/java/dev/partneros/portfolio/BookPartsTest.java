package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.report.BookReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps a distributed engine runs ({@link BookParts}, {@link BookPartsFigures}), run here in one
 * part, give the streaming evaluation's summary and KPIs: the figures survive their JSON form and
 * the book-level steps are the streaming evaluation's. (partneros-spark compares every output
 * file, across many parts and partitions.)
 */
class BookPartsTest {

  @TempDir
  Path work;

  @Test
  void onePart_givesTheStreamingEvaluationsSummaryAndKpis() throws IOException {
    ProgramHistory history = SampleBook.history();
    PortfolioEvaluator evaluator = SampleBook.evaluator();
    Path in = Files.createDirectories(work.resolve("in"));
    for (Map.Entry<String, String> file : PortfolioWriter.csv(SampleBook.portfolio()).entrySet()) {
      Files.writeString(in.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    Path out = work.resolve("out");
    BookEvaluator.of(evaluator).evaluate(history, in, SampleBook.AS_OF, out, BookEvaluator.Listener.NONE);

    List<BookParts.Row> rows = new ArrayList<>();
    List<CsvProblem> problems = new ArrayList<>();
    Set<PortfolioTable> broken = EnumSet.noneOf(PortfolioTable.class);
    Map<String, Long> read = new LinkedHashMap<>();
    for (PortfolioTable table : PortfolioTable.values()) {
      Path file = in.resolve(table.fileName());
      long before = rows.size();
      if (Files.exists(file) && BookParts.readCsv(table, () -> Files.newInputStream(file), ReadLimits.standard(),
          rows::add, problems::add)) {
        broken.add(table);
      }
      read.put(table.fileName(), rows.size() - before);
    }
    assertThat(problems).isEmpty();
    assertThat(broken).isEmpty();
    BookParts steps = BookParts.of(history, SampleBook.AS_OF, evaluator, Explain.SUMMARY);
    BookParts.Part part = steps.evaluate(0, 1, rows, broken, id -> true);
    assertThat(part.problems()).isEmpty();

    BookPartsFigures figures = steps.figures();
    List<BookParts.PartnerFigures> ranked = part.partners().stream().filter(p -> p.segmentFacts().isPresent())
        .sorted(Comparator.comparing((BookParts.PartnerFigures p) -> BookPartsFigures.revenue(p.segmentFacts().get()))
            .reversed().thenComparing(BookParts.PartnerFigures::id)).toList();
    Map<String, BookPartsFigures.Segment> segments = new LinkedHashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      segments.put(ranked.get(i).id(), figures.assign(ranked.get(i).segmentFacts().get(), i + 1, ranked.size()));
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    segments.keySet().stream().sorted().forEach(id -> counts.merge(segments.get(id).segment(), 1L, Long::sum));
    BookPartsFigures.Allocation allocation = figures.allocate(part.partners().stream()
        .filter(p -> p.candidate().isPresent()).map(p -> new BookPartsFigures.Candidate(p.candidate().get(),
            Optional.ofNullable(segments.get(p.id())).flatMap(BookPartsFigures.Segment::quadrant), p.baseAllocation()))
        .toList());
    assertThat(allocation.allocations()).isNotEmpty();
    assertThat(allocation.allocations().values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isLessThanOrEqualTo(SampleBook.MDF_POOL.amount());

    BookPartsFigures.Book book = figures.book(figures.merge(figures.empty(), part.figures()), read, counts,
        allocation.change());
    assertThat(BookReport.json(book.summary())).isEqualTo(Files.readString(out.resolve("summary.json")));
    assertThat(book.kpisCsv()).isEqualTo(Files.readString(out.resolve("kpis.csv")));
    try (Stream<BookParts.Output> lines = part.outputs().stream()
        .filter(o -> o.file().equals(BookPartsFigures.PARTNERS_JSONL))) {
      assertThat(lines.count()).isEqualTo(book.summary().partners());
    }
  }

  @Test
  void row_cellsNotOnePerColumn_isRefused() {
    assertThatThrownBy(() -> new BookParts.Row(PortfolioTable.CHECKLIST, 2, List.of("a", "b"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cells must have one value per column of checklist.csv (1), but had 2");
  }
}
