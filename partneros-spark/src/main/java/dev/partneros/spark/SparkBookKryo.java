package dev.partneros.spark;

import static java.util.Objects.requireNonNull;

import com.esotericsoftware.kryo.Kryo;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoRegistrator;
import org.apache.spark.serializer.KryoSerializer;

/**
 * Kryo for the job's records ({@code docs/spark.md#serialization}): the records, keys and arrays the
 * job shuffles and caches are registered, so Kryo writes them as a number and their fields instead
 * of Java serialization's class descriptions and object streams. Spark uses it when the session is
 * configured with {@link #configure(SparkConf)} (as {@link SparkBookMain} does) or with
 * {@code spark.serializer=org.apache.spark.serializer.KryoSerializer} and
 * {@code spark.kryo.registrator=dev.partneros.spark.SparkBookKryo}. The results do not depend on it.
 *
 * <p>Spark creates it by name; stateless.
 */
public final class SparkBookKryo implements KryoRegistrator {

  /** Spark's setting naming the serializer. */
  static final String SERIALIZER = "spark.serializer";
  /** Spark's setting naming the Kryo registrators. */
  static final String REGISTRATOR = "spark.kryo.registrator";

  /** Creates the registrator (Spark does, by its class name). */
  public SparkBookKryo() {
    // nothing to hold
  }

  /**
   * Sets a configuration's serializer to Kryo with this registrator, unless it already names a
   * serializer or a registrator (an application's own choice is kept).
   *
   * @param conf the configuration, changed in place, not null
   * @return {@code conf}
   */
  public static SparkConf configure(SparkConf conf) {
    requireNonNull(conf, "conf");
    if (!conf.contains(SERIALIZER) && !conf.contains(REGISTRATOR)) {
      conf.set(SERIALIZER, KryoSerializer.class.getName());
      conf.set(REGISTRATOR, SparkBookKryo.class.getName());
    }
    return conf;
  }

  /**
   * Registers the job's records, keys and arrays.
   *
   * @param kryo the Kryo instance Spark configures, not null
   */
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.register(Rec.class);
    kryo.register(Rec[].class);
    kryo.register(String[].class);
    kryo.register(int[].class);
    kryo.register(BookJob.ProblemKey.class);
    kryo.register(BookJob.RankKey.class);
    kryo.register(BookJob.OrderKey.class);
    kryo.register(java.math.BigDecimal.class);
    // Broadcast once per evaluation: its own (Java) serialization keeps its immutable lists intact.
    kryo.register(Context.class, new com.esotericsoftware.kryo.serializers.JavaSerializer());
  }
}
