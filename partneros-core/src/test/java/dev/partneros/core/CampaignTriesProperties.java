package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/** The campaign's scale reaches every property: a property runs exactly its scaled tries. */
class CampaignTriesProperties {

  static final int WRITTEN_TRIES = 2_000;
  static final AtomicInteger RUNS = new AtomicInteger();

  @Property(tries = WRITTEN_TRIES)
  void countsItsTries(@ForAll long any) {
    RUNS.incrementAndGet();
  }

  @AfterContainer
  static void thePropertyRanItsScaledTries() {
    double scale = Double.parseDouble(System.getProperty(CampaignTries.SCALE_PROPERTY, "1"));
    assertThat(RUNS.get()).isEqualTo(CampaignTries.scaled(WRITTEN_TRIES, scale));
  }

  @Example
  void scaled_neverAboveTheWrittenTries_neverBelowTheMinimum() {
    assertThat(CampaignTries.scaled(10_000, 0.1)).isEqualTo(1_000);
    assertThat(CampaignTries.scaled(10_000, 1)).isEqualTo(10_000);
    assertThat(CampaignTries.scaled(1_000, 0.01)).isEqualTo(CampaignTries.MINIMUM_TRIES);
    assertThat(CampaignTries.scaled(20, 0.1)).isEqualTo(20);
  }
}
