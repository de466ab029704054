package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An affiliate conversion (a customer signing up or buying) and the referral-link clicks that led
 * to it: the facts of the affiliate referral window
 * ({@code docs/rules/attribution.md#affiliate-referral-window}).
 *
 * <p>{@link #customerAffiliateId()} names the customer's own affiliate account, when the customer
 * is itself an affiliate: its clicks are self-referrals, which earn nothing and are flagged.
 *
 * <p>JSON form: {@code {"id": "C-1", "customer": "ACME", "date": "2026-03-31", "clicks": [...],
 * "customerAffiliateId": "AFF-9"}}, the last optional.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAffiliateConversion.class)
@JsonDeserialize(as = ImmutableAffiliateConversion.class)
public abstract class AffiliateConversion {

  AffiliateConversion() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the conversion's id.
   *
   * @return never null, not blank
   */
  public abstract String id();

  /**
   * Returns the customer's account id or name.
   *
   * @return never null, not blank
   */
  public abstract String customer();

  /**
   * Returns the day of the conversion, the end of the referral window.
   *
   * @return never null
   */
  public abstract LocalDate date();

  /**
   * Returns the referral-link clicks, in the caller's order (no result depends on it).
   *
   * @return never null
   */
  public abstract List<Click> clicks();

  /**
   * Returns the customer's own affiliate id, when the customer is an affiliate.
   *
   * @return the id, or empty when the customer is not an affiliate
   */
  public abstract Optional<PartnerId> customerAffiliateId();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNotBlank(FieldPath.root().field("id"), id());
    problems.requireNotBlank(FieldPath.root().field("customer"), customer());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds an {@link AffiliateConversion}; id, customer and date are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableAffiliateConversion.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * A click on an affiliate's referral link by the customer, on a day
   * ({@code docs/rules/attribution.md#affiliate-referral-window}, "Affiliate referral window").
   *
   * <p>JSON form: {@code {"affiliate": "AFF-7", "date": "2026-03-02"}}.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableClick.class)
  @JsonDeserialize(as = ImmutableClick.class)
  public abstract static class Click {

    Click() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates a click.
     *
     * @param affiliate the affiliate whose link was clicked, not null
     * @param date the day of the click, not null
     * @return never null
     */
    public static Click of(PartnerId affiliate, LocalDate date) {
      return new Builder().affiliate(affiliate).date(date).build();
    }

    /**
     * Returns the affiliate whose link was clicked.
     *
     * @return never null
     */
    public abstract PartnerId affiliate();

    /**
     * Returns the day of the click.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /** Builds an {@link Click}; both attributes are mandatory. Not thread-safe. */
    public static class Builder extends ImmutableClick.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
