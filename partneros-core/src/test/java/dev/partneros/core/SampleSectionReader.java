package dev.partneros.core;

import dev.partneros.core.spi.SectionReader;
import java.util.List;

/**
 * A section reader as a module writes one, for core's tests (core has no module on its test path):
 * it reads one section into {@link SamplePolicy}, and requires the section when the ladder is not
 * the standard one, as the tier module does.
 *
 * @param section the section it reads
 */
record SampleSectionReader(String section) implements SectionReader {

  @Override
  public List<String> sections() {
    return List.of(section);
  }

  @Override
  public String module() {
    return "partneros-sample";
  }

  @Override
  public List<Problem> read(ProgramDocument document) {
    try {
      if (document.readSection(section, SamplePolicy.class).isEmpty()
          && !document.ladder().equals(TierLadder.standard())) {
        return List.of(Problem.error(FieldPath.root().field(section), CoreProblemCode.MISSING,
            "be present when the ladder is not the standard one", null));
      }
      return List.of();
    } catch (InvalidProgramException e) {
      return e.problems();
    }
  }
}
