package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.jdbc.internal.FactsHash;
import dev.partneros.jdbc.internal.Json;
import dev.partneros.portfolio.Portfolio;
import java.util.ArrayList;
import java.util.List;
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
}
