package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.partneros.core.internal.JacksonProblems;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.core.internal.SectionChecks;
import dev.partneros.core.internal.StrictTokenFilter;
import dev.partneros.core.spi.SectionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads program documents from JSON or YAML, strictly, and checks the whole program as it loads it
 * ({@code docs/program-file.md#how-loading-validates}): the header, then every section through the
 * section reader of the module that owns it ({@link SectionReader}, found with {@link ServiceLoader}
 * or given to {@link #withSectionReaders(List)}), so that a bad {@code commission} section is
 * refused by {@link #load(Path)}, not when the commission engine first reads it. Every problem of
 * the header and of every section comes in one {@link InvalidProgramException}, each with its full
 * path ({@code commission.models.REFERRAL.referralFee.rate}). A section present that no reader
 * checks (its module is not on the path) is loaded with a {@code not_checked} warning naming the
 * module ({@link ProgramDocument#warnings()}). The sections are checked when the header's ladder,
 * currency, rounding and fiscal calendar are valid, since they are read against them.
 *
 * <p>It refuses, each with the path of the offence:
 * <ul>
 *   <li>unknown fields, in the header, as a section name and inside a section, each with the
 *       nearest known name ({@code unknown field comissionRate, did you mean commissionRate?}:
 *       {@code docs/program-file.md#did-you-mean});</li>
 *   <li>whatever the module owning a section refuses in it (ranges, sums, order, tiers not on the
 *       ladder, a section a non-standard ladder requires);</li>
 *   <li>duplicate keys, and anything after the document (trailing tokens, a second YAML document);</li>
 *   <li>NaN and infinity, and numbers in exponent form ({@code 2.5E4}): amounts and rates are exact
 *       decimals, never binary floating point;</li>
 *   <li>YAML type tags ({@code !!java.lang.Runtime}) and anchors or aliases: a program file only
 *       describes data, it can never name a class to instantiate;</li>
 *   <li>oversized input: the document's length, nesting depth, a number's digits, a string's (or
 *       key's) length and a list's length are bounded by {@link Limits}, in JSON and YAML alike.</li>
 * </ul>
 * Problems found while scanning tokens are all reported together; a syntax error, or a document,
 * string, key, number or nesting over its limit, stops the scan and is reported with its line and
 * column where the parser knows them.
 *
 * <p>The limits hold while reading ({@code docs/program-file.md#limits}): a stream or file is
 * decoded and counted as it arrives, and the character after the limit fails with
 * {@code too_large}, so an endless stream ({@code /dev/zero}, a pipe that never closes) costs
 * memory in proportion to the limit, not to the stream. A file may be a regular file, a
 * named pipe or a device (so {@code <(cat program.yaml)} can be read with
 * {@link #load(Path, Format)}); a directory is refused up front ({@code unreadable}). A problem
 * about an oversized value names its length and the limit and shows at most its first 20
 * characters.
 *
 * <p>{@link #validate(List)} and {@link #loadHistory(List)} load several files as the versions of
 * one {@link ProgramHistory} and check them across versions too.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgramLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ProgramLoader.class);

  /** The two formats a program file may be written in. */
  public enum Format {
    /** JSON (RFC 8259). */
    JSON,
    /** YAML 1.1, data only: no tags, no anchors, one document. */
    YAML;

    /**
     * Returns the format a file name's extension says: {@code .json}, {@code .yaml} or {@code .yml}.
     *
     * @param fileName the file name, not null
     * @return never null
     * @throws InvalidProgramException if the extension is none of these
     */
    public static Format ofFileName(String fileName) {
      String lower = requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        return JSON;
      }
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        return YAML;
      }
      throw new InvalidProgramException(List.of(Problem.error(FieldPath.root(), CoreProblemCode.UNKNOWN_FORMAT,
          "be a file ending in .json, .yaml or .yml", fileName)));
    }
  }

  /**
   * The size limits of a program document ({@code docs/program-file.md#limits}), enforced while it is
   * read, in JSON and YAML alike. The defaults are far above any real program.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Limits {
    private static final Limits DEFAULTS = new Limits(4_000_000, 32, 40, 100_000, 10_000);

    private final int maxDocumentChars;
    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxStringLength;
    private final int maxListLength;

    private Limits(int maxDocumentChars, int maxNestingDepth, int maxNumberLength, int maxStringLength,
        int maxListLength) {
      ProblemCollector problems = new ProblemCollector();
      FieldPath root = FieldPath.root();
      problems.requireInRange(root.field("maxDocumentChars"), maxDocumentChars, 2, 100_000_000);
      problems.requireInRange(root.field("maxNestingDepth"), maxNestingDepth, 2, 1_000);
      problems.requireInRange(root.field("maxNumberLength"), maxNumberLength, 1, 1_000);
      problems.requireInRange(root.field("maxStringLength"), maxStringLength, 1, 20_000_000);
      problems.requireInRange(root.field("maxListLength"), maxListLength, 1, 10_000_000);
      problems.throwIfErrors(InvalidFactsException::new);
      this.maxDocumentChars = maxDocumentChars;
      this.maxNestingDepth = maxNestingDepth;
      this.maxNumberLength = maxNumberLength;
      this.maxStringLength = maxStringLength;
      this.maxListLength = maxListLength;
    }

    /**
     * Returns the default limits: 4,000,000 characters, nesting depth 32, 40 characters per number,
     * 100,000 characters per string or key, 10,000 entries per list.
     *
     * @return never null
     */
    public static Limits defaults() {
      return DEFAULTS;
    }

    /**
     * Returns the most characters a document may have; a stream is refused at the character after
     * it, as it arrives.
     *
     * @return the limit
     */
    public int maxDocumentChars() {
      return maxDocumentChars;
    }

    /**
     * Returns the deepest nesting of objects and lists allowed.
     *
     * @return the limit
     */
    public int maxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * Returns the most characters a number may have, as written; a string written as a number (a
     * quoted rate) is held to it too.
     *
     * @return the limit
     */
    public int maxNumberLength() {
      return maxNumberLength;
    }

    /**
     * Returns the most characters a string value or a key may have.
     *
     * @return the limit
     */
    public int maxStringLength() {
      return maxStringLength;
    }

    /**
     * Returns the most entries a list may have.
     *
     * @return the limit
     */
    public int maxListLength() {
      return maxListLength;
    }

    /**
     * Returns these limits with another document length limit.
     *
     * @param chars 2 to 100,000,000
     * @return never null
     * @throws InvalidFactsException if out of range
     */
    public Limits withMaxDocumentChars(int chars) {
      return new Limits(chars, maxNestingDepth, maxNumberLength, maxStringLength, maxListLength);
    }

    /**
     * Returns these limits with another nesting limit.
     *
     * @param depth 2 to 1,000
     * @return never null
     * @throws InvalidFactsException if out of range
     */
    public Limits withMaxNestingDepth(int depth) {
      return new Limits(maxDocumentChars, depth, maxNumberLength, maxStringLength, maxListLength);
    }

    /**
     * Returns these limits with another number length limit.
     *
     * @param length 1 to 1,000
     * @return never null
     * @throws InvalidFactsException if out of range
     */
    public Limits withMaxNumberLength(int length) {
      return new Limits(maxDocumentChars, maxNestingDepth, length, maxStringLength, maxListLength);
    }

    /**
     * Returns these limits with another string length limit.
     *
     * @param length 1 to 20,000,000
     * @return never null
     * @throws InvalidFactsException if out of range
     */
    public Limits withMaxStringLength(int length) {
      return new Limits(maxDocumentChars, maxNestingDepth, maxNumberLength, length, maxListLength);
    }

    /**
     * Returns these limits with another list length limit.
     *
     * @param length 1 to 10,000,000
     * @return never null
     * @throws InvalidFactsException if out of range
     */
    public Limits withMaxListLength(int length) {
      return new Limits(maxDocumentChars, maxNestingDepth, maxNumberLength, maxStringLength, length);
    }
  }

  private final Limits limits;
  /** The section readers given, or null to use those registered with the ServiceLoader. */
  private final List<SectionReader> readers;

  private ProgramLoader(Limits limits, List<SectionReader> readers) {
    this.limits = limits;
    this.readers = readers;
  }

  /**
   * Returns a loader with the default {@link Limits} and the section readers registered with
   * {@link ServiceLoader} ({@code docs/program-file.md#section-readers}).
   *
   * @return never null
   */
  public static ProgramLoader strict() {
    return new ProgramLoader(Limits.defaults(), null);
  }

  /**
   * Returns a loader with other limits and the section readers registered with
   * {@link ServiceLoader}.
   *
   * @param limits the limits, not null
   * @return never null
   */
  public static ProgramLoader withLimits(Limits limits) {
    return new ProgramLoader(requireNonNull(limits, "limits"), null);
  }

  /**
   * Returns this loader with the section readers given instead of those registered with
   * {@link ServiceLoader} ({@code docs/program-file.md#section-readers}): for class loaders the
   * service files cannot be found through (a plug-in's loader, a container), and for tests. An empty
   * list reads no section: every section present is then reported as a {@code not_checked} warning.
   *
   * @param sectionReaders the readers, not null; a reader given twice (or one equal to it) counts once
   * @return never null
   */
  public ProgramLoader withSectionReaders(List<? extends SectionReader> sectionReaders) {
    requireNonNull(sectionReaders, "sectionReaders");
    sectionReaders.forEach(r -> requireNonNull(r, "a section reader"));
    return new ProgramLoader(limits, SectionChecks.ordered(sectionReaders));
  }

  /**
   * Returns the section readers this loader checks sections with: those given to
   * {@link #withSectionReaders(List)}, or else those registered with {@link ServiceLoader} that
   * core's class loader sees (found once, when first needed).
   *
   * @return never null, in the order of their first section in {@link ProgramDocument#SECTION_NAMES}
   */
  public List<SectionReader> sectionReaders() {
    return readers != null ? readers : SectionChecks.discovered();
  }

  /**
   * Returns this loader's limits.
   *
   * @return never null
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Loads a program file, choosing the format by its extension. See {@link #load(Path, Format)} for
   * what the file may be.
   *
   * @param file the file, not null
   * @return never null
   * @throws InvalidProgramException naming every problem found, or why the file cannot be read
   */
  public ProgramDocument load(Path file) {
    requireNonNull(file, "file");
    refuseDirectory(file);
    return load(file, Format.ofFileName(nameOf(file)));
  }

  /**
   * Loads a program file in the format given, whatever its name. The file may be a regular file, a
   * named pipe or a device such as {@code /dev/stdin} or the {@code /dev/fd/63} of a shell's
   * {@code <(cat program.yaml)}: all are read under the same document limit, which is checked as
   * the bytes arrive ({@code docs/program-file.md#limits}). Opening a named pipe waits for its
   * writer. A directory is refused before anything is read.
   *
   * @param file the file, not null
   * @param format the format, not null
   * @return never null
   * @throws InvalidProgramException naming every problem found, or why the file cannot be read
   *     ({@code unreadable} for a directory, {@code too_large} past the document limit)
   */
  public ProgramDocument load(Path file, Format format) {
    requireNonNull(file, "file");
    requireNonNull(format, "format");
    refuseDirectory(file);
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, format);
    } catch (IOException e) {
      throw new InvalidProgramException(List.of(Problem.ofMessage(FieldPath.root(), CoreProblemCode.UNREADABLE,
          "could not be read from " + nameOf(file) + ": " + why(e), null)));
    }
  }

  /**
   * Loads a program from a UTF-8 stream, which it reads to the end (or to the document limit) but
   * does not close. The stream is decoded and counted as it arrives: the character after
   * {@link Limits#maxDocumentChars()} fails at once with {@code too_large}, so an endless stream is
   * refused after reading about the limit, holding no more than that in memory.
   *
   * @param in the stream, not null
   * @param format the format, not null
   * @return never null
   * @throws InvalidProgramException naming every problem found
   */
  public ProgramDocument load(InputStream in, Format format) {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    String text;
    try {
      text = readAtMostTheLimit(reader);
    } catch (CharacterCodingException e) {
      throw new InvalidProgramException(List.of(Problem.error(FieldPath.root(), CoreProblemCode.NOT_UTF8,
          "be UTF-8 text", "bytes that are not UTF-8")));
    } catch (IOException e) {
      throw new InvalidProgramException(List.of(Problem.ofMessage(FieldPath.root(), CoreProblemCode.UNREADABLE,
          "could not be read: " + why(e), null)));
    }
    return load(text, format);
  }

  /**
   * Reads the whole text, counting characters as they arrive: asks for no more than one character
   * past the limit and fails as soon as that one comes, never after reading everything.
   */
  private String readAtMostTheLimit(Reader reader) throws IOException {
    int max = limits.maxDocumentChars();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int read;
    while ((read = reader.read(buffer, 0, Math.min(buffer.length, max + 1 - text.length()))) >= 0) {
      text.append(buffer, 0, read);
      if (text.length() > max) {
        throw tooLong("longer (reading stopped at character " + text.length() + ")");
      }
    }
    return text.toString();
  }

  /** Why a file could not be read, in words: never the exception's class or a bare message. */
  private static String why(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof java.nio.file.FileSystemException
        ? ((java.nio.file.FileSystemException) e).getReason() : null;
    return reason == null || reason.isBlank() ? "an input/output error" : reason.strip().lines().findFirst().orElse("");
  }

  private static void refuseDirectory(Path file) {
    if (Files.isDirectory(file)) {
      throw new InvalidProgramException(List.of(Problem.error(FieldPath.root(), CoreProblemCode.UNREADABLE,
          "be a file to read (a regular file, a named pipe or a device), not a directory", nameOf(file))));
    }
  }

  private static String nameOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /**
   * Loads a program from its text.
   *
   * @param text the document, not null
   * @param format the format, not null
   * @return never null
   * @throws InvalidProgramException naming every problem found
   */
  public ProgramDocument load(String text, Format format) {
    return read(parse(text, format));
  }

  /**
   * Builds a document from its parsed tree: the header, then every section through the section
   * readers, all problems together.
   */
  private ProgramDocument read(JsonNode tree) {
    ProgramDocument.Header header = ProgramDocument.header(tree);
    Set<Problem> problems = new LinkedHashSet<>(header.problems().problems());
    List<Problem> sections = header.document() == null ? List.of()
        : SectionChecks.check(header.document(), sectionReaders());
    problems.addAll(sections);
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidProgramException(List.copyOf(problems));
    }
    return header.document().withWarnings(sections);
  }

  /**
   * Checks every section of a document through this loader's section readers, as loading does: for
   * a document that was not loaded from a file, such as one built by
   * {@link ProgramDocument#fromTree(JsonNode)} or changed by {@link ProgramDocument#withSection}.
   *
   * @param document the document, not null
   * @return every problem, errors and warnings (the header's warnings first, then each section's,
   *     then a {@code not_checked} warning per section present that no reader checks), each once;
   *     empty when the document is valid
   */
  public List<Problem> check(ProgramDocument document) {
    requireNonNull(document, "document");
    Set<Problem> problems = new LinkedHashSet<>(document.warnings());
    problems.addAll(SectionChecks.check(document, sectionReaders()));
    return List.copyOf(problems);
  }

  /**
   * Loads the versions of one program, one file each, and checks them as one history
   * ({@code docs/program-file.md#effective-dated-versions-and-program-histories}): every file as
   * {@link #load(Path)} does, then, when every file is valid, the checks across versions of
   * {@link ProgramHistory#of(List)}. Nothing is thrown for a bad file: the result holds every
   * problem of every file and of the history. The command line's {@code validate} prints this.
   *
   * @param files the files, in any order, not null, not empty
   * @return never null
   */
  public ProgramValidation validate(List<Path> files) {
    return ProgramValidation.of(this, files);
  }

  /**
   * Loads the versions of one program, one file each, as a history: {@link #validate(List)}, then
   * {@link ProgramValidation#requireHistory()}.
   *
   * @param files the files, in any order, not null, not empty
   * @return never null
   * @throws InvalidProgramException naming every problem of every file and of the history; with more
   *     than one file, each path starts {@code versions[i]}, {@code i} the file's position in
   *     {@code files}
   */
  public ProgramHistory loadHistory(List<Path> files) {
    return validate(files).requireHistory();
  }

  /**
   * Loads a JSON program from its text.
   *
   * @param json the document, not null
   * @return never null
   * @throws InvalidProgramException naming every problem found
   */
  public ProgramDocument loadJson(String json) {
    return load(json, Format.JSON);
  }

  /**
   * Loads a YAML program from its text.
   *
   * @param yaml the document, not null
   * @return never null
   * @throws InvalidProgramException naming every problem found
   */
  public ProgramDocument loadYaml(String yaml) {
    return load(yaml, Format.YAML);
  }

  /**
   * Loads a program bundled as a class-path resource (such as the standard program).
   *
   * <p>On the module path, a resource inside another module's package is encapsulated: this
   * method, running in the core module, finds it only when that package is opened to
   * {@code dev.partneros.core}. A module that bundles its own program file should open the package
   * to core or read the stream itself and call {@link #load(InputStream, Format)}.
   *
   * @param anchor a class whose class loader and package resolve the name, not null
   * @param name the resource name, relative to the anchor's package or absolute with {@code /}
   * @return never null
   * @throws InvalidProgramException if it is missing or invalid
   */
  public ProgramDocument loadResource(Class<?> anchor, String name) {
    requireNonNull(anchor, "anchor");
    requireNonNull(name, "name");
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new InvalidProgramException(List.of(Problem.error(FieldPath.root(), CoreProblemCode.UNREADABLE,
            "be a resource on the class path", name)));
      }
      return load(in, Format.ofFileName(name));
    } catch (IOException e) {
      throw new InvalidProgramException(List.of(Problem.ofMessage(FieldPath.root(), CoreProblemCode.UNREADABLE,
          "could not be read from " + name, null)));
    }
  }

  /**
   * Parses a document to a JSON tree with every strictness check of this loader, without reading
   * the header (for tools that lint part of a file).
   *
   * @param text the document, not null
   * @param format the format, not null
   * @return the tree, never null
   * @throws InvalidProgramException naming every problem found
   */
  public JsonNode parse(String text, Format format) {
    requireNonNull(text, "text");
    requireNonNull(format, "format");
    if (text.length() > limits.maxDocumentChars()) {
      throw tooLong(text.length() + " characters");
    }
    JsonFactory factory = factory(format);
    ObjectMapper mapper = format == Format.JSON ? PartnerOsJson.newMapper() : PartnerOsJson.newYamlMapper();
    List<Problem> problems = new ArrayList<>();
    JsonNode tree;
    StrictTokenFilter parser = null;
    try (JsonParser raw = factory.createParser(text)) {
      parser = new StrictTokenFilter(raw, limits);
      try {
        tree = mapper.readTree(parser);
      } finally {
        problems.addAll(parser.problems());
      }
    } catch (JsonProcessingException e) {
      problems.addAll(JacksonProblems.of(e, FieldPath.root(), parser == null ? null : parser.here(),
          parser == null ? null : parser.currentLocation()));
      throw new InvalidProgramException(problems);
    } catch (IOException | RuntimeException e) {
      if (e instanceof PartnerOsException) {
        throw (PartnerOsException) e;
      }
      // SnakeYAML reports some syntax errors (and its own limits) as unchecked exceptions.
      FieldPath at = parser == null ? FieldPath.root() : parser.here();
      problems.add(Problem.ofMessage(at, CoreProblemCode.SYNTAX, "is not well-formed: " + firstLine(e), null));
      throw new InvalidProgramException(problems);
    }
    if (tree == null || tree.isMissingNode()) {
      problems.add(Problem.error(FieldPath.root(), CoreProblemCode.EMPTY, "be a non-empty document", "empty"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidProgramException(problems);
    }
    // DEBUG only, and never the document's content: no partner data above DEBUG (README, Logging).
    LOG.debug("parsed a {} program document of {} characters", format, text.length());
    return tree;
  }

  private JsonFactory factory(Format format) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxNumberLength(limits.maxNumberLength())
        // Strings and keys are held to maxStringLength by StrictTokenFilter, in YAML as in JSON, with
        // the path of the string (or of the object holding the key); Jackson's own checks report a
        // long key at the previous key's path, and YAML's not at all. The document limit bounds both.
        .maxStringLength(limits.maxDocumentChars())
        .maxNameLength(limits.maxDocumentChars())
        .maxDocumentLength(limits.maxDocumentChars())
        .build();
    if (format == Format.JSON) {
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(limits.maxNestingDepth());
    options.setCodePointLimit(Math.max(limits.maxDocumentChars(), 1));
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private InvalidProgramException tooLong(String rejected) {
    return new InvalidProgramException(List.of(Problem.error(FieldPath.root(), CoreProblemCode.TOO_LARGE,
        "have at most " + limits.maxDocumentChars() + " characters", rejected)));
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
