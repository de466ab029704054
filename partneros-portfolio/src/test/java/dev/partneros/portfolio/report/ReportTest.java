package dev.partneros.portfolio.report;

import dev.partneros.core.ProgramDocument;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.Fixtures;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ReportTest {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";

  /** The small portfolio with a partner named like a script and one named like a formula. */
  static Map<String, String> hostile() {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "partners.csv", "P-1,Alpha,", "P-1,\"" + SCRIPT + "\",");
    Fixtures.replace(files, "partners.csv", "P-2,Beta,", "P-2,\"" + FORMULA.replace("\"", "\"\"") + "\",");
    Fixtures.replace(files, "deals.csv", "D-1,Acme,", "D-1,@SUM(A1:A9),");
    return files;
  }

  static Map<String, String> render(Map<String, String> files) {
    Portfolio portfolio = Fixtures.reader().readCsv(files);
    PortfolioEvaluation evaluation = PortfolioEvaluator.standard().evaluate(
        ProgramHistory.of(ProgramDocument.standard()), portfolio, LocalDate.of(2026, 6, 30));
    return ReportFiles.render(evaluation);
  }

  static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
      @Override
      public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
        throw e;
      }
    });
    return builder.parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void html_isWellFormedXhtmlWithInlineSvgAndOnlyTheSortingScript() throws Exception {
    String html = render(hostile()).get("report.html");
    Document document = parse(html);
    assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
    NodeList svgs = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertThat(svgs.getLength()).isGreaterThanOrEqualTo(4);
    NodeList scripts = document.getElementsByTagNameNS("*", "script");
    assertThat(scripts.getLength()).as("scripts: only the table sorting").isOne();
    assertThat(scripts.item(0).getAttributes().getLength()).as("attributes of the script (no src)").isZero();
    assertThat(html).contains(HtmlSort.SCRIPT).doesNotContain("http-equiv").doesNotContain("src=");
    // links only within the page (the section index): nothing to fetch
    assertThat(java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)))
        .isNotEmpty().allMatch(link -> link.startsWith("#"));
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    // the escaped name reads back as the original text
    assertThat(document.getDocumentElement().getTextContent()).contains(SCRIPT);
  }

  @Test
  void sampleHtml_isWellFormed() throws Exception {
    Document document = parse(ReportFiles.render(dev.partneros.portfolio.SampleBook.evaluation()).get("report.html"));
    assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isGreaterThan(100);
  }

  @Test
  void csv_neutralisesFormulaCells() {
    Map<String, String> files = render(hostile());
    String partners = files.get("partners.csv");
    assertThat(partners).contains("P-2,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",REFERRAL");
    assertThat(partners).doesNotContain(",=HYPERLINK");
    assertThat(files.get("attribution.csv")).contains("D-1,'@SUM(A1:A9),30000.00,WON");
    assertThat(files.get("tier-timeline.csv")).contains("P-1,<script>alert(1)</script>,2026-03-31");
    // a negative number stays a number
    assertThat(files.get("health.csv")).doesNotContain(",'-");
  }

  @Test
  void text_andJson_carryTheNameAsText() {
    Map<String, String> files = render(hostile());
    assertThat(files.get("report.txt")).contains("P-1 <script>alert(1)</script>: 65 of 100");
    assertThat(files.get("evaluation.json")).contains("\"name\" : \"<script>alert(1)</script>\"");
  }
}
