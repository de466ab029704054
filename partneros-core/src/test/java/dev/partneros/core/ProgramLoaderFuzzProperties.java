package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the program loader (JSON and YAML) and section reading with mutations of valid documents:
 * every outcome is a document or an {@link InvalidProgramException} whose problems all have a path
 * and a message in the file's own words (no Java class or Jackson setting named), never another
 * exception, and every case ends quickly.
 */
class ProgramLoaderFuzzProperties {

  static final String[] TOKENS = {"\"", "{", "}", "[", "]", ":", ",", "NaN", "1e999", "-0", "!!java.lang.Runtime ",
      "&a ", "*a", "\u0000", "9".repeat(60), "0.000000000000000000001", "-99999999999999999999", "null", "true",
      "\uFFFF", "\t", "\n---\n", "'", "\\", "#", "? ", "- ", "%YAML 1.1\n", "~", ".inf", "0x1F", "1_000", "<<: *a"};

  static void outcomeIsADocumentOrTypedProblems(Runnable load) {
    long start = System.nanoTime();
    try {
      load.run();
    } catch (InvalidProgramException e) {
      assertThat(e.problems()).isNotEmpty();
      for (Problem problem : e.problems()) {
        assertThat(problem.path()).isNotBlank();
        assertThat(problem.message()).isNotBlank().startsWith(problem.path());
        // the file's own words: no Java class, no Jackson setting (docs/program-file.md#strictness)
        // (what the file wrote, echoed in the path or as the rejected value, may say anything)
        String words = problem.message().replace(problem.path(), "").replace(problem.rejectedValue().orElse("$"), "")
            .replaceAll("\\('.' \\(code \\d+\\)\\)", "(a character)");
        assertThat(words).doesNotContain("Immutable", "Jackson", "Feature.", "JsonToken", "Source:",
            "Cannot deserialize", "Cannot construct", "java.math", "java.lang.String", "Exception", "java.",
            "com.fasterxml", "org.yaml", "snakeyaml", "StreamRead", "REDACTED", "`");
        // a reason, never an empty one or a bare exception message (docs/problems.md#what-a-problem-carries)
        assertThat(words.strip()).doesNotEndWith(": null").doesNotEndWith(":").isNotEqualTo("null");
      }
    } catch (RuntimeException e) {
      fail("the loader must only throw InvalidProgramException, but threw " + e, e);
    } catch (StackOverflowError e) {
      fail("the loader overflowed the stack", e);
    }
    assertThat(System.nanoTime() - start).as("one case must end quickly").isLessThan(5_000_000_000L);
  }

  @Provide
  Arbitrary<String> textMutations() {
    return Arbitraries.longs().map(seed -> mutate(seed, ProgramLoaderTest.JSON));
  }

  @Provide
  Arbitrary<String> yamlMutations() {
    return Arbitraries.longs().map(seed -> mutate(seed, ProgramLoaderTest.YAML));
  }

  static String mutate(long seed, String valid) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(valid);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && text.length() > 0; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(6)) {
        case 0:
          text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
          break;
        case 1:
          text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
          break;
        case 2:
          text.setCharAt(at, (char) random.nextInt(0x250));
          break;
        case 3:
          text.setLength(at);
          break;
        case 4:
          int end = Math.min(text.length(), at + random.nextInt(40));
          text.insert(end, text.substring(at, end));
          break;
        default:
          text.insert(at, "[".repeat(random.nextInt(100)));
      }
    }
    return text.toString();
  }

  @Property(tries = 10_000)
  void jsonTextMutations(@ForAll("textMutations") String json) {
    outcomeIsADocumentOrTypedProblems(() -> ProgramLoader.strict().loadJson(json)
        .readSection("tiers", SamplePolicy.class));
  }

  @Property(tries = 10_000)
  void yamlTextMutations(@ForAll("yamlMutations") String yaml) {
    outcomeIsADocumentOrTypedProblems(() -> ProgramLoader.strict().loadYaml(yaml)
        .readSection("tiers", SamplePolicy.class));
  }

  @Property(tries = 10_000)
  void randomBytesAsJsonOrYaml(@ForAll byte[] bytes, @ForAll boolean yaml) {
    outcomeIsADocumentOrTypedProblems(() -> ProgramLoader.strict().load(new java.io.ByteArrayInputStream(bytes),
        yaml ? ProgramLoader.Format.YAML : ProgramLoader.Format.JSON));
  }

  @Provide
  Arbitrary<JsonNode> replacements() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return Arbitraries.of(f.nullNode(), f.textNode(""), f.textNode("x".repeat(5000)), f.textNode("\u0001\u0002"),
        f.numberNode(new java.math.BigDecimal("1E+400")), f.numberNode(-1), f.numberNode(0),
        f.numberNode(new java.math.BigDecimal("0.0000000001")), f.booleanNode(true), f.arrayNode(), f.objectNode(),
        f.arrayNode().add(f.objectNode()), f.textNode("2026-02-30"), f.textNode("GOLD"),
        f.numberNode(Long.MAX_VALUE));
  }

  @Property(tries = 10_000)
  void structuralMutations(@ForAll long seed, @ForAll("replacements") JsonNode replacement, @ForAll boolean drop) {
    ObjectNode root = (ObjectNode) ProgramLoader.strict().parse(ProgramLoaderTest.JSON, ProgramLoader.Format.JSON);
    List<ObjectNode> parents = new ArrayList<>();
    collect(root, parents);
    Random random = new Random(seed);
    ObjectNode parent = parents.get(random.nextInt(parents.size()));
    List<String> names = new ArrayList<>();
    parent.fieldNames().forEachRemaining(names::add);
    if (!names.isEmpty()) {
      String name = names.get(random.nextInt(names.size()));
      if (drop) {
        parent.remove(name);
      } else {
        parent.set(name, replacement);
      }
    }
    outcomeIsADocumentOrTypedProblems(() -> ProgramDocument.fromTree(root).readSection("tiers", SamplePolicy.class));
    outcomeIsADocumentOrTypedProblems(() -> ProgramLoader.strict().loadJson(root.toString())
        .readSection("tiers", SamplePolicy.class));
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode) {
      out.add((ObjectNode) node);
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      collect(it.next(), out);
    }
  }
}
