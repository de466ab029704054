package dev.partneros.portfolio.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading the HTML reports back with the JDK's XML parser: elements, and the {@code data-total} hooks. */
final class XhtmlPages {

  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String SVG = "http://www.w3.org/2000/svg";

  private XhtmlPages() {}

  static Document document(String html) {
    try {
      return ReportTest.parse(html);
    } catch (Exception e) {
      throw new AssertionError("the report does not parse as XML", e);
    }
  }

  static List<Element> elements(Element root, String namespace, String name) {
    NodeList list = root.getElementsByTagNameNS(namespace, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** Every {@code data-total} of the page with its {@code data-value}; each name appears once. */
  static Map<String, BigDecimal> totals(Document d) {
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (Element e : elements(d.getDocumentElement(), "*", "*")) {
      if (e.hasAttribute("data-total")) {
        assertThat(totals.put(e.getAttribute("data-total"), new BigDecimal(e.getAttribute("data-value"))))
            .as("total %s appears once", e.getAttribute("data-total")).isNull();
      }
    }
    return totals;
  }
}
