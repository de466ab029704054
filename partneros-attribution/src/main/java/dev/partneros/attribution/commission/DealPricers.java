package dev.partneros.attribution.commission;

import dev.partneros.attribution.commission.CommissionFacts.PartnerAccount;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link DealPricer}s of a calculator, one per program version, partner type and (for models
 * that need one) tier, prepared when the calculator is built
 * ({@code docs/rules/commission.md#deciding-a-deal-only}). {@link #price} finds the version in force
 * at the deal's signature date, the partner type's models and the tier's rates without building
 * anything.
 *
 * <p>Immutable and thread-safe.
 */
final class DealPricers {

  /** The versions, earliest first, as the calculator holds them. */
  private final List<CommissionTerms> versions;
  /** Per version: per partner type, by ordinal, its pricers ({@link TypePricers#NONE} without models). */
  private final List<List<TypePricers>> byVersion;

  /** One partner type's pricers under one version: one for every tier, or one for all. */
  static final class TypePricers {
    /** A partner type without models: its deals earn nothing. */
    static final TypePricers NONE = new TypePricers(null, List.of());

    /** The pricer when the models need no tier, else null. */
    private final DealPricer any;
    /** One per tier of the ladder (2 to 6), when the models need a tier (tier rate or resale margin). */
    private final List<DealPricer> byTier;

    private TypePricers(DealPricer any, List<DealPricer> byTier) {
      this.any = any;
      this.byTier = byTier;
    }

    /** The pricer of a tier name, by a scan of the ladder's few tiers; null for none. */
    private DealPricer tier(String name) {
      for (int i = 0; i < byTier.size(); i++) {
        DealPricer pricer = byTier.get(i);
        if (pricer.tierName().equals(name)) {
          return pricer;
        }
      }
      return null;
    }
  }

  private DealPricers(List<CommissionTerms> versions, List<List<TypePricers>> byVersion) {
    this.versions = versions;
    this.byVersion = byVersion;
  }

  /**
   * Prepares the pricers of every version, partner type and tier.
   *
   * @param versions the versions, earliest first
   * @return never null
   */
  static DealPricers of(List<CommissionTerms> versions) {
    List<List<TypePricers>> byVersion = new ArrayList<>(versions.size());
    for (CommissionTerms terms : versions) {
      List<TypePricers> byType = new ArrayList<>();
      for (PartnerType type : PartnerType.values()) {
        CommissionPlan.Models models = terms.plan().models().get(type);
        if (models == null) {
          byType.add(TypePricers.NONE);
        } else if (!models.needsTier()) {
          byType.add(new TypePricers(DealPricer.of(terms, models, null), List.of()));
        } else {
          List<DealPricer> byTier = new ArrayList<>();
          for (Tier tier : terms.benefits().ladder().tiers()) {
            if (terms.benefits().byTier().containsKey(tier)) {
              byTier.add(DealPricer.of(terms, models, tier));
            }
          }
          byType.add(new TypePricers(null, List.copyOf(byTier)));
        }
      }
      byVersion.add(List.copyOf(byType));
    }
    return new DealPricers(versions, List.copyOf(byVersion));
  }

  /**
   * Returns the sum of a deal's signature lines in minor units of the program's currency, when a
   * pricer decides it alone: the deal and the partner's payout in the program's currency, the version
   * in force at the signature date without caps, a tier of the ladder when the models need one.
   * A partner type without models, or a deal not attributed (credit factor 0), earns 0.
   *
   * @param partner the partner's account
   * @param deal the deal, of that partner
   * @param before the partner's state before the deal
   * @return the total in minor units, or {@link RoundedProduct#OVERFLOW} when the whole calculation
   *     must decide (or refuse)
   */
  long price(PartnerAccount partner, CommissionDeal deal, CommissionState before) {
    int version = versionAt(deal.signed());
    if (version < 0) {
      return RoundedProduct.OVERFLOW;
    }
    CommissionTerms terms = versions.get(version);
    if (!terms.currency().equals(deal.amount().currency()) || !terms.currency().equals(partner.payoutCurrency())) {
      return RoundedProduct.OVERFLOW;
    }
    TypePricers pricers = byVersion.get(version).get(partner.type().ordinal());
    if (pricers == TypePricers.NONE || deal.attribution().creditFactor().isZero()) {
      return 0;
    }
    DealPricer pricer = pricers.any;
    if (pricer == null) {
      pricer = pricers.tier(deal.tierName());
    }
    if (pricer == null || !pricer.fast()) {
      return RoundedProduct.OVERFLOW;
    }
    return pricer.price(deal, before);
  }

  /** The index of the version in force on a date, or -1 before the first. */
  private int versionAt(LocalDate date) {
    int found = -1;
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).effectiveFrom().isAfter(date)) {
        break;
      }
      found = i;
    }
    return found;
  }
}
