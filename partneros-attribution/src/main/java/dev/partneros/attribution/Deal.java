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
 *       {@link CreditModel#CUSTOM} model; when given, the weights add up to exactly 1.</li>
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
   * Returns the agreed split of the credit for the {@link CreditModel#CUSTOM} model: a weight per
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
}
