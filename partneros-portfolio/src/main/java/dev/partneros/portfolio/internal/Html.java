package dev.partneros.portfolio.internal;

/**
 * Escaping for the HTML report: text and attribute values are escaped so no input (a partner
 * named {@code <script>alert(1)</script>}) can add markup.
 *
 * <p>Stateless; thread-safe.
 */
public final class Html {

  private Html() {}

  /**
   * Escapes text for an element's content or an attribute value: {@code & < > " '} become
   * entities, and control characters other than tab and line feed are dropped (they are not
   * allowed in XHTML).
   *
   * @param text the text, may be null (rendered empty)
   * @return never null
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          if (c >= 0x20 || c == '\t' || c == '\n') {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
