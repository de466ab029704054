package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Keeps the repository's citations of its own documentation true: every {@code docs/<path>.md}
 * reference in any text file names a file that exists and, when it has an {@code #anchor}, an
 * anchor that exists in that file (a heading's GitHub slug, with GitHub's {@code -1}, {@code -2}
 * suffixes for repeated headings, or an explicit {@code <a id="...">}); every relative markdown
 * link inside {@code docs/} resolves; no file names the old rules file; and no module source or
 * doc page cites an issue-tracker number.
 *
 * <p>The checker is tested on made-up texts first ({@link Checker}), so the scan of the real tree
 * cannot pass by finding nothing.
 */
@DisplayName("Citations of docs/ resolve to a file and an anchor")
class DocsCitationTest {

  /** The old name of the rules file, spelt so that this file does not mention it. */
  static final String OLD_RULES_FILE = "RULES" + ".md";
  /** This file, whose made-up citations are left out of the scan of the real tree. */
  static final String SELF = "partneros-examples/src/test/java/dev/partneros/examples/DocsCitationTest.java";

  static Path root;
  static Map<String, String> texts;

  @BeforeAll
  static void scan() {
    root = repositoryRoot(Path.of("").toAbsolutePath());
    texts = textFiles(root);
  }

  @Nested
  @DisplayName("The checker itself, on made-up texts")
  class CheckerTest {

    final Map<String, String> docs = Map.of(
        "docs/rules/tiers.md", "# Tiers\n\n## Grace periods\n\ntext\n\n## Configuration\n\n"
            + "```text\n# not a heading\n```\n\n## Configuration\n\n<a id=\"custom-anchor\"></a>\n",
        "docs/cli.md", "Title\n=====\n\nSee [tiers](rules/tiers.md#grace-periods).\n");

    final Function<String, Optional<String>> reader = path -> Optional.ofNullable(docs.get(path));

    @Test
    void slug_punctuationAndCase_followGitHub() {
      assertThat(Checker.slug("Grace periods")).isEqualTo("grace-periods");
      assertThat(Checker.slug("3C/4C/5C scorecards")).isEqualTo("3c4c5c-scorecards");
      assertThat(Checker.slug("Partner health, segments and program KPIs"))
          .isEqualTo("partner-health-segments-and-program-kpis");
      assertThat(Checker.slug("The `tiers` section (v2)")).isEqualTo("the-tiers-section-v2");
      assertThat(Checker.slug("Links [like this](other.md) count by their text")).isEqualTo(
          "links-like-this-count-by-their-text");
    }

    @Test
    void anchors_repeatedHeadingsAndExplicitIds_areAllFound() {
      Set<String> anchors = Checker.anchors(docs.get("docs/rules/tiers.md"));

      assertThat(anchors).contains("tiers", "grace-periods", "configuration", "configuration-1",
          "custom-anchor");
      assertThat(anchors).doesNotContain("not-a-heading", "configuration-2");
      assertThat(Checker.anchors(docs.get("docs/cli.md"))).containsExactly("title");
    }

    @Test
    void citations_brokenAnchorOrMissingFile_areReported() {
      String text = "// see docs/rules/tiers.md#grace-periods and docs/rules/tiers.md\n"
          + " * {@code docs/rules/tiers.md#no-such-anchor} and docs/missing.md#x\n";

      List<String> broken = Checker.citations("Example.java", text, reader);

      assertThat(broken).containsExactly(
          "Example.java:2: docs/rules/tiers.md#no-such-anchor: no such anchor",
          "Example.java:2: docs/missing.md#x: no such file");
    }

    @Test
    void citations_goodOnes_areNotReported() {
      String text = "(docs/rules/tiers.md#grace-periods), `docs/rules/tiers.md#configuration-1`, "
          + "[cli](docs/cli.md#title) and a path that is not ours: other/docs/missing.md";

      assertThat(Checker.citations("README.md", text, reader)).isEmpty();
      assertThat(Checker.count(text)).isEqualTo(3);
    }

    @Test
    void links_insideDocs_resolveRelativeToTheirPage() {
      String page = "[ok](tiers.md#grace-periods), [up](../cli.md#title), [self](#tiers),\n"
          + "[web](https://example.com/x.md), [bad](tiers.md#nope), [gone](../guides/none.md)\n"
          + "```text\n[in code](ignored.md)\n```\n";
      Map<String, String> all = new HashMap<>(docs);
      all.put("docs/rules/page.md", page.replace("#tiers", "#page") + "\n# Page\n");

      List<String> broken = Checker.links("docs/rules/page.md", all.get("docs/rules/page.md"),
          path -> Optional.ofNullable(all.get(path)), path -> false);

      assertThat(broken).containsExactly(
          "docs/rules/page.md:2: tiers.md#nope: no such anchor in docs/rules/tiers.md",
          "docs/rules/page.md:2: ../guides/none.md: no such file (docs/guides/none.md)");
    }

    @Test
    void issueNumbers_areFoundButOtherWordsAreNot() {
      String bad = "Fixed in " + "iss" + "ue 12, see also Iss" + "ue #7";
      String good = "tissue 12 and the issues 3 people raised, a non-issue";

      assertThat(Checker.issueNumbers("A.java", bad)).hasSize(2);
      assertThat(Checker.issueNumbers("A.java", good)).isEmpty();
    }

    @Test
    void oldRulesFile_isDetected() {
      assertThat(Checker.mentionsOldRulesFile("as the " + OLD_RULES_FILE + " says")).isTrue();
      assertThat(Checker.mentionsOldRulesFile("as docs/rules/README.md says")).isFalse();
    }
  }

  @Nested
  @DisplayName("The repository")
  class RepositoryTest {

    @Test
    void rulesReference_hasItsPages() {
      for (String page : List.of("README", "conventions", "maturity", "ipp", "scorecards", "health",
          "tiers", "attribution", "commission", "clawback", "mdf", "program-changes")) {
        assertThat(root.resolve("docs/rules/" + page + ".md")).isRegularFile();
      }
    }

    @Test
    void citations_everyDocsReference_resolvesToAFileAndAnchor() {
      Function<String, Optional<String>> reader = path -> Optional.ofNullable(texts.get(path));
      List<String> broken = new ArrayList<>();
      int found = 0;
      for (Map.Entry<String, String> file : texts.entrySet()) {
        if (file.getKey().equals(SELF)) {
          continue;
        }
        broken.addAll(Checker.citations(file.getKey(), file.getValue(), reader));
        found += Checker.count(file.getValue());
      }

      assertThat(found).as("citations found (the scan must see the code's citations)")
          .isGreaterThan(300);
      assertThat(broken).as("broken citations").isEmpty();
    }

    @Test
    void links_insideDocs_resolve() {
      Function<String, Optional<String>> reader = path -> Optional.ofNullable(texts.get(path));
      Function<String, Boolean> exists = path -> Files.exists(root.resolve(path));
      List<String> broken = new ArrayList<>();
      int pages = 0;
      for (Map.Entry<String, String> file : texts.entrySet()) {
        if (file.getKey().startsWith("docs/") && file.getKey().endsWith(".md")) {
          pages++;
          broken.addAll(Checker.links(file.getKey(), file.getValue(), reader, exists));
        }
      }

      assertThat(pages).isGreaterThanOrEqualTo(12);
      assertThat(broken).as("broken links in docs/").isEmpty();
    }

    @Test
    void oldRulesFile_isNotMentioned() {
      List<String> mentions = texts.entrySet().stream()
          .filter(file -> Checker.mentionsOldRulesFile(file.getValue()))
          .map(Map.Entry::getKey).collect(Collectors.toList());

      assertThat(mentions).as("files naming " + OLD_RULES_FILE + " (cite docs/rules/ instead)")
          .isEmpty();
    }

    @Test
    void issueNumbers_areNotCitedInSourcesOrDocs() {
      List<String> found = new ArrayList<>();
      int scanned = 0;
      for (Map.Entry<String, String> file : texts.entrySet()) {
        String path = file.getKey();
        if (path.startsWith("docs/") || path.matches("partneros-[^/]+/src/.*")) {
          scanned++;
          found.addAll(Checker.issueNumbers(path, file.getValue()));
        }
      }

      assertThat(scanned).isGreaterThan(100);
      assertThat(found).as("issue numbers (say what the code does instead)").isEmpty();
    }
  }

  /** The checks, as pure functions of texts, so they can be tested on made-up ones. */
  static final class Checker {

    /** A root-relative citation: {@code docs/<path>.md} and an optional {@code #anchor}. */
    static final Pattern CITATION = Pattern.compile(
        "(?<![\\w./-])docs/([\\w./-]*?\\.md)(?:#([\\p{L}\\p{N}_-]+))?");
    /** A markdown link or image target: {@code [text](target "title")}. */
    static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    static final Pattern ISSUE = Pattern.compile("(?i)\\bissue\\s+#?\\d+");
    static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    static final Pattern EXPLICIT = Pattern.compile("<a\\s+(?:[^>]*\\s)?(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']",
        Pattern.CASE_INSENSITIVE);

    private Checker() {}

    /** GitHub's heading slug: rendered text, lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
      String text = heading
          .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")   // links and images: their text
          .replaceAll("<[^>]+>", "")                          // inline HTML tags
          .trim();
      text = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
      text = text.replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "");
      return text.replace(' ', '-');
    }

    /** Every anchor of a markdown page: heading slugs (repeats suffixed -1, -2...) and explicit ids. */
    static Set<String> anchors(String markdown) {
      Set<String> anchors = new LinkedHashSet<>();
      Map<String, Integer> seen = new HashMap<>();
      String[] lines = markdown.split("\r?\n", -1);
      String fence = null;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        Matcher fenceStart = FENCE.matcher(line);
        if (fenceStart.find()) {
          String marker = fenceStart.group(1);
          if (fence == null) {
            fence = marker;
          } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
            fence = null;
          }
          continue;
        }
        if (fence != null) {
          continue;
        }
        Matcher explicit = EXPLICIT.matcher(line);
        while (explicit.find()) {
          anchors.add(explicit.group(1));
        }
        String heading = null;
        Matcher atx = ATX.matcher(line);
        if (atx.matches()) {
          heading = atx.group(2) == null ? "" : atx.group(2);
        } else if (i + 1 < lines.length && !line.isBlank() && SETEXT.matcher(lines[i + 1]).matches()
            && !line.trim().startsWith("|") && !line.trim().startsWith("-") && !line.trim().startsWith("*")) {
          heading = line.trim();
          i++;
        }
        if (heading != null) {
          String slug = slug(heading);
          int count = seen.merge(slug, 1, Integer::sum);
          anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
      }
      return anchors;
    }

    /** How many citations a text holds. */
    static int count(String text) {
      return (int) CITATION.matcher(text).results().count();
    }

    /** The citations of a text whose file or anchor does not exist, as {@code source:line: ...}. */
    static List<String> citations(String source, String text, Function<String, Optional<String>> docs) {
      List<String> broken = new ArrayList<>();
      Map<String, Set<String>> cache = new HashMap<>();
      Matcher m = CITATION.matcher(text);
      while (m.find()) {
        String path = "docs/" + m.group(1);
        String anchor = m.group(2);
        Optional<String> page = docs.apply(path);
        String where = source + ":" + lineOf(text, m.start()) + ": " + m.group();
        if (page.isEmpty()) {
          broken.add(where + ": no such file");
        } else if (anchor != null && !cache.computeIfAbsent(path, p -> anchors(page.get())).contains(anchor)) {
          broken.add(where + ": no such anchor");
        }
      }
      return broken;
    }

    /**
     * The relative links of a page in {@code docs/} that do not resolve: a missing file, or a
     * missing anchor in a markdown page. Web and mail links, and links in fenced code, are skipped.
     */
    static List<String> links(String page, String markdown, Function<String, Optional<String>> docs,
        Function<String, Boolean> otherFileExists) {
      List<String> broken = new ArrayList<>();
      String[] lines = markdown.split("\r?\n", -1);
      String fence = null;
      for (int i = 0; i < lines.length; i++) {
        Matcher fenceStart = FENCE.matcher(lines[i]);
        if (fenceStart.find()) {
          fence = fence == null ? fenceStart.group(1) : null;
          continue;
        }
        if (fence != null) {
          continue;
        }
        Matcher m = LINK.matcher(lines[i]);
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            continue;   // https:, mailto: ...
          }
          int hash = target.indexOf('#');
          String file = hash < 0 ? target : target.substring(0, hash);
          String anchor = hash < 0 ? null : target.substring(hash + 1);
          String resolved = file.isEmpty() ? page : normalise(parentOf(page) + file);
          String where = page + ":" + (i + 1) + ": " + target;
          Optional<String> text = docs.apply(resolved);
          if (text.isEmpty() && !otherFileExists.apply(resolved)) {
            broken.add(where + ": no such file (" + resolved + ")");
          } else if (anchor != null && !anchor.isEmpty() && resolved.endsWith(".md")
              && (text.isEmpty() || !anchors(text.get()).contains(anchor))) {
            broken.add(where + ": no such anchor in " + resolved);
          }
        }
      }
      return broken;
    }

    /** Issue-tracker numbers cited in a text, as {@code source:line: text}. */
    static List<String> issueNumbers(String source, String text) {
      List<String> found = new ArrayList<>();
      Matcher m = ISSUE.matcher(text);
      while (m.find()) {
        found.add(source + ":" + lineOf(text, m.start()) + ": " + m.group());
      }
      return found;
    }

    static boolean mentionsOldRulesFile(String text) {
      return text.contains(OLD_RULES_FILE);
    }

    private static int lineOf(String text, int offset) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }

    private static String parentOf(String path) {
      int slash = path.lastIndexOf('/');
      return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static String normalise(String path) {
      List<String> parts = new ArrayList<>();
      for (String part : path.split("/")) {
        if (part.equals("..")) {
          if (!parts.isEmpty()) {
            parts.remove(parts.size() - 1);
          }
        } else if (!part.isEmpty() && !part.equals(".")) {
          parts.add(part);
        }
      }
      return String.join("/", parts);
    }
  }

  /** The repository root: the nearest folder up from here holding {@code .git} or the reactor pom. */
  static Path repositoryRoot(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".git"))) {
        return dir;
      }
      Path pom = dir.resolve("pom.xml");
      try {
        if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>partneros-core</module>")) {
          return dir;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no repository root above " + start);
  }

  /** Every text file of the repository (not target/, not .git/, not binary), by root-relative path. */
  static Map<String, String> textFiles(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        if (relative.startsWith(".git/") || relative.equals(".git") || ("/" + relative).contains("/target/")
            || ("/" + relative).contains("/node_modules/")) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(path);
        text(bytes).ifPresent(text -> files.put(relative, text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static Optional<String> text(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
