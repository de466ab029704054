package dev.partneros.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.tiers.TierState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** JSON and hash helpers of the close. Thread-safe (the mapper is configured once and only read). */
public final class Json {

  private static final ObjectMapper MAPPER = PartnerOsJson.newMapper();

  private Json() {}

  /**
   * Returns a new empty object.
   *
   * @return never null
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Returns an array of strings.
   *
   * @param values the strings
   * @return never null
   */
  public static ArrayNode array(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /**
   * Returns a value's JSON tree (the library's values all have a JSON form).
   *
   * @param value the value
   * @return never null
   */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * Returns a tree's compact text.
   *
   * @param node the tree
   * @return never null
   */
  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the SHA-256 of a text's UTF-8 bytes, in lower-case hex.
   *
   * @param text the text
   * @return 64 hex digits
   */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Reads a tier state back from the JSON text {@link #tree} wrote of it.
   *
   * @param text the text
   * @return never null
   * @throws IllegalStateException if the text is not JSON of a tier state
   * @throws dev.partneros.core.InvalidFactsException if the state it holds is not consistent
   */
  public static TierState tierState(String text) {
    try {
      return MAPPER.treeToValue(parse(text), TierState.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("stored JSON is not a tier state: " + e.getMessage(), e);
    }
  }

  /**
   * Parses JSON text.
   *
   * @param text the text
   * @return never null
   */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON could not be read: " + e.getMessage(), e);
    }
  }
}
