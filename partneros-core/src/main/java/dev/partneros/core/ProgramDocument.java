package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.internal.JacksonProblems;
import dev.partneros.core.internal.KnownFields;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.core.internal.Suggestions;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One version of a partner program, as written in a JSON or YAML file ({@code docs/program-file.md}): a
 * header that every rule family shares, and one section per rule family, which
 * each module reads into its own typed policy with {@link #readSection(String, Class)}.
 *
 * <p>The header, at the top level of the file:
 * <table>
 *   <caption>Header fields</caption>
 *   <tr><th>field</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code program}</td><td>the program's name, not blank</td><td>required</td></tr>
 *   <tr><td>{@code version}</td><td>this version's label, not blank</td><td>required</td></tr>
 *   <tr><td>{@code effectiveFrom}</td><td>the first day this version applies
 *       ({@code yyyy-MM-dd})</td><td>required</td></tr>
 *   <tr><td>{@code currency}</td><td>ISO-4217 currency of the program's amounts</td><td>required</td></tr>
 *   <tr><td>{@code rounding}</td><td>rounding of computed lines: {@code HALF_EVEN}, {@code HALF_UP},
 *       {@code HALF_DOWN}, {@code UP}, {@code DOWN}, {@code CEILING}, {@code FLOOR}</td>
 *       <td>{@code HALF_EVEN}</td></tr>
 *   <tr><td>{@code fiscalYearStartMonth}</td><td>1 to 12</td><td>1 (calendar year)</td></tr>
 *   <tr><td>{@code ladder}</td><td>tier names, lowest first, 2 to 6</td>
 *       <td>{@code [REGISTERED, SILVER, GOLD, PLATINUM]}</td></tr>
 *   <tr><td>{@code description}</td><td>free text</td><td>none</td></tr>
 * </table>
 *
 * <p>The sections, each an object, each optional: {@link #SECTION_NAMES}. Any other top-level field
 * is an error. A module's section is absent when the program uses the module's defaults.
 *
 * <p>Immutable and thread-safe: the sections are deep-copied in and out.
 */
public final class ProgramDocument {

  /**
   * The sections a program file may have, one per rule family, in the order docs/program-file.md#sections lists them.
   * This list is part of the program-file format, which core owns; what a section holds is the
   * business of the module that reads it.
   */
  public static final List<String> SECTION_NAMES = List.of("maturity", "ipp", "selection", "scorecard",
      "health", "segments", "kpis", "tiers", "benefits", "mdf", "attribution", "commission", "clawback");

  private static final Set<String> HEADER_NAMES = Set.of("program", "version", "effectiveFrom", "currency",
      "rounding", "fiscalYearStartMonth", "ladder", "description");

  private final String program;
  private final String version;
  private final LocalDate effectiveFrom;
  private final Currency currency;
  private final RoundingMode rounding;
  private final FiscalCalendar fiscalCalendar;
  private final TierLadder ladder;
  private final String description;
  private final Map<String, ObjectNode> sections;
  private final List<Problem> warnings;

  private ProgramDocument(String program, String version, LocalDate effectiveFrom, Currency currency,
      RoundingMode rounding, FiscalCalendar fiscalCalendar, TierLadder ladder, String description,
      Map<String, ObjectNode> sections, List<Problem> warnings) {
    this.program = program;
    this.version = version;
    this.effectiveFrom = effectiveFrom;
    this.currency = currency;
    this.rounding = rounding;
    this.fiscalCalendar = fiscalCalendar;
    this.ladder = ladder;
    this.description = description;
    this.sections = sections;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The class-path resource of the standard program, next to this class: every default of the
   * rules reference written as a program file (see {@code docs/program-file.md#the-standard-program}).
   */
  public static final String STANDARD_RESOURCE = "standard-program.yaml";

  /**
   * Returns the standard program that ships with the library: the header and every section at its
   * documented default, as data. Core carries the document only; each rule module reads its own
   * section from it ({@code TierProgram.from(ProgramDocument.standard())}), so a module that needs
   * only tiers gets the standard tier program without depending on any other rule family. Users copy
   * the file ({@link #STANDARD_RESOURCE} in this module's jar, or {@code partneros-core/src/main/resources})
   * and edit it.
   *
   * @return never null; the same immutable document on every call: it is loaded, and its sections
   *     checked by the section readers on the path ({@code docs/program-file.md#how-loading-validates}),
   *     once, when first asked for
   */
  public static ProgramDocument standard() {
    return Standard.DOCUMENT;
  }

  /** Holds the standard program, loaded once (an immutable value, not state). */
  private static final class Standard {
    static final ProgramDocument DOCUMENT = ProgramLoader.strict().loadResource(ProgramDocument.class,
        STANDARD_RESOURCE);
  }

  /**
   * Builds a document from a parsed JSON tree, checking the header and the section names (an
   * unknown one with the nearest known name), but not what the sections hold: {@link ProgramLoader}
   * does that after this step when it loads a file, and {@link ProgramLoader#check(ProgramDocument)}
   * does it for a document built here ({@code docs/program-file.md#how-loading-validates}). It is
   * public for callers that hold a tree already (what-if edits, tests).
   *
   * @param root the document's root, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of the header and every unknown field
   */
  public static ProgramDocument fromTree(JsonNode root) {
    Header header = header(root);
    header.problems().throwIfErrors(InvalidProgramException::new);
    return header.document();
  }

  /**
   * A document's header as read: its problems, and the document, which is provisional (its
   * sections can be checked, but it is never returned) when only the header fields no section
   * depends on are wrong (name, version, effective date, description).
   *
   * @param problems the header's problems, warnings included
   * @param document the document; null when the ladder, currency, rounding or fiscal calendar is
   *     wrong, since every section is read against them
   */
  record Header(ProblemCollector problems, ProgramDocument document) {}

  /** Reads the header and the section names, collecting their problems instead of throwing. */
  static Header header(JsonNode root) {
    requireNonNull(root, "root");
    ProblemCollector problems = new ProblemCollector();
    FieldPath top = FieldPath.root();
    if (!root.isObject()) {
      problems.check(false, top, CoreProblemCode.INVALID_VALUE, "be an object with the program's header and sections",
          root.getNodeType());
      return new Header(problems, null);
    }
    Map<String, ObjectNode> sections = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      String name = field.getKey();
      if (SECTION_NAMES.contains(name)) {
        if (problems.check(field.getValue().isObject(), top.field(name), CoreProblemCode.INVALID_VALUE,
            "be an object (the " + name + " section)", field.getValue().getNodeType())) {
          sections.put(name, ((ObjectNode) field.getValue()).deepCopy());
        }
      } else {
        if (!HEADER_NAMES.contains(name)) {
          problems.add(unknownTopLevel(name));
        }
      }
    }
    String program = text(root, "program", problems, true);
    String version = text(root, "version", problems, true);
    String description = text(root, "description", problems, false);
    LocalDate effectiveFrom = date(root, problems);
    Currency currency = currency(root, problems);
    RoundingMode rounding = rounding(root, problems);
    FiscalCalendar calendar = calendar(root, problems);
    TierLadder ladder = ladder(root, problems);
    List<Problem> warnings = new ArrayList<>();
    if (ladder != null) {
      for (Problem warning : ladder.warnings()) {
        problems.add(warning);
        warnings.add(warning);
      }
    }
    if (currency == null || rounding == null || calendar == null || ladder == null) {
      return new Header(problems, null);
    }
    // Placeholders stand in for a wrong name, version or date: no section is read against them.
    return new Header(problems, new ProgramDocument(program == null ? "?" : program, version == null ? "?" : version,
        effectiveFrom == null ? LocalDate.EPOCH : effectiveFrom, currency, rounding, calendar, ladder, description,
        sections, warnings));
  }

  /**
   * Returns this document with more warnings (those its sections gave when it was loaded).
   *
   * @param more the warnings, not null
   * @return never null
   */
  ProgramDocument withWarnings(List<Problem> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Problem> all = new ArrayList<>(warnings);
    more.stream().filter(p -> !all.contains(p)).forEach(all::add);
    return new ProgramDocument(program, version, effectiveFrom, currency, rounding, fiscalCalendar, ladder,
        description, sections, all);
  }

  /** An unknown header field or section, with the nearest known name (docs/program-file.md#did-you-mean). */
  private static Problem unknownTopLevel(String name) {
    TreeSet<String> known = new TreeSet<>(HEADER_NAMES);
    known.addAll(SECTION_NAMES);
    return KnownFields.problem(FieldPath.root().field(name), "the program", name,
        Suggestions.nearest(name, known).orElse(null), "header fields: " + KnownFields.list(HEADER_NAMES)
            + "; sections: " + String.join(", ", SECTION_NAMES));
  }

  private static String text(JsonNode root, String name, ProblemCollector problems, boolean required) {
    JsonNode node = root.get(name);
    FieldPath path = FieldPath.root().field(name);
    if (node == null || node.isNull()) {
      problems.check(!required, path, CoreProblemCode.MISSING, "be present", null);
      return null;
    }
    if (!problems.check(node.isTextual(), path, CoreProblemCode.INVALID_VALUE, "be text", node.getNodeType())) {
      return null;
    }
    problems.requireNotBlank(path, node.asText());
    return node.asText();
  }

  private static LocalDate date(JsonNode root, ProblemCollector problems) {
    JsonNode node = root.get("effectiveFrom");
    FieldPath path = FieldPath.root().field("effectiveFrom");
    if (!problems.check(node != null && !node.isNull(), path, CoreProblemCode.MISSING, "be present", null)) {
      return null;
    }
    try {
      if (node.isTextual()) {
        return LocalDate.parse(node.asText());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.check(false, path, CoreProblemCode.INVALID_VALUE, "be a date such as 2026-01-01", node.asText());
    return null;
  }

  private static Currency currency(JsonNode root, ProblemCollector problems) {
    JsonNode node = root.get("currency");
    FieldPath path = FieldPath.root().field("currency");
    if (!problems.check(node != null && !node.isNull(), path, CoreProblemCode.MISSING, "be present", null)) {
      return null;
    }
    try {
      if (node.isTextual()) {
        return Money.currency(node.asText());
      }
    } catch (InvalidFactsException e) {
      // reported below
    }
    problems.check(false, path, CoreProblemCode.INVALID_VALUE, "be an ISO-4217 code such as USD", node.asText());
    return null;
  }

  private static RoundingMode rounding(JsonNode root, ProblemCollector problems) {
    JsonNode node = root.get("rounding");
    if (node == null || node.isNull()) {
      return Money.DEFAULT_ROUNDING;
    }
    FieldPath path = FieldPath.root().field("rounding");
    if (node.isTextual()) {
      for (RoundingMode mode : RoundingMode.values()) {
        if (mode != RoundingMode.UNNECESSARY && mode.name().equals(node.asText())) {
          return mode;
        }
      }
    }
    problems.check(false, path, CoreProblemCode.INVALID_VALUE,
        "be one of HALF_EVEN, HALF_UP, HALF_DOWN, UP, DOWN, CEILING, FLOOR", node.asText());
    return null;
  }

  private static FiscalCalendar calendar(JsonNode root, ProblemCollector problems) {
    JsonNode node = root.get("fiscalYearStartMonth");
    if (node == null || node.isNull()) {
      return FiscalCalendar.calendarYear();
    }
    FieldPath path = FieldPath.root().field("fiscalYearStartMonth");
    if (problems.check(node.isIntegralNumber() && node.canConvertToInt(), path, CoreProblemCode.INVALID_VALUE,
        "be a month number between 1 and 12", node.asText())
        && problems.requireInRange(path, node.asInt(), 1, 12)) {
      return FiscalCalendar.startingIn(node.asInt());
    }
    return null;
  }

  private static TierLadder ladder(JsonNode root, ProblemCollector problems) {
    JsonNode node = root.get("ladder");
    if (node == null || node.isNull()) {
      return TierLadder.standard();
    }
    FieldPath path = FieldPath.root().field("ladder");
    if (!problems.check(node.isArray(), path, CoreProblemCode.INVALID_VALUE, "be a list of tier names, lowest first",
        node.getNodeType())) {
      return null;
    }
    List<Tier> tiers = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      JsonNode name = node.get(i);
      try {
        if (!name.isTextual()) {
          throw new InvalidFactsException(List.of(Problem.error(path, CoreProblemCode.INVALID_VALUE, "be text", name)));
        }
        tiers.add(Tier.of(name.asText()));
      } catch (InvalidFactsException e) {
        problems.check(false, path.index(i), CoreProblemCode.INVALID_NAME,
            "be a tier name of letters, digits and underscores starting with a letter", name.asText());
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    try {
      return TierLadder.of(tiers);
    } catch (InvalidProgramException e) {
      e.problems().forEach(problems::add);
      return null;
    }
  }

  /**
   * Returns the program's name.
   *
   * @return never null
   */
  public String program() {
    return program;
  }

  /**
   * Returns this version's label; every result names the version that decided it.
   *
   * @return never null
   */
  public String version() {
    return version;
  }

  /**
   * Returns the first day this version applies
   * ({@code docs/rules/program-changes.md#no-retroactive-change}: no retroactive change).
   *
   * @return never null
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * Returns the currency of the program's amounts.
   *
   * @return never null
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns how computed lines are rounded ({@code docs/rules/conventions.md#rounding}),
   * {@code HALF_EVEN} by default.
   *
   * @return never null, never {@code UNNECESSARY}
   */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * Returns the program's fiscal calendar, the calendar year by default.
   *
   * @return never null
   */
  public FiscalCalendar fiscalCalendar() {
    return fiscalCalendar;
  }

  /**
   * Returns the program's tier ladder, the standard ladder by default.
   *
   * @return never null
   */
  public TierLadder ladder() {
    return ladder;
  }

  /**
   * Returns the free-text description.
   *
   * @return the description, or empty
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the warnings found at load (valid, but probably not what was meant).
   *
   * @return never null
   */
  public List<Problem> warnings() {
    return warnings;
  }

  /**
   * Returns the names of the sections present, in document order.
   *
   * @return never null
   */
  public List<String> sectionNames() {
    return List.copyOf(sections.keySet());
  }

  /**
   * Tells whether a section is present.
   *
   * @param name a section name, not null
   * @return true if present
   */
  public boolean hasSection(String name) {
    return sections.containsKey(requireNonNull(name, "name"));
  }

  /**
   * Returns a copy of a section's JSON tree.
   *
   * @param name a section name, not null
   * @return the section, or empty when absent
   */
  public Optional<JsonNode> section(String name) {
    ObjectNode node = sections.get(requireNonNull(name, "name"));
    return node == null ? Optional.empty() : Optional.of(node.deepCopy());
  }

  /**
   * Reads a section into a module's typed policy, strictly: unknown fields (every one at once, with
   * the nearest known name: {@code docs/program-file.md#did-you-mean}), wrong types and whatever the
   * policy's own checks refuse are reported with their full path
   * ({@code tiers.levels[2].criteria.anyOf[0].min}). A misspelt field is reported as unknown, not
   * also as missing under the name it was taken for. The policy may ask Jackson to inject the
   * document's {@link TierLadder}, {@link Currency}, {@link RoundingMode} and {@link FiscalCalendar}
   * with {@code @JacksonInject}.
   *
   * @param <T> the policy type
   * @param name the section name, one of {@link #SECTION_NAMES}, not null
   * @param type the policy type, not null
   * @return the policy, or empty when the section is absent
   * @throws InvalidProgramException naming every problem found
   * @throws IllegalArgumentException if {@code name} is not a section name
   */
  public <T> Optional<T> readSection(String name, Class<T> type) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    if (!SECTION_NAMES.contains(name)) {
      throw new IllegalArgumentException("not a section name: " + name + " (one of " + SECTION_NAMES + ")");
    }
    ObjectNode written = sections.get(name);
    if (written == null) {
      return Optional.empty();
    }
    FieldPath at = FieldPath.root().field(name);
    // Unknown fields first, all of them, with the nearest known name (docs/program-file.md#did-you-mean);
    // the rest of the section is read without them, so each is reported once.
    ObjectNode node = written.deepCopy();
    List<KnownFields.Unknown> unknown = KnownFields.removeUnknown(node, type, at);
    List<Problem> problems = new ArrayList<>();
    unknown.forEach(u -> problems.add(u.problem()));
    Optional<T> read = Optional.empty();
    try {
      read = Optional.of(readTree(node, type, at));
    } catch (PartnerOsException e) {
      // A field reported as misspelt is not also reported as missing (or as anything else its absence
      // causes) under the name it was taken for.
      Set<String> meant = new HashSet<>();
      unknown.forEach(u -> u.suggestion().ifPresent(p -> meant.add(p.toString())));
      e.problems().stream().filter(p -> !meant.contains(p.path())).forEach(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidProgramException(List.copyOf(new LinkedHashSet<>(problems)));
    }
    return read;
  }

  private <T> T readTree(ObjectNode node, Class<T> type, FieldPath at) {
    ObjectReader reader = PartnerOsJson.reader().forType(type).with(new InjectableValues.Std()
        .addValue(TierLadder.class, ladder)
        .addValue(Currency.class, currency)
        .addValue(RoundingMode.class, rounding)
        .addValue(FiscalCalendar.class, fiscalCalendar));
    try {
      return reader.readValue(node);
    } catch (JsonProcessingException e) {
      throw new InvalidProgramException(JacksonProblems.of(e, at));
    } catch (java.io.IOException e) {
      throw new InvalidProgramException(List.of(Problem.ofMessage(at, CoreProblemCode.UNREADABLE,
          "could not be read: " + e.getMessage(), null)));
    } catch (PartnerOsException e) {
      List<Problem> moved = new ArrayList<>();
      e.problems().forEach(p -> moved.add(p.under(at)));
      throw new InvalidProgramException(moved);
    }
  }

  /**
   * Reads a section into a typed policy, or returns the module's default when it is absent.
   *
   * @param <T> the policy type
   * @param name the section name, not null
   * @param type the policy type, not null
   * @param defaults supplies the default policy (the standard program's), not null
   * @return never null
   * @throws InvalidProgramException naming every problem found
   */
  public <T> T readSection(String name, Class<T> type, Supplier<? extends T> defaults) {
    requireNonNull(defaults, "defaults");
    return readSection(name, type).orElseGet(defaults);
  }

  /**
   * Returns a copy of this document with one section replaced or added (for what-if runs).
   *
   * @param name a section name, not null
   * @param section the section's tree, not null, an object
   * @return never null
   * @throws InvalidProgramException if the name is unknown or the tree is not an object
   */
  public ProgramDocument withSection(String name, JsonNode section) {
    ObjectNode root = toTree();
    root.set(requireNonNull(name, "name"), requireNonNull(section, "section").deepCopy());
    return fromTree(root);
  }

  /**
   * Returns the whole document as a JSON tree (a fresh copy), which {@link #fromTree(JsonNode)}
   * reads back to an equal document.
   *
   * @return never null
   */
  public ObjectNode toTree() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("program", program);
    root.put("version", version);
    description().ifPresent(d -> root.put("description", d));
    root.put("effectiveFrom", effectiveFrom.toString());
    root.put("currency", currency.getCurrencyCode());
    root.put("rounding", rounding.name());
    root.put("fiscalYearStartMonth", fiscalCalendar.startMonth().getValue());
    ladder.tiers().forEach(t -> root.withArray("ladder").add(t.name()));
    sections.forEach((name, node) -> root.set(name, node.deepCopy()));
    return root;
  }

  /**
   * Tells whether another document has the same header and the same sections.
   *
   * @param other the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ProgramDocument && ((ProgramDocument) other).toTree().equals(toTree());
  }

  @Override
  public int hashCode() {
    return toTree().hashCode();
  }

  /**
   * Renders a one-line summary: {@code Standard partner program 2026.1 (from 2026-01-01, USD,
   * sections [tiers, benefits])}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return program + " " + version + " (from " + effectiveFrom + ", " + currency.getCurrencyCode() + ", sections "
        + sectionNames() + ")";
  }
}
