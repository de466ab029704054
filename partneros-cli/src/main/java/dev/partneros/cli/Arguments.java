package dev.partneros.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one command: {@code --name value} pairs (an option may repeat), {@code --flag}s and
 * positional arguments, checked against the options the command knows.
 */
final class Arguments {

  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Arguments() {}

  /**
   * Parses arguments.
   *
   * @param args the arguments after the command
   * @param options the options that take a value
   * @param flags the options without a value
   * @return never null
   * @throws UsageException for an unknown option or a missing value
   */
  static Arguments parse(List<String> args, Set<String> options, Set<String> flags) throws UsageException {
    Arguments parsed = new Arguments();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value = null;
        int equals = name.indexOf('=');
        if (equals >= 0) {
          value = name.substring(equals + 1);
          name = name.substring(0, equals);
        }
        if (flags.contains(name) && value == null) {
          parsed.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
        } else if (options.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
              throw new UsageException("--" + name + " needs a value");
            }
            value = args.get(++i);
          }
          parsed.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        } else {
          throw new UsageException("unknown option --" + name);
        }
      } else {
        parsed.positional.add(arg);
      }
    }
    return parsed;
  }

  List<String> positional() {
    return positional;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  Optional<String> optional(String name) throws UsageException {
    List<String> given = all(name);
    if (given.size() > 1) {
      throw new UsageException("--" + name + " may be given once");
    }
    return given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
  }

  String required(String name) throws UsageException {
    return optional(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
  }

  Path path(String name) throws UsageException {
    return Path.of(required(name));
  }

  LocalDate date(String name) throws UsageException {
    String text = required(name);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException("--" + name + " must be a date such as 2027-12-31, but was " + text);
    }
  }

  int integer(String name, int defaultValue, int min, int max) throws UsageException {
    Optional<String> text = optional(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value < min || value > max) {
        throw new UsageException("--" + name + " must be between " + min + " and " + max + ", but was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, but was " + text.get());
    }
  }

  long longValue(String name, long defaultValue) throws UsageException {
    Optional<String> text = optional(name);
    try {
      return text.isEmpty() ? defaultValue : Long.parseLong(text.get());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, but was " + text.get());
    }
  }
}
