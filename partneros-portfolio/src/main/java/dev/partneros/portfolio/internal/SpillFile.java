package dev.partneros.portfolio.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A temporary file of records, each a small header (a table, a line, a flag) and text cells,
 * written once and read back once in order. The streaming evaluation spills the rows of each part
 * of a book into one, and each part's outputs (keyed by partner or deal id) into others.
 *
 * <p>Not thread-safe: one writer, then one reader.
 */
public final class SpillFile {

  private SpillFile() {}

  /**
   * One record.
   *
   * @param table a table or kind, 0 to 255
   * @param line a line
   * @param flag a flag
   * @param cells the cells
   */
  public record Entry(int table, int line, boolean flag, String[] cells) {}

  /** Writes records, through its own buffer (no lock or call per byte). */
  public static final class Writer implements Closeable {
    private final OutputStream out;
    private byte[] buffer;
    private int size;

    /**
     * Opens a file for writing.
     *
     * @param path the file, not null
     * @param bufferBytes the buffer size
     * @throws IOException if it cannot be created
     */
    public Writer(Path path, int bufferBytes) throws IOException {
      this.out = Files.newOutputStream(path);
      this.buffer = new byte[bufferBytes];
    }

    /**
     * Appends a record.
     *
     * @param table the table or kind
     * @param line the line
     * @param flag the flag
     * @param cells the cells, not null
     * @throws IOException if it cannot be written
     */
    public void write(int table, int line, boolean flag, String[] cells) throws IOException {
      room(8);
      buffer[size++] = (byte) table;
      putInt(line);
      buffer[size++] = (byte) (flag ? 1 : 0);
      buffer[size++] = (byte) (cells.length >>> 8);
      buffer[size++] = (byte) cells.length;
      for (String cell : cells) {
        byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
        room(4 + bytes.length);
        putInt(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
      }
    }

    private void putInt(int value) {
      buffer[size++] = (byte) (value >>> 24);
      buffer[size++] = (byte) (value >>> 16);
      buffer[size++] = (byte) (value >>> 8);
      buffer[size++] = (byte) value;
    }

    private void room(int bytes) throws IOException {
      if (size + bytes <= buffer.length) {
        return;
      }
      flush();
      if (bytes > buffer.length) {
        buffer = new byte[bytes];
      }
    }

    private void flush() throws IOException {
      out.write(buffer, 0, size);
      size = 0;
    }

    @Override
    public void close() throws IOException {
      try (out) {
        flush();
      }
    }
  }

  /** Reads records back in order, through its own buffer. */
  public static final class Reader implements Closeable {
    private final InputStream in;
    private byte[] buffer;
    private int position;
    private int limit;

    /**
     * Opens a file for reading.
     *
     * @param path the file, not null
     * @param bufferBytes the buffer size
     * @throws IOException if it cannot be opened
     */
    public Reader(Path path, int bufferBytes) throws IOException {
      this.in = Files.newInputStream(path);
      this.buffer = new byte[bufferBytes];
    }

    /**
     * Returns the next record, or empty at the end.
     *
     * @return never null
     * @throws IOException if it cannot be read
     */
    public Optional<Entry> next() throws IOException {
      if (!available(1)) {
        return Optional.empty();
      }
      need(8);
      int table = buffer[position++] & 0xff;
      int line = getInt();
      boolean flag = buffer[position++] != 0;
      String[] cells = new String[((buffer[position++] & 0xff) << 8) | (buffer[position++] & 0xff)];
      for (int i = 0; i < cells.length; i++) {
        need(4);
        int length = getInt();
        need(length);
        cells[i] = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
      }
      return Optional.of(new Entry(table, line, flag, cells));
    }

    private int getInt() {
      int value = ((buffer[position] & 0xff) << 24) | ((buffer[position + 1] & 0xff) << 16)
          | ((buffer[position + 2] & 0xff) << 8) | (buffer[position + 3] & 0xff);
      position += 4;
      return value;
    }

    private void need(int bytes) throws IOException {
      if (!available(bytes)) {
        throw new EOFException("a spill file ends inside a record");
      }
    }

    /** Whether {@code bytes} are buffered, reading more (and growing the buffer) as needed. */
    private boolean available(int bytes) throws IOException {
      if (limit - position >= bytes) {
        return true;
      }
      if (bytes > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, bytes);
      }
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
      while (limit < bytes) {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
          return false;
        }
        limit += n;
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
