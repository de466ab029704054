package dev.partneros.portfolio.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests a {@link ChromiumBrowser} parameter: one Chromium for every test of the run, started
 * on first use and closed when the run ends (it is kept in the root context's store). Where Chromium
 * is not installed, the tests are skipped (disabled) with the reason
 * {@code Chromium not found at chromium: install the Debian package chromium}; where it is
 * installed but does not start, they fail.
 *
 * <p>Stateless itself; thread-safe.
 */
final class ChromiumExtension implements ExecutionCondition, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String why = ChromiumBrowser.whyUnavailable();
    return why.isEmpty() ? ConditionEvaluationResult.enabled("Chromium is installed at " + ChromiumBrowser.executable())
        : ConditionEvaluationResult.disabled(why);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ChromiumBrowser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, k -> new Running(ChromiumBrowser.start(ChromiumBrowser.executable())),
            Running.class).browser();
  }

  /** The shared browser, closed by JUnit with the root context (as AutoCloseable since JUnit 5.13). */
  private record Running(ChromiumBrowser browser) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      browser.close();
    }
  }
}
