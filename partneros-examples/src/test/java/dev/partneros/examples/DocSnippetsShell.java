package dev.partneros.examples;

import dev.partneros.examples.DocSnippets.Block;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Evaluates a document's {@code java} blocks in order in JShell, with the test class path (so the
 * library, the examples and their dependencies), so a later block can use what an earlier one
 * declared. Nothing is imported by default: a block imports what it uses, like a source file. A
 * block fails when one of its snippets is rejected by the compiler, refers to something
 * undeclared, is left incomplete, or throws; a block marked {@code <!-- snippet: throws NAME -->}
 * fails unless one of its snippets throws that exception and nothing else goes wrong. The blocks
 * marked {@code <!-- snippet: session -->} run in a JShell of their own, as typed in the README's
 * JShell session: JShell's DEFAULT imports and the start-up script are evaluated first. A block
 * followed right away by a block marked {@code <!-- output -->} must print exactly that block's text
 * (trailing spaces and blank lines aside); an exception it is marked to throw prints as JShell's tool
 * shows it, {@code |  Exception CLASS: MESSAGE}, without the stack.
 */
final class DocSnippetsShell implements AutoCloseable {

  /** The imports of JShell's DEFAULT start-up, which the README's JShell command loads before the script. */
  private static final String DEFAULT_IMPORTS = """
      import java.io.*;
      import java.math.*;
      import java.net.*;
      import java.nio.file.*;
      import java.util.*;
      import java.util.concurrent.*;
      import java.util.function.*;
      import java.util.prefs.*;
      import java.util.regex.*;
      import java.util.stream.*;
      """;

  private final Path root;
  private final JShell shell;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
  private boolean sessionLoaded;
  /** Whether a snippet threw unexpectedly or a block's output or exception was not the documented one. */
  private boolean failedWhileRunning;

  /**
   * Opens a JShell.
   *
   * @param root the repository root, for the session script
   * @param local whether the snippets run in this JVM (fast) or in a remote JVM of their own
   */
  DocSnippetsShell(Path root, boolean local) {
    this.root = root;
    JShell.Builder builder = JShell.builder().out(out).err(out);
    // A remote JVM runs a document's snippets once: the quick compiler alone serves it best.
    this.shell = (local ? builder.executionEngine("local")
        : builder.remoteVMOptions("-XX:TieredStopAtLevel=1", "-Xshare:auto")).build();
    shell.addToClasspath(System.getProperty("java.class.path"));
  }

  /**
   * Evaluates the {@code java} blocks of a document in order. The blocks marked {@code session}
   * run in one fresh JShell, as typed in the README's JShell session, and the others in another, as
   * in an application. They run in local JShells, and again in remote ones (JVMs of their own, where
   * a redefinition keeps the values of what depends on it) when a block fails locally. What a local
   * JShell's snippets print is routed to that shell by {@link ThreadOutput}, so documents checked at
   * the same time never mix their output. No JShell is started for a document without {@code java}
   * blocks.
   *
   * @param root the repository root
   * @param blocks the document's blocks (the others are ignored)
   * @return one message per failing block, starting with its location, in document order; empty
   *     when all pass
   */
  static List<String> check(Path root, List<Block> blocks) {
    List<Block> java = blocks.stream().filter(b -> b.language().equals("java")).toList();
    List<Failure> failures = new ArrayList<>();
    for (boolean session : List.of(false, true)) {
      List<Block> group = java.stream().filter(b -> b.inSession() == session).toList();
      if (group.isEmpty()) {
        continue;
      }
      Checked local = check(root, blocks, group, true);
      failures.addAll(local.failedWhileRunning() ? check(root, blocks, group, false).failures() : local.failures());
    }
    return failures.stream().sorted(Comparator.comparingInt(Failure::line)).map(Failure::message).toList();
  }

  /** A failing block: its line in the document and why it failed. */
  private record Failure(int line, String message) {}

  /** The failing blocks of a group, and whether one failed while running rather than compiling. */
  private record Checked(List<Failure> failures, boolean failedWhileRunning) {}

  /**
   * Evaluates one group of blocks (the session's or the others) in one local or remote JShell. A
   * local JShell starts at once and runs the library already compiled by this JVM's JIT, several
   * times faster than a remote one; but it cannot redefine a class in place, so a variable recompiled
   * by a later import (a star import that could shadow its type) loses its value. So a group is
   * first run locally, and only when a block fails there while running (it throws, or prints other
   * output than documented) is that group run again remotely, which is what its result then is. A
   * block the compiler refuses, or that is incomplete, fails the same way in both.
   */
  private static Checked check(Path root, List<Block> blocks, List<Block> group, boolean local) {
    List<Failure> failures = new ArrayList<>();
    try (DocSnippetsShell shell = new DocSnippetsShell(root, local)) {
      for (Block block : group) {
        int next = blocks.indexOf(block) + 1;
        Optional<String> output = next < blocks.size() && blocks.get(next).isOutput()
            ? Optional.of(blocks.get(next).code()) : Optional.empty();
        shell.evaluate(block, output).ifPresent(message -> failures.add(new Failure(block.line(), message)));
      }
      return new Checked(failures, shell.failedWhileRunning);
    }
  }

  /**
   * Evaluates one block.
   *
   * @param block a {@code java} block
   * @return why it failed, starting with its location, or empty when it passed
   */
  Optional<String> evaluate(Block block) {
    return evaluate(block, Optional.empty());
  }

  /**
   * Evaluates one block and compares what it printed with the expected output.
   *
   * @param block a {@code java} block
   * @param expectedOutput the text it must print, if any
   * @return why it failed, starting with its location, or empty when it passed
   */
  Optional<String> evaluate(Block block, Optional<String> expectedOutput) {
    List<String> problems = new ArrayList<>();
    if (block.inSession() && !sessionLoaded) {
      sessionLoaded = true;
      List<Thrown> thrown = new ArrayList<>();
      List<String> sessionProblems = new ArrayList<>();
      run(DEFAULT_IMPORTS, 1, sessionProblems, thrown);
      run(session(), 1, sessionProblems, thrown);
      thrown.forEach(t -> sessionProblems.add(t.toString()));
      failedWhileRunning |= !thrown.isEmpty();
      sessionProblems.forEach(p -> problems.add(DocSnippets.SESSION_SCRIPT + " " + p));
    }
    printed.reset();
    List<Thrown> thrown = new ArrayList<>();
    run(block.code(), block.line() + 1, problems, thrown);
    Optional<String> expected = block.expectedException();
    if (expected.isPresent() && thrown.stream().noneMatch(t -> t.is(expected.get()))) {
      problems.add("marked to throw " + expected.get() + ", but threw "
          + (thrown.isEmpty() ? "nothing" : thrown.stream().map(Thrown::className).collect(Collectors.joining(", "))));
    }
    thrown.stream().filter(t -> expected.isEmpty() || !t.is(expected.get())).forEach(t -> problems.add(t.toString()));
    int compiledAndRan = problems.size();
    if (expectedOutput.isPresent() && problems.isEmpty()) {
      StringBuilder transcript = new StringBuilder(printed.toString(StandardCharsets.UTF_8));
      thrown.forEach(t -> transcript.append("|  Exception ").append(t.className()).append(": ").append(t.message())
          .append('\n'));
      outputDifference(normalized(expectedOutput.get()), normalized(transcript.toString())).ifPresent(problems::add);
    }
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    failedWhileRunning |= problems.size() > compiledAndRan || !thrown.isEmpty() || expected.isPresent();
    String output = printed.toString(StandardCharsets.UTF_8).strip();
    return Optional.of(block.location() + ": java block failed:\n    " + String.join("\n    ", problems.stream().distinct().toList())
        + (output.isEmpty() ? "" : "\n    printed: " + abbreviate(output)));
  }

  /** The text with each line's trailing spaces and the trailing blank lines removed. */
  static String normalized(String text) {
    return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).stripTrailing();
  }

  /** The first line where the printed output differs from the documented one, if any. */
  static Optional<String> outputDifference(String documented, String printed) {
    if (documented.equals(printed)) {
      return Optional.empty();
    }
    List<String> a = documented.lines().toList();
    List<String> b = printed.lines().toList();
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    return Optional.of("output differs from the documented output at its line " + (i + 1) + ": documented \""
        + (i < a.size() ? a.get(i) : "(end)") + "\", printed \"" + (i < b.size() ? b.get(i) : "(end)") + "\"");
  }

  /** An exception a snippet threw: the snippet's line in the document, the class name, the message. */
  private record Thrown(int line, String className, String message) {

    boolean is(String name) {
      return className.equals(name) || className.endsWith("." + name) || className.endsWith("$" + name);
    }

    @Override
    public String toString() {
      return "line " + line + ": threw " + className + ": " + abbreviate(message);
    }
  }

  /**
   * Evaluates source snippet by snippet: compile problems go to {@code problems}, each with its
   * line; exceptions thrown go to {@code thrown}.
   */
  private void run(String source, int firstLine, List<String> problems, List<Thrown> thrown) {
    // A local JShell's snippets print through this JVM's System.out: routed to this shell's stream.
    try (ThreadOutput.Route route = ThreadOutput.route(out)) {
      runRouted(source, firstLine, problems, thrown);
    }
  }

  private void runRouted(String source, int firstLine, List<String> problems, List<Thrown> thrown) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      int offset = source.length() - remaining.length();
      int line = firstLine + lineOf(source, offset + leadingBlank(remaining));
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == Completeness.EMPTY) {
        if (info.remaining().length() >= remaining.length()) {
          return;
        }
        remaining = info.remaining();
        continue;
      }
      if (!info.completeness().isComplete() || info.remaining().length() >= remaining.length()) {
        problems.add("line " + line + ": incomplete snippet: " + firstLineOf(remaining));
        return;
      }
      if (alreadyImported(info.source())) {
        remaining = info.remaining();
        continue;
      }
      for (SnippetEvent event : shell.eval(info.source())) {
        if (event.causeSnippet() != null) {
          continue;
        }
        Snippet snippet = event.snippet();
        switch (event.status()) {
          case REJECTED -> problems.add("line " + line + ": rejected: " + diagnostics(snippet));
          case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> problems.add("line " + line
              + ": refers to something undeclared: "
              + shell.unresolvedDependencies((DeclarationSnippet) snippet).collect(Collectors.joining(", ")));
          default -> {
            // VALID, OVERWRITTEN, DROPPED, NONEXISTENT: nothing to report
          }
        }
        JShellException exception = event.exception();
        if (exception instanceof EvalException eval) {
          thrown.add(new Thrown(line, eval.getExceptionClassName(), String.valueOf(eval.getMessage())));
        } else if (exception instanceof UnresolvedReferenceException unresolved) {
          problems.add("line " + line + ": calls something undeclared: "
              + shell.unresolvedDependencies(unresolved.getSnippet()).collect(Collectors.joining(", ")));
        }
      }
      remaining = info.remaining();
    }
  }

  /**
   * Whether a snippet is an import already in force. Evaluating it again would replace the old
   * import and recompile every snippet that depends on it, for nothing: to a reader of the page, a
   * repeated import changes nothing.
   */
  private boolean alreadyImported(String source) {
    String normalized = source.strip().replaceAll("\\s+", " ").replaceAll(" ?;$", "");
    return normalized.startsWith("import ")
        && shell.imports().anyMatch(i -> i.source().strip().replaceAll("\\s+", " ").replaceAll(" ?;$", "").equals(normalized));
  }

  private String diagnostics(Snippet snippet) {
    List<String> messages = shell.diagnostics(snippet).filter(Diag::isError)
        .map(d -> d.getMessage(Locale.ROOT).replace('\n', ' ')).toList();
    return abbreviate(messages.isEmpty() ? snippet.source().strip() : String.join("; ", messages.stream().distinct().toList()));
  }

  private String session() {
    try {
      return Files.readString(root.resolve(DocSnippets.SESSION_SCRIPT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int lineOf(String text, int offset) {
    int lines = 0;
    for (int k = 0; k < offset && k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static int leadingBlank(String text) {
    int k = 0;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static String firstLineOf(String text) {
    return text.strip().lines().findFirst().orElse("");
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
  }

  @Override
  public void close() {
    shell.close();
  }
}
