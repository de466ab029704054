package dev.partneros.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.PartnerType;
import dev.partneros.portfolio.internal.CsvTable;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.ipp.IppAssessment;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Mutations of valid portfolio inputs for the fuzz suites: edits of the text (characters deleted,
 * inserted, replaced; truncation; deep nesting; line ends; byte order marks), of the cells and
 * columns of a CSV file (cells retyped, columns dropped, duplicated, renamed or added, header rows
 * lost, rows duplicated) and of the tree of a JSON document (fields dropped, duplicated, renamed,
 * retyped). Deterministic: every draw comes from the {@link Random} given.
 */
final class PortfolioMutations {

  /** Cell values that stress the readers. */
  static final List<String> VALUES = List.of("", " ", "0", "-0", "-1", "-12.50", "00012", "1e3", "1E+400", "2.5E4",
      "NaN", "Infinity", "0x1F", "1_000", "999999999999999", "999999999999999.99", "9999999999999999",
      "999999999999999.999999999999", "0.000000000001", "0.0000000000001", "0.001", "2147483647", "2147483648",
      "-2147483649", "9".repeat(400), "12,5", "1 000", "+5", ".5", "5.", "1.000000", "TRUE", "null", "x".repeat(20_000),
      "\u0000", "\u0001\u0002", "a\tb", "a\nb", "a\r\nb", "\r", "\"", "\"\"", "a,b", "a;b", ";", ";;", "P-001;",
      "P-001;P-001", " ; P-002", "\uFEFF", "\uD800", "\uDC00x", "\u00e9t\u00e9", "\u202Eevil", "2026-02-30",
      "2026-13-01", "0000-01-01", "0001-01-01", "9999-12-31", "+10000-01-01", "2026-1-1", "20260101", "2026-Q5",
      "2026-Q0", "0000-Q1", "0001-Q1", "9999-Q4", "-2026-Q1", "2026-q1", "won", "XXX", "XAU", "XTS", "JPY", "BHD",
      "EUR", "usd", " P-001 ", "P-001 ", "=1+1", "@SUM(A1)", "'", "swag", "x".repeat(129), "P".repeat(128),
      "ACTIVE", "PROSPECT", "CANCELLATION", "REFUND", "DOWNGRADE", "FRAUD", "IPP", "FOUR_C", "IPP_DISQUALIFIER",
      "HIGH", "MEDIUM", "LOW", "REGISTERED", "SILVER", "GOLD", "PLATINUM", "OPEN", "WON", "LOST",
      "touches[99999999999]", "ratings[2147483648].value", "deals[0]", "payments[-1]", "partners[1].id");

  /** The constants of the enumerated columns. */
  static final List<String> ENUMS = Stream.of(PartnerType.values(), PartnerStage.values(), CloseStatus.values(),
      TouchKind.values(), CancellationKind.values(), RatingKind.values(), HealthFacts.StrategicFit.values(),
      HealthFacts.Cadence.values(), IppAssessment.Level.values()).flatMap(Arrays::stream).map(Enum::name).toList();

  /** Text inserted anywhere. */
  static final List<String> TOKENS = List.of("\"", ",", ";", "\n", "\r\n", "\r", "\uFEFF", "\u0000", "\u001F", "\t",
      "{", "}", "[", "]", ":", "\\", "\\u0000", "\\ud800", "\\", "null", "true", "-", "1e999", "1E-999", "NaN",
      "9".repeat(40), "9".repeat(2000), "\"\"", "\",\"", "\uD800", "\uDC00", "\u00e9", "\u0085", "\u2028", " ",
      ",,,,", "\n\n", "0.", "-0", "\"partners\":[],", "{\"id\":\"P-001\"},", "/*", "//", "'");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PortfolioMutations() {}

  /**
   * Returns the values cells are replaced with: {@link #VALUES} and every distinct cell of some
   * valid inputs (so that a cell is also retyped to another column's plausible value).
   */
  static List<String> pool(List<Map<String, String>> inputs) {
    TreeSet<String> cells = new TreeSet<>(VALUES);
    for (Map<String, String> files : inputs) {
      files.forEach((name, text) -> {
        CsvTable table = CsvTable.parse(name, text, List.of());
        cells.addAll(table.header());
        table.rows().forEach(row -> table.header().forEach(c -> cells.add(row.get(c))));
      });
    }
    return List.copyOf(cells);
  }

  // ---------------------------------------------------------------------------------------------
  // Text.

  /** Applies one to four character-level edits. */
  static String text(Random random, String valid) {
    StringBuilder text = new StringBuilder(valid);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(text.length() + 1);
      int end = Math.min(text.length(), at + 1 + random.nextInt(16));
      switch (random.nextInt(12)) {
        case 0 -> text.delete(at, end);
        case 1 -> text.insert(at, pick(random, TOKENS));
        case 2 -> {
          if (at < text.length()) {
            text.setCharAt(at, random.nextBoolean() ? (char) random.nextInt(0x300) : (char) random.nextInt(0x10000));
          }
        }
        case 3 -> text.setLength(at);
        case 4 -> text.insert(end, text.substring(at, Math.min(text.length(), at + random.nextInt(400))));
        case 5 -> text.insert(at, (random.nextBoolean() ? "[" : "{\"a\":").repeat(random.nextInt(3000)));
        case 6 -> {
          String ends = random.nextBoolean() ? "\r\n" : "\r";
          String replaced = text.toString().replace("\r\n", "\n").replace("\n", ends);
          text.setLength(0);
          text.append(replaced);
        }
        case 7 -> text.insert(0, "\uFEFF");
        case 8 -> text.insert(at, pick(random, VALUES));
        case 9 -> {
          byte[] bytes = new byte[1 + random.nextInt(64)];
          random.nextBytes(bytes);
          text.replace(at, end, new String(bytes, random.nextBoolean() ? StandardCharsets.ISO_8859_1
              : StandardCharsets.UTF_8));
        }
        case 10 -> moveLine(random, text);
        default -> text.insert(at, "\n");
      }
    }
    return text.toString();
  }

  /** Moves, deletes or duplicates one whole line (the header too). */
  private static void moveLine(Random random, StringBuilder text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.toString().split("\n", -1)));
    int from = random.nextInt(lines.size());
    String line = lines.remove(from);
    switch (random.nextInt(3)) {
      case 0 -> lines.add(random.nextInt(lines.size() + 1), line);
      case 1 -> {
        lines.add(from, line);
        lines.add(from, line);
      }
      default -> { } // deleted
    }
    text.setLength(0);
    text.append(String.join("\n", lines));
  }

  // ---------------------------------------------------------------------------------------------
  // CSV folders.

  /**
   * Applies one to three edits to a folder of CSV files (whole files, text, or cells and columns),
   * the first to the focus file.
   */
  static Map<String, String> csv(Random random, Map<String, String> valid, List<String> pool, String focus) {
    Map<String, String> files = new LinkedHashMap<>(valid);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      List<String> names = new ArrayList<>(files.keySet());
      String name = i == 0 ? focus : names.isEmpty() ? "partners.csv" : pick(random, names);
      int kind = random.nextInt(20);
      if (kind == 0) {
        files.remove(name);
      } else if (kind == 1) {
        String other = random.nextBoolean() ? pick(random, List.of(PortfolioTable.values())).fileName()
            : pick(random, List.of("extra.csv", "Partners.csv", "partners.CSV", "partners", ".csv", "deals.csv.csv"));
        files.put(other, files.getOrDefault(name, ""));
      } else if (kind < 8) {
        files.put(name, text(random, files.getOrDefault(name, "")));
      } else {
        files.put(name, cells(random, name, files.getOrDefault(name, ""), pool));
      }
    }
    return files;
  }

  /** Edits the cells, rows or columns of one CSV file, then writes it again. */
  static String cells(Random random, String name, String text, List<String> pool) {
    List<List<String>> grid = grid(name, text);
    List<String> header = grid.get(0);
    int width = header.size();
    int column = width == 0 ? 0 : random.nextInt(width);
    int row = grid.size() == 1 ? 0 : 1 + random.nextInt(grid.size() - 1);
    switch (random.nextInt(14)) {
      case 0, 1, 2 -> set(grid, row, column, pick(random, pool));
      case 3 -> set(grid, row, column, text(random, get(grid, row, column)));
      case 4 -> grid.forEach(cells -> remove(cells, column));
      case 5 -> grid.forEach(cells -> cells.add(Math.min(column, cells.size()), get(cells, column)));
      case 6 -> set(grid, 0, column, random.nextBoolean() ? pick(random, columnNames())
          : pick(random, List.of("", " ", get(header, column).toUpperCase(Locale.ROOT), " " + get(header, column) + " ",
              "\"" + get(header, column), "\uFEFF" + get(header, column), pick(random, pool))));
      case 7 -> {
        String extra = random.nextBoolean() ? pick(random, columnNames()) : pick(random, pool);
        grid.get(0).add(extra);
        grid.subList(1, grid.size()).forEach(cells -> cells.add(random.nextBoolean() ? "" : pick(random, pool)));
      }
      case 8 -> {
        int other = width == 0 ? 0 : random.nextInt(width);
        String first = get(header, column);
        set(grid, 0, column, get(header, other));
        set(grid, 0, other, first);
      }
      case 9 -> grid.add(row, new ArrayList<>(grid.get(row)));
      case 10 -> grid.remove(row);
      case 11 -> {
        String value = pick(random, pool);
        grid.subList(1, grid.size()).forEach(cells -> set(cells, column, value));
      }
      case 12 -> {
        if (random.nextBoolean()) {
          grid.get(row).add(pick(random, pool));
        } else {
          remove(grid.get(row), column);
        }
      }
      default -> grid.add(random.nextInt(grid.size() + 1), new ArrayList<>(List.of("")));
    }
    return write(random, grid);
  }

  /** The header and the well-formed rows of a CSV file, as mutable lists of cells. */
  private static List<List<String>> grid(String name, String text) {
    CsvTable table = CsvTable.parse(name, text, List.of());
    List<List<String>> grid = new ArrayList<>();
    grid.add(new ArrayList<>(table.header()));
    for (CsvTable.Row row : table.rows()) {
      grid.add(table.header().stream().map(row::get).collect(Collectors.toCollection(ArrayList::new)));
    }
    return grid;
  }

  /**
   * Applies one to four edits that mostly keep a folder readable, to stress what evaluates it:
   * cells replaced with values of their own kind (a date with another date, an amount with another
   * amount, a flag with the other flag), rows duplicated or dropped.
   */
  static Map<String, String> plausible(Random random, Map<String, String> valid) {
    Map<String, String> files = new LinkedHashMap<>(valid);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      String name = pick(random, new ArrayList<>(files.keySet()));
      List<List<String>> grid = grid(name, files.get(name));
      if (grid.size() < 2 || grid.get(0).isEmpty()) {
        continue;
      }
      int row = 1 + random.nextInt(grid.size() - 1);
      int column = random.nextInt(grid.get(0).size());
      switch (random.nextInt(6)) {
        case 0 -> grid.add(row, new ArrayList<>(grid.get(row)));
        case 1 -> grid.remove(row);
        default -> set(grid, row, column, sameKind(random, get(grid, row, column)));
      }
      files.put(name, write(random, grid));
    }
    return files;
  }

  /** Another value of the same kind as a cell: extreme, near a boundary or shifted. */
  static String sameKind(Random random, String cell) {
    if (cell.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return random.nextBoolean() ? LocalDate.parse(cell).plusDays(random.nextInt(2001) - 1000).toString()
          : pick(random, List.of("0001-01-01", "1999-12-31", "2025-12-31", "2026-01-01", "2026-06-30", "2026-07-01",
              "2027-12-31", "2028-01-01", "9999-12-31"));
    }
    if (cell.matches("[0-9]{4}-Q[1-4]")) {
      return pick(random, List.of("0001-Q1", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1",
          "2027-Q4", "2028-Q1", "9999-Q4"));
    }
    if (cell.matches("[0-9]+\\.[0-9]+")) {
      return pick(random, List.of("0.00", "0.01", "1.00", "0.99", "999999999999999.99", "100000000000000.00",
          cell + "0", new BigDecimal(cell).multiply(BigDecimal.TEN.pow(random.nextInt(8))).toPlainString()));
    }
    if (cell.matches("-?[0-9]+")) {
      return pick(random, List.of("0", "1", "-1", "2", "5", "92", "100", "-100", "1000000", "3650", cell + "0"));
    }
    if (cell.equals("true") || cell.equals("false")) {
      return String.valueOf(cell.equals("false"));
    }
    return cell.isEmpty() || random.nextBoolean() ? pick(random, ENUMS) : cell;
  }

  private static List<String> columnNames() {
    return Stream.of(PortfolioTable.values()).flatMap(t -> t.columns().stream()).distinct().sorted()
        .collect(Collectors.toList());
  }

  private static String get(List<String> cells, int at) {
    return at < cells.size() ? cells.get(at) : "";
  }

  private static String get(List<List<String>> grid, int row, int column) {
    return row < grid.size() ? get(grid.get(row), column) : "";
  }

  private static void set(List<String> cells, int at, String value) {
    if (at < cells.size()) {
      cells.set(at, value);
    }
  }

  private static void set(List<List<String>> grid, int row, int column, String value) {
    if (row < grid.size()) {
      set(grid.get(row), column, value);
    }
  }

  private static void remove(List<String> cells, int at) {
    if (at < cells.size()) {
      cells.remove(at);
    }
  }

  /** Writes rows as CSV, quoting where needed or everywhere, with LF or CRLF line ends and maybe a BOM. */
  private static String write(Random random, List<List<String>> grid) {
    boolean quoteAll = random.nextInt(8) == 0;
    String end = random.nextInt(4) == 0 ? "\r\n" : "\n";
    StringBuilder out = new StringBuilder(random.nextInt(10) == 0 ? "\uFEFF" : "");
    for (List<String> cells : grid) {
      for (int c = 0; c < cells.size(); c++) {
        String cell = cells.get(c);
        boolean quote = quoteAll || cell.contains(",") || cell.contains("\"") || cell.contains("\n")
            || cell.contains("\r");
        out.append(c == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
      }
      out.append(end);
    }
    if (random.nextInt(6) == 0 && out.length() >= end.length()) {
      out.setLength(out.length() - end.length());
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // JSON documents.

  /** Edits the tree of a JSON document, then writes it compact or indented, maybe with text edits too. */
  static String json(Random random, String valid, List<String> pool) {
    JsonNode root;
    try {
      root = MAPPER.readTree(valid);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the base document must be valid", e);
    }
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      tree(random, root, pool);
    }
    String text;
    try {
      text = random.nextBoolean() ? MAPPER.writeValueAsString(root)
          : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    switch (random.nextInt(6)) {
      case 0 -> {
        return text(random, text);
      }
      case 1 -> { // a key written twice
        int at = text.indexOf("{\"", random.nextInt(text.length()));
        if (at >= 0) {
          int colon = text.indexOf(',', at);
          return colon < 0 ? text : text.substring(0, colon + 1) + text.substring(at + 1, colon + 1)
              + text.substring(colon + 1);
        }
        return text;
      }
      default -> {
        return text;
      }
    }
  }

  private static void tree(Random random, JsonNode root, List<String> pool) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode parent = pick(random, containers);
    if (parent instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.isEmpty() ? "id" : pick(random, names);
      switch (random.nextInt(6)) {
        case 0 -> object.remove(name);
        case 1 -> {
          JsonNode value = object.remove(name);
          object.set(random.nextBoolean() ? pick(random, columnNames()) : pick(random, pool),
              value == null ? JsonNodeFactory.instance.textNode("") : value);
        }
        case 2 -> object.set(pick(random, columnNames()), replacement(random, pool));
        default -> object.set(name, replacement(random, pool));
      }
    } else if (parent instanceof ArrayNode array) {
      int at = array.isEmpty() ? 0 : random.nextInt(array.size());
      switch (random.nextInt(4)) {
        case 0 -> array.insert(at, array.isEmpty() ? replacement(random, pool) : array.get(at).deepCopy());
        case 1 -> {
          if (!array.isEmpty()) {
            array.remove(at);
          }
        }
        default -> array.insert(at, replacement(random, pool));
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      collect(it.next(), out);
    }
  }

  /** A value of another type, or of the right type with a stressing value. */
  private static JsonNode replacement(Random random, List<String> pool) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    String text = pick(random, pool);
    return switch (random.nextInt(16)) {
      case 0 -> f.nullNode();
      case 1 -> f.booleanNode(random.nextBoolean());
      case 2 -> f.numberNode(new BigDecimal("1E+400"));
      case 3 -> f.numberNode(new BigDecimal("0.00000000001"));
      case 4 -> f.numberNode(-1 - random.nextInt(1000));
      case 5 -> f.numberNode(Long.MAX_VALUE);
      case 6 -> f.numberNode(new BigInteger("9".repeat(1 + random.nextInt(1500))));
      case 7 -> f.numberNode(new BigDecimal(random.nextInt(1_000_000)).movePointLeft(random.nextInt(4)));
      case 8 -> f.arrayNode().add(text);
      case 9 -> f.objectNode().put("id", text);
      case 10 -> nested(random.nextInt(300));
      default -> f.textNode(text);
    };
  }

  private static JsonNode nested(int depth) {
    JsonNode node = JsonNodeFactory.instance.textNode("deep");
    for (int i = 0; i < depth; i++) {
      node = JsonNodeFactory.instance.arrayNode().add(node);
    }
    return node;
  }

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
