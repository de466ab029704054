package dev.partneros.portfolio.report;

import static dev.partneros.portfolio.internal.Html.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The inline SVG charts of the HTML report ({@code docs/formats.md#reporthtml}): a horizontal bar
 * chart (one or several coloured segments per row) and the legend every chart carries. Sizes are
 * computed from the texts, so no label runs past its chart or into another one: a label is cut to
 * its column, the value column is as wide as its longest text.
 *
 * <p>Each chart is a {@code <figure class="chart">}: a {@code <figcaption>} heading, the
 * {@code <svg>} (with a {@code <title>}, a {@code viewBox} and {@code width:100%}) and a
 * {@code <ul class="legend">} whose items carry their colour in {@code data-colour} and as the
 * background of their swatch. Every fill used in the SVG is one of the legend's colours.
 *
 * <p>Stateless; thread-safe.
 */
final class HtmlCharts {

  /** The font size of chart texts, in SVG user units (pixels at scale 1). */
  static final int FONT = 11;

  /** The width of the bars' column at scale 1. */
  static final int BAR_WIDTH = 360;

  /** The height of one bar row. */
  static final int ROW = 22;

  /** The space left of row labels, so no glyph touches the chart's edge. */
  static final int INSET = 4;

  /** The widest a row label may be before it is cut. */
  static final int MAX_LABEL = 240;

  private HtmlCharts() {}

  /** One legend entry: an exact colour ({@code #rrggbb}) and what it means. */
  record Swatch(String colour, String label) {}

  /** One coloured part of a bar. */
  record Segment(BigDecimal value, String colour, String tooltip) {}

  /** One row of a bar chart: its label, its segments (left to right) and the text after the bar. */
  record Bar(String label, List<Segment> segments, String text) {

    /** A one-segment bar. */
    static Bar of(String label, BigDecimal value, String text, String colour) {
      return new Bar(label, List.of(new Segment(value, colour, label + ": " + text)), text);
    }

    BigDecimal total() {
      return segments.stream().map(Segment::value).filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO,
          BigDecimal::add);
    }
  }

  /**
   * Estimates the width of a text at {@link #FONT}, generously (wide sans-serif fonts such as
   * DejaVu Sans), so a text placed by the estimate fits.
   */
  static int textWidth(String text) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '|' || c == 'i'
          || c == 'l' || c == 'j' || c == 'I' || c == '!') {
        em += 0.36;
      } else if (c == 'W' || c == 'M' || c == 'm' || c == 'w' || c == '@' || c == '%') {
        em += 0.95;
      } else if (Character.isUpperCase(c)) {
        em += 0.76;
      } else {
        em += 0.66;
      }
    }
    return (int) Math.ceil(em * FONT) + 2;
  }

  /** Cuts a text with an ellipsis so that its estimated width is at most {@code width}. */
  static String fit(String text, int width) {
    if (textWidth(text) <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && textWidth(cut + "...") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.stripTrailing() + "...";
  }

  /**
   * Writes a bar chart with its caption and legend.
   *
   * @param out where to write
   * @param title the chart's title (caption and SVG title)
   * @param axis what the bars measure, shown under the axis (short)
   * @param bars the rows, top first
   * @param legend every colour the bars use, with its meaning
   */
  static void bars(StringBuilder out, String title, String axis, List<Bar> bars, List<Swatch> legend) {
    int labelWidth = Math.min(MAX_LABEL, bars.stream().mapToInt(b -> textWidth(b.label())).max().orElse(0))
        + INSET + 8;
    int textColumn = bars.stream().mapToInt(b -> textWidth(b.text())).max().orElse(0) + 8;
    BigDecimal max = bars.stream().map(Bar::total).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    int width = labelWidth + BAR_WIDTH + 6 + textColumn;
    int axisY = bars.size() * ROW + 6;
    int height = axisY + 22;
    open(out, title, width, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 4 + i * ROW;
      out.append("<text x=\"").append(INSET).append("\" y=\"").append(y + 14).append("\">")
          .append(escape(fit(bar.label(), labelWidth - INSET - 8))).append("</text>\n");
      int x = labelWidth;
      for (Segment s : bar.segments()) {
        int length = scale(s.value(), max);
        if (length == 0 && bar.segments().size() > 1) {
          continue;
        }
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y + 2).append("\" width=\"")
            .append(Math.max(length, 1)).append("\" height=\"").append(ROW - 6).append("\" fill=\"")
            .append(s.colour()).append("\"><title>").append(escape(s.tooltip())).append("</title></rect>\n");
        x += Math.max(length, 1);
      }
      out.append("<text x=\"").append(labelWidth + BAR_WIDTH + 6).append("\" y=\"").append(y + 14).append("\">")
          .append(escape(bar.text())).append("</text>\n");
    }
    out.append("<line x1=\"").append(labelWidth).append("\" y1=\"").append(axisY).append("\" x2=\"")
        .append(labelWidth + BAR_WIDTH).append("\" y2=\"").append(axisY).append("\" stroke=\"#888888\"/>\n");
    out.append("<text x=\"").append(labelWidth).append("\" y=\"").append(axisY + 15).append("\">0</text>\n");
    String maxText = axisNumber(max);
    out.append("<text x=\"").append(labelWidth + BAR_WIDTH).append("\" y=\"").append(axisY + 15)
        .append("\" text-anchor=\"end\">").append(escape(maxText)).append("</text>\n");
    int room = BAR_WIDTH - 2 * (textWidth(maxText) + 12);
    out.append("<text x=\"").append(labelWidth + BAR_WIDTH / 2).append("\" y=\"").append(axisY + 15)
        .append("\" text-anchor=\"middle\" class=\"axis\">").append(escape(fit(axis, room))).append("</text>\n");
    close(out, legend);
  }

  /**
   * Writes an axis value with grouped digits at its own scale: an amount (at its currency's scale,
   * as every amount the report charts) shows as its money does, {@code 51,063.80}; a count as
   * {@code 1,200}.
   */
  static String axisNumber(BigDecimal value) {
    return String.format(java.util.Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value);
  }

  /** The length of a bar for a value, out of {@link #BAR_WIDTH} for the maximum. */
  private static int scale(BigDecimal value, BigDecimal max) {
    if (max.signum() <= 0 || value.signum() <= 0) {
      return 0;
    }
    return value.multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(max, 0, RoundingMode.HALF_EVEN).intValue();
  }

  /** Opens a chart: the figure, its caption and the SVG element. */
  static void open(StringBuilder out, String title, int width, int height) {
    out.append("<figure class=\"chart\">\n<figcaption>").append(escape(title)).append("</figcaption>\n")
        .append("<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" preserveAspectRatio=\"xMinYMin meet\" style=\"min-width:").append(width * 4 / 5)
        .append("px;max-width:").append(width * 3 / 2).append("px\" role=\"img\" aria-label=\"").append(escape(title))
        .append("\">\n<title>").append(escape(title)).append("</title>\n");
  }

  /** Closes a chart opened by {@link #open}, then writes its legend. */
  static void close(StringBuilder out, List<Swatch> legend) {
    out.append("</svg></div>\n");
    legend(out, legend);
    out.append("</figure>\n");
  }

  /** Writes a legend: one item per colour, its swatch painted with the exact colour. */
  static void legend(StringBuilder out, List<Swatch> legend) {
    out.append("<ul class=\"legend\">");
    for (Swatch s : legend) {
      out.append("<li data-colour=\"").append(s.colour()).append("\"><span class=\"swatch\" style=\"background:")
          .append(s.colour()).append("\"></span>").append(escape(s.label())).append("</li>");
    }
    out.append("</ul>\n");
  }
}
