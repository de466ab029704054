package dev.partneros.portfolio.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
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

  /** One record: a table or kind, a line, a flag and cells. */
  public record Entry(int table, int line, boolean flag, String[] cells) {}

  /** Writes records. */
  public static final class Writer implements Closeable {
    private final DataOutputStream out;

    /**
     * Opens a file for writing.
     *
     * @param path the file, not null
     * @param bufferBytes the buffer size
     * @throws IOException if it cannot be created
     */
    public Writer(Path path, int bufferBytes) throws IOException {
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), bufferBytes));
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
      out.writeByte(table);
      out.writeInt(line);
      out.writeBoolean(flag);
      out.writeShort(cells.length);
      for (String cell : cells) {
        byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Reads records back in order. */
  public static final class Reader implements Closeable {
    private final DataInputStream in;

    /**
     * Opens a file for reading.
     *
     * @param path the file, not null
     * @param bufferBytes the buffer size
     * @throws IOException if it cannot be opened
     */
    public Reader(Path path, int bufferBytes) throws IOException {
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), bufferBytes));
    }

    /**
     * Returns the next record, or empty at the end.
     *
     * @return never null
     * @throws IOException if it cannot be read
     */
    public Optional<Entry> next() throws IOException {
      int table;
      try {
        table = in.readUnsignedByte();
      } catch (EOFException e) {
        return Optional.empty();
      }
      int line = in.readInt();
      boolean flag = in.readBoolean();
      String[] cells = new String[in.readUnsignedShort()];
      for (int i = 0; i < cells.length; i++) {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        cells[i] = new String(bytes, StandardCharsets.UTF_8);
      }
      return Optional.of(new Entry(table, line, flag, cells));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
