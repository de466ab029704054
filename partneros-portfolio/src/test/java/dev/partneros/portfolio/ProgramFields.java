package dev.partneros.portfolio;

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
import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.commission.ClawbackPolicy;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Tier;
import dev.partneros.scoring.health.HealthPolicy;
import dev.partneros.scoring.ipp.IppPolicy;
import dev.partneros.scoring.ipp.SelectionPolicy;
import dev.partneros.scoring.kpi.KpiPolicy;
import dev.partneros.scoring.maturity.MaturityPolicy;
import dev.partneros.scoring.scorecard.ScorecardPolicy;
import dev.partneros.scoring.segment.SegmentPolicy;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.mdf.MdfPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives, from the code, the field paths a program file's sections accept: each section's class
 * (the one its module passes to {@code ProgramDocument.readSection}) is walked through Jackson's
 * own deserializers, so what is found is what the loader reads, hand-written {@code @JsonCreator}
 * readers included (their {@code @JsonProperty} parameters are creator properties).
 *
 * <p>Path notation (the one docs/program-file.md uses): {@code a.b} a field of an object,
 * {@code a[].b} a field of each object of the list {@code a}, {@code a.<TIER>} the value under a
 * key the file chooses (a tier name, a partner type, an enum constant). A list's own entries get no
 * row of their own (the list's row says what they are). A type found inside itself (criteria inside
 * criteria) is expanded once more, then its row stands for the whole nesting.
 */
final class ProgramFields {

  /**
   * The class each section is read into, as each module reads it: ScoringProgram.from (maturity to
   * kpis), TierProgram.from, BenefitsMatrix.from, MdfPolicy.from, AttributionPolicy.from,
   * CommissionPlan.from, ClawbackPolicy.from.
   */
  static final Map<String, Class<?>> SECTION_TYPES = sectionTypes();

  /**
   * What the keys of a map with free text keys are, by the map's path: the code reads them as
   * strings and parses them by hand, so their meaning cannot be seen from the type.
   */
  static final Map<String, String> STRING_KEYS = Map.of(
      // BenefitsMatrix.fromJson: each key is parsed with Tier.of and checked against the ladder.
      "benefits", "<TIER>",
      // MdfPolicy.fromJson: each key is parsed with Tier.of.
      "mdf.approvers", "<TIER>",
      // MdfPolicy.fromJson: each key is a quadrant of the partner value matrix (ValueMatrixQuadrant).
      "mdf.strategicValues", "<QUADRANT>",
      // IppPolicy: each key names a group of ipp.groups.
      "ipp.profiles.<PARTNER_TYPE>", "<GROUP>",
      // ScorecardPolicy: each key names a criterion of the scorecard.
      "scorecard.weights", "<CRITERION>",
      "scorecard.weightsByPartnerType.<PARTNER_TYPE>", "<CRITERION>");

  /**
   * A path the loader accepts.
   *
   * @param path the dotted path, such as {@code tiers.levels[].tier}
   * @param type what the loader reads there
   * @param refused true for a field read only to be refused (a header field inside a section)
   */
  record Field(String path, JavaType type, boolean refused) {}

  /** What the walk found: the fields, and where a nested type repeats an outer one. */
  record Found(Map<String, Field> fields, Map<String, String> repeats) {}

  /** A type being expanded, and the path where it is. */
  private record Frame(Class<?> type, String path) {}

  private final ObjectMapper mapper = PartnerOsJson.newMapper();
  private final DefaultDeserializationContext context;
  private final List<Field> fields = new ArrayList<>();
  private final Map<String, String> repeats = new TreeMap<>();

  private ProgramFields() {
    DeserializationConfig config = mapper.getDeserializationConfig();
    context = ((DefaultDeserializationContext) mapper.getDeserializationContext()).createDummyInstance(config);
  }

  private static Map<String, Class<?>> sectionTypes() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    types.put("maturity", MaturityPolicy.class);
    types.put("ipp", IppPolicy.class);
    types.put("selection", SelectionPolicy.class);
    types.put("scorecard", ScorecardPolicy.class);
    types.put("health", HealthPolicy.class);
    types.put("segments", SegmentPolicy.class);
    types.put("kpis", KpiPolicy.class);
    types.put("tiers", TierProgram.class);
    types.put("benefits", BenefitsMatrix.class);
    types.put("mdf", MdfPolicy.class);
    types.put("attribution", AttributionPolicy.class);
    types.put("commission", CommissionPlan.class);
    types.put("clawback", ClawbackPolicy.class);
    return Collections.unmodifiableMap(types);
  }

  /**
   * Returns every field of every section, sorted by path, and the repeats: a path whose value has
   * the type of an outer path already expanded twice (criteria nested in criteria), mapped to that
   * outer path, whose fields it has.
   *
   * @return never null
   */
  static Found walk() {
    ProgramFields walker = new ProgramFields();
    SECTION_TYPES.forEach((section, type) -> walker.object(section, walker.mapper.constructType(type),
        new ArrayDeque<>()));
    Map<String, Field> byPath = new TreeMap<>();
    walker.fields.forEach(f -> byPath.put(f.path(), f));
    return new Found(Collections.unmodifiableMap(byPath), Collections.unmodifiableMap(walker.repeats));
  }

  /** Adds the fields of the value at {@code path} (not the path itself). */
  private void object(String path, JavaType type, Deque<Frame> stack) {
    if (type.isReferenceType()) {
      object(path, type.getReferencedType(), stack);
      return;
    }
    if (type.isContainerType()) {
      container(path, type, stack);
      return;
    }
    BeanDeserializerBase bean = bean(type);
    if (bean == null) {
      return;
    }
    ValueInstantiator instantiator = bean.getValueInstantiator();
    if (instantiator.canCreateUsingDelegate()) {
      object(path, instantiator.getDelegateType(context.getConfig()), stack);
      return;
    }
    if (instantiator.canCreateUsingArrayDelegate()) {
      object(path, instantiator.getArrayDelegateType(context.getConfig()), stack);
      return;
    }
    List<Frame> same = stack.stream().filter(f -> f.type() == type.getRawClass()).toList();
    if (same.size() >= 2) {
      repeats.put(path, same.get(same.size() - 1).path()); // the outermost: the stack is last in, first out
      return;
    }
    stack.push(new Frame(type.getRawClass(), path));
    Iterator<SettableBeanProperty> properties = bean.properties();
    while (properties.hasNext()) {
      SettableBeanProperty property = properties.next();
      if (property.getInjectableValueId() != null) {
        continue; // the document's ladder, currency, rounding or calendar, injected, never read
      }
      field(path + "." + property.getName(), property.getType(), stack);
    }
    stack.pop();
  }

  /** Adds the field at {@code path} and whatever it holds. */
  private void field(String path, JavaType type, Deque<Frame> stack) {
    if (type.isReferenceType()) {
      field(path, type.getReferencedType(), stack);
      return;
    }
    if (JsonNode.class.isAssignableFrom(type.getRawClass())) {
      // Read by hand only to be refused: SectionFields.refuseHeader (partneros-tiers) reports a
      // header field (ladder, currency, rounding, fiscal calendar) written inside a section.
      fields.add(new Field(path, type, true));
      return;
    }
    fields.add(new Field(path, type, false));
    object(path, type, stack);
  }

  private void container(String path, JavaType type, Deque<Frame> stack) {
    if (type.isMapLikeType()) {
      field(path + "." + keyName(path, type.getKeyType()), type.getContentType(), stack);
    } else {
      object(path + "[]", type.getContentType(), stack);
    }
  }

  private static String keyName(String path, JavaType key) {
    Class<?> raw = key.getRawClass();
    if (raw == String.class) {
      String name = STRING_KEYS.get(path);
      if (name == null) {
        throw new AssertionError("the map at " + path + " has free text keys: name them in ProgramFields.STRING_KEYS");
      }
      return name;
    }
    if (raw == Tier.class) {
      return "<TIER>";
    }
    return "<" + raw.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + ">";
  }

  private BeanDeserializerBase bean(JavaType type) {
    JsonDeserializer<Object> deserializer;
    try {
      deserializer = context.findRootValueDeserializer(type);
    } catch (JsonMappingException e) {
      throw new AssertionError("no deserializer for " + type, e);
    }
    return deserializer instanceof BeanDeserializerBase ? (BeanDeserializerBase) deserializer : null;
  }
}
