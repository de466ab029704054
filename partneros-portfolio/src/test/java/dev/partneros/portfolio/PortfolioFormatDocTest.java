package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partneros.core.ProgramDocument;
import dev.partneros.portfolio.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/formats.md documents the input tables exactly as {@link PortfolioTable} defines them, with
 * examples the reader accepts, and the output files, CSV columns and JSON keys exactly as the
 * writers produce them for the sample book.
 */
@DisplayName("docs/formats.md documents the portfolio input and the evaluation's outputs as the code has them")
class PortfolioFormatDocTest {

  static final Path DOC = Path.of("../docs/formats.md");

  /** The keys of the JSON objects whose keys are data (a tier, a band), by the object's path. */
  static final Map<String, String> JSON_MAP_KEYS = Map.of(
      "summary.tiers", "<TIER>",
      "summary.healthBands", "<BAND>",
      "programResults.segments", "<SEGMENT>",
      "partners[].fourC.criteria", "<CRITERION>");

  private static final Pattern FIRST_CELL = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");

  static String doc;
  static Map<String, String> rendered;
  static String currency;

  @BeforeAll
  static void renderTheSampleBook() throws IOException {
    doc = Files.readString(DOC);
    PortfolioEvaluation evaluation = SampleBook.evaluation();
    rendered = ReportFiles.render(evaluation);
    currency = evaluation.currency().getCurrencyCode();
  }

  /** The text under a level-2 heading, up to the next one. */
  static String part(String text, String heading) {
    int start = text.indexOf("\n## " + heading + "\n");
    assertThat(start).as("heading ## " + heading).isNotNegative();
    int end = text.indexOf("\n## ", start + 1);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  /** The text under the level-3 heading that starts with a prefix, up to the next heading. */
  static String subsection(String text, String headingPrefix) {
    int start = text.indexOf("\n### " + headingPrefix);
    assertThat(start).as("heading ### " + headingPrefix).isNotNegative();
    int end = text.indexOf("\n### ", start + 1);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  /** The text before the first level-3 heading. */
  static String intro(String text) {
    int end = text.indexOf("\n### ");
    return end < 0 ? text : text.substring(0, end);
  }

  /** The level-3 headings' first backticked names. */
  static Set<String> headings(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\n### `([^`]+)`").matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static List<String> firstCells(String text) {
    List<String> cells = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher m = FIRST_CELL.matcher(line);
      if (m.find()) {
        cells.add(m.group(1));
      }
    }
    return cells;
  }

  static String fenced(String text, String language) {
    int start = text.indexOf("```" + language + "\n");
    assertThat(start).as("a ```" + language + " block").isNotNegative();
    int from = start + language.length() + 4;
    return text.substring(from, text.indexOf("```", from));
  }

  /** The header an output CSV's documented columns make, for the sample's currency. */
  static String documentedHeader(String text, String file) {
    return String.join(",", firstCells(subsection(part(text, "Output files"), "`" + file + "` (output)")))
        .replace("<CURRENCY>", currency);
  }

  @Test
  void inputTables_areDocumentedWithTheirColumnsInOrder() {
    String folder = part(doc, "The CSV folder");
    Set<String> files = new TreeSet<>();
    for (PortfolioTable table : PortfolioTable.values()) {
      files.add(table.fileName());
      String section = subsection(folder, "`" + table.fileName() + "`");
      assertThat(firstCells(section)).as(table.fileName()).isEqualTo(table.columns());
      for (String line : section.split("\n")) {
        Matcher m = FIRST_CELL.matcher(line);
        if (m.find()) {
          String required = line.split("\\|")[2].strip();
          assertThat(required).as(table.fileName() + " " + m.group(1) + " required")
              .isEqualTo(table.required().contains(m.group(1)) ? "yes" : "no");
        }
      }
      assertThat(section).as(table.fileName())
          .contains("```csv\n" + table.header() + "\n" + table.example() + "\n```");
      assertThat(table.example().split(",", -1)).as(table.fileName()).hasSize(table.columns().size());
    }
    assertThat(headings(folder)).isEqualTo(files);
  }

  @Test
  void jsonForm_namesEveryTable() {
    String json = part(doc, "The JSON document");
    for (PortfolioTable table : PortfolioTable.values()) {
      assertThat(json).contains("`" + table.tableName() + "`");
    }
  }

  @Test
  void documentedCsvExamples_formAPortfolioTheReaderAccepts() {
    String folder = part(doc, "The CSV folder");
    Map<String, String> files = new TreeMap<>();
    for (PortfolioTable table : PortfolioTable.values()) {
      files.put(table.fileName(), fenced(subsection(folder, "`" + table.fileName() + "`"), "csv"));
    }
    Portfolio portfolio = PortfolioReader.of(ProgramDocument.standard()).readCsv(files);
    assertThat(portfolio.summary()).isEqualTo("1 partners (0 prospects), 1 quarterly metrics, 1 certifications, "
        + "1 deals, 1 touches, 1 registrations, 1 payments, 1 cancellations, 1 MDF requests, 1 ratings, "
        + "1 checklist items, 1 FX rates");
  }

  @Test
  void documentedJsonExample_isAPortfolioTheReaderAccepts() {
    String example = fenced(part(doc, "The JSON document"), "json");
    Portfolio portfolio = PortfolioReader.of(ProgramDocument.standard()).readJson("example.json", example);
    assertThat(portfolio.partners()).hasSize(1);
    assertThat(portfolio.deals()).hasSize(1);
    assertThat(portfolio.touches()).hasSize(1);
  }

  @Test
  void outputFiles_areEveryFileTheWritersRender() {
    assertThat(rendered.keySet()).as("the sample renders commission and MDF too")
        .contains("commission.csv", "mdf-requests.csv");
    String outputs = part(doc, "Output files");
    assertThat(firstCells(intro(outputs))).isEqualTo(List.copyOf(rendered.keySet()));
    assertThat(headings(outputs)).isEqualTo(new TreeSet<>(rendered.keySet()));
  }

  @Test
  void outputCsvColumns_equalWhatTheWriterWrites() {
    int checked = 0;
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      if (!file.getKey().endsWith(".csv")) {
        continue;
      }
      String header = file.getValue().substring(0, file.getValue().indexOf('\n'));
      assertThat(documentedHeader(doc, file.getKey())).as(file.getKey()).isEqualTo(header);
      checked++;
    }
    assertThat(checked).isEqualTo(7);
  }

  @Test
  void outputCsvComparison_failsWhenADocumentedColumnIsRemoved() {
    String header = rendered.get("health.csv").lines().findFirst().orElseThrow();
    String without = doc.replace("| `strategic_fit` | the strategic-fit dimension's points |\n", "");
    assertThat(without).isNotEqualTo(doc);
    assertThat(documentedHeader(without, "health.csv")).isNotEqualTo(header);
    assertThat(Arrays.asList(header.split(","))).contains("strategic_fit");
  }

  @Test
  void evaluationJsonKeys_equalWhatTheWriterWrites() throws IOException {
    JsonNode root = new ObjectMapper().readTree(rendered.get("evaluation.json"));
    Set<String> written = new TreeSet<>();
    jsonPaths("", root, written);
    Set<String> documented = new TreeSet<>(firstCells(subsection(part(doc, "Output files"), "`evaluation.json`")));
    assertThat(written).hasSizeGreaterThan(100);
    assertThat(difference(written, documented)).as("written but not documented").isEmpty();
    assertThat(difference(documented, written)).as("documented but not written").isEmpty();
  }

  /** Every scalar and every array of a JSON tree; objects are walked, not listed; data keys become placeholders. */
  static void jsonPaths(String path, JsonNode node, Set<String> out) {
    if (node.isObject()) {
      node.properties().forEach(field -> {
        String key = JSON_MAP_KEYS.getOrDefault(path, field.getKey());
        jsonPaths(path.isEmpty() ? key : path + "." + key, field.getValue(), out);
      });
    } else if (node.isArray()) {
      out.add(path);
      node.forEach(element -> {
        if (element.isObject()) {
          jsonPaths(path + "[]", element, out);
        }
      });
    } else {
      out.add(path);
    }
  }

  static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }
}
