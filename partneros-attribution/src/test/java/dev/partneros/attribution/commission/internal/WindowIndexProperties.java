package dev.partneros.attribution.commission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.SpiffTerms;
import dev.partneros.core.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The SPIFF window index finds exactly the windows a scan of the facts finds, in the same order,
 * overlapping, nested, touching and one-day windows included.
 */
class WindowIndexProperties {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Property(tries = 500)
  void indexFindsWhatAScanFinds(@ForAll @Size(max = 8) List<@IntRange(min = 0, max = 60) Integer> starts,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 30) Integer> lengths,
      @ForAll @IntRange(min = -5, max = 100) int day) {
    List<CommissionFacts.SpiffWindow> windows = new ArrayList<>();
    for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
      LocalDate from = START.plusDays(starts.get(i));
      windows.add(CommissionFacts.SpiffWindow.of(SpiffTerms.Kind.BUNDLE,
          DateRange.ofClosed(from, from.plusDays(lengths.get(i)))));
    }
    LocalDate date = START.plusDays(day);
    List<CommissionFacts.SpiffWindow> scanned = windows.stream().filter(w -> w.period().contains(date))
        .collect(Collectors.toList());
    assertThat(WindowIndex.of(windows).containing(date)).containsExactlyElementsOf(scanned);
  }
}
