package dev.partneros.scoring.scorecard;

import java.util.List;

/**
 * The criteria of the 3C/4C/5C framework and their default sub-criteria
 * ({@code docs/rules/scorecards.md#criteria}), rated 0-5 with evidence. {@code CULTURE} (5C) is
 * optional; the blueprint lists no sub-criteria for it, so its defaults are taken from the IPP's
 * commitment-and-culture attributes (decision).
 */
public enum FourC {
  /** Headcount, investment, reach and infrastructure. */
  CAPACITY("dedicatedHeadcount", "practiceLead", "financialHealth", "willingnessToInvest", "scalabilityAndReach",
      "marketPenetration", "operationalInfrastructure"),
  /** Certifications, references, delivery and know-how. */
  CAPABILITY("certifications", "similarDeployments", "labEnvironment", "customerPainUnderstanding",
      "integrationsOrIp", "industryKnowledge", "serviceDeliveryProcesses", "deliverySatisfaction"),
  /** Strategic fit, sponsorship, joint investment and engagement. */
  COMMITMENT("strategicFit", "executiveSponsorship", "jointInvestment", "proactivePipelineEngagement",
      "namedDedicatedResources", "collaborationTrackRecord", "opennessToShare"),
  /** The partner's customer base and relationships (4C). */
  CUSTOMERS("icpBookOfBusiness", "decisionMakerRelationships", "referenceableAccounts",
      "customerRetentionAndSatisfaction", "purchasingInfluence", "netNewLogoAccess"),
  /** Values and ways of working (5C, optional). */
  CULTURE("valuesAlignment", "customerCentricity", "longTermIntent", "noConflictsOfInterest");

  private final List<String> subCriteria;

  FourC(String... subCriteria) {
    this.subCriteria = List.of(subCriteria);
  }

  /**
   * Returns the default sub-criteria's names.
   *
   * @return never null
   */
  public List<String> subCriteria() {
    return subCriteria;
  }

  /**
   * Returns the default definition of this criterion (unweighted sub-criteria).
   *
   * @return never null
   */
  public CriterionDefinition definition() {
    return CriterionDefinition.of(name(), subCriteria.toArray(new String[0]));
  }
}
