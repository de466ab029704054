package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

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
public abstract class Certification {

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
