package dev.partneros.tiers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.ProblemCollector;

/**
 * Refuses, inside a section, a field whose value comes from the program's header (the ladder, the
 * currency, the fiscal calendar): written there it would otherwise be silently ignored.
 */
final class HeaderFields {

  private HeaderFields() {}

  static void refuse(ProblemCollector problems, String field, JsonNode given) {
    if (given != null) {
      problems.check(false, FieldPath.root().field(field), "header_field",
          "be absent: the " + field + " comes from the program's header", given);
    }
  }
}
