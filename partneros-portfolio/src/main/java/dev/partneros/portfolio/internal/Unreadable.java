package dev.partneros.portfolio.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Why a book's file or folder cannot be read or listed, in the words of the book's files
 * ({@code docs/problems.md#what-a-problem-carries}): "does not exist", "is a folder, not a file",
 * "cannot be read: permission denied"... never the exception's bare message (which is often the
 * path again, or null), never a Java class.
 */
public final class Unreadable {

  /** A message that names a Java class or is no reason at all. */
  private static final Pattern NO_REASON = Pattern.compile(
      "(?s)\\s*|null|.*\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z][A-Za-z0-9_$]*.*|.*Exception.*");

  private Unreadable() {}

  /**
   * Why a file cannot be read, completing "{@code deals.csv:1: ...}".
   *
   * @param file the file, not null
   * @param e what reading it threw, not null
   * @return never blank
   */
  public static String file(Path file, IOException e) {
    if (e instanceof LimitedInput.TooLarge) {
      return e.getMessage();
    }
    if (e instanceof CharacterCodingException) {
      return "must be UTF-8 text, but has bytes that are not (save the file as UTF-8)";
    }
    if (Files.isDirectory(file)) {
      return "is a folder, not a file";
    }
    return reason(file, e, "read", "a link to a file that is missing, or a file moved away");
  }

  /**
   * Why a folder cannot be listed, completing "{@code /path/to/book:1: ...}".
   *
   * @param folder the folder, not null
   * @param e what listing it threw, not null
   * @return never blank
   */
  public static String folder(Path folder, IOException e) {
    if (e instanceof NotDirectoryException || Files.exists(folder) && !Files.isDirectory(folder)) {
      return "is not a folder (expected a folder of CSV files)";
    }
    return reason(folder, e, "listed", "expected a folder of CSV files");
  }

  private static String reason(Path path, IOException e, String verb, String missing) {
    if (e instanceof NoSuchFileException || !Files.exists(path)) {
      return "does not exist (" + missing + ")";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be " + verb + ": permission denied";
    }
    String why = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (why == null || NO_REASON.matcher(why).matches() || why.contains(path.toString())) {
      return "cannot be " + verb + " (the system reported an input/output error)";
    }
    String line = why.strip().lines().findFirst().orElse("");
    return "cannot be " + verb + ": " + line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
  }
}
