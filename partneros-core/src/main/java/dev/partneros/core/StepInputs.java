package dev.partneros.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The inputs of a step built by a {@link StepTemplate}: an unmodifiable map whose names, in reading
 * order, are the template's (shared by every step of the template) and whose values are the step's
 * own. It iterates in name order and equals and hashes as every {@link Map} does.
 *
 * <p>Immutable and thread-safe: neither array is written after construction, and neither leaves
 * this class.
 */
final class StepInputs extends AbstractMap<String, String> {

  private final String[] names;
  private final String[] values;

  /**
   * Wraps names and values of the same length; the caller hands both over and never writes them.
   *
   * @param names the distinct names, not null
   * @param values the values, none null
   */
  StepInputs(String[] names, String[] values) {
    this.names = names;
    this.values = values;
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public boolean isEmpty() {
    return names.length == 0;
  }

  private int indexOf(Object name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public String get(Object name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < names.length; i++) {
      action.accept(names[i], values[i]);
    }
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < names.length; i++) {
      h += names[i].hashCode() ^ values[i].hashCode();
    }
    return h;
  }

  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (other instanceof StepInputs) {
      StepInputs that = (StepInputs) other;
      if (that.names == names) {
        return java.util.Arrays.equals(values, that.values);
      }
    }
    return super.equals(other);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return names.length;
      }

      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names[i], values[i]);
          }
        };
      }
    };
  }
}
