package dev.partneros.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ShareTest {

  @Test
  void of_reducesToLowestTerms_andComparesByValue() {
    assertThat(Share.of(2, 6)).isEqualTo(Share.of(1, 3)).hasToString("1/3");
    assertThat(Share.of(0, 5)).isSameAs(Share.ZERO).hasToString("0");
    assertThat(Share.of(7, 7)).isSameAs(Share.ONE).hasToString("1");
    assertThat(Share.of(1, 3).compareTo(Share.of(1, 2))).isNegative();
    assertThat(Share.of(Rate.ofPercent(25))).isEqualTo(Share.of(1, 4));
    assertThat(Share.of(Rate.ONE)).isEqualTo(Share.ONE);
    assertThat(Share.of(1, 3).plus(Share.of(1, 6))).isEqualTo(Share.of(1, 2));
    assertThat(Share.of(1, 2).times(Share.of(1, 2))).isEqualTo(Share.of(1, 4));
    assertThat(Share.of(1, 3).toBigDecimal(MathContext.DECIMAL32)).isEqualByComparingTo("0.3333333");
    assertThat(Share.of(2, 3).toRate(4, RoundingMode.HALF_EVEN)).isEqualTo(Rate.of("0.6667"));
    assertThat(Share.of(1, 3).isZero()).isFalse();
    assertThat(Share.ZERO.isZero()).isTrue();
  }

  @Test
  void parse_readsWhatToStringWrites_andRoundTripsAsJsonText() {
    assertThat(Share.parse("2/6")).isEqualTo(Share.of(1, 3));
    assertThat(Share.parse(" 1 ")).isEqualTo(Share.ONE);
    assertThat(PartnerOsJson.write(Share.of(1, 3))).isEqualTo("\"1/3\"");
    assertThat(PartnerOsJson.read("\"3/4\"", Share.class)).isEqualTo(Share.of(3, 4));
  }

  @Test
  void of_andParse_refuseValuesOutsideZeroToOne() {
    assertThatThrownBy(() -> Share.of(4, 3))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("share must be a fraction n/d with d > 0 and 0 <= n <= d, but was 4/3")
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).extracting(Problem::path)
            .containsExactly("share"));
    assertThatThrownBy(() -> Share.of(1, 0)).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("but was 1/0");
    assertThatThrownBy(() -> Share.of(-1, 2)).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("but was -1/2");
    assertThatThrownBy(() -> Share.parse("0.5")).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("share must be a fraction such as 1/3, but was 0.5");
    assertThatThrownBy(() -> Share.parse("1/3/4")).isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> Share.of(1, 2).toRate(-1, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scale must be >= 0, but was -1");
  }
}
