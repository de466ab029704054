package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A SPIFF campaign (facts, {@code docs/rules/commission.md#spiffs}: SPIFFs are time-boxed): a kind
 * and the closed range of dates it runs. A deal signed inside the window earns the SPIFF; the
 * quarterly quota SPIFF applies to quarters that end inside its window. A
 * {@link SpiffKind#PRODUCT_LAUNCH} names the launched products, and its length must lie within the
 * plan's {@code launchMinDays} to {@code launchMaxDays} (30 to 60 by default, checked by the
 * calculator at {@code spiffWindows[i].period}).
 *
 * <p>Checked when built ({@link InvalidFactsException}): a launch names at least one product;
 * other kinds name none.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpiffWindow.class)
@JsonDeserialize(as = ImmutableSpiffWindow.class)
public abstract class SpiffWindow {

  SpiffWindow() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a window for a SPIFF that names no product.
   *
   * @param kind the SPIFF, not null, not {@link SpiffKind#PRODUCT_LAUNCH}
   * @param period the days it runs, not null
   * @return never null
   */
  public static SpiffWindow of(SpiffKind kind, DateRange period) {
    return new Builder().kind(requireNonNull(kind, "kind")).period(requireNonNull(period, "period")).build();
  }

  /**
   * Creates a product-launch window.
   *
   * @param period the days it runs, not null
   * @param products the launched products, not null, not empty
   * @return never null
   */
  public static SpiffWindow launch(DateRange period, Set<String> products) {
    return new Builder().kind(SpiffKind.PRODUCT_LAUNCH).period(requireNonNull(period, "period"))
        .products(requireNonNull(products, "products")).build();
  }

  /**
   * Returns the SPIFF.
   *
   * @return never null
   */
  public abstract SpiffKind kind();

  /**
   * Returns the days the campaign runs, both ends included.
   *
   * @return never null
   */
  public abstract DateRange period();

  /**
   * Returns the launched products (product launch only).
   *
   * @return never null
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> products();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath path = FieldPath.root().field("products");
    if (kind() == SpiffKind.PRODUCT_LAUNCH) {
      problems.check(!products().isEmpty(), path, CoreProblemCode.EMPTY, "name the launched products", "[]");
    } else {
      problems.check(products().isEmpty(), path, CoreProblemCode.NOT_ALLOWED, "be empty for a " + kind() + " window", products());
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link SpiffWindow}; kind and period are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableSpiffWindow.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
