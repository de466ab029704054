package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.partneros.examples.DocSnippets.Block;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code java} block of README.md and docs/ compiles and runs, so none can go stale: each
 * document's blocks are evaluated in order in one JShell with the library on the class path (see
 * {@link DocSnippetsShell}). The {@code sh} blocks are run by {@code .ci/doc-commands}. The markers
 * are documented in docs/README.md, "Writing docs".
 */
class DocSnippetsTest {

  private static final Path ROOT = DocSnippets.repositoryRoot();

  @TestFactory
  @DisplayName("every java block of README.md and docs/ runs")
  Stream<DynamicTest> documents_everyJavaBlockRuns() {
    // Each document runs in JShells of its own, so two documents are checked at once.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<Path> documents = DocSnippets.documents(ROOT);
    List<java.util.concurrent.Future<List<String>>> checks = documents.stream()
        .map(document -> pool.submit(() -> DocSnippetsShell.check(ROOT, DocSnippets.blocks(ROOT, document))))
        .toList();
    pool.shutdown();
    return java.util.stream.IntStream.range(0, documents.size()).mapToObj(i -> dynamicTest(
        ROOT.relativize(documents.get(i)).toString(), () -> assertThat(checks.get(i).get())
            .as("failing java blocks").isEmpty()));
  }

  @Test
  void repositoryRoot_holdsTheReadmeWithJavaBlocks() {
    assertThat(ROOT.resolve("README.md")).isRegularFile();
    assertThat(ROOT.resolve("partneros-examples")).isDirectory();
    assertThat(DocSnippets.documents(ROOT)).first().isEqualTo(ROOT.resolve("README.md"));
    assertThat(DocSnippets.blocks(ROOT, ROOT.resolve("README.md"))).filteredOn(b -> b.language().equals("java"))
        .hasSizeGreaterThan(5);
  }

  @Test
  void documents_includeEveryMarkdownFileUnderDocs() throws Exception {
    if (Files.isDirectory(ROOT.resolve("docs"))) {
      try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
        List<Path> markdown = files.filter(p -> p.toString().endsWith(".md")).toList();
        assertThat(DocSnippets.documents(ROOT)).containsAll(markdown).hasSize(markdown.size() + 1);
      }
    }
  }

  @Test
  void blocks_readLanguageLineCodeAndTheMarkerOnTheLineBefore() {
    String markdown = """
        # Title

        <!-- snippet: throws InvalidProgramException -->
        ```java
        int a = 1;
        ```
        text
        - a list item:
          ```sh
          echo hi
          ```
        ````text
        ```
        ````
          ```` ```java ```` is inline code, not a fence
        """;
    List<Block> blocks = DocSnippets.blocks("doc.md", markdown);
    assertThat(blocks).extracting(Block::language).containsExactly("java", "sh", "text");
    assertThat(blocks).extracting(Block::location).containsExactly("doc.md:4", "doc.md:9", "doc.md:12");
    assertThat(blocks.get(0).code()).isEqualTo("int a = 1;\n");
    assertThat(blocks.get(0).expectedException()).contains("InvalidProgramException");
    assertThat(blocks.get(1).code()).isEqualTo("echo hi\n");
    assertThat(blocks.get(1).marker()).isEmpty();
    assertThat(blocks.get(2).code()).isEqualTo("```\n");
  }

  @Test
  void check_laterBlocksSeeEarlierDeclarationsAndTheLibrary() {
    List<String> failures = check("""
        ```java
        import dev.partneros.core.*;
        Money fee = Money.of("4800.00", "USD");
        ```
        Then:
        ```java
        Money twice = fee.plus(fee);
        if (!twice.equals(Money.of("9600.00", "USD"))) throw new AssertionError(twice);
        ```
        """);
    assertThat(failures).isEmpty();
  }

  @Test
  void check_reportsARejectedSnippetWithItsFileAndLine() {
    List<String> failures = check("""
        # doc

        ```java
        int ok = 1;
        String s = ok;
        ```
        """);
    assertThat(failures).singleElement().asString().startsWith("doc.md:3: java block failed:")
        .contains("line 5: rejected: incompatible types");
  }

  @Test
  void check_reportsAnUndeclaredVariable() {
    assertThat(check("```java\nSystem.out.println(deal);\n```\n")).singleElement().asString()
        .contains("doc.md:1").contains("line 2: rejected").contains("deal");
  }

  @Test
  void check_reportsAnExceptionUnlessTheBlockIsMarkedToThrowIt() {
    String code = "```java\nInteger.parseInt(\"x\");\n```\n";
    assertThat(check(code)).singleElement().asString().contains("line 2: threw java.lang.NumberFormatException");
    assertThat(check("<!-- snippet: throws NumberFormatException -->\n" + code)).isEmpty();
    assertThat(check("<!-- snippet: throws IllegalStateException -->\n" + code)).singleElement().asString()
        .contains("marked to throw IllegalStateException, but threw java.lang.NumberFormatException");
    assertThat(check("<!-- snippet: throws NumberFormatException -->\n```java\nint x = 1;\n```\n")).singleElement()
        .asString().contains("marked to throw NumberFormatException, but threw nothing");
  }

  @Test
  void check_reportsAnIncompleteSnippet() {
    assertThat(check("```java\nint f() {\n  return 1;\n```\n")).singleElement().asString()
        .contains("incomplete snippet: int f() {");
  }

  @Test
  void check_ignoresBlocksInOtherLanguages() {
    assertThat(check("```text\nthis is not java\n```\n```sh\nexit 1\n```\n")).isEmpty();
  }

  @Test
  void check_sessionMarkerLoadsTheJShellStartUpScriptFirst() {
    assertThat(check("<!-- snippet: session -->\n```java\nsample.partner(\"P-006\").get().card()\n```\n")).isEmpty();
    assertThat(check("```java\nsample.partner(\"P-006\").get().card()\n```\n")).singleElement().asString()
        .contains("sample");
  }

  @Test
  void check_sessionBlocksAndOtherBlocksRunInSeparateShells() {
    // The failing block is not a session block: only the other blocks' shell is run again remotely.
    List<String> failures = check("<!-- snippet: session -->\n```java\nint a = 1;\n```\n```java\nint b = a;\n```\n"
        + "<!-- snippet: session -->\n```java\nint c = a;\n```\n");
    assertThat(failures).singleElement().asString().startsWith("doc.md:5:").contains("line 6: rejected");
  }

  @Test
  void check_sessionHasJShellsDefaultImports() {
    assertThat(check("<!-- snippet: session -->\n```java\nint n = sample.partners().size();\n```\n"
        + "Later:\n<!-- snippet: session -->\n```java\nPath folder = Files.createTempDirectory(\"x\");\n```\n")).isEmpty();
  }

  @Test
  void check_outputMarkerComparesWhatTheBlockBeforePrinted() {
    String java = "```java\nSystem.out.println(\"a  \");\nSystem.out.println(2);\n```\n";
    assertThat(check(java + "<!-- output -->\n```text\na\n2\n\n```\n")).isEmpty();
    assertThat(check(java + "<!-- output -->\n```text\na\n3\n```\n")).singleElement().asString()
        .startsWith("doc.md:1: java block failed:")
        .contains("output differs from the documented output at its line 2: documented \"3\", printed \"2\"");
    assertThat(check(java + "<!-- output -->\n```text\na\n```\n")).singleElement().asString()
        .contains("at its line 2: documented \"(end)\", printed \"2\"");
    // a text block without the marker is not compared
    assertThat(check(java + "```text\nanything\n```\n")).isEmpty();
  }

  /** Two local JShells printing at the same time each get their own output, standard error included. */
  @Test
  void localShells_printingAtTheSameTime_eachSeeTheirOwnOutput() throws Exception {
    java.util.function.IntFunction<String> document = n -> "```java\nfor (int i = 0; i < 3000; i++) System.out.println("
        + n + ");\nSystem.err.println(\"err " + n + "\");\n```\n<!-- output -->\n```text\n"
        + (n + "\n").repeat(3000) + "err " + n + "\n```\n";
    java.util.concurrent.Callable<Optional<String>> one = () -> local(document.apply(1));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(one);
      var second = pool.submit(() -> local(document.apply(2)));
      assertThat(first.get()).isEmpty();
      assertThat(second.get()).isEmpty();
    } finally {
      pool.shutdown();
    }
    assertThat(local(document.apply(3).replace("err 3\n```", "err 4\n```"))).get().asString()
        .contains("at its line 3001: documented \"err 4\", printed \"err 3\"");
  }

  /** The first java block of a document, evaluated in a local JShell, with the output block after it. */
  private static Optional<String> local(String markdown) {
    List<Block> blocks = DocSnippets.blocks("doc.md", markdown);
    try (DocSnippetsShell shell = new DocSnippetsShell(ROOT, true)) {
      return shell.evaluate(blocks.get(0), Optional.of(blocks.get(1).code()));
    }
  }

  @Test
  void check_sessionBlockMarkedToThrowShowsTheExceptionInItsOutput() {
    String markdown = "<!-- snippet: session, throws UnknownNameException -->\n```java\npartner(\"P-06\");\n```\n"
        + "<!-- output -->\n```text\n|  Exception dev.partneros.examples.UnknownNameException: no partner P-06 in this "
        + "book; did you mean P-006?\n```\n";
    assertThat(check(markdown)).isEmpty();
    assertThat(DocSnippets.blocks("doc.md", markdown).get(0).expectedException()).contains("UnknownNameException");
    assertThat(DocSnippets.blocks("doc.md", markdown).get(0).inSession()).isTrue();
    assertThat(DocSnippets.blocks("doc.md", markdown).get(1).isOutput()).isTrue();
  }

  private static List<String> check(String markdown) {
    return DocSnippetsShell.check(ROOT, DocSnippets.blocks("doc.md", markdown));
  }
}
