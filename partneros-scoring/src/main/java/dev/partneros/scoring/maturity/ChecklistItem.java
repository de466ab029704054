package dev.partneros.scoring.maturity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.util.List;
import org.immutables.value.Value;

/**
 * One item of the maturity checklist ({@code docs/rules/maturity.md#checklist}): its id, stage,
 * capability area, what it asks, and the blueprint templates to use for it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChecklistItem.class)
@JsonDeserialize(as = ImmutableChecklistItem.class)
public abstract class ChecklistItem {

  ChecklistItem() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an item.
   *
   * @param id the id
   * @param stage the stage
   * @param area the capability area
   * @param text what the item asks
   * @param templates the blueprint templates to use
   * @return never null
   */
  public static ChecklistItem of(String id, MaturityStage stage, CapabilityArea area, String text, String... templates) {
    return new Builder().id(id).stage(stage).area(area).text(text).addTemplates(templates).build();
  }

  /**
   * Returns the id, unique in the catalogue, such as {@code emerging.tiers}.
   *
   * @return never null
   */
  public abstract String id();

  /**
   * Returns the stage the item belongs to.
   *
   * @return never null
   */
  public abstract MaturityStage stage();

  /**
   * Returns the capability area the item belongs to.
   *
   * @return never null
   */
  public abstract CapabilityArea area();

  /**
   * Returns what the item asks.
   *
   * @return never null
   */
  public abstract String text();

  /**
   * Returns the blueprint templates to use, such as {@code Program Architecture I.6}.
   *
   * @return never null
   */
  public abstract List<String> templates();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNotBlank(FieldPath.root().field("id"), id());
    problems.requireNotBlank(FieldPath.root().field("text"), text());
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link ChecklistItem}. Not thread-safe. */
  public static class Builder extends ImmutableChecklistItem.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
