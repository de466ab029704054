package dev.partneros.attribution.commission;

import dev.partneros.attribution.commission.CommissionFacts.PartnerAccount;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.Currency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
  /** The first version's first day. */
  private final LocalDate firstDay;
  /** The program's currency, shared by every version. */
  private final Currency currency;
  /** Per version: per partner type, by ordinal, its pricers ({@link TypePricers#NONE} without models). */
  private final List<List<TypePricers>> byVersion;

  /** One partner type's pricers under one version: one for every tier, or one for all. */
  static final class TypePricers {
    /** A partner type without models: its deals earn nothing. */
    static final TypePricers NONE = new TypePricers(null, List.of());

    /** The largest hash table tried for the ladder's tier names. */
    private static final int MOST_SLOTS = 64;

    /** The pricer when the models need no tier, else null. */
    private final DealPricer any;
    /** One per tier of the ladder (2 to 6), when the models need a tier (tier rate or resale margin). */
    private final List<DealPricer> byTier;
    /**
     * The same pricers by the tier name's hash ({@code hash & (size - 1)}), null in free slots; empty
     * when no table up to {@link #MOST_SLOTS} slots separates the names (then {@link #byTier} is scanned).
     */
    private final List<DealPricer> byHash;

    private TypePricers(DealPricer any, List<DealPricer> byTier) {
      this.any = any;
      this.byTier = byTier;
      this.byHash = hashTable(byTier);
    }

    /** The smallest power-of-two table in which every tier name has its own slot, or empty. */
    private static List<DealPricer> hashTable(List<DealPricer> pricers) {
      for (int size = 1; size <= MOST_SLOTS && !pricers.isEmpty(); size <<= 1) {
        DealPricer[] slots = new DealPricer[size];
        boolean separate = true;
        for (DealPricer pricer : pricers) {
          int slot = pricer.tierName().hashCode() & (size - 1);
          separate &= slots[slot] == null;
          slots[slot] = pricer;
        }
        if (separate) {
          return Collections.unmodifiableList(Arrays.asList(slots));
        }
      }
      return List.of();
    }

    /** The pricer of a tier name; null for none. */
    private DealPricer tier(String name) {
      if (!byHash.isEmpty()) {
        DealPricer pricer = byHash.get(name.hashCode() & (byHash.size() - 1));
        return pricer != null && pricer.tierName().equals(name) ? pricer : null;
      }
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
    this.firstDay = versions.get(0).effectiveFrom();
    this.currency = versions.get(0).currency();
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
    if (!currency.equals(deal.amount().currency()) || !currency.equals(partner.payoutCurrency())) {
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
    if (versions.size() == 1) {
      return date.isBefore(firstDay) ? -1 : 0;
    }
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
