package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The dated facts of one partner that its tier metrics are measured from
 * ({@code docs/rules/tiers.md#metrics}): deals, qualified referrals, certifications, survey
 * scores, joint case studies, joint business plans, other revenue and custom metric entries.
 * {@link TierQualifier#measure(TierFacts, LocalDate)} turns them into {@link TierMetrics} over the
 * rolling window ending on an as-of date, aggregated across all of the partner's products; a fact
 * dated after the as-of date is refused there, with its path ({@code deals[3].closedOn}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierFacts.class)
@JsonDeserialize(as = ImmutableTierFacts.class)
public abstract class TierFacts {

  TierFacts() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns facts with nothing in them.
   *
   * @return never null
   */
  public static TierFacts empty() {
    return builder().build();
  }

  /**
   * Returns the partner's deals.
   *
   * @return never null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<PartnerDeal> deals();

  /**
   * Returns the partner's qualified referrals.
   *
   * @return never null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Referral> referrals();

  /**
   * Returns the certifications of the partner's people.
   *
   * @return never null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Certification> certifications();

  /**
   * Returns the NPS and CSAT survey scores.
   *
   * @return never null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SurveyScore> surveys();

  /**
   * Returns the joint case studies.
   *
   * @return never null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<CaseStudy> caseStudies();

  /**
   * Returns the joint business plans.
   *
   * @return never null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<JointBusinessPlan> businessPlans();

  /**
   * Returns the revenue not tied to a listed deal.
   *
   * @return never null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<RevenueEntry> revenue();

  /**
   * Returns the custom metric entries.
   *
   * @return never null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<CustomMetricEntry> customMetrics();

  /**
   * Returns the facts as they were known on a day, for replaying a history: every fact dated after
   * the day is left out, and a deal registered by then but closed after it is still open (its
   * close date left out).
   *
   * @param day the day, not null
   * @return never null, with no date after {@code day} (expiry dates excepted)
   */
  public TierFacts knownOn(LocalDate day) {
    requireNonNull(day, "day");
    List<PartnerDeal> deals = new ArrayList<>();
    for (PartnerDeal deal : deals()) {
      boolean registered = deal.registeredOn().map(d -> !d.isAfter(day)).orElse(false);
      boolean closed = deal.closedOn().map(d -> !d.isAfter(day)).orElse(false);
      if (closed) {
        deals.add(deal);
      } else if (registered) {
        deals.add(PartnerDeal.builder().from(deal).closedOn(Optional.empty()).build());
      }
    }
    return builder()
        .deals(deals)
        .referrals(known(referrals(), r -> !r.qualifiedOn().isAfter(day)))
        .certifications(known(certifications(), c -> !c.earnedOn().isAfter(day)))
        .surveys(known(surveys(), s -> !s.date().isAfter(day)))
        .caseStudies(known(caseStudies(), c -> !c.publishedOn().isAfter(day)))
        .businessPlans(known(businessPlans(), p -> !p.approvedOn().isAfter(day)))
        .revenue(known(revenue(), r -> !r.bookedOn().isAfter(day)))
        .customMetrics(known(customMetrics(), c -> !c.date().isAfter(day)))
        .build();
  }

  /**
   * Returns the facts sorted by date, built on first use and kept with the facts, so that measuring
   * a window costs the facts inside it ({@link TierQualifier#measure(TierFacts, LocalDate)}).
   *
   * @return never null
   */
  @Value.Lazy
  FactIndex index() {
    return new FactIndex(this);
  }

  private static <T> List<T> known(List<T> facts, Predicate<T> known) {
    return facts.stream().filter(known).collect(Collectors.toList());
  }

  /** Builds {@link TierFacts}; every list is empty by default. Not thread-safe. */
  public static class Builder extends ImmutableTierFacts.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * A joint case study, as a tier fact ({@code docs/rules/tiers.md#metrics}): it counts in joint
   * case studies in the window of the day it was published.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCaseStudy.class)
  @JsonDeserialize(as = ImmutableCaseStudy.class)
  public abstract static class CaseStudy {

    CaseStudy() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a case study published on a day.
     *
     * @param publishedOn the day, not null
     * @return never null
     */
    public static CaseStudy publishedOn(LocalDate publishedOn) {
      return new Builder().publishedOn(publishedOn).build();
    }

    /**
     * Returns the day it was published.
     *
     * @return never null
     */
    public abstract LocalDate publishedOn();

    /**
     * Returns its title, for the caller's reference.
     *
     * @return the title, or empty
     */
    public abstract Optional<String> title();

    /** Builds a {@link CaseStudy}; {@code publishedOn} is mandatory. Not thread-safe. */
    public static class Builder extends ImmutableCaseStudy.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A certification held by one of the partner's people, as a tier fact
   * ({@code docs/rules/tiers.md#metrics}).
   *
   * <p>Decision: "certified people" is a head count on the as-of date, not a flow over the window: a
   * person counts once, however many certifications they hold, if at least one was earned on or
   * before the as-of date and is still valid on it ({@link #validUntil()} inclusive, or no expiry).
   *
   * <p>Checked when built ({@link InvalidFactsException}): the person not blank, the expiry not before
   * the day it was earned.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCertification.class)
  @JsonDeserialize(as = ImmutableCertification.class)
  public abstract static class Certification {

    Certification() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a certification without expiry.
     *
     * @param person who holds it, not blank
     * @param earnedOn the day it was earned, not null
     * @return never null
     * @throws InvalidFactsException if the person is blank
     */
    public static Certification of(String person, LocalDate earnedOn) {
      return new Builder().person(person).earnedOn(earnedOn).build();
    }

    /**
     * Returns who holds it (an id or name in the caller's records).
     *
     * @return never null, not blank
     */
    public abstract String person();

    /**
     * Returns the day it was earned.
     *
     * @return never null
     */
    public abstract LocalDate earnedOn();

    /**
     * Returns the last day it is valid.
     *
     * @return the day, or empty if it does not expire
     */
    public abstract Optional<LocalDate> validUntil();

    /**
     * Returns the name of the credential, for the caller's reference.
     *
     * @return the name, or empty
     */
    public abstract Optional<String> credential();

    /**
     * Tells whether it is valid on a day: earned on or before it and not expired.
     *
     * @param day the day, not null
     * @return true if valid
     */
    public boolean isValidOn(LocalDate day) {
      return !earnedOn().isAfter(day) && validUntil().map(until -> !until.isBefore(day)).orElse(true);
    }

    @Value.Check
    void check() {
      if (!person().isBlank() && validUntil().map(until -> !until.isBefore(earnedOn())).orElse(true)) {
        return;
      }
      ProblemCollector problems = new ProblemCollector();
      problems.requireNotBlank(FieldPath.root().field("person"), person());
      validUntil().ifPresent(until -> problems.check(!until.isBefore(earnedOn()), FieldPath.root().field("validUntil"),
          CoreProblemCode.BEFORE_START, "not be before the day it was earned " + earnedOn(), until));
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link Certification}; {@code person} and {@code earnedOn} are mandatory. Not thread-safe. */
    public static class Builder extends ImmutableCertification.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A dated value of a custom named metric, as a tier fact ({@code docs/rules/tiers.md#metrics}).
   *
   * <p>Decision: a custom metric's value is the sum of its entries dated within the window; with no
   * entry in the window it is not measured and meets no threshold. A metric that is a level rather
   * than a flow (say, live marketplace listings) is given as one entry dated on the as-of date.
   *
   * <p>Checked when built ({@link InvalidFactsException}): the name is a letter followed by letters,
   * digits, spaces, underscores or hyphens.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCustomMetricEntry.class)
  @JsonDeserialize(as = ImmutableCustomMetricEntry.class)
  public abstract static class CustomMetricEntry {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ -]{0,59}");

    CustomMetricEntry() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns an entry.
     *
     * @param name the metric's name, as in the criteria, not null
     * @param date the day of the value, not null
     * @param value the value, not null
     * @return never null
     * @throws InvalidFactsException if the name is not of the required form
     */
    public static CustomMetricEntry of(String name, LocalDate date, BigDecimal value) {
      return new Builder().name(name).date(date).value(value).build();
    }

    /**
     * Returns the metric's name.
     *
     * @return never null
     */
    public abstract String name();

    /**
     * Returns the day of the value.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns the value.
     *
     * @return never null
     */
    public abstract BigDecimal value();

    @Value.Check
    void check() {
      if (NAME.matcher(name()).matches()) {
        return;
      }
      ProblemCollector problems = new ProblemCollector();
      problems.check(NAME.matcher(name()).matches(), FieldPath.root().field("name"), CoreProblemCode.INVALID_NAME,
          "be a letter followed by letters, digits, spaces, underscores or hyphens (at most 60)", name());
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link CustomMetricEntry}; every attribute is mandatory. Not thread-safe. */
    public static class Builder extends ImmutableCustomMetricEntry.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A joint business plan approved with the partner, as a tier fact
   * ({@code docs/rules/tiers.md#metrics}).
   *
   * <p>Decision: the flag "approved joint business plan" holds on an as-of date when a plan was
   * approved on or before it and is in force on it: until its {@link #validUntil()} (inclusive) when
   * it has one, otherwise while its approval lies within the rolling window (plans are annual).
   *
   * <p>Checked when built ({@link InvalidFactsException}): the end not before the approval.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableJointBusinessPlan.class)
  @JsonDeserialize(as = ImmutableJointBusinessPlan.class)
  public abstract static class JointBusinessPlan {

    JointBusinessPlan() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a plan approved on a day, without an explicit end.
     *
     * @param approvedOn the day, not null
     * @return never null
     */
    public static JointBusinessPlan approvedOn(LocalDate approvedOn) {
      return new Builder().approvedOn(approvedOn).build();
    }

    /**
     * Returns the day the plan was approved.
     *
     * @return never null
     */
    public abstract LocalDate approvedOn();

    /**
     * Returns the last day the plan is in force.
     *
     * @return the day, or empty when it runs for the rolling window after its approval
     */
    public abstract Optional<LocalDate> validUntil();

    /**
     * Tells whether the plan is in force on a day.
     *
     * @param day the day, not null
     * @param window the rolling window ending on {@code day}, not null
     * @return true if in force
     */
    public boolean isInForce(LocalDate day, DateRange window) {
      if (approvedOn().isAfter(day)) {
        return false;
      }
      return validUntil().map(until -> !until.isBefore(day)).orElseGet(() -> window.contains(approvedOn()));
    }

    @Value.Check
    void check() {
      if (validUntil().map(until -> !until.isBefore(approvedOn())).orElse(true)) {
        return;
      }
      ProblemCollector problems = new ProblemCollector();
      validUntil().ifPresent(until -> problems.check(!until.isBefore(approvedOn()), FieldPath.root().field("validUntil"),
          CoreProblemCode.BEFORE_START, "not be before the approval " + approvedOn(), until));
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link JointBusinessPlan}; {@code approvedOn} is mandatory. Not thread-safe. */
    public static class Builder extends ImmutableJointBusinessPlan.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A deal of the partner, as a tier fact ({@code docs/rules/tiers.md#metrics}): its ARR, the
   * partner's role, the date it was registered and the date it closed (won), if it has. A deal
   * counts in deals registered in the window of its registration date, and in deals closed, sourced
   * or influenced ARR and total partner revenue in the window of its close date; its product is
   * informational (metrics are aggregated across all products).
   *
   * <p>Checked when built ({@link InvalidFactsException}): ARR not negative, id not blank, the close
   * date not before the registration date. That no date is after the as-of date is checked when the
   * facts are measured.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePartnerDeal.class)
  @JsonDeserialize(as = ImmutablePartnerDeal.class)
  public abstract static class PartnerDeal {

    PartnerDeal() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a deal that closed on a date, without a registration.
     *
     * @param id the deal's id, not blank
     * @param role the partner's role, not null
     * @param arr the deal's ARR, not null, not negative
     * @param closedOn the close date, not null
     * @return never null
     * @throws InvalidFactsException if the ARR is negative or the id blank
     */
    public static PartnerDeal closed(String id, DealRole role, Money arr, LocalDate closedOn) {
      return builder().id(id).role(role).arr(arr).closedOn(closedOn).build();
    }

    /**
     * Returns the deal's id in the caller's CRM.
     *
     * @return never null, not blank
     */
    public abstract String id();

    /**
     * Returns the partner's role in the deal.
     *
     * @return never null
     */
    public abstract DealRole role();

    /**
     * Returns the deal's annual recurring revenue, in the program's currency.
     *
     * @return never null, not negative
     */
    public abstract Money arr();

    /**
     * Returns the day the partner registered the deal.
     *
     * @return the date, or empty if it was never registered
     */
    public abstract Optional<LocalDate> registeredOn();

    /**
     * Returns the day the deal closed (won).
     *
     * @return the date, or empty while it is open
     */
    public abstract Optional<LocalDate> closedOn();

    /**
     * Returns the product sold, for the caller's reference.
     *
     * @return the product, or empty
     */
    public abstract Optional<String> product();

    @Value.Check
    void check() {
      boolean datesOk = registeredOn().isEmpty() || closedOn().isEmpty()
          || !closedOn().get().isBefore(registeredOn().get());
      if (!id().isBlank() && !arr().isNegative() && datesOk) {
        return;
      }
      ProblemCollector problems = new ProblemCollector();
      problems.requireNotBlank(FieldPath.root().field("id"), id());
      problems.requireNonNegative(FieldPath.root().field("arr"), arr());
      if (registeredOn().isPresent() && closedOn().isPresent()) {
        problems.check(!closedOn().get().isBefore(registeredOn().get()), FieldPath.root().field("closedOn"),
            CoreProblemCode.BEFORE_START, "not be before the registration date " + registeredOn().get(), closedOn().get());
      }
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link PartnerDeal}; {@code id}, {@code role} and {@code arr} are mandatory. Not thread-safe. */
    public static class Builder extends ImmutablePartnerDeal.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A qualified referral, as a tier fact ({@code docs/rules/tiers.md#metrics}): it counts in
   * qualified referrals in the window of the day it was qualified.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableReferral.class)
  @JsonDeserialize(as = ImmutableReferral.class)
  public abstract static class Referral {

    Referral() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a referral qualified on a day.
     *
     * @param qualifiedOn the day, not null
     * @return never null
     */
    public static Referral qualifiedOn(LocalDate qualifiedOn) {
      return new Builder().qualifiedOn(qualifiedOn).build();
    }

    /**
     * Returns the day the referral was qualified.
     *
     * @return never null
     */
    public abstract LocalDate qualifiedOn();

    /**
     * Returns the referral's id in the caller's CRM.
     *
     * @return the id, or empty
     */
    public abstract Optional<String> id();

    /** Builds a {@link Referral}; {@code qualifiedOn} is mandatory. Not thread-safe. */
    public static class Builder extends ImmutableReferral.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * Partner revenue not tied to a listed deal (resale, services, renewals), as a tier fact
   * ({@code docs/rules/tiers.md#metrics}).
   *
   * <p>Decision: total partner revenue is the ARR of every deal closed in the window, whatever the
   * partner's role, plus every revenue entry booked in the window. A caller that lists a deal must
   * not book the same revenue again as an entry.
   *
   * <p>Checked when built ({@link InvalidFactsException}): the amount not negative.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableRevenueEntry.class)
  @JsonDeserialize(as = ImmutableRevenueEntry.class)
  public abstract static class RevenueEntry {

    RevenueEntry() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns an entry.
     *
     * @param bookedOn the day it was booked, not null
     * @param amount the amount, not null, not negative, in the program's currency
     * @return never null
     * @throws InvalidFactsException if the amount is negative
     */
    public static RevenueEntry of(LocalDate bookedOn, Money amount) {
      return new Builder().bookedOn(bookedOn).amount(amount).build();
    }

    /**
     * Returns the day the revenue was booked.
     *
     * @return never null
     */
    public abstract LocalDate bookedOn();

    /**
     * Returns the amount.
     *
     * @return never null, not negative
     */
    public abstract Money amount();

    /**
     * Returns a description, for the caller's reference.
     *
     * @return the description, or empty
     */
    public abstract Optional<String> description();

    @Value.Check
    void check() {
      if (!amount().isNegative()) {
        return;
      }
      ProblemCollector problems = new ProblemCollector();
      problems.requireNonNegative(FieldPath.root().field("amount"), amount());
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link RevenueEntry}; {@code bookedOn} and {@code amount} are mandatory. Not thread-safe. */
    public static class Builder extends ImmutableRevenueEntry.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A survey result, as a tier fact ({@code docs/rules/tiers.md#metrics}): an NPS (-100 to 100) or
   * CSAT (0 to 100) score on a day.
   *
   * <p>Decision: the metric's value is the latest score dated within the window (of several on the
   * same day, the last listed); with none in the window the metric is not measured and meets no
   * threshold.
   *
   * <p>Checked when built ({@link InvalidFactsException}): the metric is NPS or CSAT and the score on
   * its scale.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableSurveyScore.class)
  @JsonDeserialize(as = ImmutableSurveyScore.class)
  public abstract static class SurveyScore {

    SurveyScore() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Returns a score.
     *
     * @param metric {@link Metric#NPS} or {@link Metric#CSAT}, not null
     * @param date the day of the survey, not null
     * @param score the score, not null, on the metric's scale
     * @return never null
     * @throws InvalidFactsException if the metric is not a score or the score is off its scale
     */
    public static SurveyScore of(Metric metric, LocalDate date, BigDecimal score) {
      return new Builder().metric(metric).date(date).score(score).build();
    }

    /**
     * Returns the metric surveyed.
     *
     * @return {@link Metric#NPS} or {@link Metric#CSAT}
     */
    public abstract Metric metric();

    /**
     * Returns the day of the survey.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns the score.
     *
     * @return never null, on the metric's scale
     */
    public abstract BigDecimal score();

    @Value.Check
    void check() {
      if (metric().kind() == Metric.Kind.SCORE && score().compareTo(metric().lowest()) >= 0
          && score().compareTo(metric().highest().get()) <= 0) {
        return;
      }
      ProblemCollector problems = new ProblemCollector();
      if (problems.check(metric().kind() == Metric.Kind.SCORE, FieldPath.root().field("metric"), CoreProblemCode.INVALID_VALUE,
          "be NPS or CSAT", metric())) {
        problems.requireInRange(FieldPath.root().field("score"), score(), metric().lowest(), metric().highest().get());
      }
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link SurveyScore}; every attribute is mandatory. Not thread-safe. */
    public static class Builder extends ImmutableSurveyScore.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
