package dev.partneros.attribution.commission;

import dev.partneros.attribution.commission.CommissionFacts.PartnerAccount;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The {@link DealPricer}s of a calculator, one per program version, partner type and (for models
 * that need one) tier, prepared when the calculator is built
 * ({@code docs/rules/commission.md#deciding-a-deal-only}). {@link #price} finds the version in force
 * at the deal's signature date, then the pricer in one flat table: per version and partner type a
 * block of {@link #slots} entries indexed by the hash of the deal's tier name (every tier of every
 * ladder in a slot of its own; a partner type whose models need no tier has its pricer in every
 * slot of its block, one without models a marker that earns nothing, a free slot a marker that is
 * never fast).
 *
 * <p>Immutable and thread-safe.
 */
final class DealPricers {

  /** The largest block tried for separating the ladders' tier names. */
  private static final int MOST_SLOTS = 64;
  private static final DealPricer NOTHING = DealPricer.marker(true);
  private static final DealPricer NO_TIER = DealPricer.marker(false);
  /** What {@link #find} returns for a deal out of the pricers' scope (a date, a currency). */
  static final DealPricer NOT_COVERED = DealPricer.marker(false);

  /** The versions, earliest first, as the calculator holds them. */
  private final List<CommissionTerms> versions;
  /** The first version's first day. */
  private final LocalDate firstDay;
  /** The program's currency, shared by every version. */
  private final Currency currency;
  /** The number of partner types: the blocks per version. */
  private final int types;
  /** Slots per version and partner type: a power of two, or 0 when no block separates the tier names. */
  private final int slots;
  /** The pricers, at {@code ((version x types) + type) x slots + (tier name hash & (slots - 1))}. */
  private final List<DealPricer> table;

  private DealPricers(List<CommissionTerms> versions, int slots, List<DealPricer> table) {
    this.versions = versions;
    this.firstDay = versions.get(0).effectiveFrom();
    this.currency = versions.get(0).currency();
    this.types = PartnerType.values().length;
    this.slots = slots;
    this.table = table;
  }

  /**
   * Prepares the pricers of every version, partner type and tier.
   *
   * @param versions the versions, earliest first
   * @return never null
   */
  static DealPricers of(List<CommissionTerms> versions) {
    int slots = slots(versions);
    List<DealPricer> table = new ArrayList<>();
    for (CommissionTerms terms : versions) {
      for (PartnerType type : PartnerType.values()) {
        CommissionPlan.Models models = terms.plan().models().get(type);
        if (models == null || !models.needsTier()) {
          DealPricer pricer = models == null ? NOTHING : DealPricer.of(terms, models, null);
          for (int slot = 0; slot < slots; slot++) {
            table.add(pricer);
          }
          continue;
        }
        List<DealPricer> block = new ArrayList<>(slots);
        for (int slot = 0; slot < slots; slot++) {
          block.add(NO_TIER);
        }
        for (Tier tier : terms.benefits().ladder().tiers()) {
          if (terms.benefits().byTier().containsKey(tier)) {
            block.set(tier.name().hashCode() & (slots - 1), DealPricer.of(terms, models, tier));
          }
        }
        table.addAll(block);
      }
    }
    return new DealPricers(versions, slots, List.copyOf(table));
  }

  /** The smallest power of two whose slots separate the tier names of every version's ladder; 0 if none up to 64. */
  private static int slots(List<CommissionTerms> versions) {
    for (int size = 1; size <= MOST_SLOTS; size <<= 1) {
      boolean separate = true;
      for (CommissionTerms terms : versions) {
        boolean[] taken = new boolean[size];
        for (Tier tier : terms.benefits().ladder().tiers()) {
          int slot = tier.name().hashCode() & (size - 1);
          separate &= !taken[slot];
          taken[slot] = true;
        }
      }
      if (separate) {
        return size;
      }
    }
    return 0;
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
    DealPricer pricer = find(partner, deal);
    if (pricer == NOT_COVERED) {
      return RoundedProduct.OVERFLOW;
    }
    if (pricer.earnsNothing() || deal.attribution().creditFactor().isZero()) {
      return 0;
    }
    if (!covers(pricer, deal)) {
      return RoundedProduct.OVERFLOW;
    }
    return pricer.price(deal, before);
  }

  /**
   * Returns the pricer a deal is found by: the one of the version in force at the signature date,
   * the partner type and the slot of the deal's tier name (possibly a marker, or the pricer of
   * another tier: see {@link #covers}), when the deal and the payout are in the program's currency;
   * else {@link #NOT_COVERED}. The deals of a partner type without models
   * ({@link DealPricer#earnsNothing()}) and deals not attributed (credit factor 0) earn nothing.
   *
   * @param partner the partner's account
   * @param deal the deal, of that partner
   * @return never null; {@link #NOT_COVERED} when the whole calculation must decide (or refuse)
   */
  DealPricer find(PartnerAccount partner, CommissionDeal deal) {
    int version = versionAt(deal.signed());
    if (version < 0 || slots == 0) {
      return NOT_COVERED;
    }
    if (!currency.equals(deal.amount().currency()) || !currency.equals(partner.payoutCurrency())) {
      return NOT_COVERED;
    }
    String tierName = deal.tierName();
    int block = version * types + partner.type().ordinal();
    return table.get(block * slots + (tierName.hashCode() & (slots - 1)));
  }

  /**
   * Tells whether a pricer {@link #find found} for an attributed deal prices it alone: it is
   * {@link DealPricer#fast()} and, when its models need a tier, of the deal's tier.
   *
   * @param pricer the pricer found, not {@link #NOT_COVERED}
   * @param deal the deal
   * @return false when the whole calculation must decide (or refuse)
   */
  static boolean covers(DealPricer pricer, CommissionDeal deal) {
    return pricer.fast() && (!pricer.needsTier() || pricer.tierName().equals(deal.tierName()));
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
