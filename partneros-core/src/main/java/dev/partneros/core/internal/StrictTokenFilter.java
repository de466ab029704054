package dev.partneros.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Watches every token of a program document and records what a program file may not contain,
 * without stopping at the first: YAML type tags ({@code !!java.lang.Runtime}), YAML anchors,
 * YAML aliases, numbers written in exponent form or as NaN/infinity (binary floating point where exact decimals
 * belong), and lists longer than the limit.
 *
 * <p>It also enforces, for YAML as for JSON, the length of every string and key and of every number
 * ({@code docs/program-file.md#limits}): Jackson's YAML parser does not apply
 * {@code StreamReadConstraints.maxStringLength}, and hands a plain scalar of more than about a
 * thousand digits over as a string. A string that reads as a number (a quoted rate such as
 * {@code "0.25"} is read as one) is held to the number limit, and so is a key that reads as one. Passing one of these limits stops the
 * scan with a {@link StreamConstraintsException} that shows at most the first
 * {@value #SHOWN_PREFIX} characters of the value, never the value itself.
 */
public final class StrictTokenFilter extends JsonParserDelegate {

  /** How many characters of an oversized value a problem shows. */
  static final int SHOWN_PREFIX = 20;

  /** A YAML or JSON number, or a string written as one: signs, digits, underscores, a dot, an exponent. */
  private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9_]*\\.?[0-9_]*([eE][-+]?[0-9_]+)?");

  private final List<Problem> problems = new ArrayList<>();
  private final ProgramLoader.Limits limits;
  private boolean container;
  private FieldPath failedAt;

  /**
   * Wraps a parser.
   *
   * @param parser the parser
   * @param limits the limits on list, string and number lengths
   */
  public StrictTokenFilter(JsonParser parser, ProgramLoader.Limits limits) {
    super(parser);
    this.limits = limits;
  }

  /**
   * Returns what was found so far.
   *
   * @return never null
   */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token;
    try {
      token = delegate.nextToken();
    } catch (StreamConstraintsException e) {
      if (failedAt == null && String.valueOf(e.getOriginalMessage()).startsWith("Number value length")) {
        // The parser has counted the entry it fails on: a list's first number too long is at the
        // entry, not at the list just opened (docs/program-file.md#limits).
        failedAt = JacksonProblems.pathOf(delegate.getParsingContext());
      }
      throw e;
    }
    if (token == null) {
      return null;
    }
    inspect(token);
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    if (token == JsonToken.FIELD_NAME) {
      token = nextToken();
    }
    return token;
  }

  private void inspect(JsonToken token) throws IOException {
    if (token == JsonToken.FIELD_NAME) {
      String name = delegate.currentName();
      FieldPath holder = JacksonProblems.pathOf(delegate.getParsingContext().getParent());
      checkLength("Name", name, limits.maxStringLength(), holder);
      if (readsAsNumber(name)) {
        // a key written as a number is held to the number limit, like a string written as one
        // (docs/program-file.md#limits): a 10,000-digit key is too_large, never echoed whole
        checkLength("Number key", name, limits.maxNumberLength(), holder);
      }
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      return;
    }
    container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
    if (token == JsonToken.VALUE_STRING) {
      String text = delegate.getText();
      checkLength("String value", text, limits.maxStringLength(), here());
      if (readsAsNumber(text)) {
        checkLength("Number value", text, limits.maxNumberLength(), here());
      }
    } else if (token.isNumeric()) {
      checkLength("Number value", delegate.getText(), limits.maxNumberLength(), here());
    }
    if (delegate.canReadTypeId()) {
      Object typeId = delegate.getTypeId();
      if (typeId != null) {
        problems.add(Problem.error(here(), CoreProblemCode.TYPE_TAG,
            "not carry a YAML type tag (a program file only describes data)", typeId));
      }
    }
    if (delegate.canReadObjectId()) {
      Object anchor = delegate.getObjectId();
      if (anchor != null) {
        problems.add(Problem.error(here(), CoreProblemCode.YAML_ANCHOR, "not use YAML anchors or aliases (write the value out)",
            "&" + anchor));
      }
    }
    if (delegate instanceof YAMLParser && ((YAMLParser) delegate).isCurrentAlias()) {
      problems.add(Problem.error(here(), CoreProblemCode.YAML_ANCHOR, "not use YAML aliases (write the value out)",
          "*" + delegate.getText()));
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      String text = delegate.getText().toLowerCase(Locale.ROOT);
      if (text.contains("e") || text.contains("nan") || text.contains("inf")) {
        problems.add(Problem.error(here(), CoreProblemCode.INVALID_VALUE,
            "be a plain finite decimal such as 1234.50 (no exponent, NaN or infinity)", delegate.getText()));
      }
    }
    JsonStreamContext list = container ? delegate.getParsingContext().getParent() : delegate.getParsingContext();
    if (list != null && list.inArray() && list.getCurrentIndex() == limits.maxListLength()) {
      problems.add(Problem.error(JacksonProblems.pathOf(list.getParent()), CoreProblemCode.TOO_LARGE,
          "have at most " + limits.maxListLength() + " entries", "more"));
    }
  }

  /** Tells whether a string or key longer than the number limit reads as a number. */
  private boolean readsAsNumber(String text) {
    return text != null && text.length() > limits.maxNumberLength() && NUMBER_LIKE.matcher(text).matches()
        && text.chars().anyMatch(Character::isDigit);
  }

  /**
   * Stops the scan when a key, string or number is longer than its limit, naming its length and
   * showing only its first characters, on one line (control characters become spaces).
   */
  private void checkLength(String what, String text, int max, FieldPath at) throws StreamConstraintsException {
    if (text == null || text.length() <= max) {
      return;
    }
    int shown = Math.min(SHOWN_PREFIX, max);
    if (Character.isHighSurrogate(text.charAt(shown - 1))) {
      shown--;
    }
    failedAt = at;
    throw new StreamConstraintsException(String.format(Locale.ROOT,
        "%s length (%d) exceeds the maximum allowed (%d); it starts \"%s...\"", what, text.length(), max,
        text.substring(0, shown).replaceAll("\\p{Cntrl}", " ")), delegate.currentTokenLocation());
  }

  /**
   * Returns the path of the value the parser is at (for a container, the container's own path), or
   * of the object holding an oversized key once one stopped the scan.
   *
   * @return never null
   */
  public FieldPath here() {
    if (failedAt != null) {
      return failedAt;
    }
    JsonStreamContext context = delegate.getParsingContext();
    // An object that already has a key is no longer the one just opened: Jackson reads a JSON key
    // and the number after it in one step, and may fail on the number before the key is seen.
    boolean opened = container && context != null && !(context.inObject() && context.getCurrentName() != null);
    return JacksonProblems.pathOf(opened ? context.getParent() : context);
  }
}
