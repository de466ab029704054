package dev.partneros.portfolio.browser;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One WebSocket to Chromium's DevTools protocol, with the JDK's own {@code java.net.http}: commands
 * (answered by id) and events (handed to the listeners). Flat sessions: a command or event of a page
 * carries that page's {@code sessionId}.
 *
 * <p>Thread-safe: commands may be sent from any thread; listeners run on the socket's thread.
 */
final class ChromiumProtocol implements AutoCloseable {

  /** How long a command may take before it fails. */
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An event: its method, the session it came from (empty for the browser's) and its params. */
  record Event(String method, String sessionId, JsonNode params) {}

  private final WebSocket socket;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

  private ChromiumProtocol(WebSocket socket, Receiver receiver) {
    this.socket = socket;
    receiver.protocol = this;
  }

  /**
   * Connects to a DevTools WebSocket address ({@code ws://127.0.0.1:PORT/devtools/browser/...}).
   *
   * @param address the address Chromium printed, not null
   * @return the connection, never null
   */
  static ChromiumProtocol connect(URI address) {
    requireNonNull(address, "address");
    Receiver receiver = new Receiver();
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .buildAsync(address, receiver).join();
    return new ChromiumProtocol(socket, receiver);
  }

  /**
   * Adds a listener of every event.
   *
   * @param listener not null
   */
  void onEvent(Consumer<Event> listener) {
    listeners.add(requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener added by {@link #onEvent}.
   *
   * @param listener not null
   */
  void removeListener(Consumer<Event> listener) {
    listeners.remove(listener);
  }

  /**
   * Sends a command and waits for its result.
   *
   * @param sessionId the page's session, or empty for the browser
   * @param method the protocol method, such as {@code Page.navigate}
   * @param params its parameters, not null
   * @return the command's {@code result}, never null
   * @throws IllegalStateException when Chromium answers with an error or does not answer in time
   */
  JsonNode send(String sessionId, String method, Map<String, ?> params) {
    long id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (!sessionId.isEmpty()) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      synchronized (socket) {
        socket.sendText(message.toString(), true).get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
      JsonNode reply = answer.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " was interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + " got no answer within " + COMMAND_TIMEOUT, e);
    } finally {
      pending.remove(id);
    }
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (java.io.IOException e) {
      return;
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.get(message.get("id").asLong());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    Event event = new Event(message.path("method").asText(), message.path("sessionId").asText(""),
        message.path("params"));
    for (Consumer<Event> listener : listeners) {
      listener.accept(event);
    }
  }

  private void failAll(Throwable cause) {
    pending.values().forEach(f -> f.completeExceptionally(cause));
  }

  /** Closes the socket (Chromium itself is closed by its owner). */
  @Override
  public void close() {
    socket.abort();
    failAll(new IllegalStateException("the DevTools connection is closed"));
  }

  /** Reassembles the text frames of each message and dispatches it. */
  private static final class Receiver implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    private volatile ChromiumProtocol protocol;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        ChromiumProtocol p = protocol;
        if (p != null) {
          p.dispatch(text);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      ChromiumProtocol p = protocol;
      if (p != null) {
        p.failAll(error);
      }
    }
  }
}
