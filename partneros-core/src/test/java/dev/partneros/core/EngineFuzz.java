package dev.partneros.core;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.lifecycle.AroundPropertyHook;

import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Shared pieces of the engine fuzz suites: hostile values (money at zero, one minor unit,
 * next to the 10^15 limit and negative; dates from year 1 to 9999), the check that an engine call
 * ends in a result or a {@link PartnerOsException} within a generous bound, and a lifecycle hook
 * that scales every property's tries by the system property {@value #SCALE_PROPERTY} for longer
 * runs. Shared with the other modules' tests through the core test jar.
 */
public final class EngineFuzz implements AroundPropertyHook {

  /** The system property multiplying the tries of the fuzz suites (default 1). */
  public static final String SCALE_PROPERTY = "partneros.fuzz.scale";

  /**
   * The share of its tries a fuzz suite keeps in the fast build, on top of {@link CampaignTries}'
   * tenth: a fuzz case loads odd programs and renders every explanation, so the fast build runs 300
   * of the 10,000 tries written on a suite and the exhaustive campaign ({@code -Pexhaustive}) all of
   * them.
   */
  static final double FAST_BUILD_SHARE = 0.3;

  /** The largest number of minor units a two-decimal amount may have: 10^17 - 1. */
  public static final long MAX_CENTS = 99_999_999_999_999_999L;

  private static final long[] MINOR_EDGES =
      {0L, 1L, -1L, 2L, 99L, 100L, MAX_CENTS, MAX_CENTS + 1, -MAX_CENTS, MAX_CENTS / 2, MAX_CENTS / 3};

  private static final String[] DECIMAL_EDGES = {"0", "-0.00", "1", "-1", "5", "5.0000001", "100", "100.0000001",
      "99.99", "0.5", "1E+3", "1E-30", "-1E-30", "1E+30", "12345678901234567890.123456789",
      "0.3333333333333333333333"};

  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();

  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private static final Duration BOUND = Duration.ofSeconds(20);

  /** Creates the hook; jqwik calls it through {@code @AddLifecycleHook(EngineFuzz.class)}. */
  public EngineFuzz() {}

  /** Added to a suite's class, the hook applies to every property of it. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  /** Runs inside {@link CampaignTries}, so it scales the tries that hook has already scaled. */
  @Override
  public int aroundPropertyProximity() {
    return 10;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    int scale = Integer.getInteger(SCALE_PROPERTY, 1);
    boolean exhaustive = CampaignTries.exhaustive();
    context.attributes().tries().ifPresent(tries -> context.attributes().setTries(scaled(tries, scale, exhaustive)));
    return property.execute();
  }

  /**
   * Returns the tries a fuzz property runs.
   *
   * @param tries the tries {@link CampaignTries} left it
   * @param scale the multiplier {@value #SCALE_PROPERTY}, at least 1 (less counts as 1)
   * @param exhaustive whether the exhaustive campaign runs
   * @return the tries times the multiplier, times {@link #FAST_BUILD_SHARE} in the fast build, never
   *     fewer than {@code min(tries, CampaignTries.MINIMUM_TRIES)}
   */
  static int scaled(int tries, int scale, boolean exhaustive) {
    double share = exhaustive ? 1 : FAST_BUILD_SHARE;
    return Math.max(Math.min(tries, CampaignTries.MINIMUM_TRIES), (int) Math.round(tries * Math.max(1, scale) * share));
  }

  /**
   * Runs a case: the engine calls and the reading and rendering of their results. Passes when they
   * end normally or in a {@link PartnerOsException}; fails on any other exception or when the case
   * takes longer than a generous bound.
   *
   * @param engineCalls the calls, which render what they return
   */
  public static void typedOutcome(Runnable engineCalls) {
    assertTimeoutPreemptively(BOUND, () -> {
      try {
        engineCalls.run();
      } catch (PartnerOsException expected) {
        // the typed refusal
      } catch (RuntimeException | StackOverflowError e) {
        fail("an engine may only throw PartnerOsException, but threw " + e, e);
      }
    });
  }

  /**
   * Builds facts that may be refused: empty when construction threw a {@link PartnerOsException},
   * and fails on any other exception.
   *
   * @param <T> the type of the facts
   * @param construct builds the facts
   * @return the facts, or empty when refused
   */
  public static <T> Optional<T> facts(Supplier<T> construct) {
    try {
      return Optional.of(construct.get());
    } catch (PartnerOsException refused) {
      return Optional.empty();
    } catch (RuntimeException e) {
      return fail("building facts may only throw PartnerOsException, but threw " + e, e);
    }
  }

  /**
   * Minor units with the hostile edges: 0, 1, -1, the largest two-decimal amount under the limit,
   * the limit itself, and values all over the range.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Long> minorUnits() {
    return Arbitraries.oneOf(
        Arbitraries.of(java.util.Arrays.stream(MINOR_EDGES).boxed().collect(java.util.stream.Collectors.toList())),
        Arbitraries.longs().between(-1_000_000L, 100_000_000L),
        Arbitraries.longs().between(-MAX_CENTS - 1, MAX_CENTS + 1));
  }

  /**
   * Non-negative minor units with the hostile edges.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Long> nonNegativeMinorUnits() {
    return minorUnits().map(Math::abs);
  }

  /**
   * Money in a currency from minor units; amounts at or over the limit come back as the largest
   * amount under it, so every generated value is a valid {@link Money}.
   *
   * @param minor the minor units
   * @param currency the currency
   * @return never null
   */
  public static Money money(long minor, Currency currency) {
    BigDecimal amount = BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    BigDecimal limit = BigDecimal.TEN.pow(15);
    if (amount.abs().compareTo(limit) >= 0) {
      amount = limit.subtract(BigDecimal.ONE.movePointLeft(currency.getDefaultFractionDigits()))
          .multiply(BigDecimal.valueOf(amount.signum()));
    }
    return Money.of(amount, currency);
  }

  /**
   * Money in one currency with the hostile edges, negative included.
   *
   * @param currency the currency
   * @return the arbitrary
   */
  public static Arbitrary<Money> money(Currency currency) {
    return minorUnits().map(minor -> money(minor, currency));
  }

  /**
   * Non-negative money in one currency with the hostile edges.
   *
   * @param currency the currency
   * @return the arbitrary
   */
  public static Arbitrary<Money> nonNegativeMoney(Currency currency) {
    return nonNegativeMinorUnits().map(minor -> money(minor, currency));
  }

  /**
   * Money mostly in the given currency, sometimes in one of {@link MoneyDomain#CURRENCIES}.
   *
   * @param currency the usual currency
   * @return the arbitrary
   */
  public static Arbitrary<Money> mixedMoney(Currency currency) {
    return Combinators.combine(Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, Arbitraries.just(currency)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(MoneyDomain.CURRENCIES))), minorUnits())
        .as((c, minor) -> money(minor, c));
  }

  /**
   * Decimals with hostile edges: zero, negative, tiny, huge, odd scales (such as {@code 1E+3}) and
   * values just past common bounds (100.0000001), mixed with ordinary values from -10 to 200.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.oneOf(
        Arbitraries.of(DECIMAL_EDGES).map(BigDecimal::new),
        Arbitraries.bigDecimals().between(new BigDecimal("-10"), new BigDecimal("200")).ofScale(3));
  }

  /**
   * Dates from year 1 to 9999, mostly near 2026 (see {@link #date(Random)}).
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.randomValue(EngineFuzz::date);
  }

  /**
   * Quarters from year 1 to 9999, mostly near 2026.
   *
   * @return the arbitrary
   */
  public static Arbitrary<YearQuarter> quarters() {
    return Arbitraries.randomValue(random -> YearQuarter.from(date(random)));
  }

  /**
   * Minor units drawn from a random source: an edge (see {@link #minorUnits()}) half the time,
   * otherwise a small or a huge value; negative {@linkplain #rarely(Random) rarely}.
   *
   * @param random the source
   * @return the minor units
   */
  public static long minorUnits(Random random) {
    long magnitude;
    switch (random.nextInt(4)) {
      case 0:
      case 1:
        magnitude = Math.abs(MINOR_EDGES[random.nextInt(MINOR_EDGES.length)]);
        break;
      case 2:
        magnitude = random.nextInt(100_000_000);
        break;
      default:
        magnitude = Math.abs(random.nextLong() % MAX_CENTS);
    }
    return rarely(random) ? -magnitude : magnitude;
  }

  /**
   * Tells whether an invalid variant should be used this time: one time in 32, so that cases with
   * many fields still mostly build valid facts and reach the engines.
   *
   * @param random the source
   * @return true one time in 32
   */
  public static boolean rarely(Random random) {
    return random.nextInt(32) == 0;
  }

  /**
   * Counts whether a case reached an engine (its facts were valid) and checks, at the end of the
   * property, that at least half of the cases did, so the suite cannot degrade into testing only
   * refusals.
   *
   * @param engine the label of the engine
   * @param reached whether this case reached it
   */
  public static void reached(String engine, boolean reached) {
    Statistics.label(engine).collect(reached);
    Statistics.label(engine).coverage(coverage -> coverage.check(true).percentage(p -> p >= 50));
  }


  /**
   * Money drawn from a random source, negative included.
   *
   * @param random the source
   * @param currency the currency
   * @return never null
   */
  public static Money money(Random random, Currency currency) {
    return money(minorUnits(random), currency);
  }

  /**
   * Non-negative money drawn from a random source.
   *
   * @param random the source
   * @param currency the currency
   * @return never null
   */
  public static Money nonNegativeMoney(Random random, Currency currency) {
    return money(Math.abs(minorUnits(random)), currency);
  }

  /**
   * A currency drawn from a random source: the usual one but {@linkplain #rarely(Random) rarely} one of
   * {@link MoneyDomain#CURRENCIES}.
   *
   * @param random the source
   * @param usual the usual currency
   * @return never null
   */
  public static Currency currency(Random random, Currency usual) {
    return !rarely(random) ? usual : MoneyDomain.CURRENCIES.get(random.nextInt(MoneyDomain.CURRENCIES.size()));
  }

  /**
   * A decimal drawn from a random source: an edge of {@link #decimals()} or a value from -10 to 200.
   *
   * @param random the source
   * @return never null
   */
  public static BigDecimal decimal(Random random) {
    return random.nextBoolean() ? new BigDecimal(DECIMAL_EDGES[random.nextInt(DECIMAL_EDGES.length)])
        : BigDecimal.valueOf(random.nextInt(210_000) - 10_000, 3);
  }

  /**
   * A date after another: usually 0 to {@code maxDays} days later, {@linkplain #rarely(Random)
   * rarely} any date at all (so in any order).
   *
   * @param random the source
   * @param from the earlier date
   * @param maxDays the largest usual distance, positive
   * @return never null
   */
  public static LocalDate after(Random random, LocalDate from, int maxDays) {
    return rarely(random) ? date(random) : from.plusDays(random.nextInt(maxDays));
  }

  /**
   * A date drawn from a random source: mostly near 2026, one time in eight anywhere from year 1 to
   * 9999 or at either end.
   *
   * @param random the source
   * @return never null
   */
  public static LocalDate date(Random random) {
    switch (random.nextInt(16)) {
      case 0:
        return LocalDate.ofEpochDay(FIRST_DAY + (long) (random.nextDouble() * (LAST_DAY - FIRST_DAY)));
      case 1:
        return random.nextBoolean() ? LocalDate.of(1, 1, 1) : LocalDate.of(9999, 12, 31);
      default:
        return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1600) - 800);
    }
  }

  /**
   * Parses the minimal header ({@link TestPrograms#HEADER}) followed by sections into a tree, the
   * base of {@link #edited(JsonNode, Random, String...)}.
   *
   * @param sections the YAML of the sections
   * @return never null
   */
  public static JsonNode tree(String sections) {
    return ProgramLoader.strict().parse(TestPrograms.HEADER + sections, ProgramLoader.Format.YAML);
  }

  /**
   * A program document made of a base tree with some odd edits applied, each with probability one
   * in three. An edit reads {@code path=json}, with a dotted path whose numeric parts are list
   * indexes, such as {@code tiers.levels.1.graceQuarters=0}. Building the document from a tree
   * skips the text parser, so thousands of variants load quickly.
   *
   * @param base the base tree, not changed
   * @param random the source
   * @param edits the edits to choose from
   * @return never null
   * @throws InvalidProgramException if the edited document is not a valid program
   */
  public static ProgramDocument edited(JsonNode base, Random random, String... edits) {
    ObjectNode root = (ObjectNode) base.deepCopy();
    for (String edit : edits) {
      if (random.nextInt(3) == 0) {
        int eq = edit.indexOf('=');
        String[] path = edit.substring(0, eq).split("\\.");
        JsonNode value = ProgramLoader.strict().parse(edit.substring(eq + 1), ProgramLoader.Format.JSON);
        JsonNode parent = root;
        for (int i = 0; i < path.length - 1 && parent != null; i++) {
          parent = parent.isArray() ? parent.get(Integer.parseInt(path[i])) : parent.get(path[i]);
        }
        String last = path[path.length - 1];
        if (parent instanceof ObjectNode) {
          ((ObjectNode) parent).set(last, value);
        } else if (parent instanceof ArrayNode && Integer.parseInt(last) < parent.size()) {
          ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
      }
    }
    return ProgramDocument.fromTree(root);
  }

  /**
   * Picks one of some values.
   *
   * @param <T> the type of the values
   * @param random the source
   * @param values the values, not empty
   * @return one of them
   */
  public static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * A list of 0 to {@code usual} elements, one time in 200 of 1,000, keeping the elements that
   * could be built.
   *
   * @param <T> the type of the elements
   * @param random the source
   * @param usual the usual largest size
   * @param element builds an element, or empty when it was refused
   * @return never null
   */
  public static <T> List<T> list(Random random, int usual, Supplier<Optional<T>> element) {
    int size = random.nextInt(200) == 0 ? 1_000 : random.nextInt(usual + 1);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      element.get().ifPresent(out::add);
    }
    return out;
  }
}
