package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The fuzz suites' hook reaches every property of the class it is added to, after the campaign's
 * scale: a fuzz property runs exactly its scaled tries.
 */
@AddLifecycleHook(EngineFuzz.class)
class EngineFuzzTriesProperties {

  static final int WRITTEN_TRIES = 2_000;
  static final AtomicInteger RUNS = new AtomicInteger();

  @Property(tries = WRITTEN_TRIES)
  void countsItsTries(@ForAll long any) {
    RUNS.incrementAndGet();
  }

  @AfterContainer
  static void thePropertyRanItsFuzzTries() {
    double campaign = Double.parseDouble(System.getProperty(CampaignTries.SCALE_PROPERTY, "1"));
    int fuzz = Integer.getInteger(EngineFuzz.SCALE_PROPERTY, 1);
    assertThat(RUNS.get()).isEqualTo(
        EngineFuzz.scaled(CampaignTries.scaled(WRITTEN_TRIES, campaign), fuzz, CampaignTries.exhaustive()));
  }

  @Example
  void scaled_takesTheFastShare_multipliesByTheScale_neverBelowTheMinimum() {
    assertThat(EngineFuzz.scaled(1_000, 1, false)).isEqualTo(300);
    assertThat(EngineFuzz.scaled(10_000, 1, true)).isEqualTo(10_000);
    assertThat(EngineFuzz.scaled(10_000, 20, true)).isEqualTo(200_000);
    assertThat(EngineFuzz.scaled(10_000, 0, true)).isEqualTo(10_000);
    assertThat(EngineFuzz.scaled(100, 1, false)).isEqualTo(CampaignTries.MINIMUM_TRIES);
    assertThat(EngineFuzz.scaled(20, 1, false)).isEqualTo(20);
  }
}
