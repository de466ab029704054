package dev.partneros.core.internal;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The fields a value type accepts, found from the code (Jackson's own deserializer of the type:
 * its creator's {@code @JsonProperty} parameters and its settable properties), and the check of a
 * document's tree against them ({@code docs/program-file.md#did-you-mean}).
 *
 * <p>Jackson alone reports an unknown field late and incompletely: a type built through a
 * {@code @JsonCreator} factory reports an unknown field only after the factory succeeded, so a
 * misspelt required field surfaces as "must be present"; and when the factory returns the
 * Immutables-generated subclass, Jackson lists the subclass's setters as the known fields, which
 * lack every creator parameter whose accessor is {@code @JsonIgnore}d (such as an amount read as a
 * decimal and kept as money). Walking the tree first, against the declared type, finds every unknown
 * field at once, with the complete list of the fields the loader accepts there.
 */
public final class KnownFields {

  private static final ObjectMapper MAPPER = PartnerOsJson.newMapper();

  private KnownFields() {}

  /**
   * Finds every field of a tree that the type it is read into does not accept, at any depth, and
   * removes it from the tree so that what remains can be read without reporting it again.
   *
   * @param tree the tree, not null; changed in place (pass a copy)
   * @param type the type the tree is read into, not null
   * @param at the path of the tree in its document, not null
   * @return one entry per unknown field (its {@code unknown_property} problem and the field it was
   *     probably meant to be), in document order, never null
   */
  public static List<Unknown> removeUnknown(JsonNode tree, Class<?> type, FieldPath at) {
    List<Unknown> found = new ArrayList<>();
    DefaultDeserializationContext context = context();
    walk(tree, MAPPER.constructType(type), at, found, context);
    return found;
  }

  /**
   * An unknown field found in a tree: the problem reported, and the known name it was taken for.
   *
   * @param problem the {@code unknown_property} problem
   * @param suggestion the path of the known field it is probably a misspelling of, if any
   */
  public record Unknown(Problem problem, Optional<FieldPath> suggestion) {}

  /**
   * Returns the names of the fields a type accepts (its creator's parameters and its settable
   * properties, wherever Jackson would look for them), sorted; empty when the type is not read field
   * by field (a scalar, a list, a type with a custom reader). The names of the type's superclasses
   * are included, so the Immutables-generated subclass of a type names its type's fields too.
   *
   * @param type the type, not null
   * @return never null
   */
  public static List<String> namesOf(Class<?> type) {
    DefaultDeserializationContext context = context();
    TreeSet<String> names = new TreeSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Map<String, SettableBeanProperty> fields = fields(MAPPER.constructType(c), context);
      if (fields != null) {
        fields.forEach((name, property) -> {
          if (!refusedOnly(property)) {
            names.add(name);
          }
        });
      }
    }
    return List.copyOf(names);
  }

  /**
   * Builds the problem of an unknown field: {@code <path> is not a field of <owner>: unknown field
   * <name>, did you mean <nearest>? (known fields: ...)}.
   *
   * @param path the path of the unknown field, not null
   * @param owner what holds it, as the message names it ({@code commission}, {@code the program})
   * @param name the unknown name, not null
   * @param suggestion the known name suggested, may be null
   * @param known what the known names are, as the message lists them
   * @return never null
   */
  public static Problem problem(FieldPath path, String owner, String name, String suggestion, String known) {
    return Problem.ofMessage(path, CoreProblemCode.UNKNOWN_PROPERTY, "is not a field of " + owner + ": unknown field " + name
        + (suggestion == null ? "" : ", did you mean " + suggestion + "?") + " (" + known + ")", name);
  }

  private static void walk(JsonNode node, JavaType type, FieldPath at, List<Unknown> found,
      DefaultDeserializationContext context) {
    if (type.isReferenceType()) {
      walk(node, type.getReferencedType(), at, found, context);
      return;
    }
    if (JsonNode.class.isAssignableFrom(type.getRawClass())) {
      return;
    }
    if (type.isMapLikeType()) {
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          walk(entry.getValue(), type.getContentType(), at.field(entry.getKey()), found, context);
        }
      }
      return;
    }
    if (type.isContainerType()) {
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), type.getContentType(), at.index(i), found, context);
        }
      }
      return;
    }
    Optional<JavaType> delegate = delegate(type, context);
    if (delegate.isPresent()) {
      walk(node, delegate.get(), at, found, context);
      return;
    }
    Map<String, SettableBeanProperty> fields = fields(type, context);
    if (fields == null || !node.isObject()) {
      return; // not read field by field: its reader reports what it refuses
    }
    List<String> names = new ArrayList<>();
    fields.forEach((name, property) -> {
      if (!refusedOnly(property)) {
        names.add(name);
      }
    });
    names.sort(null);
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      SettableBeanProperty property = fields.get(entry.getKey());
      if (property == null) {
        unknown.add(entry.getKey());
      } else {
        walk(entry.getValue(), property.getType(), at.field(entry.getKey()), found, context);
      }
    }
    for (String name : unknown) {
      ((ObjectNode) node).remove(name);
      Optional<String> nearest = Suggestions.nearest(name, names);
      found.add(new Unknown(problem(at.field(name), at.isRoot() ? "the document" : at.toString(), name,
          nearest.orElse(null), names.isEmpty() ? "it has none" : "known fields: " + String.join(", ", names)),
          nearest.map(at::field)));
    }
  }

  /** A field read only to be refused (a header field written inside a section): never suggested. */
  private static boolean refusedOnly(SettableBeanProperty property) {
    return JsonNode.class.isAssignableFrom(property.getType().getRawClass());
  }

  private static Optional<JavaType> delegate(JavaType type, DefaultDeserializationContext context) {
    BeanDeserializerBase bean = bean(type, context);
    if (bean == null) {
      return Optional.empty();
    }
    ValueInstantiator instantiator = bean.getValueInstantiator();
    DeserializationConfig config = context.getConfig();
    if (instantiator.canCreateUsingDelegate()) {
      return Optional.of(instantiator.getDelegateType(config));
    }
    if (instantiator.canCreateUsingArrayDelegate()) {
      return Optional.of(instantiator.getArrayDelegateType(config));
    }
    return Optional.empty();
  }

  /** The fields of a type read field by field, by name; null for any other type. */
  private static Map<String, SettableBeanProperty> fields(JavaType type, DefaultDeserializationContext context) {
    Optional<JavaType> delegate = delegate(type, context);
    if (delegate.isPresent()) {
      JavaType to = delegate.get();
      return to.isContainerType() || to.getRawClass() == Object.class ? null : fields(to, context);
    }
    BeanDeserializerBase bean = bean(type, context);
    if (bean == null) {
      return null;
    }
    Map<String, SettableBeanProperty> fields = new LinkedHashMap<>();
    Iterator<SettableBeanProperty> properties = bean.properties();
    while (properties.hasNext()) {
      SettableBeanProperty property = properties.next();
      if (property.getInjectableValueId() == null) {
        fields.put(property.getName(), property);
      }
    }
    return fields;
  }

  private static BeanDeserializerBase bean(JavaType type, DefaultDeserializationContext context) {
    if (type.isContainerType() || type.isReferenceType() || type.isPrimitive() || type.isEnumType()) {
      return null;
    }
    JsonDeserializer<Object> deserializer;
    try {
      deserializer = context.findRootValueDeserializer(type);
    } catch (JsonMappingException e) {
      return null;
    }
    return deserializer instanceof BeanDeserializerBase ? (BeanDeserializerBase) deserializer : null;
  }

  private static DefaultDeserializationContext context() {
    return ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
        .createDummyInstance(MAPPER.getDeserializationConfig());
  }

  /**
   * Renders names for a message: sorted, comma-separated.
   *
   * @param names the names, not null
   * @return never null
   */
  public static String list(Collection<String> names) {
    return String.join(", ", new TreeSet<>(names));
  }
}
