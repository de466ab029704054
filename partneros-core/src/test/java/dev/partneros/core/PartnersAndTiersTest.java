package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Partner ids, tiers and the ladder (docs/rules/conventions.md#allocation and docs/rules/tiers.md#ladder)")
class PartnersAndTiersTest {

  @Test
  void partnerId_validatesItsText() {
    assertThat(PartnerId.of("P-17").value()).isEqualTo("P-17");
    assertThat(PartnerId.of("a".repeat(128))).isNotNull();
    assertThatThrownBy(() -> PartnerId.of("a".repeat(129)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("partnerId must have at most 128 characters, but was 129 characters");
    assertThatThrownBy(() -> PartnerId.of(" "))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("partnerId must not be blank");
    assertThatThrownBy(() -> PartnerId.of(null))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("partnerId must be present, but was missing");
    assertThatThrownBy(() -> PartnerId.of(" P-1"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("partnerId must not start or end with white space");
    assertThatThrownBy(() -> PartnerId.of("P\u00001"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("partnerId must not contain control characters, but was P?1");
    assertThat(PartnerId.of("A").compareTo(PartnerId.of("B"))).isNegative();
    assertThat(PartnerOsJson.write(PartnerId.of("P-1"))).isEqualTo("\"P-1\"");
    assertThat(PartnerOsJson.read("\"P-1\"", PartnerId.class)).isEqualTo(PartnerId.of("P-1"));
  }

  @Test
  void tier_namesAreUpperCaseIdentifiers() {
    assertThat(Tier.of("Gold")).isEqualTo(Tier.GOLD);
    assertThat(Tier.of("gold_plus").name()).isEqualTo("GOLD_PLUS");
    assertThatThrownBy(() -> Tier.of("1st"))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("tier"));
    assertThatThrownBy(() -> Tier.of("Gold Plus")).isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> Tier.of("A".repeat(41))).isInstanceOf(InvalidFactsException.class);
  }

  @Test
  void standardLadder_ordersRegisteredSilverGoldPlatinum() {
    TierLadder ladder = TierLadder.standard();
    assertThat(ladder).hasToString("REGISTERED < SILVER < GOLD < PLATINUM");
    assertThat(ladder.lowest()).isEqualTo(Tier.REGISTERED);
    assertThat(ladder.highest()).isEqualTo(Tier.PLATINUM);
    assertThat(ladder.next(Tier.SILVER)).contains(Tier.GOLD);
    assertThat(ladder.next(Tier.PLATINUM)).isEmpty();
    assertThat(ladder.previous(Tier.SILVER)).contains(Tier.REGISTERED);
    assertThat(ladder.previous(Tier.REGISTERED)).isEmpty();
    assertThat(ladder.compare(Tier.GOLD, Tier.SILVER)).isPositive();
    assertThat(ladder.isAbove(Tier.PLATINUM, Tier.GOLD)).isTrue();
    assertThat(ladder.rankOf(Tier.GOLD)).isEqualTo(2);
    assertThat(ladder.atRank(1)).isEqualTo(Tier.SILVER);
    assertThat(ladder.warnings()).isEmpty();
    assertThatThrownBy(() -> ladder.rankOf(Tier.of("DIAMOND")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("tier must be one of [REGISTERED, SILVER, GOLD, PLATINUM], but was DIAMOND");
    assertThatThrownBy(() -> ladder.atRank(4)).isInstanceOf(InvalidFactsException.class);
  }

  @Test
  @DisplayName("docs/rules/tiers.md#ladder: 2-6 tiers; more than 4 allowed with a warning")
  void ladderSize_boundaries() {
    assertThatThrownBy(() -> TierLadder.of("ONLY"))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("ladder must be between 2 and 6, but was 1");
    assertThat(TierLadder.of("A", "B").size()).isEqualTo(2);
    assertThat(TierLadder.of("A", "B", "C", "D").warnings()).isEmpty();
    assertThat(TierLadder.of("A", "B", "C", "D", "E").warnings())
        .extracting(Problem::code).containsExactly("many_tiers");
    assertThat(TierLadder.of("A", "B", "C", "D", "E", "F").size()).isEqualTo(6);
    assertThatThrownBy(() -> TierLadder.of("A", "B", "C", "D", "E", "F", "G"))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("ladder must be between 2 and 6, but was 7");
  }

  @Test
  void ladder_refusesDuplicatesAndBadNamesWithPaths() {
    assertThatThrownBy(() -> TierLadder.of("Silver", "Gold", "GOLD"))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("ladder[2]", "duplicate")));
    assertThatThrownBy(() -> TierLadder.of("Silver", "9", "Gold"))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems().get(0).path()).isEqualTo("ladder[1]"));
  }

  @Test
  void ladder_json() {
    assertThat(PartnerOsJson.write(TierLadder.standard()).replaceAll("\\s", ""))
        .isEqualTo("[\"REGISTERED\",\"SILVER\",\"GOLD\",\"PLATINUM\"]");
    assertThat(PartnerOsJson.read("[\"Bronze\",\"Gold\"]", TierLadder.class)).isEqualTo(TierLadder.of("BRONZE", "GOLD"));
    assertThat(PartnerOsJson.read("[\"a\",\"b\"]", TierLadder.class).tiers()).containsExactly(Tier.of("A"), Tier.of("B"));
    assertThat(List.of(PartnerType.values())).hasSize(8);
  }
}
