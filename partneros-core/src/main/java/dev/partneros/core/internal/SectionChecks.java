package dev.partneros.core.internal;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.spi.SectionReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Runs the section readers over a document ({@code docs/program-file.md#section-readers}): every
 * reader's problems, then a {@code not_checked} warning for each section present that no reader
 * checks, naming the module that would.
 */
public final class SectionChecks {

  /**
   * The module that owns each section, for the warning about a section no reader checks. Core knows
   * no rule family: this is the table of docs/program-file.md#sections, as text.
   */
  private static final Map<String, String> OWNERS = owners();

  private SectionChecks() {}

  private static Map<String, String> owners() {
    Map<String, String> owners = new LinkedHashMap<>();
    for (String section : List.of("maturity", "ipp", "selection", "scorecard", "health", "segments", "kpis")) {
      owners.put(section, "partneros-scoring");
    }
    for (String section : List.of("tiers", "benefits", "mdf")) {
      owners.put(section, "partneros-tiers");
    }
    for (String section : List.of("attribution", "commission", "clawback")) {
      owners.put(section, "partneros-attribution");
    }
    return Map.copyOf(owners);
  }

  /**
   * Returns the readers registered with {@link ServiceLoader} that core's class loader (and the
   * module layer it is in) can see, found once.
   *
   * @return never null, in the order of their first section in {@link ProgramDocument#SECTION_NAMES}
   */
  public static List<SectionReader> discovered() {
    return Discovered.READERS;
  }

  /** Holds the readers found, so that the service files are scanned once. */
  private static final class Discovered {
    static final List<SectionReader> READERS = ordered(ServiceLoader.load(SectionReader.class,
        SectionReader.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList());
  }

  /**
   * Returns readers without repeats (a reader equal to one before it is dropped), in the order of
   * their first section in {@link ProgramDocument#SECTION_NAMES}.
   *
   * @param readers the readers, not null
   * @return never null
   */
  public static List<SectionReader> ordered(List<? extends SectionReader> readers) {
    List<SectionReader> ordered = new ArrayList<>(new LinkedHashSet<>(readers));
    ordered.sort(Comparator.comparingInt(SectionChecks::firstSection));
    return List.copyOf(ordered);
  }

  private static int firstSection(SectionReader reader) {
    return reader.sections().stream().mapToInt(ProgramDocument.SECTION_NAMES::indexOf).filter(i -> i >= 0).min()
        .orElse(ProgramDocument.SECTION_NAMES.size());
  }

  /**
   * Reads a document's sections through the readers.
   *
   * @param document the document, whose header is valid, not null
   * @param readers the readers, not null
   * @return every problem (errors and warnings), each once, never null
   */
  public static List<Problem> check(ProgramDocument document, List<SectionReader> readers) {
    Set<Problem> problems = new LinkedHashSet<>();
    Set<String> checked = new HashSet<>();
    for (SectionReader reader : readers) {
      checked.addAll(reader.sections());
      try {
        problems.addAll(reader.read(document));
      } catch (PartnerOsException e) {
        problems.addAll(e.problems());
      }
    }
    for (String section : document.sectionNames()) {
      if (!checked.contains(section)) {
        String module = OWNERS.getOrDefault(section, "its module");
        problems.add(Problem.warning(FieldPath.root().field(section), CoreProblemCode.NOT_CHECKED,
            "be checked by " + module + ", which is not on the class or module path (add it, or pass its "
                + "section reader to ProgramLoader.withSectionReaders)", "not checked"));
      }
    }
    return List.copyOf(problems);
  }
}
