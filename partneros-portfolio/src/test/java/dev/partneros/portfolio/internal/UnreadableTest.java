package dev.partneros.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a file cannot be read, in the words of the book's files: never "null", the path again or a Java class. */
class UnreadableTest {

  @TempDir
  Path folder;

  @Test
  void anExceptionWithoutAUsefulMessage_isAnInputOutputError() throws IOException {
    Path file = Files.writeString(folder.resolve("deals.csv"), "id\n");
    for (IOException e : List.of(new IOException((String) null), new IOException("null"), new IOException(" "),
        new IOException("java.io.IOException: Stream closed"), new IOException(file.toString()),
        new FileSystemException(file.toString()), new IOException("sun.nio.fs.UnixException"))) {
      assertThat(Unreadable.file(file, e)).as("%s", e)
          .isEqualTo("cannot be read (the system reported an input/output error)");
    }
  }

  @Test
  void theSystemsReason_isKept_fromItsFirstLine() throws IOException {
    Path file = Files.writeString(folder.resolve("deals.csv"), "id\n");
    assertThat(Unreadable.file(file, new FileSystemException(file.toString(), null, "Input/output error\nmore")))
        .isEqualTo("cannot be read: input/output error");
    assertThat(Unreadable.file(file, new AccessDeniedException(file.toString())))
        .isEqualTo("cannot be read: permission denied");
    assertThat(Unreadable.folder(folder, new AccessDeniedException(folder.toString())))
        .isEqualTo("cannot be listed: permission denied");
    assertThat(Unreadable.file(file, new MalformedInputException(1)))
        .isEqualTo("must be UTF-8 text, but has bytes that are not (save the file as UTF-8)");
  }

  @Test
  void aStreamThatFails_endsTheCsvWithTheCauseKept() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException((String) null);
      }

      @Override
      public void close() {}
    };
    CsvStream csv = new CsvStream("deals.csv", failing, 100, 100, 100, p -> { });
    UncheckedIOException e = org.assertj.core.api.Assertions.catchThrowableOfType(csv::next,
        UncheckedIOException.class);
    assertThat(e.getMessage()).isEqualTo("deals.csv cannot be read at line 1").doesNotContain("null");
    assertThat(Unreadable.file(folder.resolve("deals.csv"), e.getCause()))
        .isEqualTo("does not exist (a link to a file that is missing, or a file moved away)");
  }
}
