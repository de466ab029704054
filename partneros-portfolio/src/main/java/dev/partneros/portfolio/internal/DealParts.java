package dev.partneros.portfolio.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which parts of a book a deal belongs to: the parts of the partners named on it. Keyed by a 64-bit
 * hash of the deal id in open addressing (about 24 bytes a deal), so two million deals take tens of
 * megabytes; two ids with the same hash share their parts, which only costs a deal being evaluated
 * in one more part (its outputs are still written once, by its first part).
 *
 * <p>Not thread-safe: filled by one thread, then read.
 */
public final class DealParts {

  private long[] keys = new long[1 << 16];
  private int[] values = new int[1 << 16];
  private boolean[] used = new boolean[1 << 16];
  private int size;
  private final List<int[]> shared = new ArrayList<>();

  /** Creates an empty map. */
  public DealParts() {}

  /**
   * Returns a 64-bit hash of a text (FNV-1a, then mixed).
   *
   * @param text the text, not null
   * @return the hash
   */
  public static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /**
   * Returns the part a text key (a partner id, a deal without partners) falls in.
   *
   * @param text the key, not null
   * @param parts the number of parts, at least 1
   * @return 0 to {@code parts - 1}
   */
  public static int partOf(String text, int parts) {
    return (int) Long.remainderUnsigned(hash(text), parts);
  }

  /**
   * Adds a part to a deal.
   *
   * @param deal the deal id, not null
   * @param part the part
   */
  public void add(String deal, int part) {
    long key = hash(deal);
    int slot = slot(key);
    if (!used[slot]) {
      used[slot] = true;
      keys[slot] = key;
      values[slot] = part;
      if (++size * 2 > keys.length) {
        grow();
      }
      return;
    }
    int value = values[slot];
    if (value >= 0) {
      if (value != part) {
        shared.add(value < part ? new int[] {value, part} : new int[] {part, value});
        values[slot] = -shared.size();
      }
      return;
    }
    int[] list = shared.get(-value - 1);
    if (Arrays.binarySearch(list, part) < 0) {
      int[] longer = Arrays.copyOf(list, list.length + 1);
      longer[list.length] = part;
      Arrays.sort(longer);
      shared.set(-value - 1, longer);
    }
  }

  /**
   * Returns a deal's parts, smallest first, or the part its id falls in when no partner names it.
   *
   * @param deal the deal id, not null
   * @param parts the number of parts
   * @return never empty
   */
  public int[] partsOf(String deal, int parts) {
    long key = hash(deal);
    int slot = slot(key);
    if (!used[slot]) {
      return new int[] {partOf(deal, parts)};
    }
    int value = values[slot];
    return value >= 0 ? new int[] {value} : shared.get(-value - 1);
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (used[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        int slot = slot(oldKeys[i]);
        used[slot] = true;
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
