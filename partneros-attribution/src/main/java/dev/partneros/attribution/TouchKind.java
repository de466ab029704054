package dev.partneros.attribution;

/**
 * What a partner did on a deal ({@code docs/rules/attribution.md#touches}). The kind decides which
 * attribution criteria a touch can meet:
 * <ul>
 *   <li>{@link #REFERRAL}, {@link #REGISTRATION}, {@link #MEETING}, {@link #DEMO} and
 *       {@link #CO_SELL} are <em>sales-process</em> touches ({@link #isSalesProcess()}): the partner
 *       took part in selling.</li>
 *   <li>{@link #MENTION} is not partner activity: a deal whose partner was only mentioned is
 *       {@link AttributionType#NOT_ATTRIBUTED}.</li>
 *   <li>{@link #POST_SALE} is activity (onboarding, implementation) but not part of the sales
 *       process, whatever its date.</li>
 * </ul>
 */
public enum TouchKind {
  /** The partner referred the lead. */
  REFERRAL,
  /** The partner registered the deal in the partner portal (the registration itself is a {@link Deal.Registration}). */
  REGISTRATION,
  /** The partner took part in a meeting with the customer. */
  MEETING,
  /** The partner gave or supported a product demo. */
  DEMO,
  /** The partner sold together with our sales team. */
  CO_SELL,
  /** The partner was only mentioned (by the customer or a rep); not partner activity. */
  MENTION,
  /** The partner worked after the sale (onboarding, implementation, support). */
  POST_SALE;

  /**
   * Tells whether a touch of this kind is part of the sales process: {@code REFERRAL},
   * {@code REGISTRATION}, {@code MEETING}, {@code DEMO} and {@code CO_SELL}.
   *
   * @return true for a sales-process kind
   */
  public boolean isSalesProcess() {
    return this != MENTION && this != POST_SALE;
  }

  /**
   * Tells whether a touch of this kind is partner activity at all: every kind but {@code MENTION}.
   *
   * @return true for every kind but {@link #MENTION}
   */
  public boolean isActivity() {
    return this != MENTION;
  }
}
