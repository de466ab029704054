package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.PartnerId;
import java.time.LocalDate;
import org.immutables.value.Value;

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
public abstract class PartnerTouch {

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
