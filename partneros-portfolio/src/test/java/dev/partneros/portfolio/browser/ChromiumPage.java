package dev.partneros.portfolio.browser;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One tab of a {@link ChromiumBrowser}: opens a file, collects what the page reports as an error
 * (console errors, uncaught exceptions, browser log errors) and every network request it makes,
 * evaluates JavaScript and takes screenshots.
 *
 * <p>Not thread-safe: one test uses one page.
 */
final class ChromiumPage implements AutoCloseable {

  /** The window width and height the page is laid out in unless {@link #resize} changes it. */
  static final int DEFAULT_WIDTH = 1280;

  /** See {@link #DEFAULT_WIDTH}. */
  static final int DEFAULT_HEIGHT = 900;

  private final ChromiumProtocol protocol;
  private final String targetId;
  private final String sessionId;
  private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
  private final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Consumer<ChromiumProtocol.Event> listener;
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

  private ChromiumPage(ChromiumProtocol protocol, String targetId, String sessionId) {
    this.protocol = protocol;
    this.targetId = targetId;
    this.sessionId = sessionId;
    this.listener = this::onEvent;
  }

  static ChromiumPage attach(ChromiumProtocol protocol, String targetId, String sessionId) {
    ChromiumPage page = new ChromiumPage(protocol, targetId, sessionId);
    protocol.onEvent(page.listener);
    page.send("Page.enable", Map.of());
    page.send("Runtime.enable", Map.of());
    page.send("Log.enable", Map.of());
    page.send("Network.enable", Map.of());
    page.resize(DEFAULT_WIDTH, DEFAULT_HEIGHT);
    return page;
  }

  private void onEvent(ChromiumProtocol.Event event) {
    if (!event.sessionId().equals(sessionId)) {
      return;
    }
    JsonNode params = event.params();
    switch (event.method()) {
      case "Page.loadEventFired" -> loaded.complete(null);
      case "Runtime.consoleAPICalled" -> {
        String type = params.path("type").asText();
        if (type.equals("error") || type.equals("assert")) {
          List<String> args = new ArrayList<>();
          params.path("args").forEach(a -> args.add(a.has("value") ? a.get("value").asText()
              : a.path("description").asText(a.path("type").asText())));
          errors.add("console." + type + ": " + String.join(" ", args));
        }
      }
      case "Runtime.exceptionThrown" -> {
        JsonNode details = params.path("exceptionDetails");
        errors.add("uncaught exception: " + details.path("exception").path("description")
            .asText(details.path("text").asText()) + " (line " + details.path("lineNumber").asInt() + ")");
      }
      case "Log.entryAdded" -> {
        JsonNode entry = params.path("entry");
        if (entry.path("level").asText().equals("error")) {
          errors.add("log " + entry.path("source").asText() + ": " + entry.path("text").asText()
              + (entry.has("url") ? " (" + entry.get("url").asText() + ")" : ""));
        }
      }
      case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asText());
      default -> {
        // not needed
      }
    }
  }

  private JsonNode send(String method, Map<String, ?> params) {
    return protocol.send(sessionId, method, params);
  }

  /**
   * Lays the page out in a window of this size (CSS pixels, device scale 1).
   *
   * @param width the width, {@code > 0}
   * @param height the height, {@code > 0}
   */
  void resize(int width, int height) {
    send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
        "mobile", false));
  }

  /**
   * Opens a local file and waits for its load event and its fonts; forgets the errors and requests
   * of the file opened before.
   *
   * @param file the HTML file, not null
   * @throws IllegalStateException when it does not load within {@link ChromiumProtocol#COMMAND_TIMEOUT}
   */
  void open(Path file) {
    requireNonNull(file, "file");
    loaded = new CompletableFuture<>();
    errors.clear();
    requests.clear();
    JsonNode navigated = send("Page.navigate", Map.of("url", file.toAbsolutePath().toUri().toString()));
    if (navigated.has("errorText")) {
      throw new IllegalStateException("cannot open " + file + ": " + navigated.get("errorText").asText());
    }
    try {
      loaded.get(ChromiumProtocol.COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException(file + " did not finish loading within " + ChromiumProtocol.COMMAND_TIMEOUT,
          e);
    }
    evaluate("document.fonts.ready.then(() => true)");
  }

  /**
   * Evaluates a JavaScript expression in the page (awaiting it when it is a promise).
   *
   * @param expression not null
   * @return its value as JSON, never null ({@code null} node for undefined)
   * @throws IllegalStateException when the expression throws
   */
  JsonNode evaluate(String expression) {
    requireNonNull(expression, "expression");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("expression", expression);
    params.put("returnByValue", true);
    params.put("awaitPromise", true);
    JsonNode result = send("Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      JsonNode details = result.get("exceptionDetails");
      throw new IllegalStateException("the script failed: " + details.path("exception").path("description")
          .asText(details.path("text").asText()));
    }
    return result.path("result").path("value");
  }

  /**
   * Clicks with the left mouse button, as a user does: the element that the CSS selector finds
   * first is scrolled into view, then the mouse is pressed and released at its centre.
   *
   * @param selector a CSS selector, not null
   * @throws IllegalStateException when no element matches
   */
  void click(String selector) {
    requireNonNull(selector, "selector");
    JsonNode centre = evaluate("(() => { const e = document.querySelector(" + quoted(selector) + ");"
        + " if (!e) { throw new Error('no element matches ' + " + quoted(selector) + "); }"
        + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
        + " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
    for (String type : new String[] {"mousePressed", "mouseReleased"}) {
      send("Input.dispatchMouseEvent", Map.of("type", type, "x", centre.get(0).asDouble(), "y",
          centre.get(1).asDouble(), "button", "left", "clickCount", 1));
    }
  }

  /** A JavaScript string literal of a text. */
  static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /**
   * Takes a PNG screenshot of a rectangle of the page, in page coordinates (CSS pixels from the
   * document's top left), beyond the window if need be.
   *
   * @param x the left edge
   * @param y the top edge
   * @param width the width, {@code > 0}
   * @param height the height, {@code > 0}
   * @return the PNG bytes, never null
   */
  byte[] screenshot(double x, double y, double width, double height) {
    Map<String, Object> clip = Map.of("x", x, "y", y, "width", width, "height", height, "scale", 1);
    JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "clip", clip,
        "captureBeyondViewport", true));
    return Base64.getDecoder().decode(shot.get("data").asText());
  }

  /**
   * Returns what the page reported as an error since it was opened: console errors and failed
   * assertions, uncaught exceptions and browser log errors, in order.
   *
   * @return a copy, never null
   */
  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  /**
   * Returns the URL of every network request the page made, the page itself included.
   *
   * @return a copy, never null
   */
  List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Closes the tab. */
  @Override
  public void close() {
    protocol.removeListener(listener);
    try {
      protocol.send("", "Target.closeTarget", Map.of("targetId", targetId));
    } catch (RuntimeException e) {
      // the browser is already gone
    }
  }
}
