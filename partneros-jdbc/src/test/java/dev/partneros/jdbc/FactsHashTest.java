package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import dev.partneros.jdbc.internal.FactsHash;
import dev.partneros.jdbc.internal.Json;
import dev.partneros.portfolio.KnownTierStates;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.tiers.TierState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A run's facts hash is of the book's rows, streamed, the same in every run (docs/jdbc.md#guarantees)")
class FactsHashTest {

  @Test
  void hash_isTheSha256OfTheCanonicalText_builtRowByRow() {
    Portfolio book = Books.small();
    StringBuilder text = new StringBuilder();
    List<List<?>> tables = List.of(book.partners(), book.metrics(), book.certifications(), book.deals(),
        book.touches(), book.registrations(), book.payments(), book.cancellations(), book.mdfRequests(),
        book.ratings(), book.checklist(), book.fxRates());
    List<String> names = List.of("partners", "metrics", "certifications", "deals", "touches", "registrations",
        "payments", "cancellations", "mdfRequests", "ratings", "checklist", "fxRates");
    for (int i = 0; i < tables.size(); i++) {
      text.append(names.get(i)).append(' ').append(tables.get(i).size()).append('\n');
      tables.get(i).forEach(row -> text.append(row).append('\n'));
    }

    assertThat(FactsHash.of(book)).isEqualTo(Json.sha256(text.toString())).hasSize(64);
  }

  @Test
  void sameRows_giveTheSameHash_andOneRowLessAnother() {
    Portfolio book = Books.small();
    Portfolio copy = new Portfolio(new ArrayList<>(book.partners()), book.metrics(), book.certifications(),
        book.deals(), book.touches(), book.registrations(), new ArrayList<>(book.payments()), book.cancellations(),
        book.mdfRequests(), book.ratings(), book.checklist(), book.fxRates());
    Portfolio lessOnePayment = new Portfolio(book.partners(), book.metrics(), book.certifications(), book.deals(),
        book.touches(), book.registrations(), book.payments().subList(1, book.payments().size()),
        book.cancellations(), book.mdfRequests(), book.ratings(), book.checklist(), book.fxRates());

    assertThat(FactsHash.of(copy)).isEqualTo(FactsHash.of(book));
    assertThat(FactsHash.of(lessOnePayment)).isNotEqualTo(FactsHash.of(book));
  }

  @Test
  void storedTierStates_followTheBook_andNoneLeaveTheBooksHash() {
    Portfolio book = Books.small();
    KnownTierStates gold = KnownTierStates.at(LocalDate.parse("2026-06-30"), Map.of(PartnerId.of("P-001"),
        StoredTierStateTest.P001_GOLD));
    KnownTierStates platinum = KnownTierStates.at(LocalDate.parse("2026-06-30"), Map.of(PartnerId.of("P-001"),
        TierState.builder().from(StoredTierStateTest.P001_GOLD).tier(Tier.PLATINUM).build()));

    assertThat(FactsHash.of(book, KnownTierStates.none())).isEqualTo(FactsHash.of(book));
    assertThat(FactsHash.of(book, gold)).isNotEqualTo(FactsHash.of(book))
        .isNotEqualTo(FactsHash.of(book, platinum)).isEqualTo(FactsHash.of(book, KnownTierStates.of(gold.states())));
  }
}
