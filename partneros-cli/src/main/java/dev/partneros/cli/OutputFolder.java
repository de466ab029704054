package dev.partneros.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output folder of one run ({@code --out}), replaced as a whole or not at all.
 *
 * <p>{@link #open} makes a fresh hidden folder beside the target, {@code .<name>.partneros-tmp-<random>}
 * (same parent, so the final move is a rename on one file system). Files go there, either through
 * {@link #write(String, String)} or by a writer that streams into {@link #folder()}. {@link #commit()}
 * writes the ownership marker {@value #MARKER}, forces every file and the folder to the disk, and then
 * swaps: an existing target is renamed aside to {@code .<name>.partneros-old-<random>}, the new folder
 * is renamed to the target (an atomic move), and the old one is deleted. When the second rename fails
 * the old one is renamed back. {@link #close()} without a commit deletes the new folder, so a failure
 * before the swap leaves the target untouched.
 *
 * <p>The commands open it before they read the portfolio, so that a folder that cannot be written
 * fails the run at once; the hidden folder therefore exists, empty, while the run evaluates.
 *
 * <p>A killed run can leave its {@code .partneros-tmp-} folder behind (never a folder under the
 * target's name). The next {@link #open} for the same target deletes such leftovers whose last
 * modification is older than its own start (so two runs into the same target at once are not
 * supported: the later one may remove the earlier one's folder, which then fails with exit code 3,
 * but the target always holds one run's complete outputs); and when the target is missing but a
 * {@code .partneros-old-} folder exists (a run killed between the two renames), it first renames the
 * newest one back to the target.
 *
 * <p>Not thread-safe; one per run.
 */
final class OutputFolder implements AutoCloseable {

  /** The file that marks a folder as written by PartnerOS, so that a later run may replace it. */
  static final String MARKER = ".partneros-output";

  /** The infix of the hidden folder a run writes into, before the swap. */
  static final String TEMPORARY = ".partneros-tmp-";

  /** The infix of the previous outputs during the swap. */
  static final String BACKUP = ".partneros-old-";

  /** Where a test injects a failure: called before each step of a run's output. */
  @FunctionalInterface
  interface Hook {
    /** No failure. */
    Hook NONE = step -> { };

    /**
     * Called before a step: {@code file:<name>} before each file is written, {@code commit}
     * before the files are forced to the disk, {@code swap:aside} and {@code swap:in} before each
     * rename of the swap.
     *
     * @param step the step
     * @throws IOException to fail it
     */
    void before(String step) throws IOException;
  }

  private final Path target;
  private final Path temporary;
  private final String marker;
  private final Hook hook;
  private final Set<Path> forced = new HashSet<>();
  private boolean committed;

  private OutputFolder(Path target, Path temporary, String marker, Hook hook) {
    this.target = target;
    this.temporary = temporary;
    this.marker = marker;
    this.hook = hook;
  }

  /**
   * Starts a run's output: recovers and cleans what earlier runs left behind, then makes the hidden
   * folder to write into.
   *
   * @param target the {@code --out} folder
   * @param command what writes it, for the marker, such as {@code partneros evaluate}
   * @param hook the failure injection of the tests, {@link Hook#NONE} otherwise
   * @return the open output
   * @throws IOException if the parent cannot be made or written, or the target is a file
   */
  static OutputFolder open(Path target, String command, Hook hook) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null || out.getFileName() == null) {
      throw new FileAlreadyExistsException(target.toString(), null, "the root folder cannot be replaced");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    FileTime started = FileTime.fromMillis(System.currentTimeMillis());
    Files.createDirectories(parent);
    recover(out);
    removeStale(out, started);
    Path temporary = Files.createDirectory(parent.resolve(hidden(out, TEMPORARY)));
    return new OutputFolder(target, temporary, "This folder is written by PartnerOS (" + command + "): every run "
        + "replaces the whole folder.\n", hook);
  }

  /**
   * Returns why a folder must not be replaced without {@code --force}: it exists, is not empty and
   * carries no {@value #MARKER}.
   *
   * @param target the {@code --out} folder
   * @return the reason, or empty when it may be replaced
   * @throws IOException if the folder cannot be listed
   */
  static Optional<String> notOwned(Path target) throws IOException {
    if (!Files.isDirectory(target) || Files.exists(target.resolve(MARKER))) {
      return Optional.empty();
    }
    try (Stream<Path> entries = Files.list(target)) {
      return entries.findAny().isPresent()
          ? Optional.of(target + " is a folder that PartnerOS did not write (no " + MARKER + " file) and is not "
              + "empty; every run replaces the whole --out folder, so choose an empty or new folder, or add --force "
              + "to replace it")
          : Optional.empty();
    }
  }

  /** Returns the hidden folder the files are written into until {@link #commit()}. */
  Path folder() {
    return temporary;
  }

  /**
   * Writes one file (UTF-8) into {@link #folder()} and forces it to the disk.
   *
   * @param name the file's name
   * @param content its content
   * @return the file's path once committed, under the target
   * @throws IOException if it cannot be written
   */
  Path write(String name, String content) throws IOException {
    return write(name, ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Takes a file another writer put straight into {@link #folder()} (it is forced to the disk at
   * {@link #commit()}): the point where the tests inject a failure at that file.
   *
   * @param file the file, in {@link #folder()}
   * @throws IOException if the file is refused
   */
  void adopt(Path file) throws IOException {
    hook.before("file:" + file.getFileName());
  }

  /**
   * Opens one file of {@link #folder()} for a writer that streams its content; the stream forces
   * the file to the disk when it is closed.
   *
   * @param name the file's name
   * @return the stream, to be closed by the caller
   * @throws IOException if it cannot be opened
   */
  OutputStream stream(String name) throws IOException {
    hook.before("file:" + name);
    Path file = temporary.resolve(name);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new FilterOutputStream(Channels.newOutputStream(channel)) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        try (channel) {
          flush();
          channel.force(true);
          forced.add(file);
        }
      }
    };
  }

  private Path write(String name, ByteBuffer content) throws IOException {
    hook.before("file:" + name);
    Path file = temporary.resolve(name);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      while (content.hasRemaining()) {
        channel.write(content);
      }
      channel.force(true);
    }
    forced.add(file);
    return target.resolve(name);
  }

  /**
   * Replaces the target with the files written: forces every file (also those streamed into
   * {@link #folder()}) and the folder to the disk, then swaps.
   *
   * @throws IOException if a file cannot be forced or the swap fails; the target is then as before
   */
  void commit() throws IOException {
    if (committed) {
      throw new IllegalStateException("committed twice");
    }
    write(MARKER, marker);
    hook.before("commit");
    try (Stream<Path> files = Files.walk(temporary)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !forced.contains(file)) {
          try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    forceFolder(temporary);
    Path out = target.toAbsolutePath().normalize();
    Optional<Path> aside = Optional.empty();
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      hook.before("swap:aside");
      Path backup = out.resolveSibling(hidden(out, BACKUP));
      move(out, backup);
      aside = Optional.of(backup);
    }
    try {
      hook.before("swap:in");
      move(temporary, out);
    } catch (IOException | RuntimeException e) {
      if (aside.isPresent()) {
        try {
          move(aside.get(), out);
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
      }
      throw e;
    }
    committed = true;
    forceFolder(out.getParent());
    if (aside.isPresent()) {
      delete(aside.get());
    }
  }

  /** Deletes the hidden folder unless the run was committed; never throws. */
  @Override
  public void close() {
    if (!committed) {
      try {
        delete(temporary);
      } catch (IOException e) {
        // Left behind under its temporary name; the next run for the same target removes it.
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Forces a folder's entries to the disk where the platform allows it (POSIX; not Windows). */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Folders cannot be opened on every platform; the files themselves are forced.
    }
  }

  private static String hidden(Path out, String infix) {
    byte[] random = new byte[6];
    new SecureRandom().nextBytes(random);
    return "." + out.getFileName() + infix + HexFormat.of().formatHex(random);
  }

  /** The leftovers of earlier runs for the same target: temporary and backup folders. */
  private static List<Path> leftovers(Path out, String infix) throws IOException {
    String prefix = "." + out.getFileName() + infix;
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(),
        p -> p.getFileName().toString().startsWith(prefix))) {
      siblings.forEach(found::add);
    }
    return found;
  }

  /** A run killed between the two renames of its swap: the previous outputs go back in place. */
  private static void recover(Path out) throws IOException {
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Optional<Path> newest = Optional.empty();
    FileTime newestTime = FileTime.fromMillis(Long.MIN_VALUE);
    for (Path backup : leftovers(out, BACKUP)) {
      FileTime time = Files.getLastModifiedTime(backup, LinkOption.NOFOLLOW_LINKS);
      if (time.compareTo(newestTime) >= 0) {
        newest = Optional.of(backup);
        newestTime = time;
      }
    }
    if (newest.isPresent()) {
      move(newest.get(), out);
    }
  }

  /** Deletes the temporary and backup folders of earlier runs for the same target. */
  private static void removeStale(Path out, FileTime started) throws IOException {
    List<Path> stale = new ArrayList<>(leftovers(out, TEMPORARY));
    stale.addAll(leftovers(out, BACKUP));
    for (Path leftover : stale) {
      try {
        if (Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).compareTo(started) < 0) {
          delete(leftover);
        }
      } catch (NoSuchFileException e) {
        // Removed meanwhile.
      }
    }
  }

  /** Deletes a file or a folder with everything in it, without following links. */
  static void delete(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        Files.deleteIfExists(folder);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
