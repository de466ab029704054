package dev.partneros.attribution;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.internal.Inputs;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.PartnerId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Credits an affiliate conversion to the affiliate with the last click within the referral window
 * before the conversion ({@code docs/rules/attribution.md#affiliate-referral-window}; the window is
 * {@link AttributionPolicy#affiliateWindowDays()}, 30 days by default, 60 and 90 common).
 *
 * <p>The conversion day is day 0; a click on day {@code window} before it is within the window
 * (day 30 in, day 31 out with the default), as is a click on the conversion day itself. A click
 * after the conversion day earns nothing. Among the clicks within the window the latest day wins;
 * clicks of different affiliates on that same day are ordered by affiliate id, the smallest
 * winning (dates have no time of day), and the explanation says so.
 *
 * <p>Self-referral: a click on the customer's own affiliate link
 * ({@link AffiliateConversion#customerAffiliateId()}) earns nothing and the result is
 * {@link AffiliateAttribution#selfReferral() flagged}. Decision: the self-referral click is set
 * aside and the last <em>other</em> click within the window is credited, if any. The blueprint
 * only says that the self-referral earns nothing; setting it aside keeps a genuine referrer's
 * credit and removes any incentive to click one's own link to void someone else's commission.
 *
 * <p>Stateless: every method is a pure function of its arguments and the policy. Immutable and
 * thread-safe.
 */
public final class AffiliateAttributor {

  /** The rule id of each click's step. */
  public static final String CLICK_RULE = "attribution.affiliate.click";
  /** The rule id of the result step. */
  public static final String CREDIT_RULE = "attribution.affiliate.credit";

  private static final Comparator<AffiliateConversion.Click> ORDER =
      Comparator.comparing(AffiliateConversion.Click::date).thenComparing(AffiliateConversion.Click::affiliate);

  private static final String T_CREDITED = "{affiliate} clicked {clicked}, {daysBeforeConversion} days before the "
      + "conversion (window {threshold}): the last click in the window -> {outcome}";
  private static final String T_AFTER = "{affiliate} clicked {clicked}, after the conversion -> {outcome}";
  private static final String T_OUTSIDE = "{affiliate} clicked {clicked}, {daysBeforeConversion} days before the "
      + "conversion: outside the window {threshold} -> {outcome}";
  private static final String T_SELF = "{affiliate} clicked {clicked}: the customer's own affiliate link, "
      + "self-referral earns nothing and is flagged -> {outcome}";
  private static final String T_SUPERSEDED = "{affiliate} clicked {clicked}: superseded by the click of {credited} on "
      + "{creditedOn} -> {outcome}";
  private static final String T_TIE = "{affiliate} clicked {clicked}, the same day as {credited}: equal dates are "
      + "broken by affiliate id, {credited} sorts first -> {outcome}";
  private static final String T_RESULT = "conversion {conversion} on {converted}: {inWindow} clicks in the window "
      + "{threshold}, self-referral {selfReferral}; credited {outcome}";

  private final AttributionPolicy policy;
  private final String windowText;

  private AffiliateAttributor(AttributionPolicy policy) {
    this.policy = policy;
    this.windowText = "<= " + policy.affiliateWindowDays() + " days";
  }

  /**
   * Creates an attributor for a policy.
   *
   * @param policy the attribution policy, not null
   * @return never null
   */
  public static AffiliateAttributor of(AttributionPolicy policy) {
    return new AffiliateAttributor(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the policy this attributor applies.
   *
   * @return never null
   */
  public AttributionPolicy policy() {
    return policy;
  }

  /**
   * Decides which affiliate, if any, earns a conversion.
   *
   * @param conversion the conversion and its clicks, not null
   * @return never null
   */
  public AffiliateAttribution attribute(AffiliateConversion conversion) {
    requireNonNull(conversion, "conversion");
    LocalDate converted = conversion.date();
    Optional<PartnerId> self = conversion.customerAffiliateId();
    List<AffiliateConversion.Click> sorted = new ArrayList<>(conversion.clicks());
    sorted.sort(ORDER);
    int window = policy.affiliateWindowDays();

    AffiliateConversion.Click credited = null;
    int creditedIndex = -1;
    int inWindow = 0;
    for (int i = 0; i < sorted.size(); i++) {
      AffiliateConversion.Click click = sorted.get(i);
      long days = ChronoUnit.DAYS.between(click.date(), converted);
      if (days >= 0 && days <= window && !isSelf(click, self)) {
        inWindow++;
        if (credited == null || click.date().isAfter(credited.date())) {
          credited = click;
          creditedIndex = i;
        }
      }
    }
    boolean flagged = false;
    List<AffiliateAttribution.ClickOutcome> outcomes = new ArrayList<>(sorted.size());
    List<ExplanationStep> steps = new ArrayList<>(sorted.size() + 1);
    for (int i = 0; i < sorted.size(); i++) {
      AffiliateConversion.Click click = sorted.get(i);
      long days = ChronoUnit.DAYS.between(click.date(), converted);
      AffiliateAttribution.ClickStatus status;
      if (days < 0) {
        status = AffiliateAttribution.ClickStatus.AFTER_CONVERSION;
      } else if (days > window) {
        status = AffiliateAttribution.ClickStatus.OUTSIDE_WINDOW;
      } else if (isSelf(click, self)) {
        status = AffiliateAttribution.ClickStatus.SELF_REFERRAL;
        flagged = true;
      } else if (i == creditedIndex) {
        status = AffiliateAttribution.ClickStatus.CREDITED;
      } else if (click.date().equals(credited.date()) && !click.affiliate().equals(credited.affiliate())) {
        status = AffiliateAttribution.ClickStatus.TIE_BROKEN_BY_PARTNER_ID;
      } else {
        status = AffiliateAttribution.ClickStatus.SUPERSEDED;
      }
      outcomes.add(new AffiliateAttribution.ClickOutcome.Builder().click(click).status(status)
          .daysBeforeConversion(days).build());
      steps.add(step(click, status, days, credited));
    }
    steps.add(ExplanationStep.builder()
        .rule(CREDIT_RULE)
        .section(Inputs.SECTION)
        .putInputs("conversion", conversion.id())
        .putInputs("converted", converted.toString())
        .putInputs("inWindow", Integer.toString(inWindow))
        .putInputs("selfReferral", flagged ? "flagged" : "no")
        .threshold(windowText)
        .outcome(credited == null ? "nobody" : credited.affiliate().value() + " (" + credited.date() + ")")
        .template(T_RESULT)
        .build());
    return new AffiliateAttribution.Builder()
        .conversionId(conversion.id())
        .creditedClick(Optional.ofNullable(credited))
        .selfReferral(flagged)
        .clicks(outcomes)
        .explanation(Explanation.builder()
            .subject("affiliate credit of conversion " + conversion.id())
            .asOf(converted)
            .steps(steps)
            .build())
        .build();
  }

  private static boolean isSelf(AffiliateConversion.Click click, Optional<PartnerId> self) {
    return self.isPresent() && self.get().equals(click.affiliate());
  }

  private ExplanationStep step(AffiliateConversion.Click click, AffiliateAttribution.ClickStatus status, long days,
      AffiliateConversion.Click credited) {
    ExplanationStep.Builder step = ExplanationStep.builder()
        .rule(CLICK_RULE)
        .section(Inputs.SECTION)
        .putInputs("affiliate", click.affiliate().value())
        .putInputs("clicked", click.date().toString())
        .putInputs("daysBeforeConversion", Long.toString(days))
        .threshold(windowText)
        .outcome(status.name());
    switch (status) {
      case CREDITED:
        return step.template(T_CREDITED).build();
      case AFTER_CONVERSION:
        return step.template(T_AFTER).build();
      case OUTSIDE_WINDOW:
        return step.template(T_OUTSIDE).build();
      case SELF_REFERRAL:
        return step.template(T_SELF).build();
      case TIE_BROKEN_BY_PARTNER_ID:
        return step.putInputs("credited", credited.affiliate().value()).template(T_TIE).build();
      default:
        return step.putInputs("credited", credited.affiliate().value())
            .putInputs("creditedOn", credited.date().toString())
            .template(T_SUPERSEDED).build();
    }
  }

  @Override
  public String toString() {
    return "AffiliateAttributor[affiliateWindowDays=" + policy.affiliateWindowDays() + "]";
  }
}
