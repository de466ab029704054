package dev.partneros.portfolio;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.BookEvaluator.Listener;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.portfolio.internal.CsvWriter;
import dev.partneros.portfolio.internal.SpillFile;
import dev.partneros.portfolio.report.BookReport;
import dev.partneros.portfolio.report.CsvReport;
import dev.partneros.scoring.segment.SegmentAssignment;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

/**
 * The output files of a streaming evaluation ({@code docs/streaming.md#outputs}):
 * {@code partners.jsonl} (one partner a line, compact JSON, in partner-id order), the CSV files of
 * {@link CsvReport} written row by row, {@code summary.json} (the program level and the book's
 * distributions) and the summarising {@code report.txt} and {@code report.html}. The parts' result
 * files are merged in id order, each partner's segment and pool allocation put in on the way.
 */
final class BookOutputs {

  /** The JSON Lines file of the partners. */
  static final String PARTNERS_JSONL = "partners.jsonl";
  /** The summary document. */
  static final String SUMMARY_JSON = "summary.json";


  private final ProgramHistory history;
  private final LocalDate asOf;
  private final BookEvaluator.Output out;
  private final Listener listener;
  private final Currency currency;
  private final Map<String, Long> files = new LinkedHashMap<>();

  BookOutputs(ProgramHistory history, LocalDate asOf, BookEvaluator.Output out, Listener listener) {
    this.history = history;
    this.asOf = asOf;
    this.out = out;
    this.listener = listener;
    this.currency = history.latest().currency();
  }

  List<VersionInfo> versions() {
    return history.versions().stream().map(v -> new VersionInfo(v.version(), v.effectiveFrom()))
        .collect(Collectors.toList());
  }

  /** Writes the per-partner and per-deal files and the KPIs; returns their sizes. */
  Map<String, Long> write(BookTotals totals, Map<String, SegmentAssignment> segments, Map<String, Money> allocated,
      ProgramResult program) throws IOException {
    List<String> names = new ArrayList<>();
    names.add(PARTNERS_JSONL);
    names.addAll(CsvReport.PARTNER_FILES);
    Writer[] writers = new Writer[names.size()];
    try {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        boolean wanted = !name.equals(CsvReport.COMMISSION) && !name.equals(CsvReport.MDF_REQUESTS)
            || name.equals(CsvReport.COMMISSION) && totals.commission()
            || name.equals(CsvReport.MDF_REQUESTS) && totals.mdf();
        if (wanted) {
          writers[i] = open(name);
          if (i > 0) {
            writers[i].write(CsvWriter.line(CsvReport.header(name, currency)));
          }
        }
      }
      long[] written = new long[1];
      merge(totals.partnerFiles(), entry -> {
        Writer w = writers[entry.table()];
        if (w == null) {
          return;
        }
        String[] cells = entry.cells();
        if (entry.table() == BookPart.JSON_LINE) {
          w.write(line(cells[0], cells[1], segments.get(cells[0]), Optional.ofNullable(allocated.get(cells[0]))));
          w.write('\n');
          if (++written[0] % 10_000 == 0) {
            listener.progress("writing", written[0], totals.partners());
          }
          return;
        }
        if (entry.table() == 1 + CsvReport.PARTNER_FILES.indexOf(CsvReport.PARTNERS)) {
          SegmentAssignment s = segments.get(cells[0]);
          if (s != null) {
            cells[CsvReport.SEGMENT_COLUMN] = s.segment().name();
            cells[CsvReport.SEGMENT_COLUMN + 1] = s.quadrant().map(Enum::name).orElse("");
          }
        }
        w.write(CsvWriter.line(List.of(cells)));
      });
      if (written[0] == 0 || written[0] % 10_000 != 0) { // the last count, unless the loop just reported it
        listener.progress("writing", written[0], totals.partners());
      }
    } finally {
      for (Writer w : writers) {
        if (w != null) {
          w.close();
        }
      }
    }
    try (Writer attribution = open(CsvReport.ATTRIBUTION)) {
      attribution.write(CsvWriter.line(CsvReport.header(CsvReport.ATTRIBUTION, currency)));
      merge(totals.dealFiles(), entry -> attribution.write(CsvWriter.line(List.of(entry.cells()))));
    }
    writeString(CsvReport.KPIS, CsvReport.kpis(program));
    return files;
  }

  /** Writes the summary and the reports; returns the summary with every file's size. */
  BookSummary finish(BookSummary summary, ProgramResult program) throws IOException {
    writeString(SUMMARY_JSON, BookReport.json(summary));
    writeString("report.txt", BookReport.text(summary));
    writeString("report.html", BookReport.html(summary));
    return summary.withFiles(files);
  }

  private void writeString(String name, String text) throws IOException {
    try (Writer w = open(name)) {
      w.write(text);
    }
  }

  /** Opens an output file; its size is recorded when it is closed. */
  private Writer open(String name) throws IOException {
    files.put(name, 0L);
    OutputStream stream = out.open(name);
    return new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(stream) {
      private long count;

      @Override
      public void write(int b) throws IOException {
        out.write(b);
        count++;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        count += len;
      }

      @Override
      public void close() throws IOException {
        super.close();
        files.put(name, count);
      }
    }, StandardCharsets.UTF_8), 1 << 16);
  }

  /** A partner's JSON line with its segment and, from a pool, its allocation. */
  private static String line(String id, String json, SegmentAssignment segment, Optional<Money> allocation) {
    Optional<SegmentAssignment> s = Optional.ofNullable(segment);
    return BookPartsFigures.partnerLine(json, s.map(a -> a.segment().name()),
        s.flatMap(SegmentAssignment::quadrant).map(Enum::name), allocation.map(m -> m.amount().toPlainString()));
  }

  /** Receives merged records. */
  private interface Sink {
    void accept(SpillFile.Entry entry) throws IOException;
  }

  /** Merges files sorted by their records' first cell into one sequence in that order (a file's ties in order). */
  private static void merge(List<Path> parts, Sink sink) throws IOException {
    List<SpillFile.Reader> readers = new ArrayList<>();
    try {
      PriorityQueue<Head> heads = new PriorityQueue<>();
      for (Path part : parts) {
        SpillFile.Reader reader = new SpillFile.Reader(part, 1 << 13);
        readers.add(reader);
        int index = readers.size() - 1;
        reader.next().ifPresent(e -> heads.add(new Head(e, index)));
      }
      while (!heads.isEmpty()) {
        Head head = heads.poll();
        sink.accept(head.entry);
        readers.get(head.reader).next().ifPresent(e -> heads.add(new Head(e, head.reader)));
      }
    } finally {
      for (SpillFile.Reader reader : readers) {
        reader.close();
      }
    }
  }

  private record Head(SpillFile.Entry entry, int reader) implements Comparable<Head> {
    @Override
    public int compareTo(Head other) {
      int byKey = entry.cells()[0].compareTo(other.entry.cells()[0]);
      return byKey != 0 ? byKey : Integer.compare(reader, other.reader);
    }
  }
}
