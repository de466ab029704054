package dev.partneros.tiers.internal;

import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.spi.SectionReader;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.mdf.MdfPolicy;
import java.util.List;

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
    return SectionReader.problemsOf(document, TierProgram::from, BenefitsMatrix::from, MdfPolicy::from);
  }
}
