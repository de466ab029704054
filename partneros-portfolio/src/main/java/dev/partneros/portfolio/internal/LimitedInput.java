package dev.partneros.portfolio.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that counts its bytes and fails with {@link TooLarge} as soon as more than a
 * maximum arrive, so a file too large, a device such as {@code /dev/zero} or an endless pipe is
 * refused at the limit instead of being read to its end ({@code docs/formats.md#limits}).
 *
 * <p>Not thread-safe.
 */
public final class LimitedInput extends FilterInputStream {

  private final long maxBytes;
  private long count;

  /**
   * Wraps a stream.
   *
   * @param in the stream, not null
   * @param maxBytes the most bytes to accept
   */
  public LimitedInput(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  /** The stream passed its maximum size; the message names the limit. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long maxBytes) {
      super("is larger than " + maxBytes + " bytes (the limit; see the input limits of the file formats)");
    }
  }

  /**
   * Returns the bytes read so far.
   *
   * @return at most the maximum
   */
  public long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    add(skipped);
    return skipped;
  }

  private void add(long n) throws TooLarge {
    count += n;
    if (count > maxBytes) {
      throw new TooLarge(maxBytes);
    }
  }
}
