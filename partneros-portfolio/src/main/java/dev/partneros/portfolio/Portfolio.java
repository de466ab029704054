package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Tier;
import dev.partneros.core.YearQuarter;
import dev.partneros.scoring.health.HealthFacts;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A partner portfolio as read from its input files (one JSON document or a folder of CSV files,
 * see {@link PortfolioTable}): the partners and every dated fact about them. Each row keeps its
 * {@link Source} so that a problem found while evaluating points at the file and line.
 *
 * <p>Rows are already checked one by one and against each other by {@link PortfolioReader}: types,
 * known partner and deal ids, dates in order. Amounts are in the program's currency.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partners the partners and prospects ({@code partners})
 * @param metrics the quarterly metrics ({@code metrics})
 * @param certifications the certifications of partners' people ({@code certifications})
 * @param deals the deals ({@code deals})
 * @param touches the partner touches on deals ({@code touches})
 * @param registrations the deal registrations ({@code registrations})
 * @param payments the customer payments on won deals ({@code payments})
 * @param cancellations the cancellations, refunds and downgrades of won deals ({@code cancellations})
 * @param mdfRequests the MDF requests ({@code mdf-requests})
 * @param ratings the 4C and IPP ratings ({@code ratings})
 * @param checklist the program's completed maturity checklist items ({@code checklist})
 * @param fxRates the FX rates that settle payouts in other currencies ({@code fx-rates})
 */
public record Portfolio(List<PartnerRow> partners, List<MetricsRow> metrics, List<CertificationRow> certifications,
    List<DealRow> deals, List<TouchRow> touches, List<RegistrationRow> registrations, List<PaymentRow> payments,
    List<CancellationRow> cancellations, List<MdfRequestRow> mdfRequests, List<RatingRow> ratings,
    List<ChecklistRow> checklist, List<FxRateRow> fxRates) {

  /**
   * Copies the lists.
   *
   * @param partners not null
   * @param metrics not null
   * @param certifications not null
   * @param deals not null
   * @param touches not null
   * @param registrations not null
   * @param payments not null
   * @param cancellations not null
   * @param mdfRequests not null
   * @param ratings not null
   * @param checklist not null
   * @param fxRates not null
   */
  public Portfolio {
    partners = List.copyOf(partners);
    metrics = List.copyOf(metrics);
    certifications = List.copyOf(certifications);
    deals = List.copyOf(deals);
    touches = List.copyOf(touches);
    registrations = List.copyOf(registrations);
    payments = List.copyOf(payments);
    cancellations = List.copyOf(cancellations);
    mdfRequests = List.copyOf(mdfRequests);
    ratings = List.copyOf(ratings);
    checklist = List.copyOf(checklist);
    fxRates = List.copyOf(fxRates);
  }

  /**
   * Returns a partner by id.
   *
   * @param id the id's text, not null
   * @return the partner, or empty
   */
  public Optional<PartnerRow> partner(String id) {
    requireNonNull(id, "id");
    return partners.stream().filter(p -> p.id().value().equals(id)).findFirst();
  }

  /**
   * Returns the earliest date of any row (a join, a tier's start, a deal's creation, a quarter's
   * first day, a certification...), the day from which a program must be in force to evaluate
   * everything.
   *
   * @return the date, or empty for a portfolio without dates
   */
  public Optional<LocalDate> earliestDate() {
    List<LocalDate> dates = new java.util.ArrayList<>();
    partners.stream().filter(PartnerRow::isActive).forEach(p -> {
      p.joined().ifPresent(dates::add);
      dates.add(p.tierSince());
    });
    metrics.forEach(m -> dates.add(m.quarter().firstDay()));
    certifications.forEach(c -> dates.add(c.earnedOn()));
    deals.forEach(d -> dates.add(d.created()));
    mdfRequests.forEach(r -> dates.add(r.submitted()));
    return dates.stream().min(LocalDate::compareTo);
  }

  /**
   * Returns a copy with the partners replaced (for what-if and tests).
   *
   * @param newPartners the partners, not null
   * @return never null
   */
  public Portfolio withPartners(List<PartnerRow> newPartners) {
    return new Portfolio(newPartners, metrics, certifications, deals, touches, registrations, payments,
        cancellations, mdfRequests, ratings, checklist, fxRates);
  }

  /**
   * Returns a one-line count of the rows, such as {@code 50 partners, 392 metrics rows, ...}.
   *
   * @return never null
   */
  public String summary() {
    long prospects = partners.stream().filter(p -> p.stage() == PartnerStage.PROSPECT).count();
    return partners.size() + " partners (" + prospects + " prospects), " + metrics.size() + " quarterly metrics, "
        + certifications.size() + " certifications, " + deals.size() + " deals, " + touches.size() + " touches, "
        + registrations.size() + " registrations, " + payments.size() + " payments, " + cancellations.size()
        + " cancellations, " + mdfRequests.size() + " MDF requests, " + ratings.size() + " ratings, "
        + checklist.size() + " checklist items, " + fxRates.size() + " FX rates";
  }

  /**
   * A partner or prospect. A partner without {@code tier} starts on the ladder's lowest tier; without
   * {@code tierSince} it has held it since it joined.
   *
   * @param id the partner id
   * @param name the display name
   * @param type the partner type
   * @param stage active partner or prospect
   * @param joined the day the agreement was signed; present for every active partner
   * @param payoutCurrency the currency its payouts are settled in
   * @param tier the tier held at the start of the evaluated period
   * @param tierSince the day that tier was reached (its review anniversary)
   * @param minimumPayout the partner's own minimum payout, in its payout currency, or empty (the
   *     program's)
   * @param customRebateRate the partner's agreed rebate rate for the custom volume-rebate band
   *     ({@code docs/rules/commission.md#volume-rebates}: 1M+ of resale volume), or empty
   * @param source where the row came from
   */
  public record PartnerRow(PartnerId id, String name, PartnerType type, PartnerStage stage, Optional<LocalDate> joined,
      Currency payoutCurrency, Tier tier, LocalDate tierSince, Optional<Money> minimumPayout,
      Optional<dev.partneros.core.Rate> customRebateRate, Source source) {
    /**
     * Checks for nulls.
     *
     * @param id not null
     * @param name not null
     * @param type not null
     * @param stage not null
     * @param joined not null
     * @param payoutCurrency not null
     * @param tier not null
     * @param tierSince not null
     * @param minimumPayout not null
     * @param customRebateRate not null
     * @param source not null
     */
    public PartnerRow {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(type, "type");
      requireNonNull(stage, "stage");
      requireNonNull(joined, "joined");
      requireNonNull(payoutCurrency, "payoutCurrency");
      requireNonNull(tier, "tier");
      requireNonNull(tierSince, "tierSince");
      requireNonNull(minimumPayout, "minimumPayout");
      requireNonNull(customRebateRate, "customRebateRate");
      requireNonNull(source, "source");
    }

    /**
     * Tells whether this is an active partner (not a prospect).
     *
     * @return true for an active partner
     */
    public boolean isActive() {
      return stage == PartnerStage.ACTIVE;
    }

    /**
     * Returns a copy with another name.
     *
     * @param newName the name, not null
     * @return never null
     */
    public PartnerRow withName(String newName) {
      return new PartnerRow(id, newName, type, stage, joined, payoutCurrency, tier, tierSince, minimumPayout,
          customRebateRate, source);
    }
  }

  /**
   * One partner's figures for one calendar quarter: what health scoring reads
   * ({@code docs/rules/health.md#health-score}), the qualified referrals of the quarter (tier
   * metrics, {@code docs/rules/tiers.md#metrics}) and the QBR and training counts the program KPIs
   * read.
   *
   * @param partner the partner
   * @param quarter the calendar quarter
   * @param revenue the partner's revenue in the quarter
   * @param priorYearRevenue the same quarter's revenue a year earlier; when empty, the row four
   *     quarters earlier is used, or zero without one
   * @param dealsRegistered the deals registered in the quarter
   * @param engagement the portal engagement cadence (exactly one of this and portalActiveDays)
   * @param portalActiveDays the portal-active days in the quarter
   * @param nps the partner NPS, -100 to 100, or empty when not surveyed
   * @param strategicFit the strategic fit
   * @param qualifiedReferrals the referrals qualified in the quarter (dated its last day)
   * @param qbrsPlanned the QBRs planned in the quarter
   * @param qbrsHeld the QBRs held in the quarter
   * @param trainingsAssigned the trainings assigned in the quarter
   * @param trainingsCompleted the trainings completed in the quarter
   * @param source where the row came from
   */
  public record MetricsRow(PartnerId partner, YearQuarter quarter, Money revenue, Optional<Money> priorYearRevenue,
      int dealsRegistered, Optional<HealthFacts.Cadence> engagement, Optional<Integer> portalActiveDays,
      Optional<Integer> nps, HealthFacts.StrategicFit strategicFit, int qualifiedReferrals, int qbrsPlanned, int qbrsHeld,
      int trainingsAssigned, int trainingsCompleted, Source source) {
    /**
     * Checks for nulls.
     *
     * @param partner not null
     * @param quarter not null
     * @param revenue not null
     * @param priorYearRevenue not null
     * @param dealsRegistered count
     * @param engagement not null
     * @param portalActiveDays not null
     * @param nps not null
     * @param strategicFit not null
     * @param qualifiedReferrals count
     * @param qbrsPlanned count
     * @param qbrsHeld count
     * @param trainingsAssigned count
     * @param trainingsCompleted count
     * @param source not null
     */
    public MetricsRow {
      requireNonNull(partner, "partner");
      requireNonNull(quarter, "quarter");
      requireNonNull(revenue, "revenue");
      requireNonNull(priorYearRevenue, "priorYearRevenue");
      requireNonNull(engagement, "engagement");
      requireNonNull(portalActiveDays, "portalActiveDays");
      requireNonNull(nps, "nps");
      requireNonNull(strategicFit, "strategicFit");
      requireNonNull(source, "source");
    }
  }

  /**
   * A certification of one of a partner's people (tier metric "certified people").
   *
   * @param partner the partner
   * @param person the person (distinct people are counted)
   * @param earnedOn the day it was earned
   * @param validUntil the last day it is valid, or empty for no expiry
   * @param credential the credential's name, or empty
   * @param source where the row came from
   */
  public record CertificationRow(PartnerId partner, String person, LocalDate earnedOn, Optional<LocalDate> validUntil,
      Optional<String> credential, Source source) {
    /**
     * Checks for nulls.
     *
     * @param partner not null
     * @param person not null
     * @param earnedOn not null
     * @param validUntil not null
     * @param credential not null
     * @param source not null
     */
    public CertificationRow {
      requireNonNull(partner, "partner");
      requireNonNull(person, "person");
      requireNonNull(earnedOn, "earnedOn");
      requireNonNull(validUntil, "validUntil");
      requireNonNull(credential, "credential");
      requireNonNull(source, "source");
    }
  }

  /**
   * A deal (opportunity). Its touches and registrations are rows of their own files.
   *
   * @param id the deal id
   * @param account the customer account
   * @param amount the deal's ARR
   * @param created the day the opportunity was created
   * @param firstContact the first contact with the customer, or empty (the created day)
   * @param status open, won or lost
   * @param closed the close day, present exactly for a won or lost deal
   * @param customerStart the customer's start day (clawback days count from it), or empty (the close day)
   * @param directEngagement the first engagement of our direct sales team, or empty
   * @param dependentOn the partners the deal is marked as dependent on
   * @param product the product, or empty
   * @param source where the row came from
   */
  public record DealRow(String id, String account, Money amount, LocalDate created, Optional<LocalDate> firstContact,
      CloseStatus status, Optional<LocalDate> closed, Optional<LocalDate> customerStart,
      Optional<LocalDate> directEngagement, SortedSet<PartnerId> dependentOn, Optional<String> product, Source source) {
    /**
     * Checks for nulls and copies the set.
     *
     * @param id not null
     * @param account not null
     * @param amount not null
     * @param created not null
     * @param firstContact not null
     * @param status not null
     * @param closed not null
     * @param customerStart not null
     * @param directEngagement not null
     * @param dependentOn not null
     * @param product not null
     * @param source not null
     */
    public DealRow {
      requireNonNull(id, "id");
      requireNonNull(account, "account");
      requireNonNull(amount, "amount");
      requireNonNull(created, "created");
      requireNonNull(firstContact, "firstContact");
      requireNonNull(status, "status");
      requireNonNull(closed, "closed");
      requireNonNull(customerStart, "customerStart");
      requireNonNull(directEngagement, "directEngagement");
      dependentOn = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(dependentOn));
      requireNonNull(product, "product");
      requireNonNull(source, "source");
    }
  }

  /**
   * Something a partner did on a deal ({@code docs/rules/attribution.md#touches}).
   *
   * @param deal the deal id
   * @param partner the partner
   * @param date the day
   * @param kind the kind of touch
   * @param channelLead whether the lead came through this partner's channel
   * @param documented whether the activity is documented on the deal record
   * @param source where the row came from
   */
  public record TouchRow(String deal, PartnerId partner, LocalDate date, TouchKind kind, boolean channelLead,
      boolean documented, Source source) {
    /**
     * Checks for nulls.
     *
     * @param deal not null
     * @param partner not null
     * @param date not null
     * @param kind not null
     * @param channelLead flag
     * @param documented flag
     * @param source not null
     */
    public TouchRow {
      requireNonNull(deal, "deal");
      requireNonNull(partner, "partner");
      requireNonNull(date, "date");
      requireNonNull(kind, "kind");
      requireNonNull(source, "source");
    }
  }

  /**
   * A partner's registration of a deal ({@code docs/rules/attribution.md#deal-registration}).
   *
   * @param deal the deal id
   * @param partner the partner
   * @param date the day
   * @param protectionDays its own protection in days, or empty (the program's)
   * @param source where the row came from
   */
  public record RegistrationRow(String deal, PartnerId partner, LocalDate date, Optional<Integer> protectionDays,
      Source source) {
    /**
     * Checks for nulls.
     *
     * @param deal not null
     * @param partner not null
     * @param date not null
     * @param protectionDays not null
     * @param source not null
     */
    public RegistrationRow {
      requireNonNull(deal, "deal");
      requireNonNull(partner, "partner");
      requireNonNull(date, "date");
      requireNonNull(protectionDays, "protectionDays");
      requireNonNull(source, "source");
    }
  }

  /**
   * A customer payment received on a won deal (the default payout trigger,
   * {@code docs/rules/commission.md#payout-timing}).
   *
   * @param deal the deal id
   * @param date the day received
   * @param amount the amount
   * @param source where the row came from
   */
  public record PaymentRow(String deal, LocalDate date, Money amount, Source source) {
    /**
     * Checks for nulls.
     *
     * @param deal not null
     * @param date not null
     * @param amount not null
     * @param source not null
     */
    public PaymentRow {
      requireNonNull(deal, "deal");
      requireNonNull(date, "date");
      requireNonNull(amount, "amount");
      requireNonNull(source, "source");
    }
  }

  /**
   * A cancellation, refund, downgrade or fraud finding on a won deal
   * ({@code docs/rules/clawback.md}).
   *
   * @param deal the deal id
   * @param effective the effective day
   * @param kind what happened
   * @param amount the value refunded or lost; present for a refund or downgrade
   * @param partner the partner whose referral was fraudulent; present exactly for a fraud finding
   * @param reason free text, or empty
   * @param source where the row came from
   */
  public record CancellationRow(String deal, LocalDate effective, CancellationKind kind, Optional<Money> amount,
      Optional<PartnerId> partner, Optional<String> reason, Source source) {
    /**
     * Checks for nulls.
     *
     * @param deal not null
     * @param effective not null
     * @param kind not null
     * @param amount not null
     * @param partner not null
     * @param reason not null
     * @param source not null
     */
    public CancellationRow {
      requireNonNull(deal, "deal");
      requireNonNull(effective, "effective");
      requireNonNull(kind, "kind");
      requireNonNull(amount, "amount");
      requireNonNull(partner, "partner");
      requireNonNull(reason, "reason");
      requireNonNull(source, "source");
    }
  }

  /**
   * A partner's request for marketing development funds ({@code docs/rules/mdf.md#requests}).
   *
   * @param id the request id
   * @param partner the partner
   * @param submitted the day submitted
   * @param amount the amount requested
   * @param use the intended use (events, content, advertising, webinars, campaigns, ...)
   * @param activityDate the day of the funded activity, or empty
   * @param roiReportOverdue whether the partner has an overdue ROI report
   * @param source where the row came from
   */
  public record MdfRequestRow(String id, PartnerId partner, LocalDate submitted, Money amount, String use,
      Optional<LocalDate> activityDate, boolean roiReportOverdue, Source source) {
    /**
     * Checks for nulls.
     *
     * @param id not null
     * @param partner not null
     * @param submitted not null
     * @param amount not null
     * @param use not null
     * @param activityDate not null
     * @param roiReportOverdue flag
     * @param source not null
     */
    public MdfRequestRow {
      requireNonNull(id, "id");
      requireNonNull(partner, "partner");
      requireNonNull(submitted, "submitted");
      requireNonNull(amount, "amount");
      requireNonNull(use, "use");
      requireNonNull(activityDate, "activityDate");
      requireNonNull(source, "source");
    }
  }

  /**
   * One rating of a partner or prospect: a 4C scorecard rating, an IPP attribute level or an IPP
   * disqualifier. The value is checked against its kind when read and against the program when
   * evaluated.
   *
   * @param partner the partner or prospect
   * @param kind which assessment
   * @param criterion the 4C criterion, the IPP attribute or the disqualifier
   * @param subCriterion the 4C sub-criterion, or empty
   * @param value 0-5 (4C), HIGH/MEDIUM/LOW (IPP) or true/false (disqualifier)
   * @param evidence the evidence behind a 4C rating, or empty
   * @param source where the row came from
   */
  public record RatingRow(PartnerId partner, RatingKind kind, String criterion, Optional<String> subCriterion,
      String value, Optional<String> evidence, Source source) {
    /**
     * Checks for nulls.
     *
     * @param partner not null
     * @param kind not null
     * @param criterion not null
     * @param subCriterion not null
     * @param value not null
     * @param evidence not null
     * @param source not null
     */
    public RatingRow {
      requireNonNull(partner, "partner");
      requireNonNull(kind, "kind");
      requireNonNull(criterion, "criterion");
      requireNonNull(subCriterion, "subCriterion");
      requireNonNull(value, "value");
      requireNonNull(evidence, "evidence");
      requireNonNull(source, "source");
    }
  }

  /**
   * A completed item of the program's maturity checklist
   * ({@code docs/rules/maturity.md#checklist}).
   *
   * @param item the item id, such as {@code emerging.tiers}
   * @param source where the row came from
   */
  public record ChecklistRow(String item, Source source) {
    /**
     * Checks for nulls.
     *
     * @param item not null
     * @param source not null
     */
    public ChecklistRow {
      requireNonNull(item, "item");
      requireNonNull(source, "source");
    }
  }

  /**
   * An FX rate fixed on a day ({@code docs/rules/conventions.md#currencies-and-fx}: conversions
   * are explicit inputs, never "today's rate"): one unit of {@code from} is worth {@code rate}
   * units of {@code to} on that day. The commission module settles payouts in a partner's payout
   * currency with the rate of the transaction date.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param date the day the rate was fixed
   * @param rate the rate, above zero
   * @param source where the rate comes from, such as {@code ECB reference rate}
   * @param row where the row came from
   */
  public record FxRateRow(Currency from, Currency to, LocalDate date, java.math.BigDecimal rate, String source,
      Source row) {
    /**
     * Checks for nulls.
     *
     * @param from not null
     * @param to not null
     * @param date not null
     * @param rate not null
     * @param source not null
     * @param row not null
     */
    public FxRateRow {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(date, "date");
      requireNonNull(rate, "rate");
      requireNonNull(source, "source");
      requireNonNull(row, "row");
    }
  }
}
