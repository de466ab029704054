package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that an engine holds no mutable state: every instance field, all the way down
 * through the engine's own fields, is final and holds an immutable value: a String, a number, an
 * enum, a core value, an Immutables value, an unmodifiable JDK collection, or another such engine.
 * Shared with the other modules' tests through the core test jar.
 */
public final class EngineAssertions {

  private EngineAssertions() {}

  /**
   * Asserts that an engine holds no mutable state.
   *
   * @param engine the engine
   */
  public static void assertStateless(Object engine) {
    check(engine, engine.getClass().getSimpleName(), new ArrayList<>());
  }

  private static void check(Object value, String path, List<Object> seen) {
    if (value == null || isLeaf(value)) {
      return;
    }
    for (Object s : seen) {
      if (s == value) {
        return;
      }
    }
    seen.add(value);
    if (value instanceof Collection) {
      assertThat(isUnmodifiable(value)).as(path + " is a modifiable " + value.getClass().getName()).isTrue();
      for (Object element : (Collection<?>) value) {
        check(element, path + "[]", seen);
      }
      return;
    }
    if (value instanceof Map) {
      assertThat(isUnmodifiable(value)).as(path + " is a modifiable " + value.getClass().getName()).isTrue();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        check(entry.getKey(), path + ".key", seen);
        check(entry.getValue(), path + "[" + entry.getKey() + "]", seen);
      }
      return;
    }
    assertThat(value.getClass().getName()).as(path + " must be a PartnerOS type").startsWith("dev.partneros.");
    if (value.getClass().getSimpleName().startsWith("Immutable")) {
      return; // an Immutables value: immutable by construction (its lazy-init shim is internal)
    }
    for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        String fieldPath = path + "." + field.getName();
        assertThat(Modifier.isFinal(field.getModifiers())).as(fieldPath + " must be final").isTrue();
        if (field.getType().isArray()) {
          throw new AssertionError(fieldPath + " is an array (mutable)");
        }
        try {
          field.setAccessible(true);
          check(field.get(value), fieldPath, seen);
        } catch (IllegalAccessException e) {
          throw new AssertionError(fieldPath + " cannot be inspected", e);
        }
      }
    }
  }

  private static boolean isLeaf(Object value) {
    return value instanceof String || value instanceof BigDecimal || value instanceof BigInteger
        || value instanceof Integer || value instanceof Long || value instanceof Boolean || value instanceof Enum
        || value instanceof Currency || value instanceof java.time.LocalDate || value instanceof java.util.Optional
            && ((java.util.Optional<?>) value).isEmpty()
        || value instanceof java.math.RoundingMode || value instanceof java.time.Month;
  }

  private static boolean isUnmodifiable(Object collection) {
    String name = collection.getClass().getName();
    return name.startsWith("java.util.ImmutableCollections") || name.startsWith("java.util.Collections$Unmodifiable")
        || name.equals("dev.partneros.core.StepInputs")
        || name.startsWith("java.util.Collections$Empty") || name.startsWith("java.util.Collections$Singleton")
        || collection instanceof Set && name.contains("Unmodifiable");
  }
}
