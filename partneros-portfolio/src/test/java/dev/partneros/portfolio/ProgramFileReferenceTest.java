package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.commission.ClawbackPolicy;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.scoring.ScoringProgram;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.mdf.MdfPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/program-file.md lists exactly the fields the program loader accepts: the fields are derived
 * from the code ({@link ProgramFields}: Jackson's own deserializers of each section's class) and
 * compared with the first column of the doc's tables.
 */
@DisplayName("docs/program-file.md documents every field the loader accepts, and no other")
class ProgramFileReferenceTest {

  static final Path DOC = Path.of("../docs/program-file.md");
  static final ProgramFields.Found FOUND = ProgramFields.walk();
  static final ProgramDocument STANDARD = ProgramDocument.standard();

  private static final Pattern FIRST_CELL = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");

  static String doc() throws IOException {
    return Files.readString(DOC);
  }

  /** The fields the loader accepts (read into the policy, not refused). */
  static Set<String> accepted() {
    return FOUND.fields().values().stream().filter(f -> !f.refused()).map(ProgramFields.Field::path)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> refused() {
    return FOUND.fields().values().stream().filter(ProgramFields.Field::refused).map(ProgramFields.Field::path)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The first cells of every table row of a text, in backticks. */
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

  /** The section fields the doc's tables list: first cells that start with a section name and a dot. */
  static Set<String> documentedFields(String doc) {
    Set<String> fields = new TreeSet<>();
    for (String cell : firstCells(doc)) {
      int dot = cell.indexOf('.');
      if (dot > 0 && ProgramDocument.SECTION_NAMES.contains(cell.substring(0, dot))) {
        fields.add(cell);
      }
    }
    return fields;
  }

  /** The text under a level-2 heading, up to the next one. */
  static String under(String doc, String heading) {
    int start = doc.indexOf("\n## " + heading + "\n");
    assertThat(start).as("heading ## " + heading).isNotNegative();
    int end = doc.indexOf("\n## ", start + 1);
    return end < 0 ? doc.substring(start) : doc.substring(start, end);
  }

  /** What differs between the accepted fields and the documented ones, one sentence per field. */
  static List<String> differences(Set<String> accepted, Set<String> documented) {
    List<String> out = new ArrayList<>();
    for (String field : accepted) {
      if (!documented.contains(field)) {
        out.add(field + " is accepted by the loader but not documented in " + DOC);
      }
    }
    for (String field : documented) {
      if (!accepted.contains(field)) {
        out.add(field + " is documented in " + DOC + " but the loader does not accept it");
      }
    }
    return out;
  }

  @Test
  void documentedFields_equalTheFieldsTheLoaderAccepts() throws IOException {
    assertThat(accepted()).as("fields found in the code").hasSizeGreaterThan(200);
    assertThat(differences(accepted(), documentedFields(doc()))).isEmpty();
  }

  @Test
  void comparison_failsWhenADocumentedFieldIsRemovedOrInvented() throws IOException {
    String doc = doc();
    String row = doc.lines().filter(l -> l.startsWith("| `tiers.windowMonths` |")).findFirst().orElseThrow();
    String without = doc.replace(row + "\n", "");
    assertThat(differences(accepted(), documentedFields(without)))
        .containsExactly("tiers.windowMonths is accepted by the loader but not documented in " + DOC);
    String invented = doc + "\n| `tiers.windowWeeks` | integer | none | 52 |\n";
    assertThat(differences(accepted(), documentedFields(invented)))
        .containsExactly("tiers.windowWeeks is documented in " + DOC + " but the loader does not accept it");
  }

  @Test
  void headerTable_listsEveryHeaderField() throws IOException {
    Set<String> header = new TreeSet<>();
    STANDARD.toTree().fieldNames().forEachRemaining(header::add);
    header.removeAll(ProgramDocument.SECTION_NAMES);
    assertThat(header).as("the standard program writes every header field").contains("description");
    assertThat(new TreeSet<>(firstCells(under(doc(), "The header")))).isEqualTo(header);
  }

  @Test
  void sectionsTable_namesEverySectionAndTheClassItIsReadInto() throws IOException {
    assertThat(List.copyOf(ProgramFields.SECTION_TYPES.keySet())).isEqualTo(ProgramDocument.SECTION_NAMES);
    String sections = under(doc(), "Sections");
    assertThat(firstCells(sections)).isEqualTo(ProgramDocument.SECTION_NAMES);
    for (Map.Entry<String, Class<?>> section : ProgramFields.SECTION_TYPES.entrySet()) {
      String row = sections.lines().filter(l -> l.startsWith("| `" + section.getKey() + "` |")).findFirst()
          .orElseThrow();
      assertThat(row).as(section.getKey()).contains("`" + section.getValue().getSimpleName() + "`");
      assertThat(doc()).as("a heading for " + section.getKey()).contains("\n## " + section.getKey() + "\n");
    }
  }

  @Test
  void sectionTypes_areWhatEachModuleReads() {
    ScoringProgram scoring = ScoringProgram.from(STANDARD);
    Map<String, Function<ProgramDocument, Object>> modules = new LinkedHashMap<>();
    modules.put("maturity", d -> scoring.maturity());
    modules.put("ipp", d -> scoring.ipp());
    modules.put("selection", d -> scoring.selection());
    modules.put("scorecard", d -> scoring.scorecard());
    modules.put("health", d -> scoring.health());
    modules.put("segments", d -> scoring.segments());
    modules.put("kpis", d -> scoring.kpis());
    modules.put("tiers", TierProgram::from);
    modules.put("benefits", BenefitsMatrix::from);
    modules.put("mdf", MdfPolicy::from);
    modules.put("attribution", AttributionPolicy::from);
    modules.put("commission", CommissionPlan::from);
    modules.put("clawback", ClawbackPolicy::from);
    assertThat(modules.keySet()).containsExactlyElementsOf(ProgramDocument.SECTION_NAMES);
    modules.forEach((section, module) -> {
      Object read = STANDARD.readSection(section, ProgramFields.SECTION_TYPES.get(section)).orElseThrow();
      assertThat(read).as(section).isEqualTo(module.apply(STANDARD));
    });
  }

  @Test
  void standardProgram_writesOnlyAcceptedFields() {
    Set<String> visited = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    ObjectNode root = STANDARD.toTree();
    for (String section : ProgramDocument.SECTION_NAMES) {
      assertThat(root.has(section)).as("the standard program writes " + section).isTrue();
      walkStandard(section, root.get(section), visited, unknown);
    }
    assertThat(unknown).isEmpty();
    assertThat(visited).as("deep criteria resolve to the criteria's own fields")
        .contains("tiers.levels[].criteria.allOf[].anyOf", "tiers.levels[].criteria.metric",
            "benefits.<TIER>.economics.margin", "commission.models.<PARTNER_TYPE>.volumeRebate.bands[].custom")
        .hasSizeGreaterThan(100);
  }

  private static void walkStandard(String path, JsonNode node, Set<String> visited, List<String> unknown) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = resolve(path, field.getKey());
        if (child == null) {
          unknown.add(path + "." + field.getKey() + " is written by the standard program but not accepted");
          continue;
        }
        visited.add(child);
        walkStandard(child, field.getValue(), visited, unknown);
      }
    } else if (node.isArray()) {
      String element = FOUND.repeats().getOrDefault(path + "[]", path + "[]");
      node.forEach(entry -> walkStandard(element, entry, visited, unknown));
    }
  }

  /** The accepted path of a key under a path: the field of that name, or the object's free key. */
  private static String resolve(String path, String key) {
    String named = path + "." + key;
    if (FOUND.fields().containsKey(named)) {
      return FOUND.repeats().getOrDefault(named, named);
    }
    List<String> free = FOUND.fields().keySet().stream()
        .filter(p -> p.startsWith(path + ".<") && p.indexOf('.', path.length() + 1) < 0).collect(Collectors.toList());
    return free.size() == 1 ? free.get(0) : null;
  }

  @Test
  void headerFieldsInsideASection_areListedAndRefused() throws IOException {
    Set<String> listed = under(doc(), "Header fields inside a section").lines().filter(l -> l.startsWith("- `"))
        .map(l -> l.substring(3, l.indexOf('`', 3))).collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).isEqualTo(refused()).hasSizeGreaterThanOrEqualTo(10);
    for (String path : refused()) {
      String concrete = path.replace("<TIER>", "GOLD");
      ObjectNode root = STANDARD.toTree();
      String[] parts = concrete.split("\\.");
      ObjectNode parent = root;
      for (int i = 0; i < parts.length - 1; i++) {
        parent = (ObjectNode) parent.get(parts[i]);
      }
      parent.put(parts[parts.length - 1], "X");
      List<Problem> problems = ProgramVersions.lint(ProgramDocument.fromTree(root));
      assertThat(problems).as(concrete)
          .anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(concrete);
            assertThat(p.code()).isEqualTo("not_allowed");
          });
    }
  }

  @Test
  void freeTextKeys_areEachNamedOnce() {
    for (Map.Entry<String, String> keys : ProgramFields.STRING_KEYS.entrySet()) {
      assertThat(FOUND.fields()).as("the map at " + keys.getKey() + " exists")
          .containsKey(keys.getKey() + "." + keys.getValue());
    }
  }
}
