package dev.partneros.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TimeDecayTest {

  final TimeDecay week = TimeDecay.of(7);

  @Test
  void weight_wholeHalfLivesAreExactPowersOfOneHalf() {
    assertThat(week.weight(0)).isEqualTo(new BigDecimal("1.00000000000000000000"));
    assertThat(week.weight(7)).isEqualByComparingTo("0.5");
    assertThat(week.weight(14)).isEqualByComparingTo("0.25");
    assertThat(week.weight(70)).isEqualByComparingTo("0.0009765625");
    assertThat(TimeDecay.of(1).weight(3)).isEqualByComparingTo("0.125");
  }

  @Test
  void weight_otherAgesAreCorrectToTwentyPlaces() {
    // 2^(-1/7) = 0.905723664263906671594172873215..., 2^(-3/7) = 0.742997144568474212399926643357...
    assertThat(week.weight(1)).isEqualTo(new BigDecimal("0.90572366426390667159"));
    assertThat(week.weight(3)).isEqualTo(new BigDecimal("0.74299714456847421240"));
    assertThat(week.weight(8)).isEqualTo(new BigDecimal("0.45286183213195333580"));
    // 2^(-1/2) = 0.70710678118654752440084436210...
    assertThat(TimeDecay.of(3650).weight(1825)).isEqualTo(new BigDecimal("0.70710678118654752440"));
    assertThat(TimeDecay.of(3650).weight(3650)).isEqualByComparingTo("0.5");
    assertThat(week.halfLifeDays()).isEqualTo(7);
  }

  @Test
  void weight_vanishesBelowTheLastPlaceKept() {
    assertThat(week.weight(7 * 66)).isEqualByComparingTo("0.00000000000000000001");
    assertThat(week.weight(7 * 69 + 6)).isZero();
    assertThat(week.weight(7 * 70)).isZero();
    assertThat(week.weight(Long.MAX_VALUE)).isZero();
  }

  @Test
  void refusesNegativeAgesAndHalfLives() {
    assertThatThrownBy(() -> week.weight(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must be >= 0, but was -1");
    assertThatThrownBy(() -> TimeDecay.of(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("halfLifeDays must be >= 1, but was 0");
  }
}
