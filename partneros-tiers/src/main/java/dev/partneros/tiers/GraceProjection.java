package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Tier;
import dev.partneros.tiers.internal.Texts;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * For a partner in grace, or near it, what happens if nothing changes
 * ({@code docs/rules/program-changes.md#grace-projection}, "projection"): the tier it will hold
 * when grace ends and what it needs before then to keep its tier.
 *
 * <p>"Near grace" is a partner in good standing whose metrics no longer qualify it for its tier
 * while no review is due yet: its {@link #deadline()} is the next review, at which grace would start
 * (or, for a tier without grace, the downgrade happen). "If nothing changes" means the same metrics
 * at every later quarter end.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGraceProjection.class)
@JsonDeserialize(as = ImmutableGraceProjection.class)
public abstract class GraceProjection {

  GraceProjection() {}

  /**
   * Returns the tier at stake (the tier held).
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Tells whether the partner is in grace already (false: grace would start at the deadline).
   *
   * @return true if in grace
   */
  public abstract boolean inGrace();

  /**
   * Returns the last quarter end at which qualifying again keeps the tier without consequence: the
   * grace end when in grace, the next review otherwise.
   *
   * @return never null
   */
  public abstract LocalDate deadline();

  /**
   * Returns the quarter end on which grace ends (or would end).
   *
   * @return never null
   */
  public abstract LocalDate graceEnd();

  /**
   * Returns the tier the partner will hold from the grace end if nothing changes.
   *
   * @return never null
   */
  public abstract Tier tierAtGraceEnd();

  /**
   * Returns what the partner needs to qualify for its tier again.
   *
   * @return never null; its target is {@link #tier()}
   */
  public abstract Progress toKeep();

  /**
   * Renders the projection, such as
   * {@code In grace for Gold until 2027-09-30; if nothing changes, Silver from then. To keep Gold:
   * 1 more certified person}.
   *
   * @return never null
   */
  public String render() {
    String tier = Texts.tierName(tier());
    String head = inGrace()
        ? "In grace for " + tier + " until " + graceEnd()
        : "Not qualified for " + tier + ": the review on " + deadline()
            + (graceEnd().equals(deadline()) ? " downgrades it" : " starts grace until " + graceEnd());
    return head + "; if nothing changes, " + Texts.tierName(tierAtGraceEnd()) + " from then. To keep " + tier
        + ": " + String.join("; ", toKeep().gaps());
  }

  /** Builds a {@link GraceProjection}. Not thread-safe. */
  static class Builder extends ImmutableGraceProjection.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
