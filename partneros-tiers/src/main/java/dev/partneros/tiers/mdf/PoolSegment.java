package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A segment of an MDF pool split by segment ({@code docs/rules/mdf.md#pool-allocation}: default 60
 * % Gold and Platinum, 30 % Silver, 10 % new partners): its name, its share of the pool, and who
 * belongs to it, either the partners of some tiers or every new partner.
 *
 * <p>Decision: a new partner (one that joined within {@link MdfPolicy#newPartnerMonths()} months
 * ending on the allocation's as-of date) belongs to the new-partner segment whatever its tier; so a
 * new-partner segment lists no tiers, and every other segment lists at least one.
 *
 * <p>Program-file form: {@code {name: SILVER, share: "0.30", tiers: [SILVER]}} or
 * {@code {name: NEW_PARTNERS, share: "0.10", newPartners: true}}.
 *
 * <p>Checked when built: the name is not blank (at most 40 characters) and the members are given as
 * described.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePoolSegment.class)
public abstract class PoolSegment {

  PoolSegment() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a segment of the partners of some tiers.
   *
   * @param name the segment's name, not blank
   * @param share its share of the pool, not null
   * @param tiers its tiers, not null, not empty
   * @return never null
   * @throws InvalidProgramException if the name is blank or no tier is given
   */
  public static PoolSegment ofTiers(String name, Rate share, Tier... tiers) {
    return new Builder().name(name).share(share).addTiers(tiers).build();
  }

  /**
   * Returns the segment of new partners.
   *
   * @param name the segment's name, not blank
   * @param share its share of the pool, not null
   * @return never null
   * @throws InvalidProgramException if the name is blank
   */
  public static PoolSegment ofNewPartners(String name, Rate share) {
    return new Builder().name(name).share(share).newPartners(true).build();
  }

  @JsonCreator
  static PoolSegment fromJson(@JsonProperty("name") String name, @JsonProperty("share") Rate share,
      @JsonProperty("tiers") List<Tier> tiers, @JsonProperty("newPartners") Boolean newPartners) {
    ProblemCollector problems = new ProblemCollector();
    problems.requirePresent(FieldPath.root().field("name"), name);
    problems.requirePresent(FieldPath.root().field("share"), share);
    List<Tier> members = new ArrayList<>();
    if (tiers != null) {
      for (int i = 0; i < tiers.size(); i++) {
        if (problems.requirePresent(FieldPath.root().field("tiers").index(i), tiers.get(i))) {
          members.add(tiers.get(i));
        }
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
    return new Builder().name(name).share(share).tiers(members)
        .newPartners(Optional.ofNullable(newPartners).orElse(false)).build();
  }

  /**
   * Returns the segment's name, such as {@code GOLD_AND_PLATINUM}.
   *
   * @return never null, not blank
   */
  public abstract String name();

  /**
   * Returns the segment's share of the pool.
   *
   * @return never null
   */
  public abstract Rate share();

  /**
   * Returns the tiers whose (established) partners belong to the segment.
   *
   * @return never null; empty for the new-partner segment
   */
  public abstract List<Tier> tiers();

  /**
   * Tells whether this is the segment of new partners.
   *
   * @return true for the new-partner segment; false by default
   */
  @Value.Default
  public boolean newPartners() {
    return false;
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath name = FieldPath.root().field("name");
    if (problems.requireNotBlank(name, name())) {
      problems.check(name().length() <= 40, name, CoreProblemCode.TOO_LARGE, "have at most 40 characters", name());
    }
    FieldPath tiers = FieldPath.root().field("tiers");
    if (newPartners()) {
      problems.check(tiers().isEmpty(), tiers, CoreProblemCode.NOT_ALLOWED,
          "be empty for the new-partner segment (it takes every new partner, whatever the tier)", tiers());
    } else {
      problems.check(!tiers().isEmpty(), tiers, CoreProblemCode.EMPTY,
          "name at least one tier (or set newPartners: true)", tiers());
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link PoolSegment}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutablePoolSegment.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
