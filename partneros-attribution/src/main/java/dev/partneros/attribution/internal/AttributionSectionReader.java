package dev.partneros.attribution.internal;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.commission.ClawbackPolicy;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.spi.SectionReader;
import java.util.List;

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
    return SectionReader.problemsOf(document, AttributionPolicy::from, CommissionPlan::from, ClawbackPolicy::from);
  }
}
