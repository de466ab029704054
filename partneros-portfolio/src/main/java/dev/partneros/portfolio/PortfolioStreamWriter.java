package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Writes a portfolio handed over a part at a time (such as each partner's rows from
 * {@link PortfolioGenerator#stream}) into files, in memory that does not depend on the size of the
 * portfolio: the CSV folder (one buffered UTF-8 writer open per table file) or one JSON document.
 * The bytes are those of {@link PortfolioWriter}: writing the parts of a portfolio in order gives
 * the files {@link PortfolioWriter#csv} and {@link PortfolioWriter#json} render for the whole of it.
 *
 * <p>With {@link Order#SHUFFLED}, the rows of each table are written in a pseudo-random order, as
 * a CRM export that is not sorted by partner would have them: each table's rows are buffered in
 * blocks of {@link #SHUFFLE_BLOCK} rows, and each block is shuffled (by a generator seeded with
 * the given seed and the table) before it is written. A row therefore moves within its block only.
 *
 * <p>A JSON document holds one table after the other, so its rows are first spilled into
 * temporary files in a hidden folder beside the document (about the size of the document, deleted
 * when done) and then written through one streaming {@link JsonGenerator}.
 *
 * <p>Used by one thread. {@link #finish} completes the files; {@link #close} without
 * {@code finish} (after a failure) closes them as they are, incomplete.
 */
public final class PortfolioStreamWriter implements Closeable {

  /** How many rows of a table {@link Order#SHUFFLED} shuffles together. */
  public static final int SHUFFLE_BLOCK = 10_000;

  /** The order in which the rows of each table are written. */
  public enum Order {
    /** In the order handed over: for a generated portfolio, by partner. */
    BY_PARTNER,
    /** Shuffled within blocks of {@link #SHUFFLE_BLOCK} rows of each table. */
    SHUFFLED
  }

  /**
   * What was written.
   *
   * @param files the files written, in table order
   * @param rows the rows written per table, every table present
   * @param prospects how many of the partners are prospects
   * @param bytes the size of the files written
   */
  public record Written(List<Path> files, Map<PortfolioTable, Long> rows, long prospects, long bytes) {
    /**
     * Copies the collections.
     *
     * @param files not null
     * @param rows not null
     * @param prospects count
     * @param bytes count
     */
    public Written {
      files = List.copyOf(files);
      rows = Collections.unmodifiableMap(new EnumMap<>(requireNonNull(rows, "rows")));
    }

    /**
     * Returns the rows written to a table.
     *
     * @param table the table, not null
     * @return the count
     */
    public long rows(PortfolioTable table) {
      return rows.getOrDefault(requireNonNull(table, "table"), 0L);
    }

    /**
     * Returns a one-line count of the rows, as {@link Portfolio#summary()} has it.
     *
     * @return never null
     */
    public String summary() {
      return rows(PortfolioTable.PARTNERS) + " partners (" + prospects + " prospects), "
          + rows(PortfolioTable.METRICS) + " quarterly metrics, " + rows(PortfolioTable.CERTIFICATIONS)
          + " certifications, " + rows(PortfolioTable.DEALS) + " deals, " + rows(PortfolioTable.TOUCHES)
          + " touches, " + rows(PortfolioTable.REGISTRATIONS) + " registrations, " + rows(PortfolioTable.PAYMENTS)
          + " payments, " + rows(PortfolioTable.CANCELLATIONS) + " cancellations, "
          + rows(PortfolioTable.MDF_REQUESTS) + " MDF requests, " + rows(PortfolioTable.RATINGS) + " ratings, "
          + rows(PortfolioTable.CHECKLIST) + " checklist items, " + rows(PortfolioTable.FX_RATES) + " FX rates";
    }
  }

  private static final int BUFFER = 1 << 16;

  private final Map<PortfolioTable, Table<?>> tables = new EnumMap<>(PortfolioTable.class);
  private final List<Path> files;
  private final Optional<Json> json;
  private long prospects;
  private boolean finished;
  private boolean closed;

  private PortfolioStreamWriter(List<Path> files, Optional<Json> json) {
    this.files = files;
    this.json = json;
  }

  /**
   * Opens the CSV files of every table in a folder, created if needed; files of the same names are
   * replaced. Each file gets its header at once.
   *
   * @param folder the folder, not null
   * @param order the order of the rows, not null
   * @param seed the seed of the shuffle (unused for {@link Order#BY_PARTNER})
   * @return the writer, never null
   * @throws IOException if the folder or a file cannot be created
   */
  public static PortfolioStreamWriter csv(Path folder, Order order, long seed) throws IOException {
    requireNonNull(folder, "folder");
    requireNonNull(order, "order");
    Files.createDirectories(folder);
    List<Path> paths = new ArrayList<>();
    PortfolioStreamWriter writer = new PortfolioStreamWriter(paths, Optional.empty());
    try {
      for (PortfolioTable table : PortfolioTable.values()) {
        Path path = folder.resolve(table.fileName());
        paths.add(path);
        writer.tables.put(table, new CsvTable(table, order, seed, path));
      }
    } catch (IOException | RuntimeException e) {
      writer.closeQuietly(e);
      throw e;
    }
    return writer;
  }

  /**
   * Opens a JSON document; a file of the same name is replaced. Its folder is created if needed.
   *
   * @param file the document, not null
   * @param order the order of the rows, not null
   * @param seed the seed of the shuffle (unused for {@link Order#BY_PARTNER})
   * @return the writer, never null
   * @throws IOException if the file or the spill folder cannot be created
   */
  public static PortfolioStreamWriter json(Path file, Order order, long seed) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(order, "order");
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path spill = Files.createTempDirectory(folder, ".portfolio-json-");
    PortfolioStreamWriter writer = new PortfolioStreamWriter(List.of(file), Optional.of(new Json(file, spill)));
    try {
      for (PortfolioTable table : PortfolioTable.values()) {
        writer.tables.put(table, new SpillTable(table, order, seed, spill.resolve(table.tableName() + ".rows")));
      }
    } catch (IOException | RuntimeException e) {
      writer.closeQuietly(e);
      throw e;
    }
    return writer;
  }

  /**
   * Writes a part of the portfolio: appends the rows of each of its tables.
   *
   * @param part the rows to append, not null
   * @throws IOException if a file cannot be written
   * @throws IllegalStateException if already finished or closed
   */
  public void write(Portfolio part) throws IOException {
    requireNonNull(part, "part");
    if (finished || closed) {
      throw new IllegalStateException("the writer is " + (finished ? "finished" : "closed"));
    }
    for (Portfolio.PartnerRow partner : part.partners()) {
      if (partner.stage() == PartnerStage.PROSPECT) {
        prospects++;
      }
    }
    for (Map.Entry<PortfolioTable, List<List<String>>> table : PortfolioWriter.rows(part).entrySet()) {
      Table<?> out = tables.get(table.getKey());
      for (List<String> row : table.getValue()) {
        out.add(row);
      }
    }
  }

  /**
   * Writes the rows still buffered, completes and closes the files.
   *
   * @return what was written, never null
   * @throws IOException if a file cannot be written
   * @throws IllegalStateException if already finished or closed
   */
  public Written finish() throws IOException {
    if (finished || closed) {
      throw new IllegalStateException("the writer is " + (finished ? "finished" : "closed"));
    }
    finished = true;
    Map<PortfolioTable, Long> rows = new EnumMap<>(PortfolioTable.class);
    try {
      for (Table<?> table : tables.values()) {
        table.drain();
        table.close();
        rows.put(table.table, table.count);
      }
      if (json.isPresent()) {
        json.get().write(tables);
      }
    } finally {
      close();
    }
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    return new Written(files, rows, prospects, bytes);
  }

  /**
   * Closes the files; without {@link #finish} first, they are left incomplete (rows still buffered
   * are not written). Deletes the temporary files of a JSON document. Does nothing the second time.
   *
   * @throws IOException if a file cannot be closed
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    for (Table<?> table : tables.values()) {
      try {
        table.close();
      } catch (IOException e) {
        failure = add(failure, e);
      }
    }
    if (json.isPresent()) {
      try {
        json.get().deleteSpill();
      } catch (IOException e) {
        failure = add(failure, e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void closeQuietly(Exception cause) {
    try {
      close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  private static IOException add(IOException first, IOException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }

  /** One table's output: rows encoded, shuffled in blocks if asked, then emitted. */
  private abstract static class Table<T> {
    final PortfolioTable table;
    private final boolean shuffled;
    private final SplittableRandom random;
    private final List<T> block = new ArrayList<>();
    long count;

    Table(PortfolioTable table, Order order, long seed) {
      this.table = table;
      this.shuffled = order == Order.SHUFFLED;
      this.random = PortfolioGenerator.random(~seed, -1 - table.ordinal());
    }

    final void add(List<String> cells) throws IOException {
      count++;
      T row = encode(cells);
      if (!shuffled) {
        emit(row);
        return;
      }
      block.add(row);
      if (block.size() == SHUFFLE_BLOCK) {
        drain();
      }
    }

    final void drain() throws IOException {
      for (int i = block.size() - 1; i > 0; i--) { // Fisher-Yates
        Collections.swap(block, i, random.nextInt(i + 1));
      }
      for (T row : block) {
        emit(row);
      }
      block.clear();
    }

    abstract T encode(List<String> cells) throws IOException;

    abstract void emit(T row) throws IOException;

    abstract void close() throws IOException;
  }

  /** A CSV file: its lines. */
  private static final class CsvTable extends Table<String> {
    private final Writer out;

    CsvTable(PortfolioTable table, Order order, long seed, Path path) throws IOException {
      super(table, order, seed);
      this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
          BUFFER);
      out.write(PortfolioWriter.line(table.columns()));
    }

    @Override
    String encode(List<String> cells) {
      return PortfolioWriter.line(cells);
    }

    @Override
    void emit(String row) throws IOException {
      out.write(row);
    }

    @Override
    void close() throws IOException {
      out.close();
    }
  }

  /** A table of a JSON document, spilled to a temporary file: each row its cell count and cells. */
  private static final class SpillTable extends Table<byte[]> {
    private final Path path;
    private final DataOutputStream out;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream encoder = new DataOutputStream(bytes);

    SpillTable(PortfolioTable table, Order order, long seed, Path path) throws IOException {
      super(table, order, seed);
      this.path = path;
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), BUFFER));
    }

    @Override
    byte[] encode(List<String> cells) throws IOException {
      bytes.reset();
      encoder.writeInt(cells.size());
      for (String cell : cells) {
        byte[] text = cell.getBytes(StandardCharsets.UTF_8);
        encoder.writeInt(text.length);
        encoder.write(text);
      }
      encoder.flush();
      return bytes.toByteArray();
    }

    @Override
    void emit(byte[] row) throws IOException {
      out.write(row);
    }

    @Override
    void close() throws IOException {
      out.close();
    }

    /** Replays the spilled rows into a JSON array. */
    void replay(JsonGenerator json) throws IOException {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), BUFFER))) {
        while (true) {
          int size;
          try {
            size = in.readInt();
          } catch (EOFException end) {
            return;
          }
          List<String> cells = new ArrayList<>(size);
          for (int i = 0; i < size; i++) {
            byte[] text = new byte[in.readInt()];
            in.readFully(text);
            cells.add(new String(text, StandardCharsets.UTF_8));
          }
          PortfolioWriter.jsonRow(json, table, cells);
        }
      }
    }
  }

  /** The JSON document and the folder of its spilled tables. */
  private static final class Json {
    private final Path file;
    private final Path spill;

    Json(Path file, Path spill) {
      this.file = file;
      this.spill = spill;
    }

    void write(Map<PortfolioTable, Table<?>> tables) throws IOException {
      try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
          BUFFER)) {
        JsonGenerator generator = new JsonFactory().createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.useDefaultPrettyPrinter();
        generator.writeStartObject();
        for (Map.Entry<PortfolioTable, Table<?>> table : tables.entrySet()) {
          generator.writeArrayFieldStart(table.getKey().tableName());
          ((SpillTable) table.getValue()).replay(generator);
          generator.writeEndArray();
        }
        generator.writeEndObject();
        generator.close();
        out.write("\n");
      }
    }

    void deleteSpill() throws IOException {
      if (!Files.exists(spill)) {
        return;
      }
      try (var paths = Files.list(spill)) {
        for (Path path : paths.toList()) {
          Files.deleteIfExists(path);
        }
      }
      Files.deleteIfExists(spill);
    }
  }
}
