package dev.partneros.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.partneros.core.FieldPath;
import dev.partneros.core.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Watches every token of a program document and records what a program file may not contain,
 * without stopping at the first: YAML type tags ({@code !!java.lang.Runtime}), YAML anchors,
 * YAML aliases, numbers written in exponent form or as NaN/infinity (binary floating point where exact decimals
 * belong), and lists longer than the limit.
 */
public final class StrictTokenFilter extends JsonParserDelegate {

  private final List<Problem> problems = new ArrayList<>();
  private final int maxListLength;
  private boolean container;

  /**
   * Wraps a parser.
   *
   * @param parser the parser
   * @param maxListLength the most entries any list may have
   */
  public StrictTokenFilter(JsonParser parser, int maxListLength) {
    super(parser);
    this.maxListLength = maxListLength;
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
    JsonToken token = delegate.nextToken();
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
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      return;
    }
    container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
    if (delegate.canReadTypeId()) {
      Object typeId = delegate.getTypeId();
      if (typeId != null) {
        problems.add(Problem.error(here(), "type_tag",
            "not carry a YAML type tag (a program file only describes data)", typeId));
      }
    }
    if (delegate.canReadObjectId()) {
      Object anchor = delegate.getObjectId();
      if (anchor != null) {
        problems.add(Problem.error(here(), "yaml_anchor", "not use YAML anchors or aliases (write the value out)",
            "&" + anchor));
      }
    }
    if (delegate instanceof YAMLParser && ((YAMLParser) delegate).isCurrentAlias()) {
      problems.add(Problem.error(here(), "yaml_alias", "not use YAML aliases (write the value out)",
          "*" + delegate.getText()));
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      String text = delegate.getText().toLowerCase(Locale.ROOT);
      if (text.contains("e") || text.contains("nan") || text.contains("inf")) {
        problems.add(Problem.error(here(), "not_a_plain_decimal",
            "be a plain finite decimal such as 1234.50 (no exponent, NaN or infinity)", delegate.getText()));
      }
    }
    JsonStreamContext list = container ? delegate.getParsingContext().getParent() : delegate.getParsingContext();
    if (list != null && list.inArray() && list.getCurrentIndex() == maxListLength) {
      problems.add(Problem.error(JacksonProblems.pathOf(list.getParent()), "too_many_entries",
          "have at most " + maxListLength + " entries", "more"));
    }
  }

  /**
   * Returns the path of the value the parser is at (for a container, the container's own path).
   *
   * @return never null
   */
  public FieldPath here() {
    JsonStreamContext context = delegate.getParsingContext();
    return JacksonProblems.pathOf(container && context != null ? context.getParent() : context);
  }
}
