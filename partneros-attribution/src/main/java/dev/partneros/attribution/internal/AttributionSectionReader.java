package dev.partneros.attribution.internal;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.commission.ClawbackPolicy;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.spi.SectionReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks the {@code attribution}, {@code commission} and {@code clawback} sections of a program
 * file when it is loaded ({@code docs/program-file.md#section-readers}), each as
 * {@link AttributionPolicy#from}, {@link CommissionPlan#from} and {@link ClawbackPolicy#from} read
 * it. Registered with the {@link java.util.ServiceLoader}. Stateless and thread-safe.
 */
public final class AttributionSectionReader implements SectionReader {

  /** Creates the reader; the {@link java.util.ServiceLoader} does. */
  public AttributionSectionReader() {}

  @Override
  public List<String> sections() {
    return List.of("attribution", "commission", "clawback");
  }

  @Override
  public String module() {
    return "partneros-attribution";
  }

  @Override
  public List<Problem> read(ProgramDocument document) {
    List<Problem> problems = new ArrayList<>();
    read(document, AttributionPolicy::from, problems);
    read(document, CommissionPlan::from, problems);
    read(document, ClawbackPolicy::from, problems);
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
