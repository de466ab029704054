package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.ProblemCode;
import dev.partneros.portfolio.PortfolioProblemCode;
import dev.partneros.scoring.ScoringProblemCode;
import dev.partneros.tiers.TierProblemCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Keeps the problem catalogue and its page in step ({@code docs/problems.md#adding-a-code}):
 * docs/problems.md lists, in each module's section, exactly the constants of that module's
 * {@link ProblemCode} enum with the same meaning; codes are unique across modules; and every
 * constant is used by main code other than its enum, so that no code is documented but never
 * produced.
 *
 * <p>The checks are tested on made-up pages and sources first ({@link CheckerTest}), so the scan of
 * the real tree cannot pass by finding nothing.
 */
@DisplayName("docs/problems.md lists exactly the problem codes the modules produce")
class ProblemCatalogueTest {

  /** The page. */
  static final String PAGE = "docs/problems.md";

  /** Each catalogue, by the title of its section on the page. */
  static final Map<String, Class<? extends Enum<?>>> CATALOGUES = catalogues();

  static Map<String, String> texts;

  @BeforeAll
  static void scan() {
    texts = DocsCitationTest.textFiles(DocsCitationTest.repositoryRoot(Path.of("").toAbsolutePath()));
  }

  private static Map<String, Class<? extends Enum<?>>> catalogues() {
    Map<String, Class<? extends Enum<?>>> catalogues = new LinkedHashMap<>();
    catalogues.put("Core", CoreProblemCode.class);
    catalogues.put("Scoring", ScoringProblemCode.class);
    catalogues.put("Tiers and MDF", TierProblemCode.class);
    catalogues.put("Attribution, commission and clawback", AttributionProblemCode.class);
    catalogues.put("Portfolio", PortfolioProblemCode.class);
    return catalogues;
  }

  @Nested
  @DisplayName("The checks, on made-up pages and sources")
  class CheckerTest {

    final String page = "# Problem codes\n\n## Core\n\n| code | meaning | example |\n|---|---|---|\n"
        + "| `missing` | a required value is absent | `a`: a must be present |\n"
        + "| `blank` | a text is empty | `b`: ... |\n"
        + "| `stale` | gone | `c`: ... |\n\n"
        + "## Merged codes\n\n| old code | now |\n|---|---|\n| `absent` | `missing` |\n";

    @Test
    void sections_rowsAreReadPerSection_mergedTableApart() {
      Map<String, Map<String, String>> sections = Checker.sections(page);

      assertThat(sections).containsOnlyKeys("Core", "Merged codes");
      assertThat(sections.get("Core")).containsExactly(Map.entry("missing", "a required value is absent"),
          Map.entry("blank", "a text is empty"), Map.entry("stale", "gone"));
    }

    @Test
    void compare_undocumentedStaleAndDifferentMeanings_areEachReportedWithWhatToDo() {
      Map<String, String> documented = Checker.sections(page).get("Core");
      List<ProblemCode> codes = List.of(code("missing", "a required value is absent"),
          code("blank", "a text is empty or only white space"), code("negative", "below zero"));

      List<String> found = Checker.compare("Core", "CoreProblemCode", codes, documented);

      assertThat(found).containsExactlyInAnyOrder(
          "code negative (CoreProblemCode) is not in docs/problems.md: add a row to the Core section "
              + "with its meaning \"below zero\" and an example",
          "code stale is in the Core section of docs/problems.md but CoreProblemCode has no such constant: "
              + "remove the row, or add the constant and produce it",
          "code blank has another meaning in docs/problems.md (\"a text is empty\") than in CoreProblemCode "
              + "(\"a text is empty or only white space\"): make them the same");
    }

    @Test
    void unused_constantOnlyInItsEnum_isReported_qualifiedUseElsewhereIsNot() {
      Map<String, String> sources = Map.of(
          "m/src/main/java/a/CoreProblemCode.java", "MISSING(\"missing\"), NEGATIVE(\"negative\")",
          "m/src/main/java/a/User.java", "check(ok, path, CoreProblemCode.MISSING, \"be present\", null);"
              + " // CoreProblemCode.NEGATIVE_AMOUNT is not NEGATIVE",
          "m/src/test/java/a/UserTest.java", "CoreProblemCode.NEGATIVE");

      List<String> found = Checker.unused("CoreProblemCode", List.of("MISSING", "NEGATIVE"), sources);

      assertThat(found).containsExactly("code negative (CoreProblemCode.NEGATIVE) is produced by no main "
          + "code: use it where the rule is checked (as CoreProblemCode.NEGATIVE), or remove the constant "
          + "and its row in docs/problems.md");
    }

    private ProblemCode code(String code, String meaning) {
      return new ProblemCode() {
        @Override
        public String code() {
          return code;
        }

        @Override
        public String meaning() {
          return meaning;
        }
      };
    }
  }

  @Nested
  @DisplayName("The repository")
  class RepositoryTest {

    @Test
    void page_hasOneSectionPerCatalogue_andTheMergedCodes() {
      assertThat(texts).as(PAGE).containsKey(PAGE);
      List<String> sections = new ArrayList<>(Checker.sections(texts.get(PAGE)).keySet());

      assertThat(sections).as("sections of " + PAGE + " holding code tables")
          .containsExactlyElementsOf(concat(CATALOGUES.keySet(), "Merged codes"));
    }

    @Test
    void page_listsExactlyTheConstantsOfEachCatalogue_withTheirMeaning() {
      Map<String, Map<String, String>> sections = Checker.sections(texts.get(PAGE));
      List<String> found = new ArrayList<>();
      for (Map.Entry<String, Class<? extends Enum<?>>> catalogue : CATALOGUES.entrySet()) {
        found.addAll(Checker.compare(catalogue.getKey(), catalogue.getValue().getSimpleName(),
            codesOf(catalogue.getValue()), sections.getOrDefault(catalogue.getKey(), Map.of())));
      }

      assertThat(found).as("differences between the catalogues and " + PAGE).isEmpty();
    }

    @Test
    void codes_areSnakeCaseSpellingsOfTheirConstant_andUniqueAcrossModules() {
      Map<String, String> owner = new HashMap<>();
      List<String> found = new ArrayList<>();
      for (Class<? extends Enum<?>> catalogue : CATALOGUES.values()) {
        for (Enum<?> constant : catalogue.getEnumConstants()) {
          String code = ((ProblemCode) constant).code();
          if (!code.equals(constant.name().toLowerCase(Locale.ROOT))) {
            found.add(catalogue.getSimpleName() + "." + constant.name() + " has the code " + code
                + ": name the constant after its code");
          }
          String before = owner.put(code, catalogue.getSimpleName());
          if (before != null) {
            found.add("code " + code + " is in both " + before + " and " + catalogue.getSimpleName()
                + ": keep it once, in CoreProblemCode if both modules produce it");
          }
        }
      }

      assertThat(owner).hasSizeGreaterThan(50);
      assertThat(found).isEmpty();
    }

    @Test
    void mergedCodes_areNoLongerCodes() {
      Map<String, String> merged = Checker.sections(texts.get(PAGE)).get("Merged codes");
      List<String> current = CATALOGUES.values().stream().flatMap(c -> codesOf(c).stream())
          .map(ProblemCode::code).collect(Collectors.toList());

      assertThat(merged).as("merged codes").isNotEmpty();
      assertThat(merged.keySet()).as("merged codes that are catalogue codes again").doesNotContainAnyElementsOf(current);
      assertThat(merged.values()).as("codes merged into").allSatisfy(now -> assertThat(current).contains(now));
    }

    @Test
    void everyConstant_isProducedByMainCode() {
      Map<String, String> sources = texts.entrySet().stream()
          .filter(e -> e.getKey().matches("partneros-[^/]+/src/main/java/.*\\.java"))
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      List<String> found = new ArrayList<>();
      for (Class<? extends Enum<?>> catalogue : CATALOGUES.values()) {
        List<String> names = Arrays.stream(catalogue.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
        found.addAll(Checker.unused(catalogue.getSimpleName(), names, sources));
      }

      assertThat(sources).hasSizeGreaterThan(100);
      assertThat(found).as("catalogue codes no main code produces").isEmpty();
    }
  }

  private static List<ProblemCode> codesOf(Class<? extends Enum<?>> catalogue) {
    return Arrays.stream(catalogue.getEnumConstants()).map(c -> (ProblemCode) c).collect(Collectors.toList());
  }

  private static List<String> concat(Iterable<String> first, String last) {
    List<String> all = new ArrayList<>();
    first.forEach(all::add);
    all.add(last);
    return all;
  }

  /** The checks, as pure functions of texts, so they can be tested on made-up ones. */
  static final class Checker {

    static final Pattern HEADING = Pattern.compile("^## (.+?)\\s*$");
    /** A table row whose first cell is a code: {@code | `code` | second cell | ...}. */
    static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z][a-z0-9_]*)`\\s*\\|\\s*(.*?)\\s*\\|.*$");

    private Checker() {}

    /**
     * The code tables of a page, by section title: each row's code and its second cell (the
     * meaning, or for merged codes the code merged into, without its backquotes). Sections without
     * a code row are left out.
     */
    static Map<String, Map<String, String>> sections(String page) {
      Map<String, Map<String, String>> sections = new LinkedHashMap<>();
      String section = "";
      for (String line : page.split("\r?\n")) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
          section = heading.group(1);
          continue;
        }
        Matcher row = ROW.matcher(line);
        if (row.matches()) {
          String second = row.group(2).replace("\\|", "|");
          sections.computeIfAbsent(section, s -> new LinkedHashMap<>())
              .put(row.group(1), second.startsWith("`") ? second.replace("`", "").split(" ")[0] : second);
        }
      }
      return sections;
    }

    /** The differences between a catalogue and its section, each saying what to do. */
    static List<String> compare(String section, String catalogue, List<ProblemCode> codes,
        Map<String, String> documented) {
      List<String> found = new ArrayList<>();
      Map<String, String> meanings = new LinkedHashMap<>();
      codes.forEach(c -> meanings.put(c.code(), c.meaning()));
      for (Map.Entry<String, String> code : meanings.entrySet()) {
        String doc = documented.get(code.getKey());
        if (doc == null) {
          found.add("code " + code.getKey() + " (" + catalogue + ") is not in " + PAGE + ": add a row to the "
              + section + " section with its meaning \"" + code.getValue() + "\" and an example");
        } else if (!doc.equals(code.getValue())) {
          found.add("code " + code.getKey() + " has another meaning in " + PAGE + " (\"" + doc + "\") than in "
              + catalogue + " (\"" + code.getValue() + "\"): make them the same");
        }
      }
      for (String code : documented.keySet()) {
        if (!meanings.containsKey(code)) {
          found.add("code " + code + " is in the " + section + " section of " + PAGE + " but " + catalogue
              + " has no such constant: remove the row, or add the constant and produce it");
        }
      }
      return found;
    }

    /**
     * The constants of a catalogue that no main source other than the catalogue's own file uses as
     * {@code Catalogue.CONSTANT}.
     */
    static List<String> unused(String catalogue, List<String> constants, Map<String, String> sources) {
      String own = "/" + catalogue + ".java";
      List<String> found = new ArrayList<>();
      for (String constant : constants) {
        Pattern use = Pattern.compile("\\b" + catalogue + "\\." + constant + "\\b");
        boolean used = sources.entrySet().stream()
            .filter(e -> e.getKey().contains("/src/main/") && !e.getKey().endsWith(own))
            .anyMatch(e -> use.matcher(e.getValue()).find());
        if (!used) {
          found.add("code " + constant.toLowerCase(Locale.ROOT) + " (" + catalogue + "." + constant
              + ") is produced by no main code: use it where the rule is checked (as " + catalogue + "."
              + constant + "), or remove the constant and its row in " + PAGE);
        }
      }
      return found;
    }
  }
}
