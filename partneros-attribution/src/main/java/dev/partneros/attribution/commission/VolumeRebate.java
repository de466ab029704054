package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Volume rebates on a reseller's annual resale volume
 * ({@code docs/rules/commission.md#volume-rebates}): the rate of the band the year's volume
 * reaches applies to the whole volume, paid quarterly.
 *
 * <pre>
 * volumeRebate:
 *   bands:
 *     - {lower: 0, upper: 100000, rate: "0"}
 *     - {lower: 100000, upper: 250000, rate: "0"}
 *     - {lower: 250000, upper: 500000, rate: "0.02"}
 *     - {lower: 500000, upper: 1000000, rate: "0.05"}
 *     - {lower: 1000000, custom: true}    # an explicit per-partner rate; none is an error, not zero
 * </pre>
 *
 * <p>Decisions: the resale volume is the sum of the amounts (list value) of the reseller's
 * attributed deals signed in the fiscal year, net of cancellations, downgrades and refunds effective
 * by the quarter's end. At each fiscal quarter end the year-to-date rebate is recomputed on the
 * year-to-date volume and the quarter's line is the difference from the lines already accrued that
 * year: crossing a band re-rates the whole year, and a reduction gives a negative line (a debit).
 * Below 100,000 nothing is paid (the blueprint starts its table at 100K; the table must start at
 * 0).
 *
 * <p>Checked when built ({@link InvalidProgramException}): the table's own checks, no bonus, and
 * rates that never fall from one band to the next ({@code not_monotone}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVolumeRebate.class)
@JsonDeserialize(as = ImmutableVolumeRebate.class)
public abstract class VolumeRebate {

  VolumeRebate() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard bands: 0-250K 0, 250K-500K 2 %, 500K-1M 5 %, 1M+ custom.
   *
   * @return never null
   */
  public static VolumeRebate standard() {
    return of(BracketTable.of(BracketTable.Bracket.of(0, 100_000, Rate.ZERO),
        BracketTable.Bracket.of(100_000, 250_000, Rate.ZERO), BracketTable.Bracket.of(250_000, 500_000, Rate.ofPercent(2)),
        BracketTable.Bracket.of(500_000, 1_000_000, Rate.ofPercent(5)), BracketTable.Bracket.customFrom(1_000_000)));
  }

  /**
   * Creates volume rebates.
   *
   * @param bands the bands, not null
   * @return never null
   * @throws InvalidProgramException if a band has a bonus or the rates fall
   */
  public static VolumeRebate of(BracketTable bands) {
    return new Builder().bands(requireNonNull(bands, "bands")).build();
  }

  /**
   * Returns the bands; bounds are amounts in the program's currency.
   *
   * @return never null
   */
  public abstract BracketTable bands();

  /**
   * Returns the rebate on a year's volume: the reached band's rate on all of it, exactly.
   *
   * @param volume the volume, not null, not negative
   * @param customRate the partner's own rate for a custom band, not null
   * @return never null
   * @throws InvalidFactsException if the volume reaches a custom band and no rate is given
   */
  public BigDecimal rebate(BigDecimal volume, Optional<Rate> customRate) {
    return bands().wholeVolume(volume, customRate);
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    List<BracketTable.Bracket> rows = bands().brackets();
    FieldPath root = FieldPath.root().field("bands");
    Rate previous = null;
    for (int i = 0; i < rows.size(); i++) {
      BracketTable.Bracket row = rows.get(i);
      problems.check(row.bonus().isEmpty(), root.index(i).field("bonus"), CoreProblemCode.NOT_ALLOWED,
          "be absent: only count brackets pay a bonus", row.bonus().map(BigDecimal::toPlainString).orElse(null));
      if (row.rate().isPresent()) {
        if (previous != null) {
          problems.check(row.rate().get().compareTo(previous) >= 0, root.index(i).field("rate"), CoreProblemCode.NOT_MONOTONE,
              "be at least the previous band's " + previous + " (a rebate must never fall as volume grows)",
              row.rate().get());
        }
        previous = row.rate().get();
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link VolumeRebate}; {@code bands} is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableVolumeRebate.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
