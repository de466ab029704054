package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.PartnerType;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.Portfolio.CancellationRow;
import dev.partneros.portfolio.Portfolio.CertificationRow;
import dev.partneros.portfolio.Portfolio.ChecklistRow;
import dev.partneros.portfolio.Portfolio.DealRow;
import dev.partneros.portfolio.Portfolio.FxRateRow;
import dev.partneros.portfolio.Portfolio.MdfRequestRow;
import dev.partneros.portfolio.Portfolio.MetricsRow;
import dev.partneros.portfolio.Portfolio.PartnerRow;
import dev.partneros.portfolio.Portfolio.PaymentRow;
import dev.partneros.portfolio.Portfolio.RatingRow;
import dev.partneros.portfolio.Portfolio.RegistrationRow;
import dev.partneros.portfolio.Portfolio.TouchRow;
import dev.partneros.portfolio.internal.CsvTable;
import dev.partneros.portfolio.internal.Unreadable;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.ipp.IppAssessment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a portfolio from a folder of CSV files or from one JSON document, in the format of
 * {@link PortfolioTable}, and checks it: every cell's type, every reference (a partner id listed in
 * {@code partners}, a deal id listed in {@code deals}), unique keys, and dates in order (a deal
 * closed before it was created, a touch before its deal, a tier held since before the partner
 * joined, ...). Every problem is reported at once with its file, line, column and reason; an input
 * with any problem is refused whole ({@link InvalidInputException}), so nothing is evaluated from
 * it.
 *
 * <p>The reader knows the program's currency (every amount is in it; conversions are not an input
 * of the evaluator) and tier ladder (tier names are checked against it).
 *
 * <p>Immutable and thread-safe.
 */
public final class PortfolioReader {

  /** The largest input file read, in characters (guards against a wrong path to a huge file). */
  public static final int MAX_FILE_CHARS = 200_000_000;

  /** The longest string of a JSON document, in characters ({@code docs/formats.md#limits}). */
  static final int MAX_STRING_CHARS = 100_000;
  /** The deepest nesting of a JSON document. */
  static final int MAX_NESTING = 32;
  /** The longest number of a JSON document, in characters. */
  static final int MAX_NUMBER_CHARS = 100;
  /** The most characters of a problem's reason, so that a long value is never echoed whole. */
  static final int SHOWN = 300;
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,12})?");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final Currency currency;
  private final TierLadder ladder;

  private PortfolioReader(Currency currency, TierLadder ladder) {
    this.currency = currency;
    this.ladder = ladder;
  }

  /**
   * Creates a reader for a program's currency and ladder.
   *
   * @param currency the currency of every amount, not null
   * @param ladder the tier ladder tier names are checked against, not null
   * @return never null
   */
  public static PortfolioReader of(Currency currency, TierLadder ladder) {
    return new PortfolioReader(requireNonNull(currency, "currency"), requireNonNull(ladder, "ladder"));
  }

  /**
   * Creates a reader for a program version's currency and ladder.
   *
   * @param program the program, not null
   * @return never null
   */
  public static PortfolioReader of(ProgramDocument program) {
    requireNonNull(program, "program");
    return of(program.currency(), program.ladder());
  }

  /**
   * Reads a portfolio from a folder of CSV files or a JSON file ({@code .json}).
   *
   * @param path the folder or file, not null
   * @return never null
   * @throws InvalidInputException naming every problem (a missing folder or file too)
   */
  public Portfolio read(Path path) {
    requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      return readCsvFolder(path);
    }
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(List.of(new CsvProblem(name, 1, "",
          "does not exist (expected a folder of CSV files or a .json file)")));
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw new InvalidInputException(List.of(new CsvProblem(name, 1, "",
          "must be a folder of CSV files or a .json file")));
    }
    return readJson(name, readText(path, name));
  }

  /**
   * Reads a folder of CSV files, one per table ({@code partners.csv}, {@code deals.csv}, ...).
   *
   * @param folder the folder, not null
   * @return never null
   * @throws InvalidInputException naming every problem, an unknown {@code .csv} file included
   */
  public Portfolio readCsvFolder(Path folder) {
    requireNonNull(folder, "folder");
    Map<String, String> files = new TreeMap<>();
    List<CsvProblem> problems = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.sorted().collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          continue;
        }
        try {
          files.put(name, readText(file, name));
        } catch (InvalidInputException e) {
          problems.addAll(e.problems());
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(List.of(new CsvProblem(folder.toString(), 1, "",
          Unreadable.folder(folder, e))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return readCsv(files);
  }

  /**
   * Reads CSV texts, one per table, keyed by file name ({@code partners.csv}, ...).
   *
   * @param files the texts by file name, not null
   * @return never null
   * @throws InvalidInputException naming every problem
   */
  public Portfolio readCsv(Map<String, String> files) {
    requireNonNull(files, "files");
    List<CsvProblem> problems = new ArrayList<>();
    Map<PortfolioTable, List<RawRow>> tables = new EnumMap<>(PortfolioTable.class);
    java.util.Set<PortfolioTable> broken = java.util.EnumSet.noneOf(PortfolioTable.class);
    for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
      String name = file.getKey();
      Optional<PortfolioTable> table = PortfolioTable.byName(name).filter(t -> t.fileName().equals(name));
      if (table.isEmpty()) {
        problems.add(notATable(name));
        continue;
      }
      CsvTable csv = CsvTable.parse(name, file.getValue(), table.get().required());
      problems.addAll(csv.problems());
      boolean headerOk = csv.problems().stream().noneMatch(p -> p.line() == csv.headerLine() && !p.column().isEmpty())
          && !csv.header().isEmpty();
      for (String column : csv.header()) {
        if (!table.get().columns().contains(column)) {
          problems.add(new CsvProblem(name, csv.headerLine(), column, "is not a column of " + name + " (columns: "
              + table.get().header() + ")"));
          headerOk = false;
        }
      }
      if (!headerOk || csv.rows().isEmpty() && !csv.problems().isEmpty()) {
        broken.add(table.get());
        continue; // every row would repeat the header's problem
      }
      List<RawRow> rows = new ArrayList<>();
      for (CsvTable.Row row : csv.rows()) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : csv.header()) {
          cells.put(column, row.get(column));
        }
        rows.add(new RawRow(Source.csv(name, row.line()), cells));
      }
      tables.put(table.get(), rows);
    }
    if (!tables.containsKey(PortfolioTable.PARTNERS) && !broken.contains(PortfolioTable.PARTNERS)) {
      problems.add(new CsvProblem(PortfolioTable.PARTNERS.fileName(), 1, "",
          "is missing: a portfolio needs its partners (header: " + PortfolioTable.PARTNERS.header() + ")"));
      broken.add(PortfolioTable.PARTNERS);
    }
    return build(tables, problems, broken);
  }

  /**
   * Reads a JSON document: an object with one array of row objects per table.
   *
   * @param file the file name used in problems, not null
   * @param text the JSON text, not null
   * @return never null
   * @throws InvalidInputException naming every problem
   */
  public Portfolio readJson(String file, String text) {
    requireNonNull(file, "file");
    requireNonNull(text, "text");
    List<CsvProblem> problems = new ArrayList<>();
    List<CsvProblem> fatal = new ArrayList<>();
    Map<PortfolioTable, List<RawRow>> tables = new EnumMap<>(PortfolioTable.class);
    JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_CHARS).maxNestingDepth(MAX_NESTING).maxNumberLength(MAX_NUMBER_CHARS).build())
        .build();
    try (JsonParser parser = factory.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(List.of(new CsvProblem(file, 1, "",
            "must be a JSON object with one array of rows per table")));
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        int nameLine = parser.currentTokenLocation().getLineNr();
        JsonToken value = parser.nextToken();
        Optional<PortfolioTable> table = PortfolioTable.byName(name).filter(t -> t.tableName().equals(name));
        if (table.isEmpty()) {
          problems.add(new CsvProblem(file, nameLine, name, "is not a portfolio table (expected "
              + Arrays.stream(PortfolioTable.values()).map(PortfolioTable::tableName).collect(Collectors.joining(", "))
              + ")"));
          parser.skipChildren();
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          problems.add(new CsvProblem(file, nameLine, name, "must be an array of row objects"));
          parser.skipChildren();
          continue;
        }
        tables.put(table.get(), readJsonRows(parser, file, table.get(), problems));
      }
      if (parser.nextToken() != null) {
        problems.add(new CsvProblem(file, parser.currentTokenLocation().getLineNr(), "",
            "must end after the document's object"));
      }
    } catch (JsonProcessingException e) {
      fatal.add(new CsvProblem(file, e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "",
          "is not valid JSON: " + plain(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!fatal.isEmpty()) {
      fatal.addAll(problems);
      throw new InvalidInputException(fatal);
    }
    java.util.Set<PortfolioTable> broken = java.util.EnumSet.noneOf(PortfolioTable.class);
    if (!tables.containsKey(PortfolioTable.PARTNERS)) {
      problems.add(new CsvProblem(file, 1, PortfolioTable.PARTNERS.tableName(),
          "is missing: a portfolio needs its partners"));
      broken.add(PortfolioTable.PARTNERS);
    }
    return build(tables, problems, broken);
  }

  private static List<RawRow> readJsonRows(JsonParser parser, String file, PortfolioTable table,
      List<CsvProblem> problems) throws IOException {
    List<RawRow> rows = new ArrayList<>();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Source source = new Source(file, parser.currentTokenLocation().getLineNr(),
          table.tableName() + "[" + index + "]");
      index++;
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        problems.add(source.problem("", "must be an object keyed by column name"));
        parser.skipChildren();
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      boolean ok = true;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken token = parser.nextToken();
        if (!table.columns().contains(key)) {
          problems.add(source.problem(key, "is not a column of " + table.tableName() + " (columns: "
              + table.header() + ")"));
          parser.skipChildren();
          ok = false;
          continue;
        }
        switch (token) {
          case VALUE_STRING:
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
          case VALUE_TRUE:
          case VALUE_FALSE:
            cells.put(key, parser.getText().strip());
            break;
          case VALUE_NULL:
            cells.put(key, "");
            break;
          default:
            problems.add(source.problem(key, "must be a string, a number or a boolean"));
            parser.skipChildren();
            ok = false;
        }
      }
      if (ok) { // a key left out is an empty cell: required cells are checked row by row
        rows.add(new RawRow(source, cells));
      }
    }
    return rows;
  }

  /**
   * A JSON parser's message in the words of the file: its first line, without the settings it
   * names ("consider enabling `JsonReadFeature...`", "from `StreamReadConstraints...`") and with
   * "[Source: ...; line: 3, column: 5]" as "line 3, column 5".
   */
  static String plain(String message) {
    String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
    String plain = line.replaceAll("\\[Source: [^;\\]]*(\\([^)]*\\))?; line: (\\d+), column: (\\d+)\\]",
            "line $2, column $3")
        .replaceAll("\\s*\\(consider enabling [^()]*(\\([^()]*\\)[^()]*)*\\)", "")
        .replaceAll(", from `[^`]*`", "")
        .replaceAll("[;:,]? *(enable|to allow|set) `[^`]*`[^;)]*", "")
        .replaceAll("`[a-z]+(\\.[a-z0-9_]+)+\\.([A-Za-z0-9_$]+)`", "$2")
        .replaceAll("`([^`]*)`", "$1")
        .strip();
    return plain.isEmpty() ? "the text is not well-formed JSON here" : plain;
  }

  /**
   * Reads a file whole, through a byte-counting stream: a file, a device or a pipe larger than
   * {@link #MAX_FILE_CHARS} bytes is refused when that many bytes have arrived, never read to its end.
   */
  private static String readText(Path path, String name) {
    try (java.io.InputStream in = new dev.partneros.portfolio.internal.LimitedInput(Files.newInputStream(path),
        MAX_FILE_CHARS)) {
      return utf8(name, in.readAllBytes());
    } catch (dev.partneros.portfolio.internal.LimitedInput.TooLarge e) {
      throw new InvalidInputException(List.of(new CsvProblem(name, 1, "", "is larger than "
          + MAX_FILE_CHARS + " bytes")));
    } catch (IOException e) {
      throw new InvalidInputException(List.of(new CsvProblem(name, 1, "", Unreadable.file(path, e))));
    }
  }

  /** Decodes UTF-8, or refuses the text at the line of its first byte that is not UTF-8. */
  private static String utf8(String name, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    if (!decoder.decode(in, out, true).isError() && !decoder.flush(out).isError()) {
      return out.flip().toString();
    }
    int line = 1;
    for (int i = 0; i < in.position(); i++) { // CR and LF bytes are never part of a longer UTF-8 sequence
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
        line++;
      }
    }
    throw new InvalidInputException(List.of(new CsvProblem(name, line, "", "must be UTF-8 text, but this line has "
        + "bytes that are not (save the file as UTF-8)")));
  }

  /**
   * Reads the CSV files of a class-path folder (for the bundled sample): every table whose file is
   * there.
   *
   * @param anchor the class the folder is relative to, not null
   * @param folder the folder, relative to the anchor's package, not null
   * @return never null
   * @throws InvalidInputException naming every problem
   */
  public Portfolio readResourceFolder(Class<?> anchor, String folder) {
    requireNonNull(anchor, "anchor");
    requireNonNull(folder, "folder");
    Map<String, String> files = new TreeMap<>();
    for (PortfolioTable table : PortfolioTable.values()) {
      try (InputStream in = anchor.getResourceAsStream(folder + "/" + table.fileName())) {
        if (in != null) {
          files.put(table.fileName(), utf8(table.fileName(), in.readAllBytes()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return readCsv(files);
  }

  /** The problem of a {@code .csv} file in a book folder that is not one of the tables. */
  static CsvProblem notATable(String name) {
    return new CsvProblem(name, 1, "", "is not a portfolio file (expected "
        + Arrays.stream(PortfolioTable.values()).map(PortfolioTable::fileName).collect(Collectors.joining(", ")) + ")");
  }

  /**
   * Checks rows already split into cells, in each table's column order ({@link PortfolioTable#columns()}),
   * as the streaming evaluation reads them: the checks of {@link #readCsv(Map)} after parsing.
   *
   * @param tables the rows of each table
   * @param broken the tables whose header is broken (their references are not reported again)
   * @return the portfolio
   * @throws InvalidInputException naming every problem
   */
  Portfolio readCells(Map<PortfolioTable, List<Cells>> tables, java.util.Set<PortfolioTable> broken) {
    Map<PortfolioTable, List<RawRow>> raw = new EnumMap<>(PortfolioTable.class);
    tables.forEach((table, rows) -> {
      List<RawRow> converted = new ArrayList<>(rows.size());
      Map<String, Integer> index = new HashMap<>();
      List<String> columns = table.columns();
      for (int i = 0; i < columns.size(); i++) {
        index.put(columns.get(i), i);
      }
      for (Cells row : rows) {
        converted.add(new RawRow(Source.csv(table.fileName(), row.line()), new CellsView(index, row.values())));
      }
      raw.put(table, converted);
    });
    return build(raw, new ArrayList<>(), broken);
  }

  /** One row of a table: its line and its trimmed cells in the table's column order ("" when absent). */
  record Cells(int line, String[] values) {}

  /** A row's cells by column, over the table's shared column index: no map per row. Read-only. */
  private static final class CellsView extends java.util.AbstractMap<String, String> {
    private final Map<String, Integer> index;
    private final String[] values;

    CellsView(Map<String, Integer> index, String[] values) {
      this.index = index;
      this.values = values;
    }

    @Override
    public String get(Object column) {
      Integer at = index.get(column);
      return at == null ? null : values[at];
    }

    @Override
    public boolean containsKey(Object column) {
      return index.containsKey(column);
    }

    @Override
    public java.util.Set<Map.Entry<String, String>> entrySet() {
      java.util.Set<Map.Entry<String, String>> entries = new java.util.LinkedHashSet<>();
      index.forEach((column, at) -> entries.add(Map.entry(column, values[at])));
      return entries;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // From raw rows to checked rows.

  private Portfolio build(Map<PortfolioTable, List<RawRow>> tables, List<CsvProblem> problems,
      java.util.Set<PortfolioTable> broken) {
    Builder builder = new Builder(problems, broken.contains(PortfolioTable.PARTNERS),
        broken.contains(PortfolioTable.DEALS));
    Map<PartnerId, PartnerRow> partners = new LinkedHashMap<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.PARTNERS, List.of())) {
      builder.partner(raw, partners);
    }
    Map<String, DealRow> deals = new LinkedHashMap<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.DEALS, List.of())) {
      builder.deal(raw, partners, deals);
    }
    List<MetricsRow> metrics = new ArrayList<>();
    Map<String, Source> metricKeys = new HashMap<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.METRICS, List.of())) {
      builder.metrics(raw, partners, metricKeys).ifPresent(metrics::add);
    }
    List<CertificationRow> certifications = new ArrayList<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.CERTIFICATIONS, List.of())) {
      builder.certification(raw, partners).ifPresent(certifications::add);
    }
    List<TouchRow> touches = new ArrayList<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.TOUCHES, List.of())) {
      builder.touch(raw, partners, deals).ifPresent(touches::add);
    }
    List<RegistrationRow> registrations = new ArrayList<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.REGISTRATIONS, List.of())) {
      builder.registration(raw, partners, deals).ifPresent(registrations::add);
    }
    List<PaymentRow> payments = new ArrayList<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.PAYMENTS, List.of())) {
      builder.payment(raw, deals).ifPresent(payments::add);
    }
    List<CancellationRow> cancellations = new ArrayList<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.CANCELLATIONS, List.of())) {
      builder.cancellation(raw, partners, deals).ifPresent(cancellations::add);
    }
    List<MdfRequestRow> requests = new ArrayList<>();
    Map<String, Source> requestIds = new HashMap<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.MDF_REQUESTS, List.of())) {
      builder.mdfRequest(raw, partners, requestIds).ifPresent(requests::add);
    }
    List<RatingRow> ratings = new ArrayList<>();
    Map<String, Source> ratingKeys = new HashMap<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.RATINGS, List.of())) {
      builder.rating(raw, partners, ratingKeys).ifPresent(ratings::add);
    }
    List<ChecklistRow> checklist = new ArrayList<>();
    Map<String, Source> items = new HashMap<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.CHECKLIST, List.of())) {
      builder.checklist(raw, items).ifPresent(checklist::add);
    }
    List<FxRateRow> fxRates = new ArrayList<>();
    Map<String, Source> fxKeys = new HashMap<>();
    for (RawRow raw : tables.getOrDefault(PortfolioTable.FX_RATES, List.of())) {
      builder.fxRate(raw, fxKeys).ifPresent(fxRates::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Portfolio(List.copyOf(partners.values()), metrics, certifications, List.copyOf(deals.values()), touches,
        registrations, payments, cancellations, requests, ratings, checklist, fxRates);
  }

  /** One row before checking: its source and its cells by column (absent columns are not keys). */
  private record RawRow(Source source, Map<String, String> cells) {
    String get(String column) {
      String value = cells.get(column);
      return value == null ? "" : value;
    }
  }

  /**
   * Checks rows cell by cell, collecting problems; a row with any problem is dropped. A reference
   * to a row refused for its own problems (or to a table whose header is broken) is not reported
   * again: the reference is not what is wrong.
   */
  private final class Builder {
    private final List<CsvProblem> problems;
    private final boolean partnersBroken;
    private final boolean dealsBroken;
    private final java.util.Set<String> refusedPartners = new java.util.HashSet<>();
    private final java.util.Set<String> refusedDeals = new java.util.HashSet<>();
    private RawRow row;
    private boolean ok;

    Builder(List<CsvProblem> problems, boolean partnersBroken, boolean dealsBroken) {
      this.problems = problems;
      this.partnersBroken = partnersBroken;
      this.dealsBroken = dealsBroken;
    }

    private void start(RawRow raw) {
      row = raw;
      ok = true;
    }

    /**
     * Reports a problem at a cell. A reason that would echo a long value (a number of thousands of
     * digits) is cut after {@value #SHOWN} characters and says how long the value is.
     */
    private void fail(String column, String reason) {
      String shown = reason.length() <= SHOWN ? reason : reason.substring(0, SHOWN) + "... (the value has "
          + row.get(column).length() + " characters)";
      problems.add(row.source().problem(column, shown));
      ok = false;
    }

    private String text(String column) {
      String value = row.get(column);
      if (value.isEmpty()) {
        fail(column, "must not be empty");
        return null;
      }
      if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
        fail(column, "must not contain control characters or line breaks");
        return null;
      }
      return value;
    }

    private Optional<String> optText(String column) {
      return row.get(column).isEmpty() ? Optional.empty() : Optional.ofNullable(text(column));
    }

    private LocalDate date(String column) {
      String value = text(column);
      return value == null ? null : parseDate(column, value);
    }

    private Optional<LocalDate> optDate(String column) {
      return row.get(column).isEmpty() ? Optional.empty() : Optional.ofNullable(date(column));
    }

    private LocalDate parseDate(String column, String value) {
      try {
        if (DATE.matcher(value).matches()) {
          return LocalDate.parse(value);
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      fail(column, "must be a date such as 2026-03-31, but was " + value);
      return null;
    }

    private Money money(String column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      if (!DECIMAL.matcher(value).matches()) {
        fail(column, "must be a plain decimal number such as 1234.50 (no sign, thousands separator or exponent), "
            + "but was " + value);
        return null;
      }
      try {
        return Money.of(new BigDecimal(value), currency);
      } catch (PartnerOsException e) {
        fail(column, "must have at most " + currency.getDefaultFractionDigits() + " decimals for "
            + currency.getCurrencyCode() + ", but was " + value);
        return null;
      }
    }

    /** An amount above zero (a payment or an MDF request of nothing is refused by the engines). */
    private Money positiveMoney(String column) {
      Money amount = money(column);
      if (amount != null && amount.isZero()) {
        fail(column, "must be above zero, but was " + amount);
        return null;
      }
      return amount;
    }

    private Optional<Money> optMoney(String column) {
      return row.get(column).isEmpty() ? Optional.empty() : Optional.ofNullable(money(column));
    }

    private Integer integer(String column, int min, int max) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      if (!INTEGER.matcher(value).matches()) {
        fail(column, "must be a whole number, but was " + value);
        return null;
      }
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        fail(column, "must be between " + min + " and " + max + ", but was " + value);
        return null;
      }
      return number;
    }

    private Optional<Integer> optInteger(String column, int min, int max) {
      return row.get(column).isEmpty() ? Optional.empty() : Optional.ofNullable(integer(column, min, max));
    }

    private int count(String column) {
      return optInteger(column, 0, 1_000_000).orElse(0);
    }

    private <E extends Enum<E>> E enumeration(String column, Class<E> type) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          return constant;
        }
      }
      fail(column, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(Collectors.joining(", ")) + ", but was " + value);
      return null;
    }

    private <E extends Enum<E>> Optional<E> optEnumeration(String column, Class<E> type) {
      return row.get(column).isEmpty() ? Optional.empty() : Optional.ofNullable(enumeration(column, type));
    }

    private boolean flag(String column) {
      return flag(column, false);
    }

    private boolean flag(String column, boolean byDefault) {
      String value = row.get(column);
      if (value.isEmpty()) {
        return byDefault;
      }
      if (value.equals("false")) {
        return false;
      }
      if (value.equals("true")) {
        return true;
      }
      fail(column, "must be true or false, but was " + value);
      return false;
    }

    private PartnerId partnerId(String column, String value) {
      try {
        return PartnerId.of(value);
      } catch (PartnerOsException e) {
        fail(column, "must be a partner id of 1 to 128 characters without leading or trailing spaces, but was "
            + value);
        return null;
      }
    }

    /** A reference to a listed, active partner. */
    private PartnerRow partnerRef(String column, Map<PartnerId, PartnerRow> partners, boolean activeOnly) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      PartnerRow partner = partners.get(partnerIdOrNull(value));
      if (partner == null && (partnersBroken || refusedPartners.contains(value))) {
        ok = false; // the partner's own row is reported
        return null;
      }
      if (partner == null) {
        fail(column, "must be a partner id listed in partners, but was " + value);
        return null;
      }
      if (activeOnly && !partner.isActive()) {
        fail(column, "must be an active partner, but " + value + " is a PROSPECT");
        return null;
      }
      return partner;
    }

    private PartnerId partnerIdOrNull(String value) {
      try {
        return PartnerId.of(value);
      } catch (PartnerOsException e) {
        return null;
      }
    }

    private DealRow dealRef(String column, Map<String, DealRow> deals) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      DealRow deal = deals.get(value);
      if (deal == null && (dealsBroken || refusedDeals.contains(value))) {
        ok = false; // the deal's own row is reported
      } else if (deal == null) {
        fail(column, "must be a deal id listed in deals, but was " + value);
      }
      return deal;
    }

    private void notBefore(String column, LocalDate date, String otherName, LocalDate other) {
      if (date != null && other != null && date.isBefore(other)) {
        fail(column, "must not be before " + otherName + " " + other + ", but was " + date);
      }
    }

    private void unique(String column, String key, Map<String, Source> seen, String what) {
      Source earlier = seen.putIfAbsent(key, row.source());
      if (earlier != null) {
        fail(column, "must be unique, but " + what + " is also on line " + earlier.line());
      }
    }

    void partner(RawRow raw, Map<PartnerId, PartnerRow> partners) {
      start(raw);
      String idText = text("id");
      PartnerId id = idText == null ? null : partnerId("id", idText);
      String name = text("name");
      PartnerType type = enumeration("type", PartnerType.class);
      PartnerStage stage = optEnumeration("stage", PartnerStage.class).orElse(PartnerStage.ACTIVE);
      Optional<LocalDate> joined = optDate("joined");
      if (ok && stage == PartnerStage.ACTIVE && joined.isEmpty()) {
        fail("joined", "must not be empty for an ACTIVE partner");
      }
      Currency payout = currency;
      Optional<String> payoutCode = optText("payoutCurrency");
      if (payoutCode.isPresent()) {
        try {
          payout = Money.currency(payoutCode.get());
        } catch (PartnerOsException e) {
          fail("payoutCurrency", "must be an ISO-4217 currency code such as EUR, but was " + payoutCode.get());
        }
      }
      Tier tier = ladder.lowest();
      Optional<String> tierName = optText("tier");
      if (tierName.isPresent()) {
        Tier named = ladder.tiers().stream().filter(t -> t.name().equals(tierName.get())).findFirst().orElse(null);
        if (named == null) {
          fail("tier", "must be a tier of the ladder " + ladder + ", but was " + tierName.get());
        } else {
          tier = named;
        }
      }
      Optional<LocalDate> since = optDate("tierSince");
      if (since.isPresent() && joined.isPresent()) {
        notBefore("tierSince", since.get(), "joined", joined.get());
      }
      if (ok && stage == PartnerStage.ACTIVE && !tier.equals(ladder.lowest()) && since.isEmpty()) {
        fail("tierSince", "must not be empty when the partner starts above " + ladder.lowest()
            + " (its review anniversary)");
      }
      if (id != null && partners.containsKey(id)) {
        fail("id", "must be unique, but " + id + " is also on line " + partners.get(id).source().line());
      }
      Optional<Money> minimum = Optional.empty();
      if (!row.get("minimumPayout").isEmpty()) {
        String text = row.get("minimumPayout");
        if (!DECIMAL.matcher(text).matches()) {
          fail("minimumPayout", "must be a plain decimal number such as 50.00, but was " + text);
        } else {
          try {
            minimum = Optional.of(Money.of(new BigDecimal(text), payout));
          } catch (PartnerOsException e) {
            fail("minimumPayout", "must have at most " + payout.getDefaultFractionDigits() + " decimals for "
                + payout.getCurrencyCode() + " (the payout currency), but was " + text);
          }
        }
      }
      Optional<dev.partneros.core.Rate> rebate = Optional.empty();
      if (!row.get("customRebateRate").isEmpty()) {
        String text = row.get("customRebateRate");
        try {
          if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException(text);
          }
          rebate = Optional.of(dev.partneros.core.Rate.of(new BigDecimal(text)));
        } catch (NumberFormatException | PartnerOsException e) {
          fail("customRebateRate", "must be a fraction between 0 and 1 such as 0.07, but was " + text);
        }
      }
      if (ok) {
        LocalDate start = since.orElse(joined.orElse(LocalDate.of(2000, 1, 1)));
        partners.put(id, new PartnerRow(id, name, type, stage, joined, payout, tier, start, minimum, rebate,
            raw.source()));
      } else if (idText != null && !partners.containsKey(id)) {
        refusedPartners.add(idText);
      }
    }

    void deal(RawRow raw, Map<PartnerId, PartnerRow> partners, Map<String, DealRow> deals) {
      start(raw);
      String id = text("id");
      String account = text("account");
      Money amount = money("amount");
      LocalDate created = date("created");
      CloseStatus status = enumeration("status", CloseStatus.class);
      Optional<LocalDate> firstContact = optDate("firstContact");
      Optional<LocalDate> closed = optDate("closed");
      Optional<LocalDate> customerStart = optDate("customerStart");
      Optional<LocalDate> direct = optDate("directEngagement");
      Optional<String> product = optText("product");
      TreeSet<PartnerId> dependentOn = new TreeSet<>();
      for (String part : row.get("dependentOn").split(";")) {
        String value = part.strip();
        if (value.isEmpty()) {
          continue;
        }
        PartnerRow partner = partners.get(partnerIdOrNull(value));
        if (partner == null && (partnersBroken || refusedPartners.contains(value))) {
          ok = false;
        } else if (partner == null) {
          fail("dependentOn", "must list partner ids listed in partners, separated by ;, but has " + value);
        } else {
          dependentOn.add(partner.id());
        }
      }
      if (status != null) {
        if (status.isClosed() && closed.isEmpty() && ok) {
          fail("closed", "must not be empty for a " + status + " deal");
        }
        if (!status.isClosed() && closed.isPresent()) {
          fail("closed", "must be empty for an OPEN deal, but was " + closed.get());
        }
      }
      closed.ifPresent(c -> notBefore("closed", c, "created", created));
      if (closed.isPresent() && firstContact.isPresent() && firstContact.get().isAfter(closed.get())) {
        fail("firstContact", "must not be after closed " + closed.get() + ", but was " + firstContact.get());
      }
      customerStart.ifPresent(s -> notBefore("customerStart", s, closed.isPresent() ? "closed" : "created",
          closed.orElse(created))); // a customer starts once the deal is signed
      if (id != null && deals.containsKey(id)) {
        fail("id", "must be unique, but " + id + " is also on line " + deals.get(id).source().line());
      }
      if (ok) {
        deals.put(id, new DealRow(id, account, amount, created, firstContact, status, closed, customerStart, direct,
            dependentOn, product, raw.source()));
      } else if (id != null && !deals.containsKey(id)) {
        refusedDeals.add(id);
      }
    }

    Optional<MetricsRow> metrics(RawRow raw, Map<PartnerId, PartnerRow> partners, Map<String, Source> keys) {
      start(raw);
      PartnerRow partner = partnerRef("partner", partners, true);
      String quarterText = text("quarter");
      YearQuarter quarter = null;
      if (quarterText != null) {
        try {
          quarter = YearQuarter.parse(quarterText);
        } catch (PartnerOsException e) {
          fail("quarter", "must be a quarter such as 2026-Q3, but was " + quarterText);
        }
      }
      Money revenue = money("revenue");
      Optional<Money> prior = optMoney("priorYearRevenue");
      Integer deals = integer("dealsRegistered", 0, 1_000_000);
      HealthFacts.StrategicFit fit = enumeration("strategicFit", HealthFacts.StrategicFit.class);
      Optional<HealthFacts.Cadence> engagement = optEnumeration("engagement", HealthFacts.Cadence.class);
      Optional<Integer> days = optInteger("portalActiveDays", 0, 92);
      if (ok && engagement.isPresent() == days.isPresent()) {
        fail(engagement.isPresent() ? "portalActiveDays" : "engagement",
            "must be given exactly once: either engagement (a cadence) or portalActiveDays");
      }
      Optional<Integer> nps = optInteger("nps", -100, 100);
      int referrals = count("qualifiedReferrals");
      int planned = count("qbrsPlanned");
      int held = count("qbrsHeld");
      int assigned = count("trainingsAssigned");
      int completed = count("trainingsCompleted");
      if (completed > assigned) {
        fail("trainingsCompleted", "must not exceed trainingsAssigned " + assigned + ", but was " + completed);
      }
      if (partner != null && quarter != null) {
        LocalDate joined = partner.joined().orElseThrow();
        if (quarter.lastDay().isBefore(joined)) {
          fail("quarter", "must not be before the quarter the partner joined (" + YearQuarter.from(joined)
              + ", joined " + joined + "), but was " + quarter);
        }
        unique("quarter", partner.id() + "|" + quarter, keys, partner.id() + " " + quarter);
      }
      if (!ok) {
        return Optional.empty();
      }
      return Optional.of(new MetricsRow(partner.id(), quarter, revenue, prior, deals, engagement, days, nps, fit,
          referrals, planned, held, assigned, completed, raw.source()));
    }

    Optional<CertificationRow> certification(RawRow raw, Map<PartnerId, PartnerRow> partners) {
      start(raw);
      PartnerRow partner = partnerRef("partner", partners, true);
      String person = text("person");
      LocalDate earned = date("earnedOn");
      Optional<LocalDate> until = optDate("validUntil");
      Optional<String> credential = optText("credential");
      until.ifPresent(u -> notBefore("validUntil", u, "earnedOn", earned));
      return ok ? Optional.of(new CertificationRow(partner.id(), person, earned, until, credential, raw.source()))
          : Optional.empty();
    }

    Optional<TouchRow> touch(RawRow raw, Map<PartnerId, PartnerRow> partners, Map<String, DealRow> deals) {
      start(raw);
      DealRow deal = dealRef("deal", deals);
      PartnerRow partner = partnerRef("partner", partners, true);
      LocalDate date = date("date");
      TouchKind kind = enumeration("kind", TouchKind.class);
      // an empty flag takes the touch kind's default: a referral is a documented channel lead
      boolean byDefault = kind == TouchKind.REFERRAL;
      boolean channelLead = flag("channelLead", byDefault);
      boolean documented = flag("documented", byDefault);
      if (deal != null) {
        notBefore("date", date, "the deal's created day", deal.created());
      }
      return ok ? Optional.of(new TouchRow(deal.id(), partner.id(), date, kind, channelLead, documented, raw.source()))
          : Optional.empty();
    }

    Optional<RegistrationRow> registration(RawRow raw, Map<PartnerId, PartnerRow> partners,
        Map<String, DealRow> deals) {
      start(raw);
      DealRow deal = dealRef("deal", deals);
      PartnerRow partner = partnerRef("partner", partners, true);
      LocalDate date = date("date");
      Optional<Integer> protection = optInteger("protectionDays", 1, 3650);
      if (deal != null) {
        notBefore("date", date, "the deal's created day", deal.created());
      }
      return ok ? Optional.of(new RegistrationRow(deal.id(), partner.id(), date, protection, raw.source()))
          : Optional.empty();
    }

    Optional<PaymentRow> payment(RawRow raw, Map<String, DealRow> deals) {
      start(raw);
      DealRow deal = dealRef("deal", deals);
      LocalDate date = date("date");
      Money amount = positiveMoney("amount");
      if (deal != null && deal.status() != CloseStatus.WON) {
        fail("deal", "must be a WON deal, but " + deal.id() + " is " + deal.status());
      }
      if (deal != null && deal.closed().isPresent()) {
        notBefore("date", date, "the deal's close day", deal.closed().get());
      }
      return ok ? Optional.of(new PaymentRow(deal.id(), date, amount, raw.source())) : Optional.empty();
    }

    Optional<CancellationRow> cancellation(RawRow raw, Map<PartnerId, PartnerRow> partners,
        Map<String, DealRow> deals) {
      start(raw);
      DealRow deal = dealRef("deal", deals);
      LocalDate effective = date("effective");
      CancellationKind kind = enumeration("kind", CancellationKind.class);
      Optional<Money> amount = optMoney("amount");
      Optional<PartnerId> fraudster = row.get("partner").isEmpty() ? Optional.empty()
          : Optional.ofNullable(partnerRef("partner", partners, true)).map(PartnerRow::id);
      Optional<String> reason = optText("reason");
      if (kind != null && ok && (kind == CancellationKind.FRAUD) != fraudster.isPresent()) {
        fail("partner", kind == CancellationKind.FRAUD ? "must name the partner whose referral was fraudulent"
            : "must be empty unless the kind is FRAUD, but was " + fraudster.get());
      }
      if (kind == CancellationKind.REFUND || kind == CancellationKind.DOWNGRADE) {
        if (amount.isEmpty() && ok) {
          fail("amount", "must not be empty for a " + kind + " (the value refunded or lost)");
        }
      }
      if (deal != null && deal.status() != CloseStatus.WON) {
        fail("deal", "must be a WON deal, but " + deal.id() + " is " + deal.status());
      }
      if (deal != null && amount.isPresent() && amount.get().isGreaterThan(deal.amount())) {
        fail("amount", "must not exceed the deal's amount " + deal.amount() + ", but was " + amount.get());
      }
      if (deal != null && deal.closed().isPresent()) {
        LocalDate start = deal.customerStart().orElse(deal.closed().get());
        notBefore("effective", effective, deal.customerStart().isPresent() ? "the customer's start day"
            : "the deal's close day", start);
      }
      return ok ? Optional.of(new CancellationRow(deal.id(), effective, kind, amount, fraudster, reason,
          raw.source())) : Optional.empty();
    }

    Optional<MdfRequestRow> mdfRequest(RawRow raw, Map<PartnerId, PartnerRow> partners, Map<String, Source> ids) {
      start(raw);
      String id = text("id");
      PartnerRow partner = partnerRef("partner", partners, true);
      LocalDate submitted = date("submitted");
      Money amount = positiveMoney("amount");
      String use = text("use");
      Optional<LocalDate> activity = optDate("activityDate");
      boolean overdue = flag("roiReportOverdue");
      activity.ifPresent(a -> notBefore("activityDate", a, "submitted", submitted));
      if (use != null) {
        try {
          dev.partneros.tiers.mdf.ActivityType.of(use);
        } catch (PartnerOsException e) {
          fail("use", "must be one of " + Arrays.stream(dev.partneros.tiers.mdf.ActivityType.values())
              .map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ", but was " + use);
        }
      }
      if (id != null) {
        unique("id", id, ids, id);
      }
      return ok ? Optional.of(new MdfRequestRow(id, partner.id(), submitted, amount, use, activity, overdue,
          raw.source())) : Optional.empty();
    }

    Optional<RatingRow> rating(RawRow raw, Map<PartnerId, PartnerRow> partners, Map<String, Source> keys) {
      start(raw);
      PartnerRow partner = partnerRef("partner", partners, false);
      RatingKind kind = enumeration("kind", RatingKind.class);
      String criterion = text("criterion");
      Optional<String> sub = optText("subCriterion");
      String value = text("value");
      Optional<String> evidence = optText("evidence");
      if (kind != null && value != null) {
        switch (kind) {
          case FOUR_C:
            if (!DECIMAL.matcher(value).matches()) {
              fail("value", "must be a rating such as 4 or 3.5, but was " + value);
            }
            break;
          case IPP:
            if (Arrays.stream(IppAssessment.Level.values()).noneMatch(l -> l.name().equals(value))) {
              fail("value", "must be one of HIGH, MEDIUM, LOW for an IPP attribute, but was " + value);
            }
            if (sub.isPresent()) {
              fail("subCriterion", "must be empty for an IPP attribute, but was " + sub.get());
            }
            break;
          default:
            if (!value.equals("true") && !value.equals("false")) {
              fail("value", "must be true or false for an IPP disqualifier, but was " + value);
            }
            if (sub.isPresent()) {
              fail("subCriterion", "must be empty for an IPP disqualifier, but was " + sub.get());
            }
        }
      }
      if (partner != null && kind != null && criterion != null) {
        String key = partner.id() + "|" + kind + "|" + criterion + "|" + sub.orElse("");
        unique("criterion", key, keys, kind + " " + criterion + sub.map(s -> "." + s).orElse("") + " of "
            + partner.id());
      }
      return ok ? Optional.of(new RatingRow(partner.id(), kind, criterion, sub, value, evidence, raw.source()))
          : Optional.empty();
    }

    Optional<FxRateRow> fxRate(RawRow raw, Map<String, Source> keys) {
      start(raw);
      Currency from = currencyCell("from");
      Currency to = currencyCell("to");
      LocalDate date = date("date");
      String rateText = text("rate");
      BigDecimal rate = null;
      if (rateText != null) {
        if (!DECIMAL.matcher(rateText).matches() || new BigDecimal(rateText).signum() == 0) {
          fail("rate", "must be a plain decimal number above zero such as 0.9213, but was " + rateText);
        } else {
          rate = new BigDecimal(rateText);
        }
      }
      String source = optText("source").orElse("portfolio fx-rates");
      if (from != null && to != null && from.equals(to)) {
        fail("to", "must differ from from, but was " + to.getCurrencyCode());
      }
      if (from != null && to != null && date != null) {
        unique("date", from.getCurrencyCode() + to.getCurrencyCode() + date, keys, from.getCurrencyCode() + " -> "
            + to.getCurrencyCode() + " on " + date);
      }
      return ok ? Optional.of(new FxRateRow(from, to, date, rate, source, raw.source())) : Optional.empty();
    }

    private Currency currencyCell(String column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        return Money.currency(value);
      } catch (PartnerOsException e) {
        fail(column, "must be an ISO-4217 currency code such as EUR, but was " + value);
        return null;
      }
    }

    Optional<ChecklistRow> checklist(RawRow raw, Map<String, Source> items) {
      start(raw);
      String item = text("item");
      if (item != null) {
        unique("item", item, items, item);
      }
      return ok ? Optional.of(new ChecklistRow(item, raw.source())) : Optional.empty();
    }
  }
}
