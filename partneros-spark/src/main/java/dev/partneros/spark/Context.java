package dev.partneros.spark;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.ProgramLoader;
import dev.partneros.portfolio.BookParts;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.TiersMdfModule;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every task of one evaluation needs, broadcast once: the program history (each version as
 * JSON text, read again strictly where it is used), the as-of date, the pool and the explanation
 * level. The steps it builds are kept per copy (one per executor), so each executor reads the
 * program once. Serializable; its steps are immutable and thread-safe.
 */
final class Context implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<String> versions;
  private final String asOf;
  private final String explain;
  private final String pool;
  private final boolean modules;
  private transient volatile BookParts steps;

  Context(ProgramHistory history, LocalDate asOf, Explain explain, Optional<Money> pool, boolean modules) {
    List<String> texts = new ArrayList<>();
    for (ProgramDocument v : history.versions()) {
      texts.add(v.toTree().toString());
    }
    this.versions = List.copyOf(texts);
    this.asOf = asOf.toString();
    this.explain = explain.name();
    this.pool = pool.map(m -> m.amount().toPlainString()).orElse("");
    this.modules = modules;
  }

  ProgramHistory history() {
    List<ProgramDocument> docs = new ArrayList<>();
    for (String text : versions) {
      docs.add(ProgramLoader.strict().loadJson(text));
    }
    return ProgramHistory.of(docs);
  }

  /** Whether a program-level MDF pool is allocated across the book. */
  boolean pooled() {
    return modules && !pool.isEmpty();
  }

  LocalDate asOf() {
    return LocalDate.parse(asOf);
  }

  /** The evaluator: the standard modules (or none), with the pool when one is given; one thread a task. */
  PortfolioEvaluator evaluator(ProgramHistory history) {
    if (!modules) {
      return PortfolioEvaluator.withoutModules();
    }
    PortfolioEvaluator evaluator = PortfolioEvaluator.standard();
    if (!pool.isEmpty()) {
      evaluator = evaluator.withMdf(TiersMdfModule.withPool(Money.of(new BigDecimal(pool),
          history.latest().currency())));
    }
    return evaluator;
  }

  BookParts steps() {
    BookParts s = steps;
    if (s == null) {
      synchronized (this) {
        s = steps;
        if (s == null) {
          ProgramHistory history = history();
          s = BookParts.of(history, asOf(), evaluator(history), Explain.valueOf(explain));
          steps = s;
        }
      }
    }
    return s;
  }
}
