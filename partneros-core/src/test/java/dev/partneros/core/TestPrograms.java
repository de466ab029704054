package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Program documents for the modules' section tests: a minimal header, the text of a test resource,
 * and a document made of the header and some sections, optionally after one edit. Shared through
 * the core test jar.
 */
public final class TestPrograms {

  /** A minimal header: program, version, effectiveFrom 2026-01-01, currency USD. */
  public static final String HEADER = "program: Test program\nversion: \"1\"\neffectiveFrom: 2026-01-01\ncurrency: USD\n";

  private TestPrograms() {}

  /**
   * Returns the text of a class-path resource.
   *
   * @param name the resource name, absolute (such as {@code /standard-mdf-section.yaml})
   * @return never null
   */
  public static String resource(String name) {
    try (InputStream in = TestPrograms.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource " + name).isNotNull();
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
