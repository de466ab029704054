package dev.partneros.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The problems of one run, printed as they come: the first {@code --max-problems} on the terminal,
 * the rest only counted (and {@code ... and N more problems} said at the end), every one of them in
 * the {@code --problems-file} when given. Nothing is held in memory but the counts, so tens of
 * millions of problems cost no more than a few.
 *
 * <p>The problems file is written beside its final name, {@code .<name>.partneros-tmp-<random>}, and
 * moved onto it when the run ends with exit code 0 or 1; on another exit code (or a kill) the
 * previous problems file is left as it was, and a killed run's temporary file is left (and ignored).
 *
 * <p>Not thread-safe; one per run.
 */
final class ProblemReport {

  /** The default of {@code --max-problems}. */
  static final int DEFAULT_MAX = 1_000;

  private int max = DEFAULT_MAX;
  private Optional<Path> file = Optional.empty();
  private long total;
  private long shown;
  private Optional<Path> temporary = Optional.empty();
  private Optional<FileChannel> channel = Optional.empty();
  private Optional<Writer> writer = Optional.empty();
  private Optional<IOException> failure = Optional.empty();

  void max(int max) {
    this.max = max;
  }

  void file(Path file) {
    this.file = Optional.of(file);
  }

  /** How many problems were reported. */
  long total() {
    return total;
  }

  /**
   * Reports one problem: printed while fewer than {@code --max-problems} were, always counted and
   * written to the problems file.
   *
   * @param stream where it is printed, standard error (or standard output for a warning)
   * @param line the problem, one line
   */
  void report(PrintStream stream, String line) {
    total++;
    print(stream, line);
    toFile(line);
  }

  /**
   * Records a problem without printing it: counted and written to the problems file. The streaming
   * evaluation records every problem as it is found (in no particular order), then prints the first
   * ones in file and line order with {@link #print}.
   *
   * @param line the problem, one line
   */
  synchronized void record(String line) {
    total++;
    toFile(line);
  }

  /**
   * Prints a problem already {@linkplain #record recorded}, while fewer than {@code --max-problems}
   * were printed.
   *
   * @param stream where it is printed
   * @param line the problem, one line
   */
  void print(PrintStream stream, String line) {
    if (shown < max) {
      stream.println(line);
      shown++;
    }
  }

  /** Writes a line to the problems file, when one is asked for and it has not failed. */
  private void toFile(String line) {
    if (file.isPresent() && failure.isEmpty()) {
      try {
        writer().write(line);
        writer().write('\n');
      } catch (IOException e) {
        failure = Optional.of(e);
      }
    }
  }

  /**
   * Ends the run's report: says how many problems were not printed, and moves the problems file
   * in place when {@code keep}, else drops it.
   *
   * @param err standard error
   * @param keep whether the run ended with exit code 0 or 1
   * @throws EnvironmentFailure if the problems file cannot be written
   */
  void finish(PrintStream err, boolean keep) throws EnvironmentFailure {
    if (total > shown) {
      long more = total - shown;
      err.println(String.format(Locale.ROOT, "... and %d more %s%s", more, more == 1 ? "problem" : "problems",
          file.isPresent() && keep ? " (all " + total + " in " + file.get() + ")"
              : shown == 0 ? "" : " (--max-problems N prints more, --problems-file FILE writes them all)"));
    }
    if (file.isEmpty()) {
      return;
    }
    try {
      if (keep && failure.isEmpty()) {
        Writer out = writer();
        out.flush();
        channel.orElseThrow().force(true);
        out.close();
        move(temporary.orElseThrow(), file.get());
      }
    } catch (IOException e) {
      failure = Optional.of(e);
    } finally {
      discard();
    }
    if (failure.isPresent()) {
      throw new EnvironmentFailure("cannot write the problems file " + file.get() + ": "
          + Context.describe(failure.get()), failure.get());
    }
  }

  private Writer writer() throws IOException {
    if (writer.isEmpty()) {
      Path target = file.orElseThrow().toAbsolutePath();
      Files.createDirectories(target.getParent());
      byte[] random = new byte[6];
      new SecureRandom().nextBytes(random);
      Path path = target.resolveSibling("." + target.getFileName() + OutputFolder.TEMPORARY
          + HexFormat.of().formatHex(random));
      FileChannel opened = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      temporary = Optional.of(path);
      channel = Optional.of(opened);
      writer = Optional.of(new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(opened),
          StandardCharsets.UTF_8), 1 << 16));
    }
    return writer.get();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Closes and deletes the temporary file, if still there. */
  private void discard() {
    try {
      if (writer.isPresent()) {
        writer.get().close();
      }
    } catch (IOException e) {
      // Closing a file that is deleted next.
    }
    try {
      if (temporary.isPresent()) {
        Files.deleteIfExists(temporary.get());
      }
    } catch (IOException e) {
      // Left behind under its temporary name.
    }
    writer = Optional.empty();
    channel = Optional.empty();
    temporary = Optional.empty();
  }
}
