package dev.partneros.portfolio.browser;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium (the Debian package {@code chromium}) started for the tests and driven through
 * the DevTools protocol ({@link ChromiumProtocol}); each {@link #newPage()} is a fresh tab.
 *
 * <p>Started as {@code chromium --headless=new --disable-gpu --no-sandbox --remote-debugging-port=0
 * --user-data-dir=<temporary folder>}; the DevTools address is read from its standard error line
 * {@code DevTools listening on ws://...}. {@link #close()} closes the browser, destroys its whole
 * process tree and deletes the temporary profile (a shutdown hook does the same if the JVM ends first).
 *
 * <p>Thread-safe.
 */
final class ChromiumBrowser implements AutoCloseable {

  /** The command the Debian package chromium installs, looked up on the {@code PATH}. */
  static final String COMMAND = "chromium";

  /** The system property naming another Chromium executable. */
  static final String EXECUTABLE_PROPERTY = "partneros.chromium";

  /** How long Chromium may take to start. */
  static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private static final String LISTENING = "DevTools listening on ";

  private final Process process;
  private final Path profile;
  private final ChromiumProtocol protocol;
  private final Thread shutdownHook;
  private final List<String> log;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private ChromiumBrowser(Process process, Path profile, ChromiumProtocol protocol, List<String> log) {
    this.process = process;
    this.profile = profile;
    this.protocol = protocol;
    this.log = log;
    this.shutdownHook = new Thread(this::destroy, "chromium-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Returns the Chromium executable: the system property {@value #EXECUTABLE_PROPERTY} when set,
   * else the first {@value #COMMAND} on the {@code PATH}, else the bare command name.
   *
   * @return never null; it may not exist
   */
  static Path executable() {
    String property = System.getProperty(EXECUTABLE_PROPERTY, "");
    if (!property.isBlank()) {
      return Path.of(property);
    }
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!folder.isBlank() && Files.isExecutable(Path.of(folder, COMMAND))) {
        return Path.of(folder, COMMAND);
      }
    }
    return Path.of(COMMAND);
  }

  /**
   * Says why the browser tests cannot run here, or empty when Chromium is installed.
   *
   * @return never null
   */
  static String whyUnavailable() {
    Path executable = executable();
    return Files.isExecutable(executable) ? ""
        : "Chromium not found at " + executable + ": install the Debian package chromium";
  }

  /**
   * Starts Chromium and connects to it.
   *
   * @param executable the Chromium executable, not null
   * @return the running browser, never null
   * @throws IllegalStateException when it does not start or print its DevTools address in time
   */
  static ChromiumBrowser start(Path executable) {
    requireNonNull(executable, "executable");
    Path profile;
    try {
      profile = Files.createTempDirectory("partneros-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create Chromium's temporary profile", e);
    }
    List<String> command = List.of(executable.toString(), "--headless=new", "--disable-gpu", "--no-sandbox",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
        "--force-device-scale-factor=1", "about:blank");
    Process process;
    try {
      process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      deleteTree(profile);
      throw new UncheckedIOException("cannot start " + executable, e);
    }
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<URI> address = new CompletableFuture<>();
    Thread reader = new Thread(() -> readStandardError(process, address, log), "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      URI uri = address.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return new ChromiumBrowser(process, profile, ChromiumProtocol.connect(uri), log);
    } catch (Exception e) {
      destroyTree(process);
      deleteTree(profile);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("Chromium did not print its DevTools address within " + START_TIMEOUT
          + "; its standard error: " + tail(log), e);
    }
  }

  private static void readStandardError(Process process, CompletableFuture<URI> address, List<String> log) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (log.size() < 500) {
          log.add(line);
        }
        int at = line.indexOf(LISTENING);
        if (at >= 0) {
          address.complete(URI.create(line.substring(at + LISTENING.length()).trim()));
        }
      }
    } catch (IOException e) {
      // the process ended: nothing more to read
    }
    address.completeExceptionally(new IllegalStateException("Chromium closed its standard error"));
  }

  private static String tail(List<String> log) {
    synchronized (log) {
      return String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size()));
    }
  }

  /**
   * Opens a new tab on {@code about:blank}.
   *
   * @return the page, never null
   */
  ChromiumPage newPage() {
    String targetId = protocol.send("", "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    String sessionId = protocol.send("", "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
        .get("sessionId").asText();
    return ChromiumPage.attach(protocol, targetId, sessionId);
  }

  /**
   * Returns the browser's version line, such as {@code Chrome/156.0.8078.129}.
   *
   * @return never null
   */
  String version() {
    return protocol.send("", "Browser.getVersion", Map.of()).path("product").asText();
  }

  /** Closes the browser, ends its process tree and deletes its temporary profile; once. */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try {
      protocol.send("", "Browser.close", Map.of());
    } catch (RuntimeException e) {
      // already gone or not answering: destroyed below
    }
    destroy();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
  }

  private void destroy() {
    protocol.close();
    destroyTree(process);
    deleteTree(profile);
  }

  private static void destroyTree(Process process) {
    try {
      process.waitFor(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.forEach(c -> c.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(x -> c).join());
  }

  private static void deleteTree(Path folder) {
    for (int attempt = 0; attempt < 3 && Files.exists(folder); attempt++) {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // a file still being written by a dying process: try again
      }
    }
  }

  /**
   * Returns the last lines Chromium wrote to standard error (for failure messages).
   *
   * @return never null
   */
  String log() {
    return tail(log);
  }
}
