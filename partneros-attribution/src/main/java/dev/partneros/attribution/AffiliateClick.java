package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.PartnerId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A click on an affiliate's referral link by the customer, on a day
 * ({@code docs/rules/attribution.md#affiliate-referral-window}, "Affiliate referral window").
 *
 * <p>JSON form: {@code {"affiliate": "AFF-7", "date": "2026-03-02"}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAffiliateClick.class)
@JsonDeserialize(as = ImmutableAffiliateClick.class)
public abstract class AffiliateClick {

  AffiliateClick() {}

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
  public static AffiliateClick of(PartnerId affiliate, LocalDate date) {
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

  /** Builds an {@link AffiliateClick}; both attributes are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableAffiliateClick.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
