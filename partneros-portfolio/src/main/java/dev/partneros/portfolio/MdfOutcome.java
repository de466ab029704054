package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import java.util.List;

/**
 * A partner's MDF as of the evaluation date ({@code docs/rules/mdf.md}): entitlement, its part of
 * the program's pool and the decision on each request. The place in a {@link PartnerResult} where
 * an {@link MdfModule} puts its result; every report prints it when present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the label of the program version in force on the evaluation date, which decided the
 *     entitlement (each request names the version that decided it, {@link RequestDecision#version()})
 * @param entitlement the annual entitlement after eligibility (zero when not eligible)
 * @param allocated the partner's allocation from the program's pool
 * @param requests the decision on each request, in submission order
 */
public record MdfOutcome(String version, Money entitlement, Money allocated, List<RequestDecision> requests) {

  /**
   * Checks for nulls and copies the list.
   *
   * @param version not null
   * @param entitlement not null
   * @param allocated not null
   * @param requests not null
   */
  public MdfOutcome {
    requireNonNull(version, "version");
    requireNonNull(entitlement, "entitlement");
    requireNonNull(allocated, "allocated");
    requests = List.copyOf(requests);
  }

  /**
   * Returns the total granted over every request.
   *
   * @return never null
   */
  public Money granted() {
    return Money.total(requests.stream().map(RequestDecision::granted).collect(java.util.stream.Collectors.toList()),
        entitlement.currency());
  }

  /**
   * The decision on one MDF request.
   *
   * @param requestId the request
   * @param requested the amount requested
   * @param granted the amount granted (zero when rejected)
   * @param outcome {@code GRANTED}, {@code PARTIAL} or {@code REJECTED}
   * @param reason which limit bit or why it was rejected, one sentence
   * @param version the label of the program version that decided the request: the one in force on
   *     its submission day ({@code docs/rules/program-changes.md#no-retroactive-change})
   */
  public record RequestDecision(String requestId, Money requested, Money granted, String outcome, String reason,
      String version) {
    /**
     * Checks for nulls.
     *
     * @param requestId not null
     * @param requested not null
     * @param granted not null
     * @param outcome not null
     * @param reason not null
     * @param version not null
     */
    public RequestDecision {
      requireNonNull(requestId, "requestId");
      requireNonNull(requested, "requested");
      requireNonNull(granted, "granted");
      requireNonNull(outcome, "outcome");
      requireNonNull(reason, "reason");
      requireNonNull(version, "version");
    }
  }
}
