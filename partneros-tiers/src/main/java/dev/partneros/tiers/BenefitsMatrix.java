package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.core.internal.ProblemCollector;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The benefits matrix of a program ({@code docs/rules/tiers.md#benefits-matrix}), read from the
 * program file's {@code benefits} section: the {@link TierBenefits} of every tier, with typed
 * lookups by tier.
 *
 * <p>Program-file form: one entry per tier of the ladder, keyed by the tier's name (see
 * {@link TierBenefits} for an entry):
 * <pre>{@code
 * benefits:
 *   REGISTERED: {commissionRate: "0.10", resaleMargin: "0.25", mdfAnnual: 0, mdfQuarterlyCap: 0, ...}
 *   SILVER: ...
 * }</pre>
 *
 * <p>Defaults ({@link #standard()}), {@code docs/rules/tiers.md#benefits-matrix}:
 * <table>
 *   <caption>Standard benefits</caption>
 *   <tr><th>benefit</th><th>Registered</th><th>Silver</th><th>Gold</th><th>Platinum</th></tr>
 *   <tr><td>commission rate</td><td>10 %</td><td>15 %</td><td>20 %</td><td>25 %</td></tr>
 *   <tr><td>resale margin</td><td>25 %</td><td>30 %</td><td>35 %</td><td>40 %</td></tr>
 *   <tr><td>MDF annual / quarterly cap</td><td>0 / 0</td><td>5,000 / 2,000</td><td>25,000 / 10,000</td>
 *       <td>100,000 / 35,000</td></tr>
 *   <tr><td>deal registration</td><td>no</td><td>yes</td><td>yes</td><td>priority</td></tr>
 *   <tr><td>partner manager</td><td>pooled</td><td>pooled</td><td>dedicated</td><td>senior</td></tr>
 *   <tr><td>support SLA</td><td>standard</td><td>24 h</td><td>4 h</td><td>1 h</td></tr>
 *   <tr><td>directory listing</td><td>none</td><td>basic</td><td>featured</td><td>spotlight</td></tr>
 *   <tr><td>executive access</td><td>none</td><td>none</td><td>quarterly</td><td>monthly</td></tr>
 *   <tr><td>early access</td><td>none</td><td>none</td><td>beta</td><td>alpha</td></tr>
 *   <tr><td>economics (revenue x margin / cost)</td><td>5,000 x 70 % / 500</td><td>50,000 x 65 % / 5,000</td>
 *       <td>200,000 x 60 % / 30,000</td><td>1,000,000 x 55 % / 150,000</td></tr>
 * </table>
 *
 * <p>Checked when built ({@link InvalidProgramException}): every tier of the ladder has an entry
 * ({@code benefits.GOLD must be present}), no entry names a tier off the ladder or a tier twice,
 * and every entry has every benefit.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBenefitsMatrix.class)
public abstract class BenefitsMatrix {

  private static final BenefitsMatrix STANDARD = standard(Currency.getInstance("USD"));

  BenefitsMatrix() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard benefits of {@code docs/rules/tiers.md#benefits-matrix} (amounts in USD).
   *
   * @return never null
   */
  public static BenefitsMatrix standard() {
    return STANDARD;
  }

  /**
   * Returns the standard benefits with the amounts in another currency (the numbers stay those of
   * {@code docs/rules/tiers.md#benefits-matrix}).
   *
   * @param currency the currency, not null
   * @return never null
   */
  public static BenefitsMatrix standard(Currency currency) {
    requireNonNull(currency, "currency");
    Map<Tier, TierBenefits> byTier = new LinkedHashMap<>();
    byTier.put(Tier.REGISTERED, row(currency, 10, 25, 0, 0, TierBenefits.DealRegistration.NO, TierBenefits.PartnerManager.POOLED,
        TierBenefits.SupportSla.standard(), TierBenefits.DirectoryListing.NONE, TierBenefits.ExecutiveAccess.NONE, TierBenefits.EarlyAccess.NONE, 5_000, 70, 500));
    byTier.put(Tier.SILVER, row(currency, 15, 30, 5_000, 2_000, TierBenefits.DealRegistration.YES, TierBenefits.PartnerManager.POOLED,
        TierBenefits.SupportSla.hours(24), TierBenefits.DirectoryListing.BASIC, TierBenefits.ExecutiveAccess.NONE, TierBenefits.EarlyAccess.NONE, 50_000, 65, 5_000));
    byTier.put(Tier.GOLD, row(currency, 20, 35, 25_000, 10_000, TierBenefits.DealRegistration.YES, TierBenefits.PartnerManager.DEDICATED,
        TierBenefits.SupportSla.hours(4), TierBenefits.DirectoryListing.FEATURED, TierBenefits.ExecutiveAccess.QUARTERLY, TierBenefits.EarlyAccess.BETA, 200_000, 60,
        30_000));
    byTier.put(Tier.PLATINUM, row(currency, 25, 40, 100_000, 35_000, TierBenefits.DealRegistration.PRIORITY,
        TierBenefits.PartnerManager.SENIOR, TierBenefits.SupportSla.hours(1), TierBenefits.DirectoryListing.SPOTLIGHT, TierBenefits.ExecutiveAccess.MONTHLY,
        TierBenefits.EarlyAccess.ALPHA, 1_000_000, 55, 150_000));
    return new Builder().byTier(byTier).build();
  }

  private static TierBenefits row(Currency currency, int commission, int margin, long mdf, long cap,
      TierBenefits.DealRegistration registration, TierBenefits.PartnerManager manager, TierBenefits.SupportSla sla, TierBenefits.DirectoryListing listing,
      TierBenefits.ExecutiveAccess executive, TierBenefits.EarlyAccess early, long revenue, int ourMargin, long cost) {
    return new TierBenefits.Builder().commissionRate(Rate.ofPercent(commission)).resaleMargin(Rate.ofPercent(margin))
        .mdfAnnualAllocation(Money.of(mdf, currency)).mdfQuarterlyCap(Money.of(cap, currency))
        .dealRegistration(registration).partnerManager(manager).supportSla(sla).directoryListing(listing)
        .executiveAccess(executive).earlyAccess(early)
        .economics(TierBenefits.Economics.of(Money.of(revenue, currency), Rate.ofPercent(ourMargin), Money.of(cost, currency)))
        .build();
  }

  /**
   * Reads the {@code benefits} section of a program document, or returns the standard benefits (in
   * the document's currency) when the section is absent.
   *
   * @param document the document, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of the section, with paths starting
   *     {@code benefits.}; or if the section is absent and the document's ladder is not the standard
   *     one
   */
  public static BenefitsMatrix from(ProgramDocument document) {
    requireNonNull(document, "document");
    Optional<BenefitsMatrix> read = document.readSection("benefits", BenefitsMatrix.class);
    if (read.isPresent()) {
      return read.get();
    }
    if (!document.ladder().equals(TierLadder.standard())) {
      ProblemCollector problems = new ProblemCollector();
      problems.check(false, FieldPath.root().field("benefits"), CoreProblemCode.MISSING,
          "be present when the ladder is not the standard one (every tier needs every benefit)", null);
      problems.throwIfErrors(InvalidProgramException::new);
    }
    return standard(document.currency());
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static BenefitsMatrix fromJson(@JacksonInject(useInput = OptBoolean.FALSE) TierLadder ladder,
      Map<String, TierBenefits> entries) {
    ProblemCollector problems = new ProblemCollector();
    Map<Tier, TierBenefits> byTier = new LinkedHashMap<>();
    if (problems.requirePresent(FieldPath.root(), entries)) {
      for (Map.Entry<String, TierBenefits> entry : entries.entrySet()) {
        FieldPath path = FieldPath.root().field(entry.getKey());
        Tier tier;
        try {
          tier = Tier.of(entry.getKey());
        } catch (InvalidFactsException e) {
          problems.check(false, path, CoreProblemCode.UNKNOWN_TIER, "be a tier name of the ladder " + ladder, entry.getKey());
          continue;
        }
        if (problems.requirePresent(path, entry.getValue())
            && problems.check(!byTier.containsKey(tier), path, CoreProblemCode.DUPLICATE, "name each tier once", entry.getKey())) {
          byTier.put(tier, entry.getValue());
        }
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
    return new Builder().ladder(ladder).byTier(byTier).build();
  }

  /**
   * Returns the ladder, from the document's header; the standard ladder by default.
   *
   * @return never null
   */
  @JsonIgnore
  @Value.Default
  public TierLadder ladder() {
    return TierLadder.standard();
  }

  /**
   * Returns the benefits of every tier, in the order written (the standard matrix: lowest first).
   *
   * @return never null, one entry per tier of the ladder
   */
  @JsonIgnore
  public abstract Map<Tier, TierBenefits> byTier();

  @JsonValue
  Map<Tier, TierBenefits> json() {
    return byTier();
  }

  /**
   * Returns the benefits of a tier.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public TierBenefits benefits(Tier tier) {
    requireNonNull(tier, "tier");
    TierBenefits benefits = byTier().get(tier);
    if (benefits == null) {
      ProblemCollector problems = new ProblemCollector();
      problems.check(false, FieldPath.root().field("tier"), CoreProblemCode.UNKNOWN_TIER, "be a tier of the ladder " + ladder(),
          tier);
      problems.throwIfErrors(InvalidFactsException::new);
    }
    return benefits;
  }

  /**
   * Returns a tier's commission rate.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public Rate commissionRate(Tier tier) {
    return benefits(tier).commissionRate();
  }

  /**
   * Returns a tier's resale margin.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public Rate resaleMargin(Tier tier) {
    return benefits(tier).resaleMargin();
  }

  /**
   * Returns a tier's annual MDF allocation.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public Money mdfAnnualAllocation(Tier tier) {
    return benefits(tier).mdfAnnualAllocation();
  }

  /**
   * Returns a tier's quarterly MDF cap.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public Money mdfQuarterlyCap(Tier tier) {
    return benefits(tier).mdfQuarterlyCap();
  }

  /**
   * Returns a tier's deal registration.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public TierBenefits.DealRegistration dealRegistration(Tier tier) {
    return benefits(tier).dealRegistration();
  }

  /**
   * Returns a tier's partner manager.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public TierBenefits.PartnerManager partnerManager(Tier tier) {
    return benefits(tier).partnerManager();
  }

  /**
   * Returns a tier's support SLA.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public TierBenefits.SupportSla supportSla(Tier tier) {
    return benefits(tier).supportSla();
  }

  /**
   * Returns a tier's directory listing.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public TierBenefits.DirectoryListing directoryListing(Tier tier) {
    return benefits(tier).directoryListing();
  }

  /**
   * Returns a tier's executive access.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public TierBenefits.ExecutiveAccess executiveAccess(Tier tier) {
    return benefits(tier).executiveAccess();
  }

  /**
   * Returns a tier's early access.
   *
   * @param tier a tier of the ladder, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public TierBenefits.EarlyAccess earlyAccess(Tier tier) {
    return benefits(tier).earlyAccess();
  }

  /**
   * Returns a tier's economics.
   *
   * @param tier a tier of the ladder, not null
   * @return the economics, or empty when the program states none for the tier
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public Optional<TierBenefits.Economics> economics(Tier tier) {
    return benefits(tier).economics();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    TierLadder ladder = ladder();
    for (Tier tier : byTier().keySet()) {
      problems.check(ladder.contains(tier), FieldPath.root().field(tier.name()), CoreProblemCode.UNKNOWN_TIER,
          "be a tier of the ladder " + ladder, tier);
    }
    List<String> currencies = new ArrayList<>();
    for (Tier tier : ladder.tiers()) {
      TierBenefits benefits = byTier().get(tier);
      if (problems.check(benefits != null, FieldPath.root().field(tier.name()), CoreProblemCode.MISSING,
          "be present: every tier of the ladder needs every benefit", null)) {
        String code = benefits.mdfAnnualAllocation().currency().getCurrencyCode();
        if (!currencies.contains(code)) {
          currencies.add(code);
        }
      }
    }
    problems.check(currencies.size() <= 1, FieldPath.root(), CoreProblemCode.CURRENCY_MISMATCH,
        "state every amount in one currency", currencies);
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link BenefitsMatrix}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableBenefitsMatrix.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
