package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.internal.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The edit distance behind "did you mean" (docs/program-file.md#did-you-mean): a distance between
 * names, blind to case, and one slip of the keyboard on a known name always finds a known name one
 * edit away.
 */
class SuggestionsProperties {

  /** Field names of the program file, as a misspelling starts from them. */
  static final List<String> KNOWN = List.of("commissionRate", "resaleMargin", "mdfAnnual", "levels", "fraction",
      "fromDay", "untilDay", "curve", "flatTolerance", "registrationWindowDays", "protectionDays", "min", "max",
      "rate", "flat", "tier", "model", "items", "groups", "targets");

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("abcdeAB_").ofMaxLength(12);
  }

  @Property(tries = 2_000)
  void isADistance_blindToCase(@ForAll("names") String a, @ForAll("names") String b) {
    int d = Suggestions.distance(a, b);
    assertThat(d).isEqualTo(Suggestions.distance(b, a));
    assertThat(d == 0).isEqualTo(a.equalsIgnoreCase(b));
    assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    assertThat(Suggestions.distance(a.toUpperCase(Locale.ROOT), b)).isEqualTo(d);
  }

  @Property(tries = 2_000)
  void oneSlip_onAKnownName_suggestsAKnownNameOneEditAway(@ForAll long seed) {
    Random random = new Random(seed);
    String name = KNOWN.get(random.nextInt(KNOWN.size()));
    StringBuilder slip = new StringBuilder(name);
    int at = random.nextInt(name.length());
    char letter = (char) ('a' + random.nextInt(26));
    switch (random.nextInt(4)) {
      case 0 -> slip.insert(at, letter);
      case 1 -> slip.deleteCharAt(at);
      case 2 -> slip.setCharAt(at, letter);
      default -> {
        if (at + 1 < name.length()) {
          slip.setCharAt(at, name.charAt(at + 1));
          slip.setCharAt(at + 1, name.charAt(at));
        }
      }
    }
    String typed = slip.toString();
    assertThat(Suggestions.distance(typed, name)).isLessThanOrEqualTo(1);
    assertThat(Suggestions.nearest(typed, KNOWN)).hasValueSatisfying(
        suggested -> assertThat(Suggestions.distance(typed, suggested)).isLessThanOrEqualTo(1));
  }
}
