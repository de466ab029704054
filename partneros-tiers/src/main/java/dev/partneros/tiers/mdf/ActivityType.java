package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What an MDF request would fund ({@code docs/rules/mdf.md#allowed-uses}). The program lists the
 * allowed uses ({@link MdfPolicy#allowedUses()}, standard: events, content, advertising, webinars,
 * campaigns); a request for any other type, swag included, is rejected as data. A name that is not
 * one of these types at all is invalid input ({@link #of(String)}).
 *
 * <p>JSON form: the name, such as {@code "WEBINARS"}.
 */
public enum ActivityType {
  /** Events: trade shows, field events, user groups (allowed by default). */
  EVENTS,
  /** Content: case studies, white papers, videos (allowed by default). */
  CONTENT,
  /** Advertising: paid media, search, social (allowed by default). */
  ADVERTISING,
  /** Webinars (allowed by default). */
  WEBINARS,
  /** Campaigns: email, telemarketing, account-based campaigns (allowed by default). */
  CAMPAIGNS,
  /** Swag: branded giveaways (never allowed by default). */
  SWAG,
  /** Sponsorships of third-party events (not allowed by default). */
  SPONSORSHIPS,
  /** Travel (not allowed by default). */
  TRAVEL,
  /** Training of the partner's own staff (not allowed by default). */
  TRAINING,
  /** Anything else (not allowed by default). */
  OTHER;

  /**
   * Returns the type of a name, ignoring case ({@code "webinars"} is {@link #WEBINARS}).
   *
   * @param name the name, not null
   * @return never null
   * @throws InvalidFactsException ({@code invalid_value}, at the value's own path) if the name is
   *     not one of the types
   */
  @JsonCreator
  public static ActivityType of(String name) {
    if (name != null) {
      String upper = name.strip().toUpperCase(Locale.ROOT);
      for (ActivityType type : values()) {
        if (type.name().equals(upper)) {
          return type;
        }
      }
    }
    throw new InvalidFactsException(List.of(Problem.error(FieldPath.root(), CoreProblemCode.INVALID_VALUE,
        "be one of " + Arrays.toString(values()), name)));
  }

  @JsonValue
  String json() {
    return name();
  }
}
