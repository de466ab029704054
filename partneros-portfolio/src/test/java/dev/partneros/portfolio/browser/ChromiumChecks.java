package dev.partneros.portfolio.browser;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The layout checks of {@code report-checks.js} (a resource beside this class) run in an open page,
 * and what they found: overlapping labels, SVG labels clipped by their chart, chart colours missing
 * from the chart's legend, the page's marked totals and its sections' boxes.
 *
 * <p>See {@code docs/browser-check.md#what-it-checks} for what each check means.
 *
 * @param labels how many labels were looked at
 * @param charts how many charts ({@code <svg>} elements) were looked at
 * @param marks how many chart marks were looked at
 * @param overlaps the pairs of labels that overlap
 * @param clipped the SVG labels that leave their chart's box
 * @param uncovered the chart colours that no legend of the chart shows
 * @param totals the elements marked {@code data-total}
 * @param sections the {@code <section id>} elements, in document order
 */
record ChromiumChecks(int labels, int charts, int marks, List<Overlap> overlaps, List<Clipped> clipped,
    List<Uncovered> uncovered, List<Total> totals, List<Section> sections) {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private static final String SCRIPT = script();

  /**
   * Two labels that overlap.
   *
   * @param section the id of the section they are in, or empty
   * @param first the first label's text
   * @param second the second label's text
   * @param depth by how many pixels they overlap (the least in any direction)
   */
  record Overlap(String section, String first, String second, double depth) {}

  /**
   * An SVG label clipped by its chart.
   *
   * @param section the id of its section, or empty
   * @param text its text
   * @param by by how many pixels it leaves the chart's box
   */
  record Clipped(String section, String text, double by) {}

  /**
   * A colour used in a chart that its legend does not show.
   *
   * @param section the id of its section, or empty
   * @param chart the chart's title
   * @param colour the colour as seen on white, {@code #rrggbb}
   * @param marks how many marks have it
   * @param example one such mark: its element name and its tooltip
   */
  record Uncovered(String section, String chart, String colour, int marks, String example) {}

  /**
   * A total marked in the page.
   *
   * @param name its {@code data-total}
   * @param value its {@code data-value} (a plain number), or null when missing
   * @param text the element's text
   * @param section the id of its section, or empty
   */
  record Total(String name, String value, String text, String section) {}

  /**
   * A section's box in page coordinates (CSS pixels from the document's top left).
   *
   * @param id its id
   * @param x the left edge
   * @param y the top edge
   * @param width the width
   * @param height the height
   */
  record Section(String id, double x, double y, double width, double height) {}

  /**
   * Runs the checks in a page that is open.
   *
   * @param page not null
   * @return what they found, never null
   */
  static ChromiumChecks run(ChromiumPage page) {
    requireNonNull(page, "page");
    String json = page.evaluate(SCRIPT).asText();
    try {
      return JSON.readValue(json, ChromiumChecks.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the checks returned unreadable JSON: " + json, e);
    }
  }

  private static String script() {
    try (InputStream in = ChromiumChecks.class.getResourceAsStream("report-checks.js")) {
      if (in == null) {
        throw new IllegalStateException("the resource report-checks.js is missing beside " + ChromiumChecks.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
