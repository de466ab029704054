package dev.partneros.scoring.ipp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A prospect's qualification scorecard ({@code docs/rules/ipp.md#qualification-scorecard}): a
 * rating per dimension, whether the prospect shows active interest, and whether it shares a
 * customer with us.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualificationFacts.class)
@JsonDeserialize(as = ImmutableQualificationFacts.class)
public abstract class QualificationFacts {

  QualificationFacts() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the prospect's name or id.
   *
   * @return never null
   */
  public abstract String prospect();

  /**
   * Returns the rating of every dimension.
   *
   * @return never null
   */
  public abstract Map<String, Integer> ratings();

  /**
   * Tells whether the prospect shows active interest.
   *
   * @return true if so
   */
  public abstract boolean activeInterest();

  /**
   * Tells whether the prospect shares at least one customer with us.
   *
   * @return true if so
   */
  public abstract boolean sharedCustomer();

  /** Builds {@link QualificationFacts}. Not thread-safe. */
  public static class Builder extends ImmutableQualificationFacts.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
