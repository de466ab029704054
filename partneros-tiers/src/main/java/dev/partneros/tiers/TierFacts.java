package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
}
