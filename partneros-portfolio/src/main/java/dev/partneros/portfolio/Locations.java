package dev.partneros.portfolio;

import dev.partneros.core.Problem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locates a library's problem in the input: a path such as {@code touches[2].date} points at the
 * third row of the list it names, column {@code date}; any other path at a default row, column its
 * first segment. Stateless; thread-safe.
 */
final class Locations {

  private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)\\](?:\\.([A-Za-z]+))?.*");

  private Locations() {}

  static CsvProblem locate(Problem problem, Source row, Map<String, List<Source>> lists) {
    return locate(problem, row, lists, Map.of());
  }

  static CsvProblem locate(Problem problem, Source row, Map<String, List<Source>> lists, Map<String, String> columns) {
    Matcher matcher = INDEXED.matcher(problem.path());
    if (matcher.matches() && lists.containsKey(matcher.group(1))) {
      List<Source> list = lists.get(matcher.group(1));
      int index = Integer.parseInt(matcher.group(2));
      if (index < list.size()) {
        String field = matcher.group(3) == null ? "" : matcher.group(3);
        return list.get(index).problem(columns.getOrDefault(field, field), rest(problem));
      }
    }
    String column = problem.path().split("[.\\[]", 2)[0];
    return row.problem(column, rest(problem));
  }

  /** The message without its leading path: "must be ..., but was ...". */
  static String rest(Problem problem) {
    String message = problem.message();
    return message.startsWith(problem.path() + " ") ? message.substring(problem.path().length() + 1) : message;
  }
}
