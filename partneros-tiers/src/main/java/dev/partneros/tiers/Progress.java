package dev.partneros.tiers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.tiers.internal.Texts;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far a partner is from a target tier ({@code docs/rules/tiers.md#progress-to-the-next-tier}):
 * for every requirement of the target's criteria, current against required and the gap, and an
 * overall percentage, {@code min} over {@code allOf} of ({@code max} over {@code anyOf} of
 * {@code min(1, current / required)}).
 *
 * <p>The requirements are the target criteria's top-level conjuncts (the children of a top-level
 * {@code allOf}, or the criterion itself). {@link #render()} reads, for example,
 * {@code 70 % to Gold: 2 more certified people; 30,000.00 USD more sourced ARR or 5 more referrals}.
 * The percentage is rounded down, so a partner short of the target never reads 100 %.
 *
 * <p>JSON-serialisable (the fraction is written, and recomputed when read); immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgress.class)
@JsonDeserialize(as = ImmutableProgress.class)
@JsonIgnoreProperties(value = {"fraction"}, allowGetters = true)
public abstract class Progress {

  Progress() {}

  /**
   * Returns the tier the progress is measured from.
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Returns the target tier.
   *
   * @return the target, or empty when {@link #tier()} is the highest tier
   */
  public abstract Optional<Tier> target();

  /**
   * Returns the currency of money amounts in the requirements.
   *
   * @return never null
   */
  public abstract Currency currency();

  /**
   * Returns the target's requirements, evaluated.
   *
   * @return never null; empty when there is no target
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<RequirementCheck> requirements();

  /**
   * Tells whether every requirement of the target is met (true when there is no target).
   *
   * @return true if met
   */
  public boolean met() {
    for (RequirementCheck requirement : requirements()) {
      if (!requirement.met()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the overall progress: the lowest of the requirements' fractions.
   *
   * @return never null; 100 % when every requirement is met or there is no target
   */
  @Value.Lazy
  @JsonProperty("fraction")
  public Rate fraction() {
    Rate lowest = Rate.ONE;
    for (RequirementCheck requirement : requirements()) {
      Rate fraction = requirement.fraction();
      lowest = fraction.compareTo(lowest) < 0 ? fraction : lowest;
    }
    return lowest;
  }

  /**
   * Returns what is missing, one line per unmet requirement, such as
   * {@code 2 more certified people} or {@code 30,000.00 USD more sourced ARR or 5 more referrals}.
   *
   * @return never null; empty when every requirement is met
   */
  public List<String> gaps() {
    List<String> gaps = new ArrayList<>();
    for (RequirementCheck requirement : requirements()) {
      if (!requirement.met()) {
        gaps.add(Texts.gap(requirement, currency()));
      }
    }
    return List.copyOf(gaps);
  }

  /**
   * Renders the progress line, such as {@code 70 % to Gold: 2 more certified people},
   * {@code 100 % to Gold: every requirement met} or {@code Platinum is the highest tier}.
   *
   * @return never null
   */
  public String render() {
    if (target().isEmpty()) {
      return Texts.tierName(tier()) + " is the highest tier";
    }
    String head = Texts.percent(fraction()) + " to " + Texts.tierName(target().get());
    return met() ? head + ": every requirement met" : head + ": " + String.join("; ", gaps());
  }

  /** Builds a {@link Progress}. Not thread-safe. */
  static class Builder extends ImmutableProgress.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
