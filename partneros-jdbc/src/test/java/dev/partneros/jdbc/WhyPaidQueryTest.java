package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The query of docs/jdbc.md#why-was-i-paid-this explains every payout to the cent")
class WhyPaidQueryTest {

  @Test
  void docsQuery_rowsAddUpToEachPayout() throws IOException, SQLException {
    String doc = Files.readString(Path.of("..", "docs", "jdbc.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```sql\n") + "```sql\n".length();
    String query = doc.substring(start, doc.indexOf("```", start)).trim();
    assertThat(query).contains("where partner_id = 'P-001'");
    int explained = 0;
    try (Connection c = Reference.halfDatabase().getConnection()) {
      for (String partner : partnersWithPayouts(c)) {
        Map<String, BigDecimal> paid = new TreeMap<>();
        Map<String, BigDecimal> sum = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(query.replace("'P-001'", "?").replace(";", ""))) {
          s.setString(1, partner);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              String day = r.getString("paid_on");
              paid.put(day, r.getBigDecimal("paid"));
              BigDecimal amount = r.getBigDecimal("amount");
              BigDecimal signed = r.getString("kind").equals("PAYABLE") ? amount : amount.negate();
              sum.merge(day, r.getString("correction") != null && r.getString("correction").equals("REVERSAL")
                  ? signed.negate() : signed, BigDecimal::add);
              assertThat(r.getString("why")).isNotBlank();
            }
          }
        }
        for (Map.Entry<String, BigDecimal> payout : paid.entrySet()) {
          assertThat(sum.get(payout.getKey())).as("payout of %s on %s", partner, payout.getKey())
              .isEqualByComparingTo(payout.getValue());
          explained++;
        }
      }
    }
    assertThat(explained).isPositive();
  }

  private static List<String> partnersWithPayouts(Connection c) throws SQLException {
    List<String> partners = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("select distinct partner_id from payout order by partner_id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        partners.add(r.getString(1));
      }
    }
    return partners;
  }
}
