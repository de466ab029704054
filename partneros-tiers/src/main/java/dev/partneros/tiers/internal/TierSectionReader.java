package dev.partneros.tiers.internal;

import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.spi.SectionReader;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.mdf.MdfPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks the {@code tiers}, {@code benefits} and {@code mdf} sections of a program file when it is
 * loaded ({@code docs/program-file.md#section-readers}), each as {@link TierProgram#from},
 * {@link BenefitsMatrix#from} and {@link MdfPolicy#from} read it: tiers named against the header's
 * ladder, and each of the three required when the ladder is not the standard one. Registered with
 * the {@link java.util.ServiceLoader}. Stateless and thread-safe.
 */
public final class TierSectionReader implements SectionReader {

  /** Creates the reader; the {@link java.util.ServiceLoader} does. */
  public TierSectionReader() {}

  @Override
  public List<String> sections() {
    return List.of("tiers", "benefits", "mdf");
  }

  @Override
  public String module() {
    return "partneros-tiers";
  }

  @Override
  public List<Problem> read(ProgramDocument document) {
    List<Problem> problems = new ArrayList<>();
    read(document, TierProgram::from, problems);
    read(document, BenefitsMatrix::from, problems);
    read(document, MdfPolicy::from, problems);
    return problems;
  }

  private static void read(ProgramDocument document, Function<ProgramDocument, ?> section, List<Problem> problems) {
    try {
      section.apply(document);
    } catch (PartnerOsException e) {
      problems.addAll(e.problems());
    }
  }
}
