package dev.partneros.core;

import java.util.Locale;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales the tries of every jqwik property by the campaign the build runs: the fast default build
 * ({@code mvn -B verify}) runs each property with a tenth of the tries written on it, the exhaustive
 * campaign ({@code mvn -B verify -Pexhaustive}) with all of them. A property states the tries of its
 * full campaign ({@code @Property(tries = 10_000)}); this hook only lowers them, never below
 * {@link #MINIMUM_TRIES}, so a property keeps a fixed seed and its meaning in both builds.
 *
 * <p>The scale comes from the system property {@value #SCALE_PROPERTY} (a decimal between 0 and 1,
 * set by the build's Surefire configuration); where it is absent, as when a test runs from an IDE,
 * the full tries run. Registered for every module's tests through the core test jar's service file,
 * since the campaign is a property of the run, not of one test class.
 */
public final class CampaignTries implements AroundPropertyHook {

  /** The system property holding the scale of the tries, from 0 (exclusive) to 1. */
  public static final String SCALE_PROPERTY = "partneros.tries.scale";

  /** The fewest tries a scaled property runs (unless it asked for fewer). */
  public static final int MINIMUM_TRIES = 50;

  /** Creates the hook; jqwik instantiates it through the service file. */
  public CampaignTries() {}

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    double scale = scale();
    context.attributes().tries().ifPresent(tries -> context.attributes().setTries(scaled(tries, scale)));
    return property.execute();
  }

  /**
   * Returns the tries a property written with {@code tries} runs at a scale.
   *
   * @param tries the tries written on the property
   * @param scale the campaign's scale, above 0 and at most 1
   * @return the scaled tries: never more than {@code tries}, never fewer than
   *     {@code min(tries, MINIMUM_TRIES)}
   */
  static int scaled(int tries, double scale) {
    return Math.min(tries, Math.max(MINIMUM_TRIES, (int) Math.round(tries * scale)));
  }

  /**
   * Whether this campaign runs every property at its written tries ({@code -Pexhaustive}). A
   * coverage check of a rare case (under 1 % of the tries) is only made then: a tenth of the tries
   * may see none of it by chance.
   *
   * @return true at full scale
   */
  public static boolean exhaustive() {
    return scale() >= 1;
  }

  private static double scale() {
    String value = System.getProperty(SCALE_PROPERTY, "1");
    try {
      double scale = Double.parseDouble(value.trim());
      if (scale > 0 && scale <= 1) {
        return scale;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "system property %s must be a number above 0 and at most 1, but was %s", SCALE_PROPERTY, value));
  }
}
