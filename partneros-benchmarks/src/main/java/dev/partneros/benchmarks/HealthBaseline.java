package dev.partneros.benchmarks;

import dev.partneros.core.PartnerId;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.health.PointTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The default health rule of {@code docs/rules/health.md#health-score} written by hand, as a team
 * without PartnerOS would write it: plain if/else over the table's thresholds, {@code BigDecimal}
 * points, no policy, no explanation. It is the baseline that {@link ScoringBenchmark} measures
 * {@link dev.partneros.scoring.health.HealthScorer} against, so it computes the same numbers: growth
 * {@code (revenue - prior) / prior} to 16 digits, flat within +/- 2 %, LINEAR points interpolated
 * between the table's anchors and rounded to 2 decimals half-even.
 *
 * <p>Immutable and thread-safe.
 */
public final class HealthBaseline {

  private static final BigDecimal FLAT_MIN = new BigDecimal("-0.02");
  private static final BigDecimal FLAT_MAX = new BigDecimal("0.02");
  private static final BigDecimal STRONG_MIN = new BigDecimal("0.20");
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);
  private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
  private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
  private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
  private static final BigDecimal FORTY = BigDecimal.valueOf(40);
  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

  private final boolean linear;

  private HealthBaseline(boolean linear) {
    this.linear = linear;
  }

  /**
   * Creates the baseline for a curve.
   *
   * @param curve STEP or LINEAR, not null
   * @return never null
   */
  public static HealthBaseline of(PointTable.Curve curve) {
    return new HealthBaseline(curve == PointTable.Curve.LINEAR);
  }

  /**
   * What the hand-written rule returns per partner: the points of each dimension, their sum and its
   * band.
   *
   * @param partnerId the partner
   * @param revenue the revenue growth points
   * @param activity the deals registered points
   * @param engagement the portal engagement points
   * @param satisfaction the NPS points
   * @param strategicFit the strategic fit points
   * @param score the sum of the five, 0 to 100
   * @param band the band of the score
   */
  public record Result(PartnerId partnerId, BigDecimal revenue, BigDecimal activity, BigDecimal engagement,
      BigDecimal satisfaction, BigDecimal strategicFit, BigDecimal score, HealthScore.Band band) {}

  /**
   * Scores every partner, in input order.
   *
   * @param portfolio the facts, not null
   * @return one result per fact; never null
   */
  public List<Result> scoreAll(List<HealthFacts> portfolio) {
    List<Result> results = new ArrayList<>(portfolio.size());
    for (HealthFacts facts : portfolio) {
      results.add(score(facts));
    }
    return results;
  }

  /**
   * Scores one partner.
   *
   * @param facts the facts, not null
   * @return never null
   */
  public Result score(HealthFacts facts) {
    BigDecimal revenue = revenuePoints(facts.revenue().amount(), facts.priorYearRevenue().amount());
    BigDecimal activity = activityPoints(facts.dealsRegistered());
    BigDecimal engagement = engagementPoints(facts);
    BigDecimal satisfaction = satisfactionPoints(facts);
    BigDecimal fit = fitPoints(facts.strategicFit());
    BigDecimal score = revenue.add(activity).add(engagement).add(satisfaction).add(fit);
    return new Result(facts.partnerId(), revenue, activity, engagement, satisfaction, fit, score, band(score));
  }

  /**
   * Decides one partner's band only, as a hand-written rule would: the same five points summed
   * and banded, without the result record.
   *
   * @param facts the facts, not null
   * @return never null, the band of {@link #score(HealthFacts)}
   */
  public HealthScore.Band band(HealthFacts facts) {
    return band(revenuePoints(facts.revenue().amount(), facts.priorYearRevenue().amount())
        .add(activityPoints(facts.dealsRegistered())).add(engagementPoints(facts)).add(satisfactionPoints(facts))
        .add(fitPoints(facts.strategicFit())));
  }

  private BigDecimal engagementPoints(HealthFacts facts) {
    return facts.engagement().isPresent()
        ? cadencePoints(facts.engagement().get())
        : activeDaysPoints(facts.portalActiveDays().orElseThrow());
  }

  private BigDecimal satisfactionPoints(HealthFacts facts) {
    return facts.nps().isPresent() ? npsPoints(facts.nps().get()) : BigDecimal.ZERO;
  }

  private static BigDecimal fitPoints(HealthFacts.StrategicFit fit) {
    return switch (fit) {
      case STRONG -> BigDecimal.TEN;
      case MODERATE -> FIVE;
      default -> BigDecimal.ZERO;
    };
  }

  private BigDecimal revenuePoints(BigDecimal current, BigDecimal prior) {
    if (prior.signum() == 0) {
      return current.signum() > 0 ? THIRTY : flatPoints(BigDecimal.ZERO);
    }
    BigDecimal growth = current.subtract(prior).divide(prior, MathContext.DECIMAL64);
    if (growth.compareTo(STRONG_MIN) >= 0) {
      return THIRTY;
    }
    if (growth.compareTo(FLAT_MAX) > 0) {
      return linear ? between(growth, FLAT_MAX, 20, STRONG_MIN, 30) : TWENTY;
    }
    if (growth.compareTo(FLAT_MIN) >= 0) {
      return flatPoints(growth);
    }
    return BigDecimal.ZERO;
  }

  private BigDecimal flatPoints(BigDecimal growth) {
    return linear ? between(growth, FLAT_MIN, 10, FLAT_MAX, 20) : BigDecimal.TEN;
  }

  private BigDecimal activityPoints(int deals) {
    if (deals >= 5) {
      return TWENTY_FIVE;
    }
    if (deals >= 3) {
      return linear ? between(BigDecimal.valueOf(deals), THREE, 20, FIVE, 25)
          : TWENTY;
    }
    if (deals >= 1) {
      return linear ? between(BigDecimal.valueOf(deals), BigDecimal.ONE, 10, THREE, 20)
          : BigDecimal.TEN;
    }
    return BigDecimal.ZERO;
  }

  private static BigDecimal cadencePoints(HealthFacts.Cadence cadence) {
    return switch (cadence) {
      case WEEKLY -> TWENTY;
      case MONTHLY -> FIFTEEN;
      case QUARTERLY -> BigDecimal.TEN;
      default -> BigDecimal.ZERO;
    };
  }

  private BigDecimal activeDaysPoints(int days) {
    if (days >= 12) {
      return TWENTY;
    }
    if (days >= 3) {
      return linear ? between(BigDecimal.valueOf(days), THREE, 15, TWELVE, 20)
          : FIFTEEN;
    }
    if (days >= 1) {
      return linear ? between(BigDecimal.valueOf(days), BigDecimal.ONE, 10, THREE, 15)
          : BigDecimal.TEN;
    }
    return BigDecimal.ZERO;
  }

  private BigDecimal npsPoints(int nps) {
    if (nps >= 50) {
      return FIFTEEN;
    }
    if (nps >= 25) {
      return linear ? between(BigDecimal.valueOf(nps), TWENTY_FIVE, 10, FIFTY, 15)
          : BigDecimal.TEN;
    }
    if (nps >= 0) {
      return linear ? between(BigDecimal.valueOf(nps), BigDecimal.ZERO, 5, TWENTY_FIVE, 10)
          : FIVE;
    }
    return BigDecimal.ZERO;
  }

  /** Interpolates between the anchors (low, lowPoints) and (high, highPoints), to 2 decimals. */
  private static BigDecimal between(BigDecimal value, BigDecimal low, int lowPoints, BigDecimal high, int highPoints) {
    BigDecimal fraction = value.subtract(low).divide(high.subtract(low), MathContext.DECIMAL64);
    BigDecimal points = BigDecimal.valueOf(lowPoints).add(BigDecimal.valueOf(highPoints - lowPoints).multiply(fraction));
    return points.min(BigDecimal.valueOf(highPoints)).setScale(2, RoundingMode.HALF_EVEN);
  }

  private static HealthScore.Band band(BigDecimal score) {
    if (score.compareTo(EIGHTY) >= 0) {
      return HealthScore.Band.CHAMPION;
    }
    if (score.compareTo(SIXTY) >= 0) {
      return HealthScore.Band.HEALTHY;
    }
    if (score.compareTo(FORTY) >= 0) {
      return HealthScore.Band.AT_RISK;
    }
    return score.compareTo(TWENTY) >= 0 ? HealthScore.Band.CRITICAL : HealthScore.Band.CHURNING;
  }
}
