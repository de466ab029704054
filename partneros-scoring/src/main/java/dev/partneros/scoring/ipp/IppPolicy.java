package dev.partneros.scoring.ipp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.PartnerType;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.scoring.ScoringProblemCode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The ideal partner profile, the program file's {@code ipp} section
 * ({@code docs/rules/ipp.md#attribute-groups}): attribute groups with their weights (A
 * foundational 30 %, B capability 25 %, C commitment and culture 25 %, D economics 20 %, summing
 * to exactly 1), the absolute disqualifiers (E), the rating thresholds, and per-partner-type
 * profiles that replace the group weights.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIppPolicy.class)
@JsonDeserialize(as = ImmutableIppPolicy.class)
public abstract class IppPolicy {

  IppPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's profile.
   *
   * @return never null
   */
  public static IppPolicy standard() {
    return new Builder().build();
  }

  /**
   * Returns the attribute groups, in order.
   *
   * @return the blueprint's groups A to D by default
   */
  @Value.Default
  public List<Group> groups() {
    return List.of(
        Group.of("FOUNDATIONAL", "0.30", "verticalAlignment", "geographicCoverage", "icpMatch", "targetAccountOverlap",
            "netNewLogoAccess"),
        Group.of("CAPABILITY", "0.25", "technicalExpertise", "certifications", "serviceDeliveryTrackRecord",
            "uniqueIntegrationsOrIp", "gtmModelMatch", "salesProcessCompatibility", "marketingCapability"),
        Group.of("COMMITMENT_CULTURE", "0.25", "willingnessToInvest", "executiveSponsorship", "dedicatedResources",
            "trackRecordWithOtherVendors", "jointPipelineCommitment", "valuesAlignment", "customerCentricity",
            "longTermIntent", "noConflictsOfInterest"),
        Group.of("ECONOMICS", "0.20", "dealSizePotential", "marginAttractiveness", "attachRate",
            "revenueGrowthTrajectory"));
  }

  /**
   * Returns the absolute disqualifiers (group E).
   *
   * @return the blueprint's seven by default
   */
  @Value.Default
  public List<String> disqualifiers() {
    return List.of("directCompetitiveOffering", "channelConflictOrUnethicalPractice",
        "consistentlyPoorCustomerSatisfaction", "noTechnicalTeamOrEnablement", "financialInstability",
        "reputationalOrCsrMisalignment", "unwillingToCommitToJointBusinessPlan");
  }

  /**
   * Returns the lowest score rated {@link IppFit.Rating#EXCELLENT_FIT}.
   *
   * @return 80 by default
   */
  @Value.Default
  public BigDecimal excellentFrom() {
    return new BigDecimal("80");
  }

  /**
   * Returns the lowest score rated {@link IppFit.Rating#GOOD_POTENTIAL}.
   *
   * @return 60 by default
   */
  @Value.Default
  public BigDecimal goodFrom() {
    return new BigDecimal("60");
  }

  /**
   * Returns the lowest score rated {@link IppFit.Rating#MODERATE_CONCERN}.
   *
   * @return 40 by default
   */
  @Value.Default
  public BigDecimal moderateFrom() {
    return new BigDecimal("40");
  }

  /**
   * Returns the group weights per partner type (profiles), each naming every group and summing to
   * exactly 1.
   *
   * @return never null
   */
  public abstract Map<PartnerType, Map<String, BigDecimal>> profiles();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(!groups().isEmpty(), root.field("groups"), CoreProblemCode.EMPTY, "have at least one group", "[]");
    Set<String> groupNames = new HashSet<>();
    Set<String> attributes = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < groups().size(); i++) {
      Group group = groups().get(i);
      FieldPath path = root.field("groups").index(i);
      problems.check(groupNames.add(group.name()), path.field("name"), CoreProblemCode.DUPLICATE, "be unique", group.name());
      problems.requireInRange(path.field("weight"), group.weight(), BigDecimal.ZERO, BigDecimal.ONE);
      sum = sum.add(group.weight());
      for (int j = 0; j < group.attributes().size(); j++) {
        problems.check(attributes.add(group.attributes().get(j)), path.field("attributes").index(j), CoreProblemCode.DUPLICATE,
            "be unique across groups", group.attributes().get(j));
      }
    }
    problems.check(sum.compareTo(BigDecimal.ONE) == 0, root.field("groups"), CoreProblemCode.WEIGHTS_NOT_ONE,
        "have weights summing to exactly 1", sum.toPlainString());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < disqualifiers().size(); i++) {
      problems.check(seen.add(disqualifiers().get(i)) && !attributes.contains(disqualifiers().get(i)),
          root.field("disqualifiers").index(i), CoreProblemCode.DUPLICATE, "be unique and not an attribute", disqualifiers().get(i));
    }
    problems.check(excellentFrom().compareTo(goodFrom()) > 0 && goodFrom().compareTo(moderateFrom()) > 0
        && moderateFrom().signum() > 0 && excellentFrom().compareTo(new BigDecimal("100")) <= 0,
        root.field("excellentFrom"), CoreProblemCode.NOT_INCREASING,
        "be above goodFrom, itself above moderateFrom, itself above 0 (and at most 100)", excellentFrom());
    profiles().forEach((type, weights) -> {
      FieldPath path = root.field("profiles").field(type.name());
      BigDecimal total = BigDecimal.ZERO;
      for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
        problems.check(groupNames.contains(weight.getKey()), path.field(weight.getKey()), ScoringProblemCode.UNKNOWN_GROUP,
            "be one of " + groupNames.stream().sorted().collect(java.util.stream.Collectors.toList()), weight.getKey());
        problems.requireInRange(path.field(weight.getKey()), weight.getValue(), BigDecimal.ZERO, BigDecimal.ONE);
        total = total.add(weight.getValue());
      }
      problems.check(total.compareTo(BigDecimal.ONE) == 0, path, CoreProblemCode.WEIGHTS_NOT_ONE, "sum to exactly 1",
          total.toPlainString());
    });
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /**
   * Returns the weight of a group for a partner type (its profile's, else the group's own).
   *
   * @param group the group, not null
   * @param partnerType the partner type, or empty
   * @return never null
   */
  public BigDecimal weightOf(Group group, java.util.Optional<PartnerType> partnerType) {
    return partnerType.map(profiles()::get).map(p -> p.getOrDefault(group.name(), BigDecimal.ZERO))
        .orElse(group.weight());
  }

  /**
   * A group of attributes with its weight. Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableGroup.class)
  @JsonDeserialize(as = ImmutableGroup.class)
  public abstract static class Group {
    Group() {}

    /**
     * Creates a group.
     *
     * @param name the group's name
     * @param weight its weight
     * @param attributes its attributes' names
     * @return never null
     */
    public static Group of(String name, String weight, String... attributes) {
      return new Builder().name(name).weight(new BigDecimal(weight)).addAttributes(attributes).build();
    }

    /**
     * Returns the group's name, such as {@code FOUNDATIONAL}.
     *
     * @return never null
     */
    public abstract String name();

    /**
     * Returns the group's weight.
     *
     * @return never null
     */
    public abstract BigDecimal weight();

    /**
     * Returns the attributes rated in this group.
     *
     * @return never null, not empty
     */
    public abstract List<String> attributes();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      problems.requireNotBlank(FieldPath.root().field("name"), name());
      problems.check(!attributes().isEmpty(), FieldPath.root().field("attributes"), CoreProblemCode.EMPTY,
          "have at least one attribute", "[]");
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /** Builds a {@link Group}. Not thread-safe. */
    public static class Builder extends ImmutableGroup.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /** Builds an {@link IppPolicy}; every attribute defaults to the standard program. Not thread-safe. */
  public static class Builder extends ImmutableIppPolicy.Builder {
    /** Creates a builder with every default. */
    Builder() {}
  }
}
