package dev.partneros.spark;

import dev.partneros.portfolio.BookPartsFigures;
import dev.partneros.portfolio.report.CsvReport;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.RangePartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.PartitionPruningRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.math.Ordering$;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;

/**
 * The book-level steps of a Spark evaluation ({@code docs/spark.md#how-it-runs}): the parts' figures
 * reduced to the driver, segments by a distributed sort on revenue, the MDF pool's allocation in one
 * task over the compact candidates, and each partner's segment and allocation joined into its output
 * records, every file sorted by key. Stateless.
 */
final class BookSteps {

  private BookSteps() {}

  static SparkBookResult finish(SparkSession spark, Context context, Broadcast<Context> bc, JavaRDD<Rec> evaluated,
      Map<String, Long> read, int slices, JavaRDD<Rec> problems) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    BookPartsFigures driver = context.steps().figures();
    // The compact records (a part's figures, a partner's figures) kept apart from the outputs: the
    // steps below read them several times, and the outputs once.
    JavaRDD<Rec> compact = evaluated.filter(r -> r.kind == Rec.FIGURES || r.kind == Rec.PARTNER)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    String figures = compact.filter(r -> r.kind == Rec.FIGURES).map(r -> r.text)
        .fold(driver.empty(), (a, b) -> BookJob.figures(bc).merge(a, b));

    // Segments: rank by revenue (a distributed sort), then each partner assigned on its own.
    JavaRDD<Rec> partners = compact.filter(r -> r.kind == Rec.PARTNER);
    JavaRDD<Rec> withFacts = partners.filter(r -> !r.cells[0].isEmpty());
    long ranked = withFacts.count();
    JavaPairRDD<String, String[]> segments = withFacts
        .sortBy(r -> new BookJob.RankKey(BookPartsFigures.revenue(r.cells[0]), r.key), true, slices)
        .zipWithIndex().mapToPair(t -> {
          BookPartsFigures.Segment s = BookJob.figures(bc).assign(t._1().cells[0], t._2() + 1, ranked);
          return new Tuple2<>(t._1().key, new String[] {s.segment(), s.quadrant().orElse("")});
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<Tuple2<String, Tuple2<Long, String>>> bySegment = segments
        .mapToPair(t -> new Tuple2<>(t._2()[0], new Tuple2<>(1L, t._1())))
        .reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(), a._2().compareTo(b._2()) <= 0 ? a._2() : b._2()))
        .collect();
    List<Tuple2<String, Tuple2<Long, String>>> ordered = new ArrayList<>(bySegment);
    ordered.sort((a, b) -> a._2()._2().compareTo(b._2()._2()));
    Map<String, Long> segmentCounts = new LinkedHashMap<>();
    ordered.forEach(t -> segmentCounts.put(t._1(), t._2()._1()));

    // The pool: one allocation over every candidate, in one task (the candidates are compact).
    JavaPairRDD<String, String> allocations = JavaPairRDD.fromJavaRDD(jsc.emptyRDD());
    String change = "0";
    if (context.pooled()) {
      JavaRDD<Rec> pool = partners.filter(r -> !r.cells[1].isEmpty()).mapToPair(r -> new Tuple2<>(r.key, r))
          .leftOuterJoin(segments)
          .map(t -> new String[] {t._2()._1().cells[1], at(t._2()._2(), 1), t._2()._1().cells[2]})
          .repartition(1).mapPartitions(it -> {
            List<BookPartsFigures.Candidate> candidates = new ArrayList<>();
            it.forEachRemaining(c -> candidates.add(new BookPartsFigures.Candidate(c[0], BookJob.present(c[1]),
                BookJob.present(c[2]))));
            BookPartsFigures.Allocation a = BookJob.figures(bc).allocate(candidates);
            List<Rec> out = new ArrayList<>();
            a.allocations().forEach((id, amount) -> out.add(new Rec(Rec.OUTPUT, 0, 0, id, amount, new String[0], false,
                false)));
            out.add(new Rec(Rec.OUTPUT, 0, 0, "", a.change(), new String[0], false, false));
            return out.iterator();
          }).persist(StorageLevel.MEMORY_AND_DISK_SER());
      change = pool.filter(r -> r.key.isEmpty()).first().text;
      allocations = pool.filter(r -> !r.key.isEmpty()).mapToPair(r -> new Tuple2<>(r.key, r.text));
    }
    BookPartsFigures.Book book = driver.book(figures, read, segmentCounts, change);

    // Each partner's segment and allocation put into its JSON line and partners.csv row.
    JavaPairRDD<String, String[]> completion = segments.fullOuterJoin(allocations).mapValues(t -> new String[] {
        at(t._1(), 0), at(t._1(), 1), t._2().orElse("")});
    JavaRDD<Rec> outputs = evaluated.filter(r -> r.kind == Rec.OUTPUT);
    JavaRDD<Rec> completed = outputs.filter(BookSteps::completed).mapToPair(r -> new Tuple2<>(r.key, r))
        .leftOuterJoin(completion).map(t -> complete(t._2()._1(), t._2()._2().isPresent()
            ? Optional.of(t._2()._2().get()) : Optional.empty()));
    List<String> names = new ArrayList<>();
    names.add(BookPartsFigures.PARTNERS_JSONL);
    names.addAll(CsvReport.PARTNER_FILES);
    names.add(CsvReport.ATTRIBUTION);
    // One sort of every record by file, key and place: each file is then a run of the sorted
    // partitions, and reading a file reads only the partitions its keys fall in.
    JavaPairRDD<BookJob.OrderKey, Rec> keyed = completed.union(outputs.filter(r -> !completed(r)))
        .mapToPair(r -> new Tuple2<>(new BookJob.OrderKey(names.indexOf(r.text), r.key, r.line), r));
    RangePartitioner<BookJob.OrderKey, Rec> ranges = new RangePartitioner<>(slices, keyed.rdd(), true, 20,
        Ordering$.MODULE$.comparatorToOrdering(Comparator.<BookJob.OrderKey>naturalOrder()),
        ClassTag$.MODULE$.apply(BookJob.OrderKey.class));
    JavaRDD<Rec> all = keyed.repartitionAndSortWithinPartitions(ranges).values()
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Map<String, JavaRDD<Rec>> files = new LinkedHashMap<>();
    for (int f = 0; f < names.size(); f++) {
      String name = names.get(f);
      if (name.equals(CsvReport.COMMISSION) && !book.commission() || name.equals(CsvReport.MDF_REQUESTS) && !book.mdf()) {
        continue;
      }
      Partitions of = new Partitions(ranges.getPartition(BookJob.OrderKey.first(f)),
          ranges.getPartition(BookJob.OrderKey.first(f + 1)));
      files.put(name, JavaRDD.fromRDD(PartitionPruningRDD.create(all.rdd(), of), all.classTag())
          .filter(r -> r.text.equals(name)));
    }
    return SparkBookResult.valid(spark, context, files, book, problems);
  }

  /** The partitions from one to another, both included: those a file's keys fall in. */
  static final class Partitions extends AbstractFunction1<Object, Object> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int first;
    private final int last;

    Partitions(int first, int last) {
      this.first = first;
      this.last = last;
    }

    @Override
    public Object apply(Object partition) {
      int p = (Integer) partition;
      return p >= first && p <= last;
    }
  }

  private static String at(org.apache.spark.api.java.Optional<String[]> cells, int index) {
    return cells.isPresent() ? cells.get()[index] : "";
  }

  private static boolean completed(Rec r) {
    return r.text.equals(BookPartsFigures.PARTNERS_JSONL) || r.text.equals(CsvReport.PARTNERS);
  }

  private static Rec complete(Rec r, Optional<String[]> completion) {
    if (completion.isEmpty()) {
      return r;
    }
    Optional<String> segment = BookJob.present(completion.get()[0]);
    Optional<String> quadrant = BookJob.present(completion.get()[1]);
    Optional<String> allocation = BookJob.present(completion.get()[2]);
    String[] cells;
    if (r.text.equals(BookPartsFigures.PARTNERS_JSONL)) {
      cells = new String[] {r.cells[0], BookPartsFigures.partnerLine(r.cells[1], segment, quadrant, allocation)};
    } else {
      cells = BookPartsFigures.partnersRow(List.of(r.cells), segment, quadrant).toArray(String[]::new);
    }
    return new Rec(r.kind, r.table, r.line, r.key, r.text, cells, r.copied, r.owner);
  }
}
