package dev.partneros.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.portfolio.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerOsCliTest {

  static final String RESOURCES = "../partneros-portfolio/src/main/resources/dev/partneros/portfolio/";
  static final String STANDARD = "../partneros-core/src/main/resources/dev/partneros/core/standard-program.yaml";
  static final String SECOND = RESOURCES + "program-2026.2.yaml";
  static final String SAMPLE = RESOURCES + "sample-portfolio";

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PartnerOsCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run evaluate(String portfolio, Path out) {
    return run("evaluate", "--program", STANDARD, "--program", SECOND, "--portfolio", portfolio, "--as-of",
        "2027-12-31", "--out", out.toString(), "--mdf-pool", "300000");
  }

  @Test
  void evaluate_sample_writesEveryReportWithItsFigures(@TempDir Path dir) throws IOException {
    Run run = evaluate(SAMPLE, dir);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Evaluated 50 partners").contains("under [2026.1 (from 2026-01-01), 2026.2 (from "
        + "2026-07-01)]").contains("Wrote 10 files to " + dir);
    assertThat(names(dir)).containsExactly("attribution.csv", "commission.csv", "evaluation.json", "health.csv",
        "kpis.csv", "mdf-requests.csv", "partners.csv", "report.html", "report.txt", "tier-timeline.csv");
    String partners = Files.readString(dir.resolve("partners.csv"));
    assertThat(partners).contains("P-004,Tailspin Toys,RESELLER_VAR,ACTIVE,GOLD,IN_GRACE,GRACE_STARTED,SILVER,"
        + "2028-06-30,2028-12-31,10,");
    assertThat(partners).contains("P-006,Adatum Corp,MANAGED_SERVICE_PROVIDER,ACTIVE,SILVER,GOOD_STANDING,,SILVER,,"
        + "2028-03-31,30,");
    assertThat(Files.readString(dir.resolve("tier-timeline.csv")))
        .contains("P-001,Northwind Traders,2026-09-30,2026.2,GOLD,GOOD_STANDING,UPGRADED,GOLD,,false,UPGRADED")
        .contains("P-001,Northwind Traders,2026-06-30,2026.1,SILVER,GOOD_STANDING,,SILVER,,true,");
    assertThat(Files.readString(dir.resolve("commission.csv")))
        .contains("P-006,2027-04-01,D-132,CLAWBACK,-3600.00,CLAWED_BACK,2026.2,");
    assertThat(Files.readString(dir.resolve("mdf-requests.csv")))
        .contains("P-006,M-006-1,3000.00,2000.00,PARTIAL,limited by quarterly cap; routed to partner manager [2026.2],2026.2");
    assertThat(Files.readString(dir.resolve("attribution.csv")))
        .contains("D-104,Trey Research,50000.00,WON,2027-07-20,2026.2,P-001,PARTNER_SOURCED,1,SOURCED,1/3,16666.67,WON,");
    String json = Files.readString(dir.resolve("evaluation.json"));
    assertThat(json).contains("\"asOf\" : \"2027-12-31\"").contains("\"inGrace\" : ");
    assertThat(Files.readString(dir.resolve("report.txt"))).contains("Needs attention: partners in grace");
  }

  @Test
  void evaluate_twice_writesByteIdenticalFiles(@TempDir Path dir) throws IOException {
    assertThat(evaluate(SAMPLE, dir.resolve("a")).code()).isZero();
    assertThat(evaluate(SAMPLE, dir.resolve("b")).code()).isZero();
    for (String name : names(dir.resolve("a"))) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
    }
  }

  @Test
  void diff_sample_reportsTheTierChangesAndTheCost(@TempDir Path dir) throws IOException {
    Run run = run("diff", "--base", STANDARD, "--candidate", SECOND, "--portfolio", SAMPLE, "--as-of", "2027-12-31",
        "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("PartnerOS what-if: 2026.1 -> 2026.2");
    // Gold from 80,000: Northwind signed D-102 (55,000) as Gold instead of Silver, 20 % instead of 15 %
    assertThat(run.out()).contains("  partners compared        46\n  tier changes             0 up, 0 down\n")
        .contains("  commission               1,295,092.76 USD -> 1,299,592.76 USD (+4,500.00 USD)\n")
        .contains("  cost of the change       +4,500.00 USD\n")
        .contains("Partners that change (1)\n")
        .contains("  P-001   Northwind Traders        GOLD                   CHAMPION             25,000.00 USD"
            + "                  36,250.00 USD -> 40,750.00 USD\n");
    assertThat(Files.readString(dir.resolve("diff.csv"))).isEqualTo("partner,name,tierBefore,tierAfter,bandBefore,"
        + "bandAfter,mdfBefore,mdfAfter,commissionBefore,commissionAfter\n"
        + "P-001,Northwind Traders,GOLD,GOLD,CHAMPION,CHAMPION,25000.00,25000.00,36250.00,40750.00\n");
    assertThat(Files.readString(dir.resolve("diff.txt"))).isEqualTo(run.out().substring(0,
        run.out().indexOf("Wrote ")));
  }

  @Test
  void validate_programs(@TempDir Path dir) throws IOException {
    Run ok = run("validate", STANDARD, SECOND);
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("standard-program.yaml: OK, PartnerOS standard program 2026.1 from 2026-01-01")
        .contains("The 2 files form one history: ProgramHistory[2026.1 from 2026-01-01, 2026.2 from 2026-07-01]");
    String broken = Files.readString(Path.of(SECOND)).replace("{metric: SOURCED_ARR, min: 80000}",
        "{metric: SOURCED_ARR, min: 20000}").replace("sourcedCreditFactor: 1", "sourcedCreditFactor: 1\n  colour: red");
    Path file = Files.writeString(dir.resolve("broken.yaml"), broken);
    Run bad = run("validate", file.toString());
    assertThat(bad.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    assertThat(bad.err()).contains("broken.yaml: tiers.levels[2].criteria.allOf[0].anyOf[0].min must be >= 25000")
        .contains("broken.yaml: attribution.colour");
    assertThat(bad.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void generate_thenEvaluate(@TempDir Path dir) throws IOException {
    Run generated = run("generate", "--partners", "30", "--seed", "5", "--out", dir.resolve("csv").toString());
    assertThat(generated.code()).as(generated.err()).isZero();
    assertThat(generated.out()).startsWith("Generated 30 partners");
    Run json = run("generate", "--partners", "30", "--seed", "5", "--format", "json", "--out",
        dir.resolve("json").toString());
    assertThat(json.code()).isZero();
    Run fromCsv = run("evaluate", "--program", STANDARD, "--portfolio", dir.resolve("csv").toString(), "--as-of",
        "2027-12-31", "--out", dir.resolve("a").toString(), "--quiet");
    Run fromJson = run("evaluate", "--program", STANDARD, "--portfolio", dir.resolve("json/portfolio.json").toString(),
        "--as-of", "2027-12-31", "--out", dir.resolve("b").toString(), "--quiet");
    assertThat(fromCsv.code()).as(fromCsv.err()).isZero();
    assertThat(fromJson.code()).as(fromJson.err()).isZero();
    assertThat(Files.readString(dir.resolve("b/evaluation.json")))
        .isEqualTo(Files.readString(dir.resolve("a/evaluation.json")));
  }

  // -------------------------------------------------------------------------------------------
  // Bad input: file, line, column and reason, every problem at once, nothing written

  private static Run badInput(Map<String, String> files, Path dir) throws IOException {
    Fixtures.write(files, dir.resolve("in"));
    Run run = run("evaluate", "--program", STANDARD, "--portfolio", dir.resolve("in").toString(), "--as-of",
        "2026-06-30", "--out", dir.resolve("out").toString());
    assertThat(run.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(run.err()).startsWith("error: invalid input").contains("nothing was evaluated or written")
        .doesNotContain("\tat ");
    return run;
  }

  @Test
  void badInput_missingColumn(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "payments.csv", "deal,date,amount\nD-1,2026-03-01,7500.00", "deal,date\nD-1,2026-03-01");
    assertThat(badInput(files, dir).err())
        .contains("  payments.csv:1: amount: is a required column missing from the header");
  }

  @Test
  void badInput_unparsableNumber(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "deals.csv", "D-2,Beta Corp,12000,", "D-2,Beta Corp,12.000.00,");
    assertThat(badInput(files, dir).err()).contains("  deals.csv:3: amount: must be a plain decimal number such as "
        + "1234.50 (no sign, thousands separator or exponent), but was 12.000.00");
  }

  @Test
  void badInput_unknownPartnerId(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "certifications.csv", "P-1,ann", "P-4,ann");
    assertThat(badInput(files, dir).err())
        .contains("  certifications.csv:2: partner: must be a partner id listed in partners, but was P-4");
  }

  @Test
  void badInput_dateOutOfOrder(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "registrations.csv", "D-1,P-1,2026-01-06", "D-1,P-1,2026-01-04");
    assertThat(badInput(files, dir).err()).contains(
        "  registrations.csv:2: date: must not be before the deal's created day 2026-01-05, but was 2026-01-04");
  }

  @Test
  void badInput_everyProblemAtOnce(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    Fixtures.replace(files, "deals.csv", "D-2,Beta Corp,12000,", "D-2,Beta Corp,-12000,");
    Fixtures.replace(files, "metrics.csv", "P-2,2026-Q1", "P-2,2026-Q5");
    Run run = badInput(files, dir);
    assertThat(run.err()).contains("error: invalid input (2 problems)")
        .contains("  deals.csv:3: amount: must be a plain decimal number")
        .contains("  metrics.csv:4: quarter: must be a quarter such as 2026-Q3, but was 2026-Q5");
  }

  @Test
  void badProgram_exitsOneWithPaths(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("p.yaml"), "program: X\nversion: \"1\"\neffectiveFrom: 2026-01-01\n"
        + "currency: USDX\n");
    Run run = run("evaluate", "--program", file.toString(), "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out",
        dir.resolve("out").toString());
    assertThat(run.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    assertThat(run.err()).contains("p.yaml: currency must be an ISO-4217 code such as USD, but was USDX");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  // -------------------------------------------------------------------------------------------
  // Usage

  @Test
  void usageErrors_exitTwo() {
    assertThat(run().code()).isEqualTo(PartnerOsCli.USAGE);
    Run unknown = run("evaluat");
    assertThat(unknown.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(unknown.err()).startsWith("error: unknown command evaluat").contains("Usage: partneros <command>");
    assertThat(run("evaluate", "--program", STANDARD, "--portfolio", SAMPLE, "--as-of", "31/12/2027", "--out", "x")
        .err()).startsWith("error: --as-of must be a date such as 2027-12-31, but was 31/12/2027");
    assertThat(run("evaluate", "--portfolio", SAMPLE).code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(run("generate", "--partners", "0", "--out", "x").err())
        .startsWith("error: --partners must be between 1 and 1000000, but was 0");
    assertThat(run("validate", "--strict", STANDARD).err()).startsWith("error: unknown option --strict");
    assertThat(run("help").out()).contains("Exit codes: 0 success, 1 invalid input (every problem printed), 2 usage.");
  }

  @Test
  void progressBar_drawsForLongRunsUnlessQuiet() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "evaluating", false, 1000);
    for (int i = 1; i <= 1000; i++) {
      bar.progress(i, 1000);
    }
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    assertThat(drawn).contains("\revaluating [###############...............] 50 % (500/1000 partners)")
        .endsWith("\revaluating [##############################] 100 % (1000/1000 partners)\n");
    assertThat(drawn.chars().filter(c -> c == '\r').count()).isEqualTo(101); // 0 % to 100 %
    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    ProgressBar silent = new ProgressBar(new PrintStream(quiet, true, StandardCharsets.UTF_8), "x", true, 1000);
    silent.progress(1000, 1000);
    new ProgressBar(new PrintStream(quiet, true, StandardCharsets.UTF_8), "x", false, 10).progress(10, 10);
    assertThat(quiet.size()).isZero();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
