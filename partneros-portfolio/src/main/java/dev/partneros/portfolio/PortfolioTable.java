package dev.partneros.portfolio;

import java.util.List;
import java.util.Optional;

/**
 * The tables of a portfolio and their columns: the one format of the evaluator's input, written
 * either as a folder of CSV files ({@code partners.csv}, ...) or as one JSON document whose keys
 * are the table names and whose rows are objects keyed by the same column names
 * ({@code {"partners": [{"id": "P-001", ...}], "deals": [...]}}).
 *
 * <p>Only {@code partners} is mandatory; an absent table has no rows. Required columns must be in
 * the header and every row must have a value in them; optional columns may be left out of the
 * header or left empty. An unknown column (or an unknown CSV file in the folder) is refused, so a
 * misspelt one is never silently ignored. Dates are {@code yyyy-MM-dd}, quarters {@code 2026-Q3},
 * amounts plain decimals in the program's currency ({@code 24000} or {@code 24000.00}, no
 * thousands separator, no exponent), flags {@code true}/{@code false}, lists separated by
 * {@code ;}.
 */
public enum PortfolioTable {

  /** Partners and prospects. */
  PARTNERS("partners", List.of("id", "name", "type", "joined"),
      List.of("stage", "payoutCurrency", "tier", "tierSince", "minimumPayout", "customRebateRate"),
      "P-001,Northwind Traders,SYSTEM_INTEGRATOR,2024-03-15,ACTIVE,EUR,SILVER,2025-06-30,50.00,"),
  /** Quarterly metrics of active partners. */
  METRICS("metrics", List.of("partner", "quarter", "revenue", "dealsRegistered", "strategicFit"),
      List.of("priorYearRevenue", "engagement", "portalActiveDays", "nps", "qualifiedReferrals", "qbrsPlanned",
          "qbrsHeld", "trainingsAssigned", "trainingsCompleted"),
      "P-001,2026-Q1,62000.00,3,STRONG,51000.00,,14,41,1,1,1,2,2"),
  /** Certifications of partners' people. */
  CERTIFICATIONS("certifications", List.of("partner", "person", "earnedOn"), List.of("validUntil", "credential"),
      "P-001,ana.lopez,2025-01-10,2027-01-09,Solution Architect"),
  /** Deals. */
  DEALS("deals", List.of("id", "account", "amount", "created", "status"),
      List.of("firstContact", "closed", "customerStart", "directEngagement", "dependentOn", "product"),
      "D-1001,Alpine Ski House,48000.00,2026-03-02,WON,2026-03-02,2026-05-29,2026-06-01,,P-001,Platform"),
  /** Partner touches on deals. */
  TOUCHES("touches", List.of("deal", "partner", "date", "kind"), List.of("channelLead", "documented"),
      "D-1001,P-001,2026-03-02,REFERRAL,true,true"),
  /** Deal registrations. */
  REGISTRATIONS("registrations", List.of("deal", "partner", "date"), List.of("protectionDays"),
      "D-1001,P-001,2026-03-06,"),
  /** Customer payments on won deals. */
  PAYMENTS("payments", List.of("deal", "date", "amount"), List.of(), "D-1001,2026-06-15,12000.00"),
  /** Cancellations, refunds, downgrades and fraud findings on won deals. */
  CANCELLATIONS("cancellations", List.of("deal", "effective", "kind"), List.of("amount", "partner", "reason"),
      "D-1001,2026-06-20,CANCELLATION,,,customer went out of business"),
  /** MDF requests. */
  MDF_REQUESTS("mdf-requests", List.of("id", "partner", "submitted", "amount", "use"),
      List.of("activityDate", "roiReportOverdue"), "M-01,P-001,2026-04-02,12000.00,events,2026-05-14,false"),
  /** 4C and IPP ratings. */
  RATINGS("ratings", List.of("partner", "kind", "criterion", "value"), List.of("subCriterion", "evidence"),
      "P-001,FOUR_C,CAPACITY,4,dedicatedHeadcount,6 sellers and 2 SEs"),
  /** The program's completed maturity checklist items. */
  CHECKLIST("checklist", List.of("item"), List.of(), "emerging.tiers"),
  /** FX rates fixed on a day, to settle payouts in a partner's payout currency. */
  FX_RATES("fx-rates", List.of("from", "to", "date", "rate"), List.of("source"),
      "USD,EUR,2026-05-29,0.9213,ECB reference rate");

  private final String tableName;
  private final List<String> required;
  private final List<String> optional;
  private final List<String> columns;
  private final String fileName;
  private final String example;

  PortfolioTable(String tableName, List<String> required, List<String> optional, String example) {
    this.tableName = tableName;
    this.required = required;
    this.optional = optional;
    List<String> all = new java.util.ArrayList<>(required);
    all.addAll(optional);
    this.columns = List.copyOf(all);
    this.fileName = tableName + ".csv";
    this.example = example;
  }

  /**
   * Returns the table's name: the JSON key, and the CSV file name without {@code .csv}.
   *
   * @return never null
   */
  public String tableName() {
    return tableName;
  }

  /**
   * Returns the CSV file name, such as {@code mdf-requests.csv}.
   *
   * @return never null
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the columns every row needs.
   *
   * @return never null
   */
  public List<String> required() {
    return required;
  }

  /**
   * Returns the columns a row may have.
   *
   * @return never null
   */
  public List<String> optional() {
    return optional;
  }

  /**
   * Returns every column, required ones first, in the documented order.
   *
   * @return never null
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Returns the documented header line, such as {@code deal,date,amount}.
   *
   * @return never null
   */
  public String header() {
    return String.join(",", columns());
  }

  /**
   * Returns the documented example row, matching {@link #header()}.
   *
   * @return never null
   */
  public String example() {
    return example;
  }

  /**
   * Finds a table by its name or CSV file name.
   *
   * @param name a table name or file name, not null
   * @return the table, or empty
   */
  public static Optional<PortfolioTable> byName(String name) {
    for (PortfolioTable table : values()) {
      if (table.tableName.equals(name) || table.fileName().equals(name)) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }
}
