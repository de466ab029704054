package dev.partneros.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The inputs of a step built by a {@link StepTemplate}: an unmodifiable map whose names, in reading
 * order, are the template's (one list shared by every step of the template) and whose values are
 * the step's own. It iterates in name order and equals and hashes as every {@link Map} does.
 *
 * <p>Immutable and thread-safe.
 */
final class StepInputs extends AbstractMap<String, String> {

  private final List<String> names;
  private final List<String> values;

  /**
   * Pairs names and values of the same size.
   *
   * @param names the distinct names, unmodifiable, not null
   * @param values the values, unmodifiable, none null
   */
  StepInputs(List<String> names, List<String> values) {
    this.names = names;
    this.values = values;
  }

  @Override
  public int size() {
    return names.size();
  }

  @Override
  public boolean isEmpty() {
    return names.isEmpty();
  }

  @Override
  public boolean containsKey(Object name) {
    return names.indexOf(name) >= 0;
  }

  @Override
  public String get(Object name) {
    int i = names.indexOf(name);
    return i < 0 ? null : values.get(i);
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < names.size(); i++) {
      action.accept(names.get(i), values.get(i));
    }
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < names.size(); i++) {
      h += names.get(i).hashCode() ^ values.get(i).hashCode();
    }
    return h;
  }

  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (other instanceof StepInputs && ((StepInputs) other).names == names) {
      return values.equals(((StepInputs) other).values);
    }
    return super.equals(other);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return names.size();
      }

      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.size();
          }

          @Override
          public Entry<String, String> next() {
            if (next >= names.size()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names.get(i), values.get(i));
          }
        };
      }
    };
  }
}
