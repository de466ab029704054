package dev.partneros.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
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

/** Turns Jackson's exceptions into {@link Problem}s with the JSON path of the offence. */
public final class JacksonProblems {

  /** The core values written as one JSON scalar, whose problems name the value itself. */
  private static final Set<Class<?>> SCALARS = Set.of(Rate.class, Tier.class, PartnerId.class, YearQuarter.class,
      FiscalCalendar.class);

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
      if (firstLine(e).startsWith("Trailing token")) {
        return List.of(Problem.ofMessage(path, CoreProblemCode.TRAILING_DATA,
            "must be followed by nothing (one document only): " + firstLine(e), null));
      }
      if (e instanceof UnrecognizedPropertyException) {
        UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
        List<String> known = new ArrayList<>();
        if (unknown.getKnownPropertyIds() != null) {
          unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
        }
        known.sort(null);
        return List.of(Problem.error(path, CoreProblemCode.UNKNOWN_PROPERTY,
            "be a known property" + (known.isEmpty() ? "" : " (one of " + String.join(", ", known) + ")"),
            unknown.getPropertyName()));
      }
      if (e instanceof InvalidFormatException) {
        InvalidFormatException format = (InvalidFormatException) e;
        return List.of(Problem.error(path, CoreProblemCode.INVALID_VALUE,
            "be a valid " + simpleName(format.getTargetType()), format.getValue()));
      }
      if (e instanceof MismatchedInputException) {
        MismatchedInputException mismatch = (MismatchedInputException) e;
        return List.of(Problem.ofMessage(path, CoreProblemCode.INVALID_VALUE,
            "must be a valid " + simpleName(mismatch.getTargetType()) + ": " + firstLine(e), null));
      }
      return List.of(Problem.ofMessage(path, CoreProblemCode.INVALID_VALUE, "is invalid: " + firstLine(e), null));
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
          + ": " + message, null));
    }
    if (message.contains("Trailing token")) {
      return List.of(Problem.ofMessage(path, CoreProblemCode.TRAILING_DATA,
          "must be followed by nothing (one document only)" + where + ": " + message, null));
    }
    return List.of(Problem.ofMessage(path, CoreProblemCode.SYNTAX, "is not well-formed" + where + ": " + message, null));
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

  private static String simpleName(Class<?> type) {
    return type == null ? "value" : type.getSimpleName();
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
