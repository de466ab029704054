package dev.partneros.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fenced code blocks of the repository's Markdown documents (README.md and docs/), with the
 * markers written on the line before each block. {@link DocSnippetsTest} evaluates every
 * {@code java} block with {@link DocSnippetsShell}; {@code .ci/doc-commands} runs the {@code sh}
 * blocks. The markers are documented in docs/README.md, "Writing docs".
 */
final class DocSnippets {

  /** The start-up script the {@code session} marker evaluates first, relative to the repository root. */
  static final String SESSION_SCRIPT = "partneros-examples/src/main/jshell/partneros.jsh";

  private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*([^\\s`]*)\\s*$");
  private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*(.*?)\\s*-->\\s*$");

  private DocSnippets() {}

  /**
   * One fenced code block.
   *
   * @param document the document's path relative to the repository root, as printed in reports
   * @param line the 1-based line of the opening fence
   * @param language the info string's first word ({@code java}, {@code sh}, {@code text}...), or empty
   * @param code the block's content, its indentation removed, ending with a line break unless empty
   * @param marker the HTML comment on the line right before the fence, without {@code <!--} and
   *     {@code -->}, if there is one
   */
  record Block(String document, int line, String language, String code, Optional<String> marker) {

    /** Returns where the block starts, as {@code document:line}. */
    String location() {
      return document + ":" + line;
    }

    /**
     * Returns the exception the block is marked to throw ({@code <!-- snippet: throws NAME -->}, or
     * {@code <!-- snippet: session, throws NAME -->} in the session).
     *
     * @return the exception's simple or qualified class name, if the block is so marked
     */
    Optional<String> expectedException() {
      return snippetItems().stream().filter(i -> i.startsWith("throws ")).map(i -> i.substring("throws ".length()).trim())
          .findFirst();
    }

    /**
     * Returns whether the block is typed in the JShell session ({@code <!-- snippet: session -->}, possibly
     * with {@code , throws NAME}).
     */
    boolean inSession() {
      return snippetItems().contains("session");
    }

    /**
     * Returns whether the block is the expected output of the {@code java} block right before it
     * ({@code <!-- output -->}).
     */
    boolean isOutput() {
      return marker.filter(m -> m.equals("output")).isPresent();
    }

    /** The comma-separated items of a {@code snippet:} marker, trimmed; empty for another marker. */
    private List<String> snippetItems() {
      return marker.filter(m -> m.startsWith("snippet:")).map(m -> java.util.Arrays.stream(m.substring("snippet:".length())
          .split(",")).map(String::trim).toList()).orElse(List.of());
    }
  }

  /**
   * Returns the repository root: the nearest folder, from the working directory up, holding
   * {@code .git}; failing that, the highest folder of the unbroken run of folders holding a
   * {@code pom.xml}.
   *
   * @return the root, absolute
   */
  static Path repositoryRoot() {
    Path start = Path.of("").toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    Path highest = start;
    for (Path dir = start; dir != null && Files.exists(dir.resolve("pom.xml")); dir = dir.getParent()) {
      highest = dir;
    }
    return highest;
  }

  /**
   * Returns the documents checked: README.md, then every Markdown file under docs/, in path order.
   *
   * @param root the repository root
   * @return their paths, absolute
   */
  static List<Path> documents(Path root) {
    List<Path> documents = new ArrayList<>();
    if (Files.isRegularFile(root.resolve("README.md"))) {
      documents.add(root.resolve("README.md"));
    }
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.walk(docs)) {
        files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .forEach(p -> documents.add(root.resolve(p)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return documents;
  }

  /**
   * Reads a document's fenced code blocks.
   *
   * @param root the repository root
   * @param document the document
   * @return its blocks, in order
   */
  static List<Block> blocks(Path root, Path document) {
    try {
      return blocks(root.relativize(document).toString().replace('\\', '/'), Files.readString(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the fenced code blocks of Markdown text. A fence is three or more backticks or tildes,
   * indented by spaces only; the block ends at a fence of the same character at least as long. A
   * block left open runs to the end of the text.
   *
   * @param name the document's name, for the blocks' locations
   * @param markdown the text
   * @return the blocks, in order
   */
  static List<Block> blocks(String name, String markdown) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = markdown.split("\r?\n", -1);
    int i = 0;
    while (i < lines.length) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        i++;
        continue;
      }
      int indent = open.group(1).length();
      String fence = open.group(2);
      String language = open.group(3);
      Optional<String> marker = Optional.empty();
      if (i > 0) {
        Matcher m = MARKER.matcher(lines[i - 1]);
        if (m.matches()) {
          marker = Optional.of(m.group(1));
        }
      }
      int start = i;
      StringBuilder code = new StringBuilder();
      i++;
      while (i < lines.length && !closes(lines[i], fence)) {
        code.append(unindent(lines[i], indent)).append('\n');
        i++;
      }
      i++;
      blocks.add(new Block(name, start + 1, language, code.toString(), marker));
    }
    return blocks;
  }

  private static boolean closes(String line, String fence) {
    String trimmed = line.strip();
    if (trimmed.length() < fence.length()) {
      return false;
    }
    for (int k = 0; k < trimmed.length(); k++) {
      if (trimmed.charAt(k) != fence.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  private static String unindent(String line, int indent) {
    int k = 0;
    while (k < indent && k < line.length() && line.charAt(k) == ' ') {
      k++;
    }
    return line.substring(k);
  }
}
