package dev.partneros.portfolio;

import dev.partneros.core.ProgramDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small valid portfolio, one or two rows per file, to break one cell at a time. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * Returns the files of the small portfolio.
   *
   * @return the CSV texts by file name, a fresh mutable map
   */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("partners.csv", "id,name,type,joined,stage,payoutCurrency,tier,tierSince\n"
        + "P-1,Alpha,SYSTEM_INTEGRATOR,2025-01-10,ACTIVE,USD,SILVER,2025-06-30\n"
        + "P-2,Beta,REFERRAL,2025-03-01,,,,\n"
        + "P-3,Gamma,TECHNOLOGY_ISV,,PROSPECT,,,\n");
    files.put("metrics.csv", "partner,quarter,revenue,dealsRegistered,strategicFit,engagement,nps\n"
        + "P-1,2026-Q1,30000.00,3,STRONG,MONTHLY,40\n"
        + "P-1,2026-Q2,36000,4,STRONG,WEEKLY,45\n"
        + "P-2,2026-Q1,5000,1,WEAK,QUARTERLY,\n");
    files.put("certifications.csv", "partner,person,earnedOn,validUntil\nP-1,ann,2025-02-01,\n");
    files.put("deals.csv", "id,account,amount,created,status,closed,customerStart,dependentOn\n"
        + "D-1,Acme,30000.00,2026-01-05,WON,2026-02-10,2026-02-15,\n"
        + "D-2,Beta Corp,12000,2026-02-01,OPEN,,,P-2\n");
    files.put("touches.csv", "deal,partner,date,kind,channelLead,documented\n"
        + "D-1,P-1,2026-01-05,REFERRAL,true,true\n"
        + "D-2,P-2,2026-02-03,MEETING,false,true\n");
    files.put("registrations.csv", "deal,partner,date\nD-1,P-1,2026-01-06\n");
    files.put("payments.csv", "deal,date,amount\nD-1,2026-03-01,7500.00\n");
    files.put("cancellations.csv", "deal,effective,kind,amount,partner,reason\nD-1,2026-04-01,REFUND,3000.00,,partial\n");
    files.put("mdf-requests.csv", "id,partner,submitted,amount,use,activityDate\nM-1,P-1,2026-04-02,1500,events,2026-05-01\n");
    files.put("ratings.csv", "partner,kind,criterion,value,subCriterion,evidence\n"
        + "P-3,IPP,verticalAlignment,HIGH,,\n"
        + "P-1,FOUR_C,CAPACITY,4,dedicatedHeadcount,two sellers\n"
        + "P-1,FOUR_C,CAPABILITY,3,certifications,one architect\n"
        + "P-1,FOUR_C,COMMITMENT,2,jointInvestment,no budget\n"
        + "P-1,FOUR_C,CUSTOMERS,4,icpBookOfBusiness,40 accounts\n");
    files.put("checklist.csv", "item\nfoundational.business_case\n");
    files.put("fx-rates.csv", "from,to,date,rate,source\nUSD,EUR,2026-02-10,0.92,ECB\n");
    return files;
  }

  /**
   * Returns a reader for the standard program.
   *
   * @return never null
   */
  public static PortfolioReader reader() {
    return PortfolioReader.of(ProgramDocument.standard());
  }

  /**
   * Writes files into a folder.
   *
   * @param files the texts by file name, not null
   * @param folder the folder, not null
   * @return the folder
   * @throws IOException if a file cannot be written
   */
  public static Path write(Map<String, String> files, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    return folder;
  }

  /**
   * Replaces text in one file.
   *
   * @param files the files, not null
   * @param file the file name, not null
   * @param from the text to replace, not null, present
   * @param to the replacement, not null
   * @return the files
   */
  public static Map<String, String> replace(Map<String, String> files, String file, String from, String to) {
    String text = files.get(file);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(file + " has no " + from);
    }
    files.put(file, text.replace(from, to));
    return files;
  }
}
