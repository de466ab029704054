package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A joint case study, as a tier fact ({@code docs/rules/tiers.md#metrics}): it counts in joint
 * case studies in the window of the day it was published.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseStudy.class)
@JsonDeserialize(as = ImmutableCaseStudy.class)
public abstract class CaseStudy {

  CaseStudy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a case study published on a day.
   *
   * @param publishedOn the day, not null
   * @return never null
   */
  public static CaseStudy publishedOn(LocalDate publishedOn) {
    return new Builder().publishedOn(publishedOn).build();
  }

  /**
   * Returns the day it was published.
   *
   * @return never null
   */
  public abstract LocalDate publishedOn();

  /**
   * Returns its title, for the caller's reference.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /** Builds a {@link CaseStudy}; {@code publishedOn} is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableCaseStudy.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
