package dev.partneros.examples;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Gives a thread, and the threads it starts, a standard output and error of their own, so that a
 * JShell with the local execution engine (its snippets run in this JVM, each in a thread started by
 * the caller of {@code eval}) prints into its own stream, even while other JShells run in other
 * threads. The first {@link #route} replaces {@code System.out} and {@code System.err} once for the
 * test JVM with streams that write to the current thread's stream, or where there is none to the
 * original ones; a thread's stream is inherited by the threads it starts.
 */
final class ThreadOutput {

  private static final InheritableThreadLocal<PrintStream> TARGET = new InheritableThreadLocal<>();

  private ThreadOutput() {}

  /**
   * Sends what the current thread, and the threads it starts from now on, print to standard output
   * and error into {@code target}, until the returned route is closed.
   *
   * @param target where the output goes
   * @return closing it stops the routing for the current thread
   */
  static Route route(PrintStream target) {
    install();
    PrintStream previous = TARGET.get();
    TARGET.set(target);
    return () -> TARGET.set(previous);
  }

  /** A routing in force; closing it restores the thread's previous stream. */
  interface Route extends AutoCloseable {
    @Override
    void close();
  }

  private static synchronized void install() {
    if (!(System.out instanceof Routed)) {
      System.setOut(new Routed(System.out));
    }
    if (!(System.err instanceof Routed)) {
      System.setErr(new Routed(System.err));
    }
  }

  /** A print stream writing to the current thread's target, or to the original stream. */
  private static final class Routed extends PrintStream {

    Routed(PrintStream original) {
      super(new OutputStream() {
        @Override
        public void write(int b) {
          target(original).write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
          target(original).write(bytes, offset, length);
        }

        @Override
        public void flush() {
          target(original).flush();
        }
      }, true, StandardCharsets.UTF_8);
    }

    private static PrintStream target(PrintStream original) {
      PrintStream target = TARGET.get();
      return target == null ? original : target;
    }
  }
}
