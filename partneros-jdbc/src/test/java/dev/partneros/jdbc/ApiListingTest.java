package dev.partneros.jdbc;

import dev.partneros.core.ApiListing;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The public API of partneros-jdbc is the committed api/jdbc.api (docs/api.md#api-listing)")
class ApiListingTest {

  @Test
  void exportedApi_matchesCommittedListing() throws IOException {
    ApiListing.check("jdbc");
  }
}
