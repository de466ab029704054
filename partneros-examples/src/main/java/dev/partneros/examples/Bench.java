package dev.partneros.examples;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioDiff;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.ProgramEdits;
import dev.partneros.portfolio.SampleBook;
import dev.partneros.tiers.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyst's bench of the JShell session ({@code docs/guides/analyst.md}): a book, its program
 * history and its date, evaluated once (the {@link #baseline()}), and the what-if questions asked of
 * it, each answered over the history as it stands. {@link #whatIf(ProgramDocument)} changes today's
 * version (the one in force on the as-of date) and {@link #whatIf(ProgramDocument, LocalDate)} adds a
 * version from a date; either way the versions before the change keep deciding their quarter ends,
 * so the comparison's "before" is exactly the baseline. Names typed by hand (a partner id, a tier, a
 * metric) are checked, and a typo is refused with the nearest valid name ({@link UnknownNameException}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Bench {

  /** The width {@link #doc(String)} wraps its text at. */
  private static final int DOC_WIDTH = 100;

  /** What {@link #doc(String)} says on a Java without the compiler. */
  private static final String NO_COMPILER = "doc(...) reads the sources with the JDK's compiler (module jdk.compiler),"
      + " which this Java runtime does not have: start JShell from a JDK\n";

  private final PortfolioEvaluator evaluator;
  private final ProgramHistory history;
  private final Portfolio portfolio;
  private final LocalDate asOf;
  private final PortfolioEvaluation baseline;

  private Bench(PortfolioEvaluator evaluator, ProgramHistory history, Portfolio portfolio, LocalDate asOf) {
    this.evaluator = requireNonNull(evaluator, "evaluator");
    this.history = requireNonNull(history, "history");
    this.portfolio = requireNonNull(portfolio, "portfolio");
    this.asOf = requireNonNull(asOf, "asOf");
    this.baseline = evaluator.evaluate(history, portfolio, asOf);
  }

  /**
   * Opens the bench on the bundled sample: {@link SampleBook#history()}, {@link SampleBook#portfolio()}
   * and {@link SampleBook#AS_OF}, with {@link SampleBook#evaluator()}.
   *
   * @return never null
   */
  public static Bench sample() {
    return of(SampleBook.evaluator(), SampleBook.history(), SampleBook.portfolio(), SampleBook.AS_OF);
  }

  /**
   * Opens the bench on a book of your own, evaluating it once.
   *
   * @param evaluator the evaluator, not null
   * @param history the program history, not null
   * @param portfolio the book, not null
   * @param asOf the evaluation date, not null, on or after the first version's {@code effectiveFrom}
   * @return never null
   */
  public static Bench of(PortfolioEvaluator evaluator, ProgramHistory history, Portfolio portfolio, LocalDate asOf) {
    return new Bench(evaluator, history, portfolio, asOf);
  }

  /**
   * Returns the program history as it stands.
   *
   * @return never null
   */
  public ProgramHistory history() {
    return history;
  }

  /**
   * Returns the book.
   *
   * @return never null
   */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * Returns the evaluation date.
   *
   * @return never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the book evaluated under the history as it stands: the "before" of every what-if.
   *
   * @return never null
   */
  public PortfolioEvaluation baseline() {
    return baseline;
  }

  /**
   * Returns today's version: the one in force on the as-of date, which {@link #whatIf(ProgramDocument)}
   * replaces.
   *
   * @return never null
   */
  public ProgramDocument today() {
    return history.requireVersionAt(asOf);
  }

  /**
   * Returns a partner's results in the baseline.
   *
   * @param id the partner's id, such as {@code "P-006"}
   * @return never null
   * @throws UnknownNameException if the book has no such partner, naming the nearest id
   */
  public PartnerResult partner(String id) {
    requireNonNull(id, "id");
    return baseline.partner(id).orElseThrow(() -> UnknownNameException.of("partner", id,
        baseline.partners().stream().map(PartnerResult::id).toList()));
  }

  /**
   * Returns a tier of the program's ladder by name, in any case.
   *
   * @param name the tier's name, such as {@code "GOLD"} or {@code "gold"}
   * @return never null
   * @throws UnknownNameException if the ladder has no such tier, naming the nearest one
   */
  public Tier tier(String name) {
    requireNonNull(name, "name");
    List<String> known = today().ladder().tiers().stream().map(Tier::name).toList();
    String upper = name.strip().toUpperCase(java.util.Locale.ROOT);
    if (!known.contains(upper)) {
      throw UnknownNameException.of("tier", name, known);
    }
    return Tier.of(upper);
  }

  /**
   * Returns a tier metric by name, in any case.
   *
   * @param name the metric's name, such as {@code "SOURCED_ARR"}
   * @return never null
   * @throws UnknownNameException if there is no such metric, naming the nearest one
   */
  public Metric metric(String name) {
    requireNonNull(name, "name");
    List<String> known = java.util.Arrays.stream(Metric.values()).map(Enum::name).toList();
    String upper = name.strip().toUpperCase(java.util.Locale.ROOT);
    if (!known.contains(upper)) {
      throw UnknownNameException.of("metric", name, known);
    }
    return Metric.valueOf(upper);
  }

  /**
   * Returns a copy of a program with one tier threshold changed ({@link ProgramEdits#withThreshold}),
   * the names checked first.
   *
   * @param base the program, not null, such as {@link #today()}
   * @param tier the tier's name, such as {@code "GOLD"}
   * @param metric the metric's name, such as {@code "SOURCED_ARR"}
   * @param min the new minimum, a decimal number such as {@code "60000"}
   * @return the copy, labelled {@code <version>+what-if}; never null
   * @throws UnknownNameException if the tier or the metric is unknown, naming the nearest one
   * @throws IllegalArgumentException if {@code min} is not a number
   * @throws dev.partneros.core.InvalidProgramException if the tier has no such threshold or the
   *     changed program breaks a rule
   */
  public ProgramDocument withThreshold(ProgramDocument base, String tier, String metric, String min) {
    requireNonNull(base, "base");
    requireNonNull(min, "min");
    Tier t = tier(tier);
    Metric m = metric(metric);
    BigDecimal value;
    try {
      value = new BigDecimal(min.strip().replace(",", "").replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the minimum must be a number such as \"60000\", not \"" + min + "\"", e);
    }
    return ProgramEdits.withThreshold(base, t, m, value);
  }

  /**
   * Returns the history with today's version replaced: {@code changed} comes into force on the day
   * today's version did, and every earlier version stays.
   *
   * @param changed the changed version, not null; relabelled {@code <label> (what-if)} when its label
   *     is another version's
   * @return never null
   */
  public ProgramHistory replacingToday(ProgramDocument changed) {
    requireNonNull(changed, "changed");
    ProgramDocument today = today();
    return rebuild(ProgramEdits.inForceFrom(changed, today.effectiveFrom()), today);
  }

  /**
   * Returns the history with one more version, in force from a date: the versions before it keep
   * their quarter ends, a version starting the same day is replaced, and a later version still comes
   * into force on its own day.
   *
   * @param version the new version, not null; relabelled {@code <label> (what-if)} when its label is
   *     another version's
   * @param from the day it comes into force, not null
   * @return never null
   */
  public ProgramHistory adding(ProgramDocument version, LocalDate from) {
    requireNonNull(version, "version");
    requireNonNull(from, "from");
    ProgramDocument replaced = history.versions().stream().filter(v -> v.effectiveFrom().equals(from)).findFirst()
        .orElse(null);
    return rebuild(ProgramEdits.inForceFrom(version, from), replaced);
  }

  /**
   * Compares the baseline with the book under the history whose today's version is replaced by
   * {@code changed} ({@link #replacingToday}): "lower today's Gold threshold to 60,000".
   *
   * @param changed the changed version of today's program, not null, such as
   *     {@code withThreshold(today(), "GOLD", "SOURCED_ARR", "60000")}
   * @return the diff, its "before" the baseline; never null
   */
  public PortfolioDiff whatIf(ProgramDocument changed) {
    return PortfolioDiff.of(baseline, evaluate(replacingToday(changed)));
  }

  /**
   * Compares the baseline with the book under the history with one more version from a date
   * ({@link #adding}): "what if this applied from January?".
   *
   * @param version the new version, not null
   * @param from the day it comes into force, not null
   * @return the diff, its "before" the baseline; never null
   */
  public PortfolioDiff whatIf(ProgramDocument version, LocalDate from) {
    return PortfolioDiff.of(baseline, evaluate(adding(version, from)));
  }

  /**
   * Evaluates the book under another history, on the same date.
   *
   * @param versions the history, not null
   * @return never null
   */
  public PortfolioEvaluation evaluate(ProgramHistory versions) {
    return evaluator.evaluate(requireNonNull(versions, "versions"), portfolio, asOf);
  }

  /**
   * Returns an amount in US dollars: what {@code usd("24000")} is in the session.
   *
   * @param amount a decimal number with at most two decimals, such as {@code "24000"} or {@code "1250.50"}
   * @return never null
   * @throws dev.partneros.core.InvalidFactsException if the amount is not such a number (its problem
   *     says why, with its code)
   */
  public static Money usd(String amount) {
    return Money.of(requireNonNull(amount, "amount"), "USD");
  }

  /**
   * Returns the Javadoc of a type, of a type's members of one name, or of a name the session
   * declares, as plain text: what {@code doc("whatIf")} prints in the session, where JShell's own
   * documentation ({@code Tab} twice) shows only the JDK's. Each member comes with its signature, all
   * overloads; HTML is dropped, {@code {@code x}} is {@code x}, {@code {@link A#b}} is {@code A.b}.
   * The source is read through the class loader: the {@code X.java} resource on the class path, else
   * the module's {@code src/main/java} beside the {@code target} folder the class was loaded from,
   * else the {@code -sources.jar} beside its jar.
   *
   * @param name a type ({@code "PartnerResult"}, {@code "dev.partneros.portfolio.PartnerResult"},
   *     {@code "PortfolioDiff.PartnerChange"}), a member ({@code "PartnerResult.card"},
   *     {@code "Bench#whatIf"}), or a session name ({@code "whatIf"}, {@code "partner"},
   *     {@code "usd"}, {@code "sample"}: the bench's method behind it); not null
   * @return the text, ending with a line break: for a name that names nothing, the nearest names;
   *     without the JDK's compiler module (a Java runtime only), one line saying so; never null
   */
  public static String doc(String name) {
    requireNonNull(name, "name");
    return hasCompiler() ? DocLookup.of(Bench.class.getClassLoader(), DOC_WIDTH).doc(name) : NO_COMPILER;
  }

  /**
   * Returns the Javadoc of a type, as {@link #doc(String)} does: {@code doc(PartnerResult.class)}.
   *
   * @param type the type, not null
   * @return the text, ending with a line break; never null
   */
  public static String doc(Class<?> type) {
    requireNonNull(type, "type");
    ClassLoader loader = type.getClassLoader() == null ? Bench.class.getClassLoader() : type.getClassLoader();
    return hasCompiler() ? DocLookup.of(loader, DOC_WIDTH).doc(type) : NO_COMPILER;
  }

  private static boolean hasCompiler() {
    return ModuleLayer.boot().findModule("jdk.compiler").isPresent();
  }

  /** The history without {@code replaced} (when there is one) and with {@code added}, its label made unique. */
  private ProgramHistory rebuild(ProgramDocument added, ProgramDocument replaced) {
    List<ProgramDocument> versions = new ArrayList<>(history.versions());
    if (replaced != null) {
      versions.remove(replaced);
    }
    String label = added.version();
    if (versions.stream().anyMatch(v -> v.version().equals(label))) {
      added = ProgramEdits.withVersion(added, label + " (what-if)");
    }
    versions.add(added);
    return ProgramHistory.of(versions);
  }

  /**
   * Returns the names the JShell session declares, one a line with what each is: what
   * {@code help()} prints in the session. JShell's own documentation ({@code Tab} twice) shows Javadoc
   * only for the JDK's classes; {@code doc(...)} ({@link #doc(String)}) shows PartnerOS's.
   *
   * @return never null, ending with a line break
   */
  public static String help() {
    return """
        program                  the standard program, version 2026.1
        history                  the sample's program versions: 2026.1, and 2026.2 from 2026-07-01
        portfolio, asOf          the sample book (50 partners) and its date, 2027-12-31
        sample                   the book evaluated under history: the baseline of every what-if
        today                    today's version: the one in force on asOf
        bench                    the analyst's bench (dev.partneros.examples.Bench) behind the methods below
        partner("P-006")         one partner's results in sample; a typo names the nearest id
        usd("24000")             an amount in USD
        evaluate(v1, v2...)      the book evaluated under the versions given
        withThreshold(p, "GOLD", "SOURCED_ARR", "60000")
                                 a copy of p with one tier threshold changed, labelled <version>+what-if
        whatIf(p)                sample against the book with today's version replaced by p
        whatIf(p, date)          sample against the book with p added as a version from date
        DiffReport.text(diff)    a what-if as text: both sides' versions, totals, the partners that change
        doc("whatIf")            the Javadoc of a type, a method (all overloads) or a session name:
                                 doc("PartnerResult"), doc("PartnerResult.card"), doc(PortfolioDiff.class)
        help()                   this list
        Walkthrough: docs/guides/analyst.md
        """;
  }

  @Override
  public String toString() {
    return "Bench[" + baseline + "; today's version " + today().version() + " from " + today().effectiveFrom() + "]";
  }
}
