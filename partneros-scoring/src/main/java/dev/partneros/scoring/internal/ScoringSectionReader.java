package dev.partneros.scoring.internal;

import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.spi.SectionReader;
import dev.partneros.scoring.ScoringProgram;
import dev.partneros.scoring.ScoringSections;
import java.util.List;

/**
 * Checks the scoring sections of a program file when it is loaded
 * ({@code docs/program-file.md#section-readers}): {@code maturity}, {@code ipp}, {@code selection},
 * {@code scorecard}, {@code health}, {@code segments} and {@code kpis}, read as
 * {@link ScoringProgram#from(ProgramDocument)} reads them. Registered with the
 * {@link java.util.ServiceLoader}. Stateless and thread-safe.
 */
public final class ScoringSectionReader implements SectionReader {

  /** Creates the reader; the {@link java.util.ServiceLoader} does. */
  public ScoringSectionReader() {}

  @Override
  public List<String> sections() {
    return ScoringSections.NAMES;
  }

  @Override
  public String module() {
    return "partneros-scoring";
  }

  @Override
  public List<Problem> read(ProgramDocument document) {
    try {
      ScoringProgram.from(document);
      return List.of();
    } catch (InvalidProgramException e) {
      return e.problems();
    }
  }
}
