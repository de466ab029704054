package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.partneros.core.internal.JacksonProblems;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON configuration every PartnerOS value is written and read with ({@code docs/formats.md#values}):
 * amounts as strings, dates as ISO {@code yyyy-MM-dd}, absent optionals omitted, properties in a
 * fixed order, and strict reading (unknown properties, duplicate keys, trailing tokens, nulls for
 * primitives and numbers for enums refused; decimals read as exact {@link java.math.BigDecimal}).
 *
 * <p>{@link #write}, {@link #read} and {@link #toTree} share one reader and one writer made once from
 * a fully configured mapper: Jackson's {@code ObjectReader} and {@code ObjectWriter} are immutable,
 * so nothing here is shared mutable state, and a call does not pay for building a mapper.
 * {@link #newMapper()} returns a fresh mapper each time, for callers who configure their own.
 * Thread-safe.
 */
public final class PartnerOsJson {

  private static final ObjectReader READER = newMapper().reader();
  private static final ObjectWriter WRITER = newMapper().writer();

  private PartnerOsJson() {}

  /** The shared reader (immutable), for core's own readers that add injectable values to it. */
  static ObjectReader reader() {
    return READER;
  }

  /**
   * Returns a new JSON mapper configured as described above. Callers may register their own
   * modules on it.
   *
   * @return never null
   */
  public static ObjectMapper newMapper() {
    return configure(JsonMapper.builder()).build();
  }

  /**
   * Returns a new YAML mapper with the same configuration as {@link #newMapper()}.
   *
   * @return never null
   */
  public static ObjectMapper newYamlMapper() {
    return configure(YAMLMapper.builder()).build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    builder
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // keep decimals exactly as written (0.30 stays 0.30) when a document becomes a tree
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
            .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert));
    return builder;
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value the value, not null
   * @return the JSON text, never null
   * @throws InvalidFactsException if the value cannot be written (a value that is not a PartnerOS
   *     value, or a Jackson failure), with the path where it failed
   */
  public static String write(Object value) {
    requireNonNull(value, "value");
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new InvalidFactsException(JacksonProblems.of(e, FieldPath.root()));
    }
  }

  /**
   * Reads a value from JSON text, strictly.
   *
   * @param <T> the value type
   * @param json the JSON text, not null
   * @param type the value type, not null
   * @return never null
   * @throws InvalidFactsException with the path and reason of every problem Jackson or the value's
   *     own checks report
   */
  public static <T> T read(String json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    try {
      T value = READER.forType(type).readValue(json);
      if (value == null) {
        throw new InvalidFactsException(List.of(Problem.error(FieldPath.root(), CoreProblemCode.MISSING,
            "be a JSON value", "null")));
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new InvalidFactsException(JacksonProblems.of(e, FieldPath.root()));
    }
  }

  /**
   * Converts a JSON tree to a value, strictly.
   *
   * @param <T> the value type
   * @param tree the tree, not null
   * @param type the value type, not null
   * @return never null
   * @throws InvalidFactsException with the path and reason of every problem found
   */
  public static <T> T read(JsonNode tree, Class<T> type) {
    requireNonNull(tree, "tree");
    return read(tree.toString(), type);
  }

  /**
   * Returns a value as a JSON tree, for comparisons that ignore formatting.
   *
   * @param value the value, not null
   * @return never null
   */
  public static JsonNode toTree(Object value) {
    requireNonNull(value, "value");
    try {
      return READER.readTree(WRITER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new InvalidFactsException(JacksonProblems.of(e, FieldPath.root()));
    }
  }
}
