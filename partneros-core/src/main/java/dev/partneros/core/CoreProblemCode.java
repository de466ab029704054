package dev.partneros.core;

/**
 * The problem codes every module shares, and those of the core values and the program loader
 * ({@code docs/problems.md#core}). A code used by more than one module lives here; a code only one
 * rule family produces lives in that family's catalogue.
 *
 * <p>Immutable and thread-safe.
 */
public enum CoreProblemCode implements ProblemCode {

  /** A required value is absent. */
  MISSING("missing", "a required value is absent"),
  /** A text is empty or only white space. */
  BLANK("blank", "a text is empty or only white space"),
  /** A list, map, table or document that needs at least one entry has none. */
  EMPTY("empty", "a list, map, table or document that needs at least one entry has none"),
  /** A number or amount is below zero. */
  NEGATIVE("negative", "a number or amount is below zero"),
  /** A number or amount that must be above zero is zero or below. */
  NOT_POSITIVE("not_positive", "a number or amount that must be above zero is zero or below"),
  /** A number, amount, date or count lies outside the bounds allowed. */
  OUT_OF_RANGE("out_of_range",
      "a number, amount or count lies outside its allowed bounds (the message gives them)"),
  /** The upper end of a pair of bounds does not lie above its lower end. */
  NOT_ABOVE_MIN("not_above_min",
      "the upper end of a pair of bounds (max and min, upper and lower, untilDay and fromDay) is not above its lower end"),
  /** Thresholds listed lowest first do not rise strictly. */
  NOT_INCREASING("not_increasing", "thresholds or steps listed lowest first do not rise strictly"),
  /** A schedule moves the wrong way. */
  NOT_MONOTONE("not_monotone",
      "a schedule moves the wrong way: points or rates fall as the input grows, a clawback rises with time, "
          + "or a higher tier asks less than a lower one"),
  /** The first bracket, band, level or step of a schedule does not start at zero. */
  NOT_FROM_ZERO("not_from_zero", "the first bracket, band, level or step of a schedule does not start at zero"),
  /** A number that counts things is not a whole number. */
  NOT_WHOLE("not_whole", "a number that counts things is not a whole number"),
  /** A name, key, date or entry that must be unique appears more than once. */
  DUPLICATE("duplicate", "a name, key, date or entry that must be unique appears more than once"),
  /** A value disagrees with another value of the same input that it must match. */
  INCONSISTENT("inconsistent",
      "a value disagrees with another value it must match (the message names the other one)"),
  /** An amount is in another currency than the one required. */
  CURRENCY_MISMATCH("currency_mismatch", "an amount is in another currency than the one required"),
  /** An FX rate converts a currency to itself. */
  SAME_CURRENCY("same_currency", "an FX rate converts a currency to itself"),
  /** A value is given where the rest of the input does not allow it. */
  NOT_ALLOWED("not_allowed", "a value is given where the rest of the input does not allow it (the message says why)"),
  /** Not exactly one (or not at least one) of several alternative fields is given. */
  ONE_OF("one_of", "of several alternative fields, not exactly one (or none at all) is given"),
  /** A value cannot be read as what the field holds. */
  INVALID_VALUE("invalid_value",
      "a value cannot be read as what the field holds: wrong JSON type, or text that is not a valid "
          + "number, date, currency, amount, fraction, quarter or choice"),
  /** A name does not follow the naming rule of its kind. */
  INVALID_NAME("invalid_name", "a name does not follow the naming rule of its kind (the message gives it)"),
  /** A field of a program file is not one the reader knows. */
  UNKNOWN_PROPERTY("unknown_property",
      "a field is not one the reader knows (the message suggests the nearest known name and lists the known ones)"),
  /** A tier is not on the ladder. */
  UNKNOWN_TIER("unknown_tier", "a tier is not on the ladder"),
  /** A date lies before the date it must not precede. */
  BEFORE_START("before_start",
      "a date lies before the date it must not precede: its start, or the creation, signature, approval, "
          + "receipt or registration it follows"),
  /** A date lies after the date it must not pass. */
  AFTER_AS_OF("after_as_of", "a date lies after the date it must not pass: the as-of date or a close date"),
  /** A date lies before the first program version takes effect. */
  BEFORE_FIRST_VERSION("before_first_version", "a date lies before the first program version takes effect"),
  /** An entry of an ordered sequence comes before the one it must follow. */
  OUT_OF_ORDER("out_of_order", "an entry of an ordered sequence comes before the one it must follow"),
  /** A document, text or list exceeds a size limit. */
  TOO_LARGE("too_large", "a document, text, number or list exceeds a size limit"),
  /** Weights or shares do not add up to their whole. */
  WEIGHTS_NOT_ONE("weights_not_one",
      "weights or shares do not add up to exactly their whole (1, or 100 points for health's dimensions)"),
  /** Weights to allocate by are all zero. */
  ALL_ZERO("all_zero", "weights to allocate by are all zero"),
  /** A key of a map has no counterpart in the map it must match. */
  UNKNOWN_KEY("unknown_key", "a key of a map has no counterpart in the map it must match"),
  /** A document is not well-formed JSON or YAML. */
  SYNTAX("syntax", "a document is not well-formed JSON or YAML"),
  /** A document is followed by more content. */
  TRAILING_DATA("trailing_data", "a document is followed by more content (one document per file)"),
  /** A program section no module on the path reads, so it was not checked (a warning). */
  NOT_CHECKED("not_checked", "a program section is read by no module on the class or module path, so it was not checked "
      + "(a warning)"),
  /** A file or resource cannot be read. */
  UNREADABLE("unreadable", "a file or resource does not exist, is not a regular file or cannot be read"),
  /** A file is not UTF-8 text. */
  NOT_UTF8("not_utf8", "a file is not UTF-8 text"),
  /** A file name has no known format extension. */
  UNKNOWN_FORMAT("unknown_format", "a file name does not end in .json, .yaml or .yml"),
  /** A YAML document carries a type tag. */
  TYPE_TAG("type_tag", "a YAML document carries a type tag"),
  /** A YAML document uses an anchor or an alias. */
  YAML_ANCHOR("yaml_anchor", "a YAML document uses an anchor or an alias"),
  /** A partner id contains a control character. */
  CONTROL_CHARACTER("control_character", "a partner id contains a control character"),
  /** A partner id starts or ends with white space. */
  WHITESPACE("whitespace", "a partner id starts or ends with white space"),
  /** An explanation template opens a placeholder it does not close. */
  UNCLOSED_PLACEHOLDER("unclosed_placeholder", "an explanation template opens a placeholder it does not close"),
  /** An explanation template names a placeholder that is not one of the step's. */
  UNKNOWN_PLACEHOLDER("unknown_placeholder", "an explanation template names a placeholder that is not one of the step's"),
  /** A ladder has more tiers than partners can tell apart (a warning). */
  MANY_TIERS("many_tiers", "a ladder has more tiers than partners can tell apart (a warning)");

  private final String code;
  private final String meaning;

  CoreProblemCode(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
