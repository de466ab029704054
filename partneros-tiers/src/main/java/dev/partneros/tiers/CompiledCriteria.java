package dev.partneros.tiers;

import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A program's tier criteria compiled once, when its {@link TierQualifier} is built, into the form
 * {@link TierQualifier#decide(TierFacts, LocalDate)} runs
 * ({@code docs/rules/tiers.md#deciding-the-tier-only}): each tier's {@code allOf} / {@code anyOf}
 * tree becomes a chain of threshold tests, each naming the test to run next when it holds and when
 * it does not, ending in "holds" or "does not hold". {@code allOf(a, b)} is "a, then b if a holds";
 * {@code anyOf(a, b)} is "a, then b if a does not hold". Running a tier's criteria is a loop with no
 * recursion, no iterator and no allocation; a money threshold is a whole number of minor units.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledCriteria {

  private final int windowMonths;
  private final Tier lowest;
  /** The tiers with criteria, lowest first. */
  private final List<Tier> tiers;
  /** The first test of each of {@link #tiers}' criteria. */
  private final List<Node> entries;

  private CompiledCriteria(int windowMonths, Tier lowest, List<Tier> tiers, List<Node> entries) {
    this.windowMonths = windowMonths;
    this.lowest = lowest;
    this.tiers = tiers;
    this.entries = entries;
  }

  /**
   * Compiles a program's criteria.
   *
   * @param program the program, not null
   * @return never null
   */
  static CompiledCriteria of(TierProgram program) {
    int scale = program.currency().getDefaultFractionDigits();
    List<Tier> tiers = new ArrayList<>();
    List<Node> entries = new ArrayList<>();
    for (TierProgram.Level level : program.levels()) {
      if (level.criteria().isPresent()) {
        tiers.add(level.tier());
        entries.add(compile(level.criteria().get(), Node.HOLDS, Node.FAILS, scale));
      }
    }
    return new CompiledCriteria(program.windowMonths(), program.ladder().lowest(),
        Collections.unmodifiableList(tiers), Collections.unmodifiableList(entries));
  }

  /** The first test of a criterion, continuing with {@code holds} or {@code fails}. */
  private static Node compile(Criterion criterion, Node holds, Node fails, int scale) {
    List<Criterion> children = criterion.children();
    switch (criterion.form()) {
      case ALL_OF: {
        Node next = holds;
        for (int i = children.size() - 1; i >= 0; i--) {
          next = compile(children.get(i), next, fails, scale);
        }
        return next;
      }
      case ANY_OF: {
        Node next = fails;
        for (int i = children.size() - 1; i >= 0; i--) {
          next = compile(children.get(i), holds, next, scale);
        }
        return next;
      }
      default:
        return Node.threshold(criterion.metric().get(), criterion.name().orElse(null), criterion.min().get(), scale,
            holds, fails);
    }
  }

  /**
   * Returns the highest tier whose criteria hold over the facts' window ending on a day.
   *
   * @param index the facts, already checked against the day and the currency, with exact money sums
   * @param asOf the as-of date
   * @return never null
   */
  Tier decide(FactIndex index, LocalDate asOf) {
    long to = asOf.toEpochDay();
    long from = windowStart(asOf, windowMonths);
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (holds(entries.get(i), index, from, to)) {
        return tiers.get(i);
      }
    }
    return lowest;
  }

  private static boolean holds(Node entry, FactIndex index, long from, long to) {
    Node node = entry;
    while (node.kind != Node.END) {
      node = node.test(index, from, to) ? node.onHolds : node.onFails;
    }
    return node == Node.HOLDS;
  }

  /**
   * Returns the epoch day the window of {@code months} months ending on a day starts on, as
   * {@code DateRange.monthsEndingOn(months, asOf)} does, without creating dates.
   *
   * @param asOf the window's last day
   * @param months the window's length in months, {@code >= 1}
   * @return the epoch day of {@code asOf.minusMonths(months).plusDays(1)}
   */
  static long windowStart(LocalDate asOf, int months) {
    long monthIndex = asOf.getYear() * 12L + asOf.getMonthValue() - 1 - months;
    int year = (int) Math.floorDiv(monthIndex, 12);
    int month = (int) Math.floorMod(monthIndex, 12) + 1;
    boolean leap = Year.isLeap(year);
    int day = Math.min(asOf.getDayOfMonth(), Month.of(month).length(leap));
    return epochDay(year, month, day, leap) + 1;
  }

  /** {@link LocalDate#toEpochDay()} of a valid date, without creating it. */
  private static long epochDay(long year, int month, int day, boolean leap) {
    long total = 365 * year;
    if (year >= 0) {
      total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    } else {
      total -= year / -4 - year / -100 + year / -400;
    }
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total -= leap ? 1 : 2;
    }
    return total - 719_528L; // days from 0000-01-01 to 1970-01-01
  }

  /** One threshold test, or one of the two ends. Immutable. */
  static final class Node {

    static final int END = 0;
    static final int MONEY = 1;
    static final int COUNT = 2;
    static final int SCORE = 3;
    static final int CUSTOM = 4;

    static final Node HOLDS = new Node(END, null, null, 0, null, null, null);
    static final Node FAILS = new Node(END, null, null, 0, null, null, null);

    private final int kind;
    private final Metric metric;
    private final String name;
    /** The bound of a money (minor units, rounded up) or count (rounded up) threshold. */
    private final long atLeast;
    /** The bound of a score or custom threshold. */
    private final BigDecimal min;
    private final Node onHolds;
    private final Node onFails;

    private Node(int kind, Metric metric, String name, long atLeast, BigDecimal min, Node onHolds, Node onFails) {
      this.kind = kind;
      this.metric = metric;
      this.name = name;
      this.atLeast = atLeast;
      this.min = min;
      this.onHolds = onHolds;
      this.onFails = onFails;
    }

    static Node threshold(Metric metric, String name, BigDecimal min, int scale, Node onHolds, Node onFails) {
      switch (metric.kind()) {
        case MONEY:
          return new Node(MONEY, metric, null, wholeAtLeast(min.movePointRight(scale)), min, onHolds, onFails);
        case COUNT:
        case FLAG:
          return new Node(COUNT, metric, null, wholeAtLeast(min), min, onHolds, onFails);
        case SCORE:
          return new Node(SCORE, metric, null, 0, min, onHolds, onFails);
        default:
          return new Node(CUSTOM, metric, name, 0, min, onHolds, onFails);
      }
    }

    /** The least whole number {@code >= value}: a whole value is at least it exactly when at least this. */
    private static long wholeAtLeast(BigDecimal value) {
      return value.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    boolean test(FactIndex index, long from, long to) {
      switch (kind) {
        case MONEY:
          return index.money(metric, from, to) >= atLeast;
        case COUNT:
          return index.count(metric, from, to) >= atLeast;
        case SCORE: {
          BigDecimal score = index.score(metric, from, to);
          return score != null && score.compareTo(min) >= 0;
        }
        default: {
          BigDecimal value = index.custom(name, from, to);
          return value != null && value.compareTo(min) >= 0;
        }
      }
    }
  }
}
