package dev.partneros.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/** The job's Kryo setting: set unless the application chose, and the records go through it whole. */
class SparkBookKryoTest {

  @Test
  void configure_plainConf_setsKryoWithTheRegistrator() {
    SparkConf conf = SparkBookKryo.configure(new SparkConf(false));
    assertThat(conf.get("spark.serializer")).isEqualTo(KryoSerializer.class.getName());
    assertThat(conf.get("spark.kryo.registrator")).isEqualTo(SparkBookKryo.class.getName());
  }

  @Test
  void configure_applicationsOwnSerializer_isKept() {
    SparkConf conf = SparkBookKryo.configure(new SparkConf(false).set("spark.serializer", JavaSerializer.class.getName()));
    assertThat(conf.get("spark.serializer")).isEqualTo(JavaSerializer.class.getName());
    assertThat(conf.contains("spark.kryo.registrator")).isFalse();
  }

  @Test
  void configure_null_isRefused() {
    assertThatThrownBy(() -> SparkBookKryo.configure(null)).isInstanceOf(NullPointerException.class).hasMessage("conf");
  }

  @Test
  void registeredRecord_roundTripsThroughKryo_withEveryField() {
    SparkConf conf = SparkBookKryo.configure(new SparkConf(false)).set("spark.kryo.registrationRequired", "true");
    SerializerInstance kryo = new KryoSerializer(conf).newInstance();
    Rec rec = new Rec(Rec.OUTPUT, 3, 17, "p-1", "health.csv", new String[] {"p-1", "", "1234.50"}, true, false);
    ByteBuffer bytes = kryo.serialize(rec, ClassTag$.MODULE$.apply(Rec.class));
    Rec back = kryo.deserialize(bytes, ClassTag$.MODULE$.apply(Rec.class));
    assertThat(back).isEqualTo(rec);
    assertThat(back.copied).isTrue();
    assertThat(back.owner).isFalse();
    assertThat(back.text).isEqualTo("health.csv");
  }
}
