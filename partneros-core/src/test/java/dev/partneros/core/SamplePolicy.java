package dev.partneros.core;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A policy shaped like the modules' ones, to test {@link ProgramDocument#readSection}. */
@Value.Immutable
@JsonDeserialize(as = ImmutableSamplePolicy.class)
abstract class SamplePolicy {

  abstract List<Level> levels();

  @JacksonInject
  abstract TierLadder ladder();

  @Value.Immutable
  @JsonDeserialize(as = ImmutableLevel.class)
  abstract static class Level {
    abstract Tier tier();

    abstract BigDecimal min();

    abstract Optional<Money> cap();

    abstract Optional<Rate> share();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      problems.requireNonNegative(FieldPath.root().field("min"), min());
      problems.throwIfErrors(InvalidProgramException::new);
    }
  }
}
