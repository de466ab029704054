package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyAssertionsTest {

  @Test
  void aPureFunctionPasses_andItsSequentialResultsAreReturned() {
    assertThat(ConcurrencyAssertions.assertSameOnThreads(List.of(1, 2, 3), x -> x * 10))
        .containsExactly(10, 20, 30);
  }

  @Test
  void aFunctionWithSharedStateFails() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> ConcurrencyAssertions.assertSameOnThreads(List.of("a", "b"),
        x -> x + calls.incrementAndGet())).isInstanceOf(AssertionError.class).hasMessageContaining("thread 0");
  }

  @Test
  void failuresCompareByTypeAndMessage() {
    assertThat(ConcurrencyAssertions.assertSameOnThreads(List.of("x"), x -> {
      throw new IllegalArgumentException("bad " + x);
    })).hasSize(1);
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> ConcurrencyAssertions.assertSameOnThreads(List.of("x"), x -> {
      throw new IllegalArgumentException("call " + calls.incrementAndGet());
    })).isInstanceOf(AssertionError.class);
  }
}
