package dev.partneros.scoring.ipp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A prospect's fit with the ideal partner profile ({@code docs/rules/ipp.md#fit-score}): the score
 * 0-100, the rating, each rated group's score, the attributes not rated, and every disqualifier
 * found.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIppFit.class)
@JsonDeserialize(as = ImmutableIppFit.class)
public abstract class IppFit {

  /**
   * The IPP fit rating of a prospect ({@code docs/rules/ipp.md#fit-ratings}), lowest first: below 40
   * {@code POOR_FIT}, 40-59 {@code MODERATE_CONCERN}, 60-79 {@code GOOD_POTENTIAL}, 80+
   * {@code EXCELLENT_FIT}. Any absolute disqualifier forces {@code POOR_FIT}.
   */
  public enum Rating {
    /** Below the moderate threshold, or disqualified. */
    POOR_FIT,
    /** From the moderate threshold (40). */
    MODERATE_CONCERN,
    /** From the good threshold (60). */
    GOOD_POTENTIAL,
    /** From the excellent threshold (80). */
    EXCELLENT_FIT
  }

  IppFit() {}

  /**
   * Returns the prospect.
   *
   * @return never null
   */
  public abstract String prospect();

  /**
   * Returns the score, 0-100 (2 decimals).
   *
   * @return never null
   */
  public abstract BigDecimal score();

  /**
   * Returns the rating; {@link Rating#POOR_FIT} whenever a disqualifier was found.
   *
   * @return never null
   */
  public abstract Rating rating();

  /**
   * Returns each rated group's score, 0-100 (2 decimals), in the policy's order.
   *
   * @return never null
   */
  public abstract Map<String, BigDecimal> groupScores();

  /**
   * Returns the attributes not rated (excluded from the score).
   *
   * @return never null
   */
  public abstract List<String> missing();

  /**
   * Returns every disqualifier found.
   *
   * @return never null
   */
  public abstract List<String> disqualifiersFound();

  /**
   * Returns the explanation.
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /** Builds an {@link IppFit}. Not thread-safe. */
  static class Builder extends ImmutableIppFit.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
