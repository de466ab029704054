package dev.partneros.core;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The public API of partneros-core is the committed api/core.api (docs/api.md#api-listing)")
class ApiListingTest {

  @Test
  void exportedApi_matchesCommittedListing() throws IOException {
    ApiListing.check("core");
  }
}
