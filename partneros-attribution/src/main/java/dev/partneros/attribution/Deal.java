package dev.partneros.attribution;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.internal.Inputs;
import dev.partneros.attribution.internal.Rates;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A deal (an opportunity) and everything partners and our direct sales team did on it: the facts
 * the attribution engines read ({@code docs/rules/attribution.md}).
 *
 * <ul>
 *   <li>{@link #id()}, {@link #account()}, {@link #amount()} (not negative), {@link #created()},
 *       {@link #status()} and, for a closed deal, {@link #closed()}.</li>
 *   <li>{@link #firstContact()}: the first contact with the customer, the start of the
 *       registration window; the created date when absent.</li>
 *   <li>{@link #touches()}: partner touches, each on or after the created date; those after the
 *       close date are kept but never count.</li>
 *   <li>{@link #registrations()}: partner registrations, any date: a partner often registers an
 *       opportunity before our own record of it exists, and a registration made before the created
 *       date counts while its protection reaches that date
 *       ({@code docs/rules/attribution.md#registration-before-the-deal-was-created}).</li>
 *   <li>{@link #directEngagements()}: our direct sales team's engagements, any date; the earliest
 *       is {@link #directPipelineSince()}.</li>
 *   <li>{@link #dependentOn()}: the partners the deal is marked as dependent on.</li>
 *   <li>{@link #customWeights()}: an agreed split of the credit between partners, for the
 *       {@link AttributionPolicy.CreditModel#CUSTOM} model; when given, the weights add up to exactly 1.</li>
 * </ul>
 *
 * <p>Limits ({@code docs/rules/attribution.md#limits}): at most {@value #MAX_TOUCHES} touches, and at most {@value #MAX_ENTRIES}
 * registrations, direct engagements, partners depended on and custom weights; a longer list is
 * refused with {@code too_large} at its path ({@code touches}) before anything else is checked.
 *
 * <p>Validated when built: every problem is reported at once in an {@link InvalidFactsException}
 * with its path ({@code touches[3].date}, {@code closed}, {@code amount},
 * {@code customWeights}). Lists keep the caller's order, but no engine result depends on it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeal.class)
@JsonDeserialize(as = ImmutableDeal.class)
public abstract class Deal {

  /** The most touches a deal may carry. */
  public static final int MAX_TOUCHES = 1_000;
  /** The most registrations, direct engagements, partners depended on or custom weights a deal may carry. */
  public static final int MAX_ENTRIES = 1_000;

  Deal() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the deal's id in the caller's CRM.
   *
   * @return never null, not blank
   */
  public abstract String id();

  /**
   * Returns the customer account's id or name.
   *
   * @return never null, not blank
   */
  public abstract String account();

  /**
   * Returns the deal's amount, the base of every money split.
   *
   * @return never null, not negative
   */
  public abstract Money amount();

  /**
   * Returns the day the deal was created: the deal exists from this day on.
   *
   * @return never null
   */
  public abstract LocalDate created();

  /**
   * Returns the day the deal closed, present exactly when it is {@link CloseStatus#WON} or
   * {@link CloseStatus#LOST}.
   *
   * @return the close date, on or after {@link #created()}, or empty for an open deal
   */
  public abstract Optional<LocalDate> closed();

  /**
   * Returns whether the deal is open, won or lost.
   *
   * @return never null
   */
  public abstract CloseStatus status();

  /**
   * Returns the day of the first contact with the customer, from which the registration window
   * runs.
   *
   * @return the date, not after the close date, or empty to use {@link #created()}
   */
  public abstract Optional<LocalDate> firstContact();

  /**
   * Returns the partners' touches, in the caller's order.
   *
   * @return never null
   */
  public abstract List<PartnerTouch> touches();

  /**
   * Returns the partners' registrations of this deal, in the caller's order.
   *
   * @return never null
   */
  public abstract List<Registration> registrations();

  /**
   * Returns our direct sales team's engagements with the customer, in the caller's order.
   *
   * @return never null
   */
  public abstract List<DirectEngagement> directEngagements();

  /**
   * Returns the partners the deal is marked as dependent on (the third condition of
   * {@link AttributionType#PARTNER_INFLUENCED}).
   *
   * @return never null, in partner-id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<PartnerId> dependentOn();

  /**
   * Returns the agreed split of the credit for the {@link AttributionPolicy.CreditModel#CUSTOM} model: a weight per
   * partner, the weights adding up to exactly 1.
   *
   * @return never null, empty when no split was agreed, in partner-id order
   */
  @Value.NaturalOrder
  public abstract SortedMap<PartnerId, Rate> customWeights();

  /**
   * Returns the first contact date, or the created date when none was given.
   *
   * @return never null
   */
  public LocalDate firstContactDate() {
    return firstContact().orElse(created());
  }

  /**
   * Returns the day the deal entered the direct pipeline: its earliest direct engagement.
   *
   * @return the date, or empty when direct sales never engaged
   */
  public Optional<LocalDate> directPipelineSince() {
    LocalDate earliest = null;
    for (DirectEngagement engagement : directEngagements()) {
      if (earliest == null || engagement.date().isBefore(earliest)) {
        earliest = engagement.date();
      }
    }
    return Optional.ofNullable(earliest);
  }

  /**
   * Tells whether a date counts for attribution: every date for an open deal, otherwise a date on
   * or before the close date ({@code docs/rules/attribution.md#touches}: touches after the close
   * date never count).
   *
   * @param date the date, not null
   * @return true if the date is not after the close date
   */
  public boolean countsOn(LocalDate date) {
    requireNonNull(date, "date");
    return closed().map(close -> !date.isAfter(close)).orElse(true);
  }

  /**
   * Returns every partner named on the deal: in a touch, a registration, {@link #dependentOn()} or
   * {@link #customWeights()}.
   *
   * @return never null, in partner-id order
   */
  public SortedSet<PartnerId> partners() {
    TreeSet<PartnerId> partners = new TreeSet<>(dependentOn());
    partners.addAll(customWeights().keySet());
    touches().forEach(t -> partners.add(t.partner()));
    registrations().forEach(r -> partners.add(r.partner()));
    return java.util.Collections.unmodifiableSortedSet(partners);
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    Inputs.checkSize(problems, root.field("touches"), touches().size(), MAX_TOUCHES);
    Inputs.checkSize(problems, root.field("registrations"), registrations().size(), MAX_ENTRIES);
    Inputs.checkSize(problems, root.field("directEngagements"), directEngagements().size(), MAX_ENTRIES);
    Inputs.checkSize(problems, root.field("dependentOn"), dependentOn().size(), MAX_ENTRIES);
    Inputs.checkSize(problems, root.field("customWeights"), customWeights().size(), MAX_ENTRIES);
    problems.throwIfErrors(InvalidFactsException::new);
    problems.requireNotBlank(root.field("id"), id());
    problems.requireNotBlank(root.field("account"), account());
    problems.requireNonNegative(root.field("amount"), amount());
    if (status().isClosed()) {
      if (problems.check(closed().isPresent(), root.field("closed"), CoreProblemCode.MISSING,
          "be present for a " + status() + " deal", null)) {
        problems.check(!closed().get().isBefore(created()), root.field("closed"), CoreProblemCode.BEFORE_START,
            "be on or after the created date " + created(), closed().get());
      }
    } else {
      problems.check(closed().isEmpty(), root.field("closed"), CoreProblemCode.NOT_ALLOWED,
          "be absent for an OPEN deal (set status WON or LOST)", closed().orElse(null));
    }
    firstContact().ifPresent(first -> closed().ifPresent(close -> problems.check(!first.isAfter(close),
        root.field("firstContact"), CoreProblemCode.AFTER_AS_OF, "be on or before the close date " + close, first)));
    for (int i = 0; i < touches().size(); i++) {
      LocalDate date = touches().get(i).date();
      if (date.isBefore(created())) {
        problems.add(Problem.error(root.field("touches").index(i).field("date"), CoreProblemCode.BEFORE_START,
            "be on or after the deal's created date " + created() + " (the deal did not exist yet)", date));
      }
    }
    if (!customWeights().isEmpty()) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean ratesOk = true;
      for (Map.Entry<PartnerId, Rate> weight : customWeights().entrySet()) {
        ratesOk &= Rates.checkRange(problems, root.field("customWeights").key(weight.getKey().value()),
            weight.getValue());
        sum = sum.add(weight.getValue().value());
      }
      problems.check(!ratesOk || sum.compareTo(BigDecimal.ONE) == 0, root.field("customWeights"), CoreProblemCode.WEIGHTS_NOT_ONE,
          "add up to exactly 1", sum.toPlainString());
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link Deal}; id, account, amount, created and status are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableDeal.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * One thing a partner did on a deal, on a day ({@code docs/rules/attribution.md#touches}): the
   * partner, the date, the {@link TouchKind kind}, and two flags the classification reads.
   *
   * <p>A touch dated after the deal's close date never counts; a touch <em>on</em> the close date
   * counts (dates have no time of day, so the close day is still part of the sale). A touch cannot be
   * dated before the deal was created ({@link Deal} refuses it).
   *
   * <p>Defaults ({@code docs/rules/attribution.md#touches}): a {@link TouchKind#REFERRAL} is a lead
   * brought through the partner's channel and is recorded with that lead, so both flags default to
   * {@code true} for a referral: a plain referral, registered in the window, is sourced, as the rules
   * say. Every other kind defaults both flags to {@code false} (a meeting or a demo is documented
   * only when said so). Set a flag explicitly to override its default, for instance
   * {@code channelLead(false)} for a referral that came through our own marketing.
   *
   * <p>JSON form: {@code {"partner": "P-1", "date": "2026-03-02", "kind": "REFERRAL",
   * "channelLead": true, "documented": true}}; an absent flag takes its default.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePartnerTouch.class)
  @JsonDeserialize(as = ImmutablePartnerTouch.class)
  public abstract static class PartnerTouch {

    PartnerTouch() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates a touch with both flags at their defaults: {@code true} for a {@link TouchKind#REFERRAL},
     * {@code false} for every other kind ({@code docs/rules/attribution.md#touches}).
     *
     * @param partner the partner, not null
     * @param date the day of the touch, not null
     * @param kind what the partner did, not null
     * @return never null
     */
    public static PartnerTouch of(PartnerId partner, LocalDate date, TouchKind kind) {
      return new Builder().partner(partner).date(date).kind(kind).build();
    }

    /**
     * Returns the partner who touched the deal.
     *
     * @return never null
     */
    public abstract PartnerId partner();

    /**
     * Returns the day of the touch.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns what the partner did.
     *
     * @return never null
     */
    public abstract TouchKind kind();

    /**
     * Tells whether the lead came to us through this partner's channel with this touch (typically a
     * referral): the first condition of {@link AttributionType#PARTNER_SOURCED}. Default: true for a
     * {@link TouchKind#REFERRAL} (a referral is a lead through the partner's channel), false for every
     * other kind ({@code docs/rules/attribution.md#touches}).
     *
     * @return the flag as set, else its default
     */
    @Value.Default
    public boolean channelLead() {
      return kind() == TouchKind.REFERRAL;
    }

    /**
     * Tells whether this activity is documented on the deal record (a logged meeting, demo notes, a
     * co-sell plan), the first condition of {@link AttributionType#PARTNER_INFLUENCED}. Default: true
     * for a {@link TouchKind#REFERRAL}, which is recorded with the lead it brings; false for every
     * other kind, whose documentation is never assumed, so an undocumented claim earns no influence
     * credit ({@code docs/rules/attribution.md#touches}).
     *
     * @return the flag as set, else its default
     */
    @Value.Default
    public boolean documented() {
      return kind() == TouchKind.REFERRAL;
    }

    /** Builds a {@link PartnerTouch}; partner, date and kind are mandatory. Not thread-safe. */
    public static class Builder extends ImmutablePartnerTouch.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A partner's registration of a deal in the partner portal
   * ({@code docs/rules/attribution.md#deal-registration}, "Deal registration"). It protects the
   * partner's claim for a number of days: the registration day is day 0, and the claim is protected
   * through day {@code protectionDays} inclusive (so with the default 30 days, day 30 is protected
   * and day 31 is not). The protection comes from the
   * {@link AttributionPolicy#protectionDays() policy} unless the registration carries its own.
   *
   * <p>JSON form: {@code {"partner": "P-1", "date": "2026-03-02"}}, optionally with
   * {@code "protectionDays": 45}.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableRegistration.class)
  @JsonDeserialize(as = ImmutableRegistration.class)
  public abstract static class Registration {

    /** The longest protection a registration may carry: ten years. */
    public static final int MAX_PROTECTION_DAYS = 3650;

    Registration() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates a registration protected for the policy's number of days.
     *
     * @param partner the registering partner, not null
     * @param date the day of the registration, not null
     * @return never null
     */
    public static Registration of(PartnerId partner, LocalDate date) {
      return new Builder().partner(partner).date(date).build();
    }

    /**
     * Returns the registering partner.
     *
     * @return never null
     */
    public abstract PartnerId partner();

    /**
     * Returns the day of the registration (day 0 of its protection).
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns this registration's own protection in days, overriding the policy's.
     *
     * @return 1 to {@value #MAX_PROTECTION_DAYS} days, or empty for the policy's
     *     {@link AttributionPolicy#protectionDays()}
     */
    public abstract Optional<Integer> protectionDays();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      protectionDays().ifPresent(days -> problems.requireInRange(FieldPath.root().field("protectionDays"), days, 1,
          MAX_PROTECTION_DAYS));
      problems.throwIfErrors(InvalidFactsException::new);
    }

    /** Builds a {@link Registration}; partner and date are mandatory. Not thread-safe. */
    public static class Builder extends ImmutableRegistration.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * An engagement of our own (direct) sales team with the deal's customer, on a day
   * ({@code docs/rules/attribution.md#touches}). The earliest one is the day the deal entered the
   * direct pipeline: a partner registration dated after it is not sourced and is invalid in a
   * registration conflict. An engagement on the same day as a registration is <em>not</em> before it
   * (dates have no time of day; the partner keeps the benefit of the doubt).
   *
   * <p>JSON form: {@code {"date": "2026-03-02", "note": "AE discovery call"}}, the note optional.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableDirectEngagement.class)
  @JsonDeserialize(as = ImmutableDirectEngagement.class)
  public abstract static class DirectEngagement {

    DirectEngagement() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates an engagement without a note.
     *
     * @param date the day of the engagement, not null
     * @return never null
     */
    public static DirectEngagement on(LocalDate date) {
      return new Builder().date(date).build();
    }

    /**
     * Returns the day of the engagement.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns a free-text note (who engaged, how).
     *
     * @return the note, or empty
     */
    public abstract Optional<String> note();

    /** Builds a {@link DirectEngagement}; the date is mandatory. Not thread-safe. */
    public static class Builder extends ImmutableDirectEngagement.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
