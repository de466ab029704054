package dev.partneros.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * The program loader and the allocations shared by {@value ConcurrencyAssertions#THREADS} threads
 * give exactly the sequential results.
 */
@Domain(MoneyDomain.class)
@Domain(DomainContext.Global.class)
class ConcurrencyProperties {

  /** A program text and its format. */
  record Text(String text, ProgramLoader.Format format) {}

  /** A split: a total, weights and caps of the same length. */
  record Split(Money total, List<BigDecimal> weights, List<Money> caps) {}

  /** Valid documents, whole or cut short anywhere (a document, or typed problems). */
  @Provide
  Arbitrary<Text> texts() {
    return Combinators.combine(Arbitraries.of(ProgramLoader.Format.values()), Arbitraries.doubles().between(0, 1),
        Arbitraries.of(true, false)).as((format, cut, whole) -> {
          String valid = format == ProgramLoader.Format.JSON ? ProgramLoaderTest.JSON : ProgramLoaderTest.YAML;
          return new Text(whole ? valid : valid.substring(0, (int) (cut * valid.length())), format);
        });
  }

  @Provide
  Arbitrary<Split> splits() {
    Arbitrary<Money> money = new MoneyDomain().money();
    return Arbitraries.integers().between(1, 8).flatMap(n -> Combinators.combine(money,
        new MoneyDomain().weights().list().ofSize(n), money.list().ofSize(n)).as(Split::new));
  }

  @Property(tries = 1_000)
  void theLoaderSharedByThreadsGivesTheSequentialResults(@ForAll @Size(min = 1, max = 4) List<@net.jqwik.api.From(
      "texts") Text> texts) {
    ProgramLoader loader = ProgramLoader.strict();
    ConcurrencyAssertions.assertSameOnThreads(texts, t -> loader.load(t.text(), t.format()));
  }

  @Property(tries = 1_000)
  void allocationsOnThreadsGiveTheSequentialResults(@ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From(
      "splits") Split> splits) {
    ConcurrencyAssertions.assertSameOnThreads(splits, s -> {
      List<Object> both = new ArrayList<>();
      both.add(Allocations.split(s.total(), s.weights()));
      both.add(Allocations.splitCapped(s.total(), s.weights(), s.caps()));
      return both;
    });
  }
}
