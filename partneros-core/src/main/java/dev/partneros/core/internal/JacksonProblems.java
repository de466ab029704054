package dev.partneros.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.core.YearQuarter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's exceptions into {@link Problem}s with the JSON path of the offence. */
public final class JacksonProblems {

  /** The core values written as one JSON scalar, whose problems name the value itself. */
  private static final Set<Class<?>> SCALARS = Set.of(Rate.class, Tier.class, PartnerId.class, YearQuarter.class,
      FiscalCalendar.class);

  /** The token Jackson's message names: one of {@link JsonToken}'s constants. */
  private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.(" + String.join("|",
      java.util.Arrays.stream(JsonToken.values()).map(Enum::name).toArray(String[]::new)) + ")`");

  private JacksonProblems() {}

  /**
   * Translates a Jackson exception.
   *
   * @param e the exception
   * @param prefix the path the document being read sits at
   * @return the problems, never empty
   */
  public static List<Problem> of(JsonProcessingException e, FieldPath prefix) {
    return of(e, prefix, null);
  }

  /**
   * Translates a Jackson exception raised while parsing.
   *
   * @param e the exception
   * @param prefix the path the document being read sits at
   * @param at the path the parser was at, used when the exception does not say; may be null
   * @return the problems, never empty
   */
  public static List<Problem> of(JsonProcessingException e, FieldPath prefix, FieldPath at) {
    return of(e, prefix, at, null);
  }

  /**
   * Translates a Jackson exception raised while parsing, with where the parser stood for an
   * exception that does not carry its own location (Jackson's size limits do not).
   *
   * @param e the exception
   * @param prefix the path the document being read sits at
   * @param at the path the parser was at, used when the exception does not say; may be null
   * @param near the parser's location, used when the exception has none; may be null
   * @return the problems, never empty
   */
  public static List<Problem> of(JsonProcessingException e, FieldPath prefix, FieldPath at, JsonLocation near) {
    if (e instanceof JsonMappingException) {
      JsonMappingException mapping = (JsonMappingException) e;
      FieldPath path = prefix.resolve(pathOf(mapping.getPath()));
      Class<?> valueType = e instanceof ValueInstantiationException
          ? ((ValueInstantiationException) e).getType().getRawClass() : null;
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof PartnerOsException) {
          List<Problem> moved = new ArrayList<>();
          for (Problem problem : ((PartnerOsException) cause).problems()) {
            moved.add(relocate(problem, path, valueType));
          }
          return moved;
        }
      }
      List<Problem> missing = missingAttributes(mapping, path);
      if (!missing.isEmpty()) {
        return missing;
      }
      if (firstLine(e).startsWith("Trailing token")) {
        return List.of(Problem.ofMessage(path, CoreProblemCode.TRAILING_DATA,
            "must be followed by nothing (one document only), but more data follows", null));
      }
      if (e instanceof UnrecognizedPropertyException) {
        return List.of(unknown((UnrecognizedPropertyException) e, path));
      }
      if (e instanceof InvalidFormatException) {
        InvalidFormatException format = (InvalidFormatException) e;
        return List.of(Problem.error(path, CoreProblemCode.INVALID_VALUE, "be " + kind(format.getTargetType()), format.getValue()));
      }
      if (e instanceof MismatchedInputException) {
        MismatchedInputException mismatch = (MismatchedInputException) e;
        return List.of(Problem.error(path, CoreProblemCode.INVALID_VALUE, "be " + kind(mismatch.getTargetType()), written(mismatch)));
      }
      return List.of(Problem.ofMessage(path, CoreProblemCode.INVALID_VALUE, "is invalid: " + plain(firstLine(e)), null));
    }
    FieldPath path = prefix;
    Object processor = e.getProcessor();
    if (at != null) {
      path = prefix.resolve(at);
    } else if (processor instanceof JsonParser) {
      path = prefix.resolve(pathOf(((JsonParser) processor).getParsingContext()));
    }
    String where = location(e.getLocation() != null ? e.getLocation() : near);
    if (e instanceof StreamConstraintsException) {
      // Jackson names the setting it enforces ("..., from `StreamReadConstraints.getMaxStringLength()`");
      // the limit's value is what the reader needs (docs/program-file.md#limits).
      String limit = firstLine(e).replaceAll(", from `[^`]*`", "");
      return List.of(Problem.ofMessage(path, CoreProblemCode.TOO_LARGE, "exceeds a size limit" + where + ": " + limit, null));
    }
    String message = firstLine(e);
    if (message.startsWith("Duplicate field")) {
      return List.of(Problem.ofMessage(path, CoreProblemCode.DUPLICATE, "must not repeat a key" + where + ": " + message,
          null));
    }
    if (message.contains("NaN") || message.contains("Infinity")) {
      return List.of(Problem.ofMessage(path, CoreProblemCode.INVALID_VALUE, "must be a finite decimal number" + where
          + ", but was NaN or infinity", null));
    }
    if (message.contains("Trailing token")) {
      return List.of(Problem.ofMessage(path, CoreProblemCode.TRAILING_DATA,
          "must be followed by nothing (one document only)" + where + ", but more data follows", null));
    }
    return List.of(Problem.ofMessage(path, CoreProblemCode.SYNTAX, "is not well-formed" + where + ": " + plain(message), null));
  }

  private static Problem relocate(Problem problem, FieldPath at, Class<?> valueType) {
    // A value's own check reports paths relative to the value ("amount" of a Money); Jackson knows
    // where the value sits in the document. A scalar value (written as one JSON string or number)
    // names itself ("rate", "tier"): Jackson's path is already the whole path.
    String own = problem.path();
    boolean single = !own.contains(".") && !own.contains("[");
    if (single && (SCALARS.contains(valueType) || at.toString().endsWith("." + own) || at.toString().equals(own))) {
      return problem.under(FieldPath.root()).withPath(at);
    }
    return problem.under(at);
  }


  /**
   * Returns the path of a parser context.
   *
   * @param context the context, may be null
   * @return never null
   */
  public static FieldPath pathOf(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    FieldPath path = FieldPath.root();
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        if (c.getCurrentIndex() < 0) {
          break;
        }
        path = path.index(c.getCurrentIndex());
      } else if (c.inObject() && c.getCurrentName() != null) {
        path = path.field(c.getCurrentName());
      }
    }
    return path;
  }

  private static FieldPath pathOf(List<JsonMappingException.Reference> references) {
    FieldPath path = FieldPath.root();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path = path.field(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path = path.index(reference.getIndex());
      }
    }
    return path;
  }

  private static String location(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return String.format(Locale.ROOT, " (line %d, column %d)", location.getLineNr(), location.getColumnNr());
  }

  /**
   * An unknown field, with the nearest known name. Jackson's own list of known fields is not used
   * alone: for a type built by a {@code @JsonCreator} factory that returns the Immutables-generated
   * subclass, Jackson lists the subclass's setters, which lack every creator parameter whose accessor
   * is {@code @JsonIgnore}d. The fields of the type and its superclasses are added to it.
   */
  private static Problem unknown(UnrecognizedPropertyException e, FieldPath path) {
    TreeSet<String> known = new TreeSet<>();
    if (e.getKnownPropertyIds() != null) {
      e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
    }
    if (e.getReferringClass() != null) {
      known.addAll(KnownFields.namesOf(e.getReferringClass()));
    }
    String name = e.getPropertyName();
    FieldPath owner = parent(path);
    return KnownFields.problem(path, owner.isRoot() ? "the document" : owner.toString(), name,
        Suggestions.nearest(name, known).orElse(null),
        known.isEmpty() ? "it has none" : "known fields: " + String.join(", ", known));
  }

  /**
   * The fields an Immutables builder found unset ("Cannot build X, some of required attributes are
   * not set [a, b]"), one {@code missing} problem each: the attributes are named as the file names
   * them (the accessor names are the JSON names).
   */
  private static List<Problem> missingAttributes(JsonMappingException e, FieldPath path) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      int open = message == null ? -1 : message.indexOf("some of required attributes are not set [");
      if (cause instanceof IllegalStateException && open >= 0 && message.endsWith("]")) {
        List<Problem> missing = new ArrayList<>();
        String names = message.substring(message.indexOf('[', open) + 1, message.length() - 1);
        for (String name : names.split(",")) {
          if (!name.isBlank()) {
            missing.add(Problem.error(path.field(name.trim()), CoreProblemCode.MISSING, "be present", null));
          }
        }
        return missing;
      }
    }
    return List.of();
  }

  private static FieldPath parent(FieldPath path) {
    String text = path.isRoot() ? "" : path.toString();
    int cut = Math.max(text.lastIndexOf('.'), text.lastIndexOf('['));
    return cut <= 0 ? FieldPath.root() : FieldPath.of(text.substring(0, cut));
  }

  /** What a value of a type is, in the words of the program file (docs/program-file.md#how-to-read-the-field-tables). */
  static String kind(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return "one of " + String.join(", ", names);
    }
    if (type == String.class || type == Tier.class || type == PartnerId.class || CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class || java.math.BigInteger.class == type) {
      return "a whole number";
    }
    if (type == java.math.BigDecimal.class || type == double.class || type == Double.class || type == float.class
        || type == Float.class) {
      return "a plain decimal number";
    }
    if (type == Rate.class) {
      return "a rate, a fraction from 0 to 1 such as 0.25";
    }
    if (type == java.time.LocalDate.class) {
      return "a date such as 2026-01-01";
    }
    if (type == YearQuarter.class) {
      return "a quarter such as 2026-Q1";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "an object of named entries";
    }
    return "an object with fields";
  }

  /** What was written instead, in the words of the program file. */
  private static String written(MismatchedInputException e) {
    // Jackson names what it found in its message ("from Array value (token `JsonToken.START_ARRAY`)");
    // the parser has often moved on by the time the exception is seen.
    Matcher named = TOKEN.matcher(String.valueOf(e.getOriginalMessage()));
    JsonToken token = null;
    if (named.find()) {
      token = JsonToken.valueOf(named.group(1));
    } else if (e.getProcessor() instanceof JsonParser) {
      token = ((JsonParser) e.getProcessor()).currentToken();
    }
    if (token == null) {
      return "another kind of value";
    }
    switch (token) {
      case START_OBJECT:
      case FIELD_NAME:
      case END_OBJECT:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "true or false";
      case VALUE_NULL:
        return "null";
      default:
        return "another kind of value";
    }
  }

  /**
   * A parser's message without Jackson's jargon: no Java type names between backticks, no setting
   * names ({@code JsonReadFeature.X}), no source description.
   */
  static String plain(String message) {
    return yamlEvents(message).replaceAll("\\[Source: [^;\\]]*(\\([^)]*\\))?; line: (\\d+), column: (\\d+)\\]", "line $2, column $3")
        .replaceAll("\\s*\\(consider enabling [^()]*(\\([^()]*\\)[^()]*)*\\)", "")
        .replaceAll("\\(for [^)]*\\)", "")
        .replaceAll("[;:,]? *(enable|to allow|set) `[^`]*`[^;)]*", "")
        .replaceAll("`[a-z]+(\\.[a-z0-9_]+)+\\.([A-Za-z0-9_$]+)`", "$2")
        .replaceAll("`([^`]*)`", "$1")
        .trim();
  }

  /** What SnakeYAML found, which Jackson names by its event class ("got this instead: <...SequenceStartEvent(...)>"). */
  private static final Pattern YAML_EVENT = Pattern.compile(
      "got this instead: <?org\\.yaml\\.snakeyaml\\.events\\.([A-Za-z]+?)Event\\b(\\([^>]*\\))?>?");

  /** Names a YAML event in the words of the file: "got the start of a list instead". */
  private static String yamlEvents(String message) {
    Matcher event = YAML_EVENT.matcher(message);
    StringBuilder out = new StringBuilder();
    while (event.find()) {
      String found;
      switch (event.group(1)) {
        case "SequenceStart":
          found = "the start of a list";
          break;
        case "MappingStart":
          found = "the start of an object";
          break;
        case "SequenceEnd":
          found = "the end of a list";
          break;
        case "MappingEnd":
          found = "the end of an object";
          break;
        case "Scalar":
          found = "a value";
          break;
        case "Alias":
          found = "an alias";
          break;
        default:
          found = "something else";
      }
      event.appendReplacement(out, Matcher.quoteReplacement("got " + found + " instead"));
    }
    event.appendTail(out);
    return out.toString();
  }

  private static String firstLine(Exception e) {
    String message = e instanceof JsonProcessingException
        ? ((JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
