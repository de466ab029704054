package dev.partneros.portfolio;

/**
 * The limits a streaming read of a book's CSV files enforces as the bytes arrive
 * ({@code docs/formats.md#limits}): a file, a device or a pipe that passes one is refused at that
 * point with one problem naming the limit, never read to its end, and the offending field is never
 * echoed.
 *
 * @param maxFileBytes the largest file, in bytes
 * @param maxRowsPerFile the most rows of a file
 * @param maxFieldChars the longest field, in characters
 * @param maxFields the most fields of a row
 */
public record ReadLimits(long maxFileBytes, long maxRowsPerFile, int maxFieldChars, int maxFields) {

  /**
   * Checks that every limit is positive.
   *
   * @param maxFileBytes at least 1
   * @param maxRowsPerFile at least 1
   * @param maxFieldChars at least 1
   * @param maxFields 1 to 65,535
   * @throws IllegalArgumentException if a limit is not positive, or the fields above 65,535
   */
  public ReadLimits {
    if (maxFileBytes < 1 || maxRowsPerFile < 1 || maxFieldChars < 1 || maxFields < 1 || maxFields > 65_535) {
      throw new IllegalArgumentException("every read limit must be positive (fields at most 65535), but were "
          + maxFileBytes + " bytes, " + maxRowsPerFile + " rows, " + maxFieldChars + " characters and " + maxFields
          + " fields");
    }
  }

  /**
   * The default limits: files of up to 64 GiB and 500 million rows, fields of up to 100,000
   * characters, rows of up to 256 fields.
   *
   * @return never null
   */
  public static ReadLimits standard() {
    return new ReadLimits(64L << 30, 500_000_000L, 100_000, 256);
  }
}
