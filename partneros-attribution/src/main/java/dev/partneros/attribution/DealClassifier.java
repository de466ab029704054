package dev.partneros.attribution;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.internal.Inputs;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classifies a deal for a partner as {@link AttributionType#PARTNER_SOURCED},
 * {@link AttributionType#PARTNER_INFLUENCED} or {@link AttributionType#NOT_ATTRIBUTED}
 * ({@code docs/rules/attribution.md#classification}), evaluating every criterion and naming each
 * one, met or missed, in the result's explanation.
 *
 * <p>Only what the partner did on or before the close date counts (a touch <em>on</em> the close
 * date counts; one the day after does not). For an open deal nothing is cut off and the result is
 * {@link DealAttribution#provisional() provisional}. The criteria, in order:
 * <ol>
 *   <li>Sourced, all three needed:
 *     <ol>
 *       <li>the lead came through the partner's channel: a counted touch of the partner flagged
 *           {@link Deal.PartnerTouch#channelLead()};</li>
 *       <li>the deal was registered within {@link AttributionPolicy#registrationWindowDays()} (7)
 *           days of {@link Deal#firstContactDate() first contact}: the partner's earliest counted
 *           {@link Deal.Registration} is at most 7 days after it (day 7 in, day 8 out; a registration
 *           before first contact is within the window);</li>
 *       <li>no direct-sales engagement before that registration: the deal's earliest
 *           {@link Deal.DirectEngagement} is not dated strictly before the registration day. Decision:
 *           an engagement on the <em>same day</em> as the registration is not before it (dates
 *           have no time of day; the registration protects the partner from its first day, and
 *           the partner keeps the benefit of the doubt). Missed when there is no registration.</li>
 *     </ol></li>
 *   <li>Influenced, when not sourced, all three needed:
 *     <ol>
 *       <li>partner activity is documented on the deal: a counted touch flagged
 *           {@link Deal.PartnerTouch#documented()} that is not a {@link TouchKind#MENTION};</li>
 *       <li>the partner took part in the sales process before close: a counted touch of a
 *           {@link TouchKind#isSalesProcess() sales-process kind}, or a counted registration;</li>
 *       <li>the deal is {@link Deal#dependentOn() marked as dependent} on the partner.</li>
 *     </ol></li>
 *   <li>Otherwise not attributed, with the first {@link DealAttribution.NotAttributedReason} that applies.</li>
 * </ol>
 * The credit factor is the policy's {@link AttributionPolicy#creditFactor(AttributionType)}: 100 %
 * sourced, 50 % influenced, 0 otherwise. Registration conflicts between partners are not resolved
 * here: the classification of each partner reads only that partner's registrations (use a
 * {@link RegistrationResolver} to decide which partner's registration holds). A registration made
 * before the deal was created counts when its protection reaches the created date; one that expired
 * before it never counts, as if it had not been made, and the explanation says so
 * ({@code docs/rules/attribution.md#registration-before-the-deal-was-created}).
 *
 * <p>Stateless: every method is a pure function of its arguments and the policy. Immutable and
 * thread-safe.
 */
public final class DealClassifier {

  /** The rule id of the classification step. */
  public static final String CLASSIFICATION_RULE = "attribution.classification";
  /** The rule id of the step counting what was ignored after close. */
  public static final String AFTER_CLOSE_RULE = "attribution.after_close_ignored";

  private static final String T_AFTER_CLOSE =
      "{partner}: touches and registrations after the close date {closed} never count -> {outcome}";
  private static final String T_EXPIRED_BEFORE_CREATED = " ({expiredBeforeCreated} registrations expired before"
      + " the deal was created on {created} and never count)";
  private static final String T_OPEN =
      "{partner}: the deal is open ({closed}), nothing is cut off and the classification is provisional -> {outcome}";
  private static final String T_CHANNEL =
      "{partner}: lead through the partner channel (first channel-lead touch: {channelLeadTouch}) -> {outcome}";
  private static final String T_WINDOW = "{partner}: registered {registered}, {daysAfterFirstContact} days after "
      + "first contact {firstContact}; window {threshold} -> {outcome}";
  private static final String T_DIRECT = "{partner}: registered {registered}; direct pipeline since "
      + "{directPipelineSince}; needs {threshold} -> {outcome}";
  private static final String T_DOCUMENTED = "{partner}: {documentedActivities} documented partner activities up to "
      + "close; needs {threshold} -> {outcome}";
  private static final String T_TOOK_PART = "{partner}: {salesProcessActivities} sales-process touches or "
      + "registrations up to close; needs {threshold} -> {outcome}";
  private static final String T_DEPENDENT = "{partner}: deal marked as dependent on the partner: {markedDependent} "
      + "-> {outcome}";
  private static final String T_ATTRIBUTED = "{partner} on deal {deal}: {outcome} (sourced criteria "
      + "{sourcedCriteria}, influenced criteria {influencedCriteria}), credit factor {creditFactor}";
  private static final String T_NOT_ATTRIBUTED = "{partner} on deal {deal}: {outcome}, {reason} (sourced criteria "
      + "{sourcedCriteria}, influenced criteria {influencedCriteria}), credit factor {creditFactor}";

  private static final String NONE = "none";

  private final AttributionPolicy policy;
  private final String windowThreshold;

  private DealClassifier(AttributionPolicy policy) {
    this.policy = policy;
    this.windowThreshold = "<= " + policy.registrationWindowDays() + " days";
  }

  /**
   * Creates a classifier for a policy.
   *
   * @param policy the attribution policy, not null
   * @return never null
   */
  public static DealClassifier of(AttributionPolicy policy) {
    return new DealClassifier(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the policy this classifier applies.
   *
   * @return never null
   */
  public AttributionPolicy policy() {
    return policy;
  }

  /**
   * Classifies a deal for one partner.
   *
   * @param deal the deal, not null
   * @param partner the partner, not null (a partner absent from the deal is not attributed, with
   *     reason {@link DealAttribution.NotAttributedReason#NO_PARTNER_ACTIVITY})
   * @return never null
   */
  public DealAttribution classify(Deal deal, PartnerId partner) {
    requireNonNull(deal, "deal");
    requireNonNull(partner, "partner");
    String partnerText = partner.value();

    int touches = 0;
    int ignored = 0;
    int nonMentions = 0;
    int documented = 0;
    int salesProcess = 0;
    LocalDate channelLead = null;
    LocalDate firstCounted = null;
    for (Deal.PartnerTouch touch : deal.touches()) {
      if (!touch.partner().equals(partner)) {
        continue;
      }
      touches++;
      LocalDate date = touch.date();
      if (!deal.countsOn(date)) {
        ignored++;
        continue;
      }
      TouchKind kind = touch.kind();
      if (kind.isActivity()) {
        nonMentions++;
      }
      if (kind.isSalesProcess()) {
        salesProcess++;
      }
      if (touch.documented() && kind.isActivity()) {
        documented++;
      }
      if (touch.channelLead() && (channelLead == null || date.isBefore(channelLead))) {
        channelLead = date;
      }
      if (firstCounted == null || date.isBefore(firstCounted)) {
        firstCounted = date;
      }
    }
    int registrations = 0;
    int expiredBeforeCreated = 0;
    int countedRegistrations = 0;
    LocalDate registered = null;
    for (Deal.Registration registration : deal.registrations()) {
      if (!registration.partner().equals(partner)) {
        continue;
      }
      LocalDate date = registration.date();
      LocalDate protectedThrough = date.plusDays(registration.protectionDays().orElse(policy.protectionDays()));
      if (protectedThrough.isBefore(deal.created())) {
        expiredBeforeCreated++; // docs/rules/attribution.md#registration-before-the-deal-was-created
        continue;
      }
      registrations++;
      if (!deal.countsOn(date)) {
        ignored++;
        continue;
      }
      countedRegistrations++;
      if (registered == null || date.isBefore(registered)) {
        registered = date;
      }
    }
    if (registered != null && (firstCounted == null || registered.isBefore(firstCounted))) {
      firstCounted = registered;
    }

    LocalDate firstContact = deal.firstContactDate();
    Optional<LocalDate> direct = deal.directPipelineSince();
    boolean viaChannel = channelLead != null;
    long days = registered == null ? 0 : ChronoUnit.DAYS.between(firstContact, registered);
    boolean inWindow = registered != null && days <= policy.registrationWindowDays();
    boolean noDirectBefore = registered != null && (direct.isEmpty() || !direct.get().isBefore(registered));
    boolean isDocumented = documented > 0;
    boolean tookPart = salesProcess + countedRegistrations > 0;
    boolean dependent = deal.dependentOn().contains(partner);

    AttributionType type;
    DealAttribution.NotAttributedReason reason = null;
    if (viaChannel && inWindow && noDirectBefore) {
      type = AttributionType.PARTNER_SOURCED;
    } else if (isDocumented && tookPart && dependent) {
      type = AttributionType.PARTNER_INFLUENCED;
    } else {
      type = AttributionType.NOT_ATTRIBUTED;
      if (touches == 0 && registrations == 0) {
        reason = DealAttribution.NotAttributedReason.NO_PARTNER_ACTIVITY;
      } else if (firstCounted == null) {
        reason = DealAttribution.NotAttributedReason.ONLY_AFTER_CLOSE;
      } else if (nonMentions == 0 && countedRegistrations == 0) {
        reason = DealAttribution.NotAttributedReason.ONLY_MENTIONED;
      } else if (direct.isPresent() && direct.get().isBefore(firstCounted)) {
        reason = DealAttribution.NotAttributedReason.ALREADY_IN_DIRECT_PIPELINE;
      } else {
        reason = DealAttribution.NotAttributedReason.CRITERIA_NOT_MET;
      }
    }
    Rate factor = policy.creditFactor(type);

    String registeredText = registered == null ? NONE : registered.toString();
    List<ExplanationStep> steps = new ArrayList<>(8);
    boolean open = deal.closed().isEmpty();
    ExplanationStep.Builder cutOff = step(AFTER_CLOSE_RULE, partnerText, open ? "provisional" : ignored + " ignored")
        .putInputs("closed", Inputs.date(deal.closed(), "open"))
        .putInputs("ignored", Integer.toString(ignored));
    String cutOffTemplate = open ? T_OPEN : T_AFTER_CLOSE;
    if (expiredBeforeCreated > 0) {
      cutOff.putInputs("expiredBeforeCreated", Integer.toString(expiredBeforeCreated))
          .putInputs("created", deal.created().toString());
      cutOffTemplate = cutOffTemplate.replace(" -> {outcome}", T_EXPIRED_BEFORE_CREATED + " -> {outcome}");
    }
    steps.add(cutOff.template(cutOffTemplate).build());
    steps.add(step(DealAttribution.Criterion.LEAD_THROUGH_PARTNER_CHANNEL.ruleId(), partnerText, Inputs.outcome(viaChannel))
        .putInputs("channelLeadTouch", channelLead == null ? NONE : channelLead.toString())
        .threshold("a touch flagged channelLead, on or before close")
        .template(T_CHANNEL)
        .build());
    steps.add(step(DealAttribution.Criterion.REGISTERED_WITHIN_WINDOW.ruleId(), partnerText, Inputs.outcome(inWindow))
        .putInputs("firstContact", firstContact.toString())
        .putInputs("registered", registeredText)
        .putInputs("daysAfterFirstContact", registered == null ? "n/a" : Long.toString(days))
        .threshold(windowThreshold)
        .template(T_WINDOW)
        .build());
    steps.add(step(DealAttribution.Criterion.NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION.ruleId(), partnerText,
        Inputs.outcome(noDirectBefore))
        .putInputs("registered", registeredText)
        .putInputs("directPipelineSince", Inputs.date(direct, "never"))
        .threshold("a registration and no direct engagement before its day (the same day is not before)")
        .template(T_DIRECT)
        .build());
    steps.add(step(DealAttribution.Criterion.DOCUMENTED_PARTNER_ACTIVITY.ruleId(), partnerText,
        Inputs.outcome(isDocumented))
        .putInputs("documentedActivities", Integer.toString(documented))
        .threshold(">= 1 documented touch that is not a mention")
        .template(T_DOCUMENTED)
        .build());
    steps.add(step(DealAttribution.Criterion.TOOK_PART_BEFORE_CLOSE.ruleId(), partnerText, Inputs.outcome(tookPart))
        .putInputs("salesProcessActivities", Integer.toString(salesProcess + countedRegistrations))
        .threshold(">= 1 on or before the close date")
        .template(T_TOOK_PART)
        .build());
    steps.add(step(DealAttribution.Criterion.MARKED_DEPENDENT_ON_PARTNER.ruleId(), partnerText, Inputs.outcome(dependent))
        .putInputs("markedDependent", dependent ? "yes" : "no")
        .template(T_DEPENDENT)
        .build());
    ExplanationStep.Builder summary = step(CLASSIFICATION_RULE, partnerText, type.name())
        .putInputs("deal", deal.id())
        .putInputs("sourcedCriteria", count(viaChannel, inWindow, noDirectBefore))
        .putInputs("influencedCriteria", count(isDocumented, tookPart, dependent))
        .putInputs("creditFactor", factor.toString());
    if (reason != null) {
      summary.putInputs("reason", reason.name()).template(T_NOT_ATTRIBUTED);
    } else {
      summary.template(T_ATTRIBUTED);
    }
    steps.add(summary.build());

    Explanation explanation = Explanation.builder()
        .subject("attribution of deal " + deal.id() + " to " + partnerText)
        .asOf(deal.closed())
        .steps(steps)
        .build();
    DealAttribution.Builder result = new DealAttribution.Builder()
        .dealId(deal.id())
        .partner(partner)
        .type(type)
        .creditFactor(factor)
        .putCriteria(DealAttribution.Criterion.LEAD_THROUGH_PARTNER_CHANNEL, viaChannel)
        .putCriteria(DealAttribution.Criterion.REGISTERED_WITHIN_WINDOW, inWindow)
        .putCriteria(DealAttribution.Criterion.NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION, noDirectBefore)
        .putCriteria(DealAttribution.Criterion.DOCUMENTED_PARTNER_ACTIVITY, isDocumented)
        .putCriteria(DealAttribution.Criterion.TOOK_PART_BEFORE_CLOSE, tookPart)
        .putCriteria(DealAttribution.Criterion.MARKED_DEPENDENT_ON_PARTNER, dependent)
        .ignoredAfterClose(ignored)
        .provisional(open)
        .explanation(explanation);
    if (reason != null) {
      result.notAttributedReason(reason);
    }
    return result.build();
  }

  /**
   * Classifies a deal for every partner named on it ({@link Deal#partners()}), in partner-id order.
   *
   * @param deal the deal, not null
   * @return one classification per partner, never null
   */
  public List<DealAttribution> classifyAll(Deal deal) {
    requireNonNull(deal, "deal");
    List<DealAttribution> all = new ArrayList<>();
    for (PartnerId partner : deal.partners()) {
      all.add(classify(deal, partner));
    }
    return List.copyOf(all);
  }

  private static ExplanationStep.Builder step(String rule, String partner, String outcome) {
    return ExplanationStep.builder().rule(rule).section(Inputs.SECTION).outcome(outcome).putInputs("partner", partner);
  }

  private static String count(boolean a, boolean b, boolean c) {
    int met = (a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0);
    return met + "/3 met";
  }

  @Override
  public String toString() {
    return "DealClassifier[registrationWindowDays=" + policy.registrationWindowDays() + ", sourced="
        + policy.sourcedCreditFactor() + ", influenced=" + policy.influencedCreditFactor() + "]";
  }
}
