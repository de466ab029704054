package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partneros.attribution.AttributionType;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerType;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.report.CsvReport;
import dev.partneros.portfolio.report.JsonReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Streaming equals in memory: a generated book written as CSV files and evaluated by
 * {@link BookEvaluator} in many small parts gives, partner by partner and deal by deal, what
 * {@link PortfolioEvaluator} gives on the whole book in memory: the same JSON for every partner
 * (decisions, money, segment, pool allocation), the same CSV files byte for byte, the same KPIs.
 */
class BookEvaluatorProperties {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Property(tries = 60)
  void streamingGivesWhatTheWholeBookGives(@ForAll("books") Book book) throws IOException {
    Portfolio portfolio = PortfolioGenerator.generate(book.options());
    PortfolioEvaluation whole = book.evaluator().evaluate(book.history(), portfolio, book.asOf());
    Path folder = Files.createTempDirectory("book-in");
    Path out = Files.createTempDirectory("book-out");
    try {
      for (Map.Entry<String, String> file : PortfolioWriter.csv(portfolio).entrySet()) {
        Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      BookSummary summary = BookEvaluator.of(book.evaluator()).withPartSize(book.partSize()).withExplain(book.explain())
          .evaluate(book.history(), folder, book.asOf(), out, BookEvaluator.Listener.NONE);

      List<String> lines = Files.readAllLines(out.resolve("partners.jsonl"));
      assertThat(lines).hasSize(whole.partners().size());
      for (int i = 0; i < lines.size(); i++) {
        JsonNode expected = JSON.readTree(JSON.writeValueAsString(JsonReport.partnerLine(whole.partners().get(i),
            book.explain())));
        assertThat(JSON.readTree(lines.get(i))).as(whole.partners().get(i).id()).isEqualTo(expected);
      }
      Map<String, String> csv = CsvReport.render(whole);
      for (Map.Entry<String, String> file : csv.entrySet()) {
        assertThat(out.resolve(file.getKey())).as(file.getKey()).exists();
        assertThat(Files.readString(out.resolve(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
      }
      assertThat(summary.partners()).isEqualTo(whole.partners().size());
      assertThat(summary.deals()).isEqualTo(whole.deals().size());
      assertThat(summary.kpis()).isEqualTo(whole.program().kpis());
      assertThat(summary.inGrace()).isEqualTo(whole.inGrace().size());
      assertThat(summary.notEvaluated()).isEqualTo(whole.notEvaluated());
      assertFiguresOf(summary.figures(), whole, book.pool());
    } finally {
      delete(folder);
      delete(out);
    }
  }

  /**
   * The streamed figures equal those of the evaluation of the whole book, computed here from the
   * evaluation on their own, and the statement totals add up.
   */
  static void assertFiguresOf(BookFigures f, PortfolioEvaluation whole, Optional<Money> pool) {
    assertThat(f).isEqualTo(BookFigures.of(whole));
    List<CommissionOutcome> statements = whole.partners().stream().flatMap(p -> p.commission().stream()).toList();
    assertThat(f.statements()).isEqualTo(statements.size());
    for (BookFigures.CommissionTotals t : f.commission()) {
      List<CommissionOutcome> in = statements.stream().filter(c -> c.earned().currency().equals(t.currency())).toList();
      assertThat(t.net()).isEqualTo(Money.total(in.stream().map(CommissionOutcome::earned).toList(), t.currency()));
      assertThat(t.clawedBack()).isEqualTo(Money.total(in.stream().map(CommissionOutcome::clawedBack).toList(),
          t.currency()));
      assertThat(t.paid()).isEqualTo(Money.total(in.stream().map(CommissionOutcome::paid).toList(), t.currency()));
      assertThat(t.earned().minus(t.clawedBack()).minus(t.paid())).as("earned - clawed back - paid")
          .isEqualTo(t.balance());
    }
    List<String> top = whole.partners().stream().filter(p -> p.commission().isPresent())
        .filter(p -> p.commission().get().earned().currency().equals(whole.currency()))
        .sorted(Comparator.comparing((PartnerResult p) -> p.commission().get().earned().amount()).reversed()
            .thenComparing(PartnerResult::id)).limit(BookFigures.TOP).map(PartnerResult::id).toList();
    assertThat(f.topByCommission()).extracting(BookFigures.TopPartner::id).isEqualTo(top);
    assertThat(f.clawedBackPartners()).isEqualTo(statements.stream().filter(c -> c.clawedBack().isPositive()).count());
    assertThat(f.mdfPool()).isEqualTo(pool);
    List<MdfOutcome> funds = whole.partners().stream().flatMap(p -> p.mdf().stream()).toList();
    assertThat(f.mdfAllocated()).isEqualTo(Money.total(funds.stream().map(MdfOutcome::allocated).toList(),
        whole.currency()));
    assertThat(f.mdfGranted()).isEqualTo(Money.total(funds.stream().map(MdfOutcome::granted).toList(),
        whole.currency()));
    List<MdfOutcome.RequestDecision> requests = funds.stream().flatMap(m -> m.requests().stream()).toList();
    f.mdfRequests().forEach((decision, t) -> assertThat(t.count()).as(decision)
        .isEqualTo(requests.stream().filter(r -> r.outcome().equals(decision)).count()));
    LocalDate yearAgo = whole.asOf().minusYears(1);
    Map<String, PartnerType> types = new java.util.HashMap<>();
    whole.partners().forEach(p -> types.put(p.id(), p.partner().type()));
    Map<PartnerType, Map<AttributionType, Long>> attribution = new java.util.EnumMap<>(PartnerType.class);
    whole.deals().stream().filter(DealResult::isWon).filter(d -> d.closed().orElseThrow().isAfter(yearAgo))
        .flatMap(d -> d.credits().stream()).filter(c -> types.containsKey(c.partner().value()))
        .forEach(c -> attribution.computeIfAbsent(types.get(c.partner().value()),
            k -> new java.util.EnumMap<>(AttributionType.class)).merge(c.attribution().type(), 1L, Long::sum));
    assertThat(f.attribution().keySet()).isEqualTo(attribution.keySet());
    attribution.forEach((type, counts) -> counts.forEach((a, n) -> assertThat(f.attribution().get(type).get(a))
        .as(type + " " + a).isEqualTo(n)));
  }

  /** A book to compare: generated, evaluated under a history with or without a pool, split in parts of a size. */
  record Book(PortfolioGenerator.Options options, ProgramHistory history, Optional<Money> pool, LocalDate asOf,
      int partSize, Explain explain) {
    PortfolioEvaluator evaluator() {
      PortfolioEvaluator standard = PortfolioEvaluator.standard().withParallelism(2);
      return pool.map(p -> standard.withMdf(TiersMdfModule.withPool(p))).orElse(standard);
    }
  }

  @Provide
  Arbitrary<Book> books() {
    Arbitrary<Integer> partners = Arbitraries.integers().between(1, 60);
    Arbitrary<Integer> quarters = Arbitraries.integers().between(1, 8);
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<ProgramHistory> histories = Arbitraries.of(GeneratedPortfolios.ONE_VERSION,
        GeneratedPortfolios.TWO_VERSIONS);
    Arbitrary<Optional<Money>> pools = Arbitraries.longs().between(0, 500_000)
        .map(p -> Money.of(p, GeneratedPortfolios.USD)).optional(0.5);
    Arbitrary<Integer> partSizes = Arbitraries.integers().between(1, 20);
    Arbitrary<Explain> levels = Arbitraries.of(Explain.class);
    Arbitrary<Double> when = Arbitraries.doubles().between(0, 1);
    return Combinators.combine(partners, quarters, seeds, histories, pools, partSizes, levels, when)
        .as((n, q, seed, history, pool, size, level, at) -> {
          YearQuarter start = YearQuarter.of(2026, 1);
          LocalDate from = start.firstDay();
          LocalDate to = start.plusQuarters(q - 1L).lastDay().plusDays(120);
          LocalDate asOf = from.plusDays(Math.round(at * (to.toEpochDay() - from.toEpochDay())));
          return new Book(new PortfolioGenerator.Options(n, seed, start, q, GeneratedPortfolios.USD,
              TierLadder.standard()), history, pool, asOf, size, level);
        });
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
      for (Path p : all) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
