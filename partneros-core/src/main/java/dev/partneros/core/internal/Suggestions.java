package dev.partneros.core.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean" of an unknown name ({@code docs/program-file.md#did-you-mean}): the known name
 * nearest to it by a plain edit distance (insertions, deletions, substitutions and swaps of two
 * neighbouring letters, each costing 1; case ignored), when it is near enough to be a misspelling.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the edit distance between two names, ignoring case: the fewest insertions, deletions,
   * substitutions and swaps of two neighbouring characters that turn one into the other (the
   * optimal string alignment distance).
   *
   * @param a a name, not null
   * @param b another name, not null
   * @return 0 when the names are equal but for case; never negative
   */
  public static int distance(String a, String b) {
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[s.length()][t.length()];
  }

  /**
   * Returns the most edits a name of this length may be from a known name to be taken for a
   * misspelling of it: 1 up to 4 characters, 2 up to 8, 3 beyond.
   *
   * @param length the length of the name written
   * @return 1, 2 or 3
   */
  public static int cutOff(int length) {
    return length <= 4 ? 1 : length <= 8 ? 2 : 3;
  }

  /**
   * Returns the known name nearest to a name, if it is within the {@link #cutOff(int)}; of several
   * at the same distance, the first in the order given.
   *
   * @param name the unknown name, not null
   * @param known the known names, not null
   * @return the suggestion, or empty when no known name is near enough
   */
  public static Optional<String> nearest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = cutOff(name.length()) + 1;
    for (String candidate : known) {
      int distance = distance(name, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
