package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.tiers.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Edits of a program document for what-if runs
 * ({@code docs/rules/program-changes.md#comparing-versions}): a copy with another version label,
 * another {@code effectiveFrom}, or one tier threshold changed. Each edit goes through
 * {@link ProgramDocument#fromTree}, and the result is read through every module by the evaluator,
 * so an edit that breaks a rule (a Gold threshold below Silver's) is refused with its path like a
 * bad file.
 *
 * <p>Stateless; thread-safe.
 */
public final class ProgramEdits {

  private ProgramEdits() {}

  /**
   * Returns a copy with another version label.
   *
   * @param program the program, not null
   * @param version the label, not blank
   * @return never null
   */
  public static ProgramDocument withVersion(ProgramDocument program, String version) {
    requireNonNull(version, "version");
    ObjectNode tree = requireNonNull(program, "program").toTree();
    tree.put("version", version);
    return ProgramDocument.fromTree(tree);
  }

  /**
   * Returns a copy in force from another day: the program "as if it had always applied", used by
   * {@code diff} to compare two programs over the same period.
   *
   * @param program the program, not null
   * @param effectiveFrom the first day, not null
   * @return never null
   */
  public static ProgramDocument inForceFrom(ProgramDocument program, LocalDate effectiveFrom) {
    requireNonNull(effectiveFrom, "effectiveFrom");
    ObjectNode tree = requireNonNull(program, "program").toTree();
    tree.put("effectiveFrom", effectiveFrom.toString());
    return ProgramDocument.fromTree(tree);
  }

  /**
   * Returns a copy with every threshold on a metric in a tier's criteria set to a new minimum (for
   * "what if Gold needed 80,000 of sourced ARR?"), labelled {@code <version>+what-if}.
   *
   * @param program the program, not null, with a {@code tiers} section
   * @param tier the tier, not null
   * @param metric the metric, not null
   * @param min the new minimum, not null
   * @return never null
   * @throws InvalidProgramException if the program has no tiers section, the tier has no criteria
   *     on that metric, or the changed program breaks a rule (with its path)
   */
  public static ProgramDocument withThreshold(ProgramDocument program, Tier tier, Metric metric, BigDecimal min) {
    requireNonNull(program, "program");
    requireNonNull(tier, "tier");
    requireNonNull(metric, "metric");
    requireNonNull(min, "min");
    ObjectNode tree = program.toTree();
    JsonNode levels = tree.path("tiers").path("levels");
    int changed = 0;
    for (JsonNode level : levels) {
      if (tier.name().equals(level.path("tier").asText())) {
        changed += set(level.path("criteria"), metric, min);
      }
    }
    if (changed == 0) {
      throw new InvalidProgramException(List.of(Problem.error(FieldPath.root().field("tiers").field("levels"),
          PortfolioProblemCode.NO_SUCH_THRESHOLD, "have a " + metric + " threshold for " + tier + " to change (the tiers section must "
              + "be written in the program)", tier + " " + metric)));
    }
    tree.put("version", program.version() + "+what-if");
    ProgramDocument edited = ProgramDocument.fromTree(tree);
    ProgramVersions.of(dev.partneros.core.ProgramHistory.of(edited));
    return edited;
  }

  private static int set(JsonNode node, Metric metric, BigDecimal min) {
    int changed = 0;
    if (node.isObject() && metric.name().equals(node.path("metric").asText()) && node.has("min")) {
      ((ObjectNode) node).put("min", min);
      changed++;
    }
    for (JsonNode child : node) {
      changed += set(child, metric, min);
    }
    return changed;
  }
}
