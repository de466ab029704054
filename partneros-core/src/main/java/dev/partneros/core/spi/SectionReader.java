package dev.partneros.core.spi;

import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads, and so checks, the sections of a program document that one rule module owns
 * ({@code docs/program-file.md#section-readers}). {@link dev.partneros.core.ProgramLoader} calls
 * every reader it knows on every document it loads and reports the problems of all of them at once,
 * with the header's; a reader does the same reading its module does when the program is used (for
 * instance {@code TierProgram.from(document)}), so a file the loader accepts is one the module
 * accepts.
 *
 * <p>A module registers its reader with {@link java.util.ServiceLoader}: {@code provides
 * dev.partneros.core.spi.SectionReader with ...} in its module descriptor, and the class's name in
 * {@code META-INF/services/dev.partneros.core.spi.SectionReader} for the class path. An
 * implementation has a public no-argument constructor, keeps no state and is thread-safe.
 */
public interface SectionReader {

  /**
   * Returns the sections this reader checks, each one of {@link ProgramDocument#SECTION_NAMES}.
   *
   * @return never null, never empty
   */
  List<String> sections();

  /**
   * Returns the name of the module this reader belongs to, as a user adds it to a build
   * ({@code partneros-tiers}); problems and warnings name it.
   *
   * @return never null
   */
  String module();

  /**
   * Reads this reader's sections of a document, and checks what ties them to the header and to
   * each other (tier names against the ladder, a section required by a non-standard ladder), whether
   * each section is present or not.
   *
   * @param document the document, not null; its header is valid
   * @return every problem found (errors and warnings), each with its path from the top of the file
   *     ({@code commission.models.REFERRAL.referralFee.rate}); empty when the sections are valid
   */
  List<Problem> read(ProgramDocument document);

  /**
   * Runs a module's section-reading functions (its policies' {@code from(ProgramDocument)}) one
   * after the other and collects the problems each refuses the document with, so that one bad
   * section does not hide the others'. A helper for implementations of {@link #read}.
   *
   * @param document the document, not null
   * @param readers the functions that read the sections, each throwing a
   *     {@link dev.partneros.core.PartnerOsException} naming its problems, not null
   * @return every problem, in the order of the readers; empty when every section is valid
   */
  @SafeVarargs
  static List<Problem> problemsOf(ProgramDocument document, Function<ProgramDocument, ?>... readers) {
    List<Problem> problems = new ArrayList<>();
    for (Function<ProgramDocument, ?> reader : readers) {
      try {
        reader.apply(document);
      } catch (PartnerOsException e) {
        problems.addAll(e.problems());
      }
    }
    return List.copyOf(problems);
  }
}
