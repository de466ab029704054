package dev.partneros.core;

/**
 * The kinds of partner a program distinguishes. IPP profiles, 3C/4C weights and commission models
 * may differ per type ({@code docs/rules/ipp.md}, {@code docs/rules/scorecards.md} and
 * {@code docs/rules/commission.md}).
 */
public enum PartnerType {
  /** A technology partner or independent software vendor that integrates with the product. */
  TECHNOLOGY_ISV,
  /** A partner that refers leads and earns a referral fee. */
  REFERRAL,
  /** A reseller or value-added reseller that buys at a margin and resells. */
  RESELLER_VAR,
  /** An affiliate paid per tracked conversion. */
  AFFILIATE,
  /** A system integrator that implements and services the product. */
  SYSTEM_INTEGRATOR,
  /** A managed service provider that operates the product for its customers. */
  MANAGED_SERVICE_PROVIDER,
  /** A strategic alliance with joint go-to-market. */
  STRATEGIC_ALLIANCE,
  /** An OEM that embeds the product in its own. */
  OEM
}
