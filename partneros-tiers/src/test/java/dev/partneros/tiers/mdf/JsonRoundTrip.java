package dev.partneros.tiers.mdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.core.PartnerOsJson;

/** Asserts that a value round-trips through JSON: read back equal, written back to the same tree. */
final class JsonRoundTrip {

  private JsonRoundTrip() {}

  static <T> void assertRoundTrips(T value, Class<T> type) {
    JsonNode tree = PartnerOsJson.toTree(value);
    T read = PartnerOsJson.read(tree, type);
    assertThat(read).isEqualTo(value);
    assertThat(PartnerOsJson.toTree(read)).isEqualTo(tree);
  }
}
