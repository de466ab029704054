package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Program documents for the modules' section tests: a minimal header, the text of sections of the
 * standard program that ships in core ({@link ProgramDocument#standard()}), and a document made of
 * the header and some sections, optionally after one edit. Shared through the core test jar, so
 * tests read the standard program itself rather than copies of its sections.
 */
public final class TestPrograms {

  /** A minimal header: program, version, effectiveFrom 2026-01-01, currency USD. */
  public static final String HEADER = "program: Test program\nversion: \"1\"\neffectiveFrom: 2026-01-01\ncurrency: USD\n";

  private TestPrograms() {}

  /**
   * Returns a loader that checks no section (no section reader): for a test of one module's
   * {@code from} on a document whose other sections would be refused at load, such as a custom
   * ladder with only the section under test. Its documents carry a {@code not_checked} warning per
   * section.
   *
   * @return never null
   */
  public static ProgramLoader unchecked() {
    return ProgramLoader.strict().withSectionReaders(List.of());
  }

  /**
   * Returns the YAML text of named sections of the standard program, sliced from the resource
   * {@link ProgramDocument#STANDARD_RESOURCE} exactly as written there (values, comments and layout
   * included): each section runs from its top-level key to the line before the next top-level line
   * (a key or a comment at the start of a line), without trailing blank lines. The comments above a
   * key are not part of its section. Sections come in the order asked, separated by a blank line.
   *
   * @param names the top-level keys, such as {@code "tiers", "benefits"}; each must appear once
   * @return never null; ends with a line break
   */
  public static String standardSections(String... names) {
    assertThat(names).as("section names").isNotEmpty();
    List<String> lines = standardText().lines().collect(Collectors.toList());
    List<String> slices = new ArrayList<>();
    for (String name : names) {
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith(name + ":")) {
          starts.add(i);
        }
      }
      assertThat(starts).as("top-level key %s in the standard program", name).hasSize(1);
      int end = starts.get(0) + 1;
      while (end < lines.size() && !isTopLevel(lines.get(end))) {
        end++;
      }
      while (lines.get(end - 1).isBlank()) {
        end--;
      }
      slices.add(String.join("\n", lines.subList(starts.get(0), end)) + "\n");
    }
    return String.join("\n", slices);
  }

  private static boolean isTopLevel(String line) {
    return !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
  }

  private static String standardText() {
    try (InputStream in = ProgramDocument.class.getResourceAsStream(ProgramDocument.STANDARD_RESOURCE)) {
      assertThat(in).as("the standard program " + ProgramDocument.STANDARD_RESOURCE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads the header followed by sections.
   *
   * @param sections the YAML of the sections
   * @return never null
   */
  public static ProgramDocument document(String sections) {
    return ProgramLoader.strict().loadYaml(HEADER + sections);
  }

  /**
   * Loads the header followed by sections after one edit, which must apply.
   *
   * @param sections the YAML of the sections
   * @param from the text to replace, or empty for no edit
   * @param to its replacement
   * @return never null
   */
  public static ProgramDocument document(String sections, String from, String to) {
    if (from.isEmpty()) {
      return document(sections);
    }
    assertThat(sections).as("the edit must apply").contains(from);
    return document(sections.replace(from, to));
  }
}
