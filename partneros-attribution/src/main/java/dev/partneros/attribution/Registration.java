package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

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
public abstract class Registration {

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
