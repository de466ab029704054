package dev.partneros.spark;

import dev.partneros.portfolio.BookParts;
import dev.partneros.portfolio.BookPartsFigures;
import dev.partneros.portfolio.PortfolioTable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * One evaluation of a book on Spark ({@code docs/spark.md#how-it-runs}): the streaming evaluation's
 * four passes with Spark's shuffles in place of its spill files. Rows are keyed by the parts they
 * belong to (a deal goes to the part of every partner named on it), each part is checked and
 * evaluated by {@link BookParts}, and the book-level steps run on the parts' compact figures:
 * segments from a distributed sort by revenue, the pool's allocation in one task over the
 * candidates, the tallies reduced to the driver. Stateless.
 */
final class BookJob {

  private static final int[] DEAL_TABLES = {PortfolioTable.TOUCHES.ordinal(), PortfolioTable.REGISTRATIONS.ordinal(),
      PortfolioTable.CANCELLATIONS.ordinal()};

  private BookJob() {}

  static SparkBookResult run(SparkSession spark, Context context, JavaRDD<Rec> input, int partSize, int partitions) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Context> bc = jsc.broadcast(context);
    JavaRDD<Rec> in = input.persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Rec> rows = in.filter(r -> r.kind == Rec.ROW);
    // One pass over the input for what the driver needs of it: rows per table, broken tables,
    // reading problems and the FX rates.
    Stats stats = in.mapPartitions(it -> {
      Stats s = new Stats();
      it.forEachRemaining(s::add);
      return List.of(s).iterator();
    }).reduce(Stats::merge);
    Set<PortfolioTable> broken = EnumSet.noneOf(PortfolioTable.class);
    Map<Integer, Long> counts = new HashMap<>();
    for (int t = 0; t < stats.rows.length; t++) {
      if (stats.broken[t]) {
        broken.add(PortfolioTable.values()[t]);
      }
      if (stats.rows[t] > 0) {
        counts.put(t, stats.rows[t]);
      }
    }
    long readProblems = stats.problems;
    long partners = counts.getOrDefault(PortfolioTable.PARTNERS.ordinal(), 0L);
    int parts = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (partners + partSize - 1) / partSize));
    int slices = partitions > 0 ? partitions : Math.max(1, Math.min(parts, jsc.defaultParallelism() * 2));

    // Which parts each deal belongs to, and the partners named on deals of parts other than their own.
    JavaPairRDD<String, String> dealPartner = rows.filter(r -> isDealTable(r.table)
        && !r.cells[column(r.table, "partner")].isEmpty())
        .mapToPair(r -> new Tuple2<>(r.cells[column(r.table, "deal")], r.cells[column(r.table, "partner")]))
        .distinct();
    JavaPairRDD<String, int[]> dealParts = dealPartner
        .mapToPair(t -> new Tuple2<>(t._1(), BookParts.partOf(t._2(), parts))).distinct().groupByKey()
        .mapValues(BookJob::sorted);
    JavaPairRDD<String, int[]> extraParts = dealPartner.join(dealParts).flatMapToPair(t -> {
      String partner = t._2()._1();
      int home = BookParts.partOf(partner, parts);
      List<Tuple2<String, Integer>> out = new ArrayList<>();
      for (int p : t._2()._2()) {
        if (p != home) {
          out.add(new Tuple2<>(partner, p));
        }
      }
      return out.iterator();
    }).distinct().groupByKey().mapValues(BookJob::sorted);
    JavaPairRDD<String, int[]> targets = dealParts.mapToPair(t -> new Tuple2<>("D:" + t._1(), t._2()))
        .union(extraParts.mapToPair(t -> new Tuple2<>("P:" + t._1(), t._2())));

    // Every row to each part it belongs to.
    int partnersTable = PortfolioTable.PARTNERS.ordinal();
    int dealsTable = PortfolioTable.DEALS.ordinal();
    JavaPairRDD<Integer, Rec> shared = rows.filter(r -> r.table == partnersTable || isDealKeyed(r.table))
        .mapToPair(r -> new Tuple2<>(r.table == partnersTable ? "P:" + r.cells[column(partnersTable, "id")] : "D:" + r.cells[dealKey(r.table)], r))
        .leftOuterJoin(targets).flatMapToPair(t -> {
          Rec r = t._2()._1();
          int[] to;
          if (r.table == partnersTable) {
            int home = BookParts.partOf(r.cells[column(partnersTable, "id")], parts);
            to = t._2()._2().isPresent() ? union(home, t._2()._2().get()) : new int[] {home};
          } else {
            to = t._2()._2().isPresent() ? t._2()._2().get()
                : new int[] {BookParts.partOf(r.cells[dealKey(r.table)], parts)};
          }
          List<Tuple2<Integer, Rec>> out = new ArrayList<>(to.length);
          for (int p : to) {
            out.add(new Tuple2<>(p, r.routed(to.length > 1, r.table == dealsTable && p == to[0])));
          }
          return out.iterator();
        });
    JavaPairRDD<Integer, Rec> own = rows.filter(r -> isPartnerKeyed(r.table))
        .mapToPair(r -> new Tuple2<>(BookParts.partOf(r.cells[column(r.table, "partner")], parts), r));
    int checklist = PortfolioTable.CHECKLIST.ordinal();
    JavaPairRDD<Integer, Rec> first = rows.filter(r -> r.table == checklist).mapToPair(r -> new Tuple2<>(0, r));
    Broadcast<Rec[]> fx = jsc.broadcast(stats.fx.toArray(Rec[]::new));

    // Each part checked and evaluated.
    boolean checkOnly = readProblems > 0;
    Set<PortfolioTable> brokenTables = Set.copyOf(broken);
    JavaRDD<Rec> evaluated = shared.union(own).union(first).groupByKey(slices).flatMap(t -> {
      int part = t._1();
      BookParts steps = bc.value().steps();
      List<BookParts.Row> partRows = new ArrayList<>();
      Set<String> owned = new HashSet<>();
      for (Rec r : t._2()) {
        partRows.add(row(r, r.copied));
        if (r.owner) {
          owned.add(r.cells[column(dealsTable, "id")]);
        }
      }
      for (Rec r : fx.value()) {
        partRows.add(row(r, parts > 1));
      }
      BookParts.Part result = checkOnly ? steps.check(part, parts, partRows, brokenTables)
          : steps.evaluate(part, parts, partRows, brokenTables, owned::contains);
      List<Rec> out = new ArrayList<>();
      result.problems().forEach((p, copied) -> out.add(Rec.problem(p, copied)));
      for (BookParts.Output o : result.outputs()) {
        out.add(new Rec(Rec.OUTPUT, 0, o.seq(), o.key(), o.file(), o.cells().toArray(String[]::new), false, false));
      }
      for (BookParts.PartnerFigures f : result.partners()) {
        out.add(new Rec(Rec.PARTNER, 0, 0, f.id(), "", new String[] {f.segmentFacts().orElse(""),
            f.candidate().orElse(""), f.baseAllocation().orElse("")}, false, false));
      }
      out.add(new Rec(Rec.FIGURES, part, 0, "", result.figures(), new String[0], false, false));
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK_SER());

    // Problems: counted first; sorted only when there are any.
    JavaRDD<Rec> found = evaluated.filter(r -> r.kind == Rec.PROBLEM);
    if (readProblems > 0) {
      found = in.filter(r -> r.kind == Rec.PROBLEM).union(found);
    }
    JavaRDD<Rec> unique = found.filter(r -> !r.copied).union(found.filter(r -> r.copied).distinct());
    long problemCount = unique.count();
    JavaRDD<Rec> problems = problemCount > 0 ? unique.sortBy(ProblemKey::new, true, 1) : jsc.emptyRDD();
    Map<String, Long> read = new LinkedHashMap<>();
    for (PortfolioTable table : PortfolioTable.values()) {
      read.put(table.fileName(), counts.getOrDefault(table.ordinal(), 0L));
    }
    if (problemCount > 0) {
      return SparkBookResult.invalid(spark, context, problems, problemCount);
    }
    return BookSteps.finish(spark, context, bc, evaluated, read, slices, problems);
  }

  private static BookParts.Row row(Rec r, boolean copied) {
    return new BookParts.Row(PortfolioTable.values()[r.table], r.line, Arrays.asList(r.cells), copied);
  }

  static boolean isDealTable(int table) {
    return Arrays.stream(DEAL_TABLES).anyMatch(t -> t == table);
  }

  private static boolean isDealKeyed(int table) {
    PortfolioTable t = PortfolioTable.values()[table];
    return t == PortfolioTable.DEALS || t == PortfolioTable.TOUCHES || t == PortfolioTable.REGISTRATIONS
        || t == PortfolioTable.PAYMENTS || t == PortfolioTable.CANCELLATIONS;
  }

  private static boolean isPartnerKeyed(int table) {
    PortfolioTable t = PortfolioTable.values()[table];
    return t == PortfolioTable.METRICS || t == PortfolioTable.CERTIFICATIONS || t == PortfolioTable.RATINGS
        || t == PortfolioTable.MDF_REQUESTS;
  }

  private static int dealKey(int table) {
    return table == PortfolioTable.DEALS.ordinal() ? column(table, "id") : column(table, "deal");
  }

  static int column(int table, String name) {
    return PortfolioTable.values()[table].columns().indexOf(name);
  }

  private static int[] sorted(Iterable<Integer> parts) {
    TreeSet<Integer> set = new TreeSet<>();
    parts.forEach(set::add);
    return set.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] union(int home, int[] extra) {
    TreeSet<Integer> set = new TreeSet<>();
    set.add(home);
    Arrays.stream(extra).forEach(set::add);
    return set.stream().mapToInt(Integer::intValue).toArray();
  }

  /** What one pass over the input gives the driver: rows per table, broken tables, reading problems, FX rates. */
  static final class Stats implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int FX = PortfolioTable.FX_RATES.ordinal();
    final long[] rows = new long[PortfolioTable.values().length];
    final boolean[] broken = new boolean[PortfolioTable.values().length];
    final ArrayList<Rec> fx = new ArrayList<>();
    long problems;

    void add(Rec r) {
      if (r.kind == Rec.ROW) {
        rows[r.table]++;
        if (r.table == FX) {
          fx.add(r);
        }
      } else if (r.kind == Rec.BROKEN) {
        broken[r.table] = true;
      } else if (r.kind == Rec.PROBLEM) {
        problems++;
      }
    }

    Stats merge(Stats other) {
      for (int t = 0; t < rows.length; t++) {
        rows[t] += other.rows[t];
        broken[t] |= other.broken[t];
      }
      fx.addAll(other.fx);
      problems += other.problems;
      return this;
    }
  }

  /** Problems in file, line, column and reason order, as the streaming evaluation keeps them. */
  static final class ProblemKey implements Comparable<ProblemKey>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String column;
    private final String reason;

    ProblemKey(Rec r) {
      this.file = r.key;
      this.line = r.line;
      this.column = r.cells[0];
      this.reason = r.cells[1];
    }

    @Override
    public int compareTo(ProblemKey o) {
      int c = file.compareTo(o.file);
      c = c != 0 ? c : Integer.compare(line, o.line);
      c = c != 0 ? c : column.compareTo(o.column);
      return c != 0 ? c : reason.compareTo(o.reason);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ProblemKey && compareTo((ProblemKey) o) == 0;
    }

    @Override
    public int hashCode() {
      return file.hashCode() * 31 + line;
    }
  }

  /** Partners by revenue, highest first, ties by partner id ({@code docs/rules/health.md#segments}). */
  static final class RankKey implements Comparable<RankKey>, Serializable {
    private static final long serialVersionUID = 1L;
    private final BigDecimal revenue;
    private final String id;

    RankKey(BigDecimal revenue, String id) {
      this.revenue = revenue;
      this.id = id;
    }

    @Override
    public int compareTo(RankKey o) {
      int c = o.revenue.compareTo(revenue);
      return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RankKey && compareTo((RankKey) o) == 0;
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  /** Output records by file, then key, then their place in their part. */
  static final class OrderKey implements Comparable<OrderKey>, Serializable {
    private static final long serialVersionUID = 1L;
    private final int file;
    private final String key;
    private final int seq;

    OrderKey(int file, String key, int seq) {
      this.file = file;
      this.key = key;
      this.seq = seq;
    }

    /** The smallest key of a file: before every record of it, after every record of the files before. */
    static OrderKey first(int file) {
      return new OrderKey(file, "", Integer.MIN_VALUE);
    }

    @Override
    public int compareTo(OrderKey o) {
      int c = Integer.compare(file, o.file);
      c = c != 0 ? c : key.compareTo(o.key);
      return c != 0 ? c : Integer.compare(seq, o.seq);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof OrderKey && compareTo((OrderKey) o) == 0;
    }

    @Override
    public int hashCode() {
      return (file * 31 + key.hashCode()) * 31 + seq;
    }
  }

  static Optional<String> present(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  static BookPartsFigures figures(Broadcast<Context> bc) {
    return bc.value().steps().figures();
  }
}
