package dev.partneros.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Problem;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.ProgramValidation;
import dev.partneros.portfolio.Fixtures;
import dev.partneros.portfolio.PortfolioEvaluator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerOsCliTest {

  static final String RESOURCES = "../partneros-portfolio/src/main/resources/dev/partneros/portfolio/";
  static final String STANDARD = "../partneros-core/src/main/resources/dev/partneros/core/standard-program.yaml";
  static final String SECOND = RESOURCES + "program-2026.2.yaml";
  static final String SAMPLE = RESOURCES + "sample-portfolio";

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    return run(PortfolioEvaluator::standard, args);
  }

  static Run run(Supplier<PortfolioEvaluator> evaluators, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PartnerOsCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), evaluators);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run evaluate(String portfolio, Path out) {
    return run("evaluate", "--program", STANDARD, "--program", SECOND, "--portfolio", portfolio, "--as-of",
        "2027-12-31", "--out", out.toString(), "--mdf-pool", "300000");
  }

  // -------------------------------------------------------------------------------------------
  // evaluate

  @Test
  void evaluate_sample_writesEveryReportWithItsFigures(@TempDir Path dir) throws IOException {
    Run run = evaluate(SAMPLE, dir);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Evaluated 50 partners").contains("under [2026.1 (from 2026-01-01), 2026.2 (from "
        + "2026-07-01)]").contains("Wrote 11 files (").contains(" bytes) to " + dir + ": ");
    assertThat(names(dir)).containsExactly(".partneros-output", "attribution.csv", "commission.csv", "health.csv",
        "kpis.csv", "mdf-requests.csv", "partners.csv", "partners.jsonl", "report.html", "report.txt", "summary.json",
        "tier-timeline.csv");
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
    String json = Files.readString(dir.resolve("summary.json"));
    assertThat(json).contains("\"asOf\" : \"2027-12-31\"").contains("\"inGrace\" : ");
    assertThat(Files.readAllLines(dir.resolve("partners.jsonl"))).hasSize(50).first().asString()
        .startsWith("{\"id\":\"P-001\",");
    assertThat(Files.readString(dir.resolve("report.txt"))).contains("In grace: ")
        .contains("every partner's results are in partners.jsonl");
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
  void evaluate_explainLevels_changeTheSentencesNotTheDecisions(@TempDir Path dir) throws IOException {
    for (String level : List.of("none", "SUMMARY", "full")) {
      Run run = run("evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", dir.resolve(level).toString(),
          "--quiet", "--explain", level);
      assertThat(run.code()).as(run.err()).isZero();
    }
    String none = Files.readString(dir.resolve("none/partners.jsonl"));
    String summary = Files.readString(dir.resolve("SUMMARY/partners.jsonl"));
    String full = Files.readString(dir.resolve("full/partners.jsonl"));
    assertThat(none).doesNotContain("\"explanation\"").doesNotContain("\"reason\"");
    assertThat(summary).contains("\"explanation\"");
    assertThat(none.length()).isLessThan(summary.length());
    assertThat(summary.length()).isLessThan(full.length());
    assertThat(Files.readString(dir.resolve("none/partners.csv"))).isEqualTo(Files.readString(dir.resolve(
        "full/partners.csv")));
    Run wrong = run("evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", dir.resolve("x").toString(),
        "--explain", "some");
    assertThat(wrong.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(wrong.err()).contains("--explain").contains("some");
  }

  @Test
  void evaluate_withoutProgram_usesTheStandardProgram(@TempDir Path dir) {
    Run run = run("evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", dir.toString(), "--quiet");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Evaluated 50 partners and 326 deals as of 2027-12-31 under [2026.1 (from "
        + "2026-01-01)]" + System.lineSeparator());
  }

  // -------------------------------------------------------------------------------------------
  // diff, validate, generate, explain

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
        + "bandAfter,mdfBefore,mdfAfter,commissionBefore,commissionAfter,statusBefore,statusAfter\n"
        + "P-001,Northwind Traders,GOLD,GOLD,CHAMPION,CHAMPION,25000.00,25000.00,36250.00,40750.00,GOOD_STANDING,"
        + "GOOD_STANDING\n");
    assertThat(Files.readString(dir.resolve("diff.txt"))).isEqualTo(run.out().substring(0,
        run.out().indexOf("Wrote ")));
  }

  @Test
  void diff_withoutBase_comparesWithTheStandardProgram() {
    Run run = run("diff", "--candidate", SECOND, "--portfolio", SAMPLE, "--as-of", "2027-12-31");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("PartnerOS what-if: 2026.1 -> 2026.2")
        .contains("  cost of the change       +4,500.00 USD\n").doesNotContain("Wrote ");
  }

  @Test
  void validate_programs(@TempDir Path dir) throws IOException {
    Run ok = run("validate", STANDARD, SECOND);
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("standard-program.yaml: OK, PartnerOS standard program 2026.1 from 2026-01-01")
        .contains("The 2 files form one history: ProgramHistory[2026.1 from 2026-01-01, 2026.2 from 2026-07-01]");
    Path file = Files.writeString(dir.resolve("broken.yaml"), broken());
    Run bad = run("validate", file.toString());
    assertThat(bad.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    assertThat(bad.err()).contains("broken.yaml: tiers.levels[2].criteria.allOf[0].anyOf[0].min must be >= 25000")
        .contains("broken.yaml: attribution.colour");
    assertThat(bad.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validate_printsWhatTheLibraryFinds_forFilesAndForAHistory(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), broken().replace("commissionRate: 0.20",
        "comissionRate: 0.20"));
    Path sameDay = Files.writeString(dir.resolve("same-day.yaml"),
        Files.readString(Path.of(SECOND)).replace("version: \"2026.2\"", "version: \"2026.3\""));
    for (List<Path> files : List.of(List.of(broken), List.of(Path.of(STANDARD), broken),
        List.of(Path.of(SECOND), sameDay))) {
      ProgramValidation library = ProgramLoader.strict().validate(files);
      List<String> expected = new ArrayList<>();
      library.sources().forEach(s -> s.problems().stream().filter(Problem::isError)
          .forEach(p -> expected.add(s.name() + ": " + p)));
      library.historyProblems().forEach(p -> expected.add("history: " + p));
      assertThat(expected).as("the files have errors").isNotEmpty();
      Run run = run(files.stream().map(Path::toString).collect(Collectors.toCollection(() -> new ArrayList<>(
          List.of("validate")))).toArray(String[]::new));
      assertThat(run.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
      assertThat(run.err().lines().filter(l -> !l.isBlank()).toList()).as(files.toString())
          .containsExactlyElementsOf(expected);
    }
    assertThat(run("validate", broken.toString()).err())
        .contains("broken.yaml: benefits.GOLD.comissionRate is not a field of benefits.GOLD: unknown field "
            + "comissionRate, did you mean commissionRate?")
        .doesNotContain("benefits.GOLD.commissionRate must be present");
    assertThat(run("validate", SECOND, sameDay.toString()).err())
        .contains("history: versions[1].effectiveFrom must differ from every other version's");
  }

  /** The second version with two errors: Gold below Silver, an unknown attribution setting. */
  static String broken() throws IOException {
    return Files.readString(Path.of(SECOND)).replace("{metric: SOURCED_ARR, min: 80000}",
        "{metric: SOURCED_ARR, min: 20000}").replace("sourcedCreditFactor: 1", "sourcedCreditFactor: 1\n  colour: red");
  }

  @Test
  void generate_thenEvaluate(@TempDir Path dir) throws IOException {
    Run generated = run("generate", "--partners", "30", "--seed", "5", "--out", dir.resolve("csv").toString());
    assertThat(generated.code()).as(generated.err()).isZero();
    assertThat(generated.out()).startsWith("Generated 30 partners").contains("(seed 5, 8 quarters from 2026-Q1)")
        .contains(" deals, ").contains("Wrote 12 files (").contains(" bytes) to " + dir.resolve("csv"));
    assertThat(generated.err()).as("no progress bar for a small book").isEmpty();
    Run json = run("generate", "--partners", "30", "--seed", "5", "--format", "json", "--out",
        dir.resolve("json").toString());
    assertThat(json.code()).isZero();
    assertThat(names(dir.resolve("json"))).containsExactly(".partneros-output", "portfolio.json");
    Run fromCsv = run("evaluate", "--program", STANDARD, "--portfolio", dir.resolve("csv").toString(), "--as-of",
        "2027-12-31", "--out", dir.resolve("a").toString(), "--quiet");
    Run fromJson = run("evaluate", "--program", STANDARD, "--portfolio", dir.resolve("json/portfolio.json").toString(),
        "--as-of", "2027-12-31", "--out", dir.resolve("b").toString(), "--quiet");
    assertThat(fromCsv.code()).as(fromCsv.err()).isZero();
    assertThat(fromJson.code()).as(fromJson.err()).isZero();
    for (String name : List.of("partners.jsonl", "summary.json", "partners.csv")) {
      assertThat(Files.readString(dir.resolve("b").resolve(name))).as(name)
          .isEqualTo(Files.readString(dir.resolve("a").resolve(name)));
    }
  }

  @Test
  void generate_streamsTheSameFilesAsTheInMemoryWriter_andShufflesOnRequest(@TempDir Path dir) throws IOException {
    Run csv = run("generate", "--partners", "700", "--seed", "11", "--quarters", "4", "--deals-per-partner", "3",
        "--out", dir.resolve("csv").toString());
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.err()).as("from 500 partners, one summary line: the streams are not a terminal")
        .startsWith("generating: 700 partners in ").endsWith(" partners/s)" + System.lineSeparator())
        .doesNotContain("\r").hasLineCount(1);
    dev.partneros.portfolio.Portfolio book = dev.partneros.portfolio.PortfolioGenerator.generate(
        new dev.partneros.portfolio.PortfolioGenerator.Options(700, 11, dev.partneros.core.YearQuarter.of(2026, 1), 4,
            java.util.Currency.getInstance("USD"), dev.partneros.core.TierLadder.standard()).withDealsPerPartner(3));
    for (Map.Entry<String, String> file : dev.partneros.portfolio.PortfolioWriter.csv(book).entrySet()) {
      assertThat(Files.readString(dir.resolve("csv").resolve(file.getKey()))).as(file.getKey())
          .isEqualTo(file.getValue());
    }
    assertThat(csv.out()).startsWith("Generated " + book.summary() + " (seed 11, 4 quarters from 2026-Q1)");
    Run json = run("generate", "--partners", "700", "--seed", "11", "--quarters", "4", "--deals-per-partner", "3",
        "--format", "json", "--quiet", "--out", dir.resolve("json").toString());
    assertThat(json.err()).isEmpty();
    assertThat(Files.readString(dir.resolve("json/portfolio.json")))
        .isEqualTo(dev.partneros.portfolio.PortfolioWriter.json(book));
    Run shuffled = run("generate", "--partners", "700", "--seed", "11", "--quarters", "4", "--deals-per-partner",
        "3", "--order", "shuffled", "--quiet", "--out", dir.resolve("shuffled").toString());
    assertThat(shuffled.out()).contains("rows shuffled");
    String sorted = Files.readString(dir.resolve("csv/deals.csv"));
    String mixed = Files.readString(dir.resolve("shuffled/deals.csv"));
    assertThat(mixed).isNotEqualTo(sorted);
    assertThat(mixed.lines().sorted().toList()).isEqualTo(sorted.lines().sorted().toList());
    Run a = run("evaluate", "--portfolio", dir.resolve("csv").toString(), "--as-of", "2027-12-31", "--quiet",
        "--out", dir.resolve("a").toString());
    Run b = run("evaluate", "--portfolio", dir.resolve("shuffled").toString(), "--as-of", "2027-12-31", "--quiet",
        "--out", dir.resolve("b").toString());
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(b.code()).as(b.err()).isZero();
    for (String name : List.of("partners.jsonl", "summary.json", "attribution.csv")) {
      assertThat(Files.readString(dir.resolve("b").resolve(name))).as("row order does not change " + name)
          .isEqualTo(Files.readString(dir.resolve("a").resolve(name)));
    }
  }

  @Test
  void explain_partnerInGrace_printsItsCardAndWhyItIsNotGold() {
    Run run = run("explain", "P-004", "--program", STANDARD, "--program", SECOND, "--portfolio", SAMPLE, "--as-of",
        "2027-12-31", "--mdf-pool", "300000", "--why-not", "gold");
    assertThat(run.code()).as(run.err()).isZero();
    String nl = System.lineSeparator();
    assertThat(run.out()).startsWith("P-004 Tailspin Toys (RESELLER_VAR, ACTIVE, joined 2024-06-01, payouts in USD)"
        + nl + "  tier      2027-12-31 GOLD IN_GRACE (GRACE_STARTED), grace until 2028-06-30, qualified SILVER "
        + "[2026.2]; next review 2028-12-31" + nl)
        .contains("  deal      D-122 Margie's Travel 60,000.00 USD WON 2026-10-20: PARTNER_SOURCED")
        .contains(nl + nl + "P-004 Tailspin Toys holds GOLD IN_GRACE and qualifies for SILVER on 2027-12-31 [2026.2]."
            + nl + "  Gold: (sourced ARR 50,000.00 USD < 80,000.00 USD or qualified referrals 0 < 20)");
  }

  @Test
  void explain_withoutWhyNot_printsTheCardOnly() {
    Run run = run("explain", "P-001", "--portfolio", SAMPLE, "--as-of", "2027-12-31");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("P-001 Northwind Traders").doesNotContain(" holds ");
  }

  @Test
  void explain_unknownPartner_isInvalidInput() {
    Run run = run("explain", "P-999", "--portfolio", SAMPLE, "--as-of", "2027-12-31");
    assertThat(run.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: PARTNER must be a partner id of the portfolio (50 partners, P-001 to "
        + "P-050), but was P-999" + System.lineSeparator());
  }

  @Test
  void explain_tierOffTheLadder_isAUsageError() {
    Run run = run("explain", "P-004", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--why-not", "DIAMOND");
    assertThat(run.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(run.err()).startsWith("error: --why-not must be a tier of the program's ladder [REGISTERED, SILVER, "
        + "GOLD, PLATINUM], but was DIAMOND");
  }

  // -------------------------------------------------------------------------------------------
  // Invalid input (exit 1): file, line, column and reason, every problem at once, nothing written

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

  @Test
  void missingInputs_areInvalidInput(@TempDir Path dir) {
    Run program = run("validate", dir.resolve("absent.yaml").toString());
    assertThat(program.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    assertThat(program.err()).startsWith("absent.yaml: ").contains("could not be read");
    Run portfolio = run("evaluate", "--portfolio", dir.resolve("absent").toString(), "--as-of", "2027-12-31", "--out",
        dir.resolve("out").toString());
    assertThat(portfolio.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    assertThat(portfolio.err()).contains("  absent:1: does not exist (expected a folder of CSV files or a .json file)");
  }

  // -------------------------------------------------------------------------------------------
  // Usage (exit 2): the message names the option

  @Test
  void usage_noCommand_printsTheCommands() {
    Run run = run();
    assertThat(run.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: Missing required subcommand").contains("Usage: partneros [-hV] [--debug] "
        + "[--max-problems=N] [--problems-file=FILE]" + System.lineSeparator() + "                 COMMAND").contains("  evaluate ").contains("  explain ").contains("  generate-completion ");
  }

  @Test
  void usage_unknownCommand_suggestsTheNearest() {
    Run run = run("evaluat");
    assertThat(run.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(run.err()).startsWith("error: unknown command 'evaluat'").contains("Did you mean: partneros evaluate")
        .contains("Run 'partneros --help' for the options.");
  }

  @Test
  void regression_negativeOrExponentPoolAndAFarQuarter_areUsageErrorsNamingTheOption() {
    for (String pool : new String[] {"--mdf-pool=-5", "--mdf-pool=1e10"}) {
      assertUsage(run("evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", "x", pool),
          "error: Invalid value for option '--mdf-pool': must be an amount such as 300000.00 (no sign, thousands "
              + "separator or exponent), but was " + pool.substring("--mdf-pool=".length()), "partneros evaluate");
    }
    assertUsage(run("generate", "--partners", "3", "--from", "9999-Q4", "--out", "x"),
        "error: --from and --quarters must give a period within the years 1900 to 9000, but 8 quarters from "
            + "9999-Q4 end in 10001", "partneros generate");
  }

  @Test
  void usage_badValues_nameTheOption() {
    assertUsage(run("evaluate", "--program", STANDARD, "--portfolio", SAMPLE, "--as-of", "31/12/2027", "--out", "x"),
        "error: Invalid value for option '--as-of': must be a date such as 2027-12-31, but was 31/12/2027",
        "partneros evaluate");
    assertUsage(run("evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31"),
        "error: Missing required option: '--out=DIR'", "partneros evaluate");
    assertUsage(run("evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", "x", "--mdf-pool", "300,000"),
        "error: Invalid value for option '--mdf-pool': must be an amount such as 300000.00 (no sign, thousands "
            + "separator or exponent), but was 300,000", "partneros evaluate");
    assertUsage(run("generate", "--partners", "0", "--out", "x"),
        "error: --partners must be between 1 and 100000000, but was 0", "partneros generate");
    assertUsage(run("generate", "--partners", "100000001", "--out", "x"),
        "error: --partners must be between 1 and 100000000, but was 100000001", "partneros generate");
    assertUsage(run("generate", "--partners", "3", "--deals-per-partner", "1001", "--out", "x"),
        "error: --deals-per-partner must be between 0 and 1000, but was 1001", "partneros generate");
    assertUsage(run("generate", "--partners", "3", "--deals-per-partner", "-1", "--out", "x"),
        "error: --deals-per-partner must be between 0 and 1000, but was -1", "partneros generate");
    assertUsage(run("generate", "--partners", "3", "--from", "8999-Q2", "--quarters", "40", "--out", "x"),
        "error: --from and --quarters must give a period within the years 1900 to 9000, but 40 quarters from "
            + "8999-Q2 end in 9009", "partneros generate");
    assertUsage(run("generate", "--partners", "3", "--order", "random", "--out", "x"),
        "error: Invalid value for option '--order': expected one of [PARTNER, SHUFFLED] (case-insensitive) but "
            + "was 'random'", "partneros generate");
    assertUsage(run("generate", "--partners", "ten", "--out", "x"),
        "error: Invalid value for option '--partners': 'ten' is not an int", "partneros generate");
    assertUsage(run("generate", "--partners", "3", "--quarters", "41", "--out", "x"),
        "error: --quarters must be between 1 and 40, but was 41", "partneros generate");
    assertUsage(run("generate", "--partners", "3", "--from", "2026-Q5", "--out", "x"),
        "error: Invalid value for option '--from': must be a quarter such as 2026-Q1, but was 2026-Q5",
        "partneros generate");
    assertUsage(run("generate", "--partners", "3", "--format", "xml", "--out", "x"),
        "error: Invalid value for option '--format': expected one of [CSV, JSON] (case-insensitive) but was 'xml'",
        "partneros generate");
    assertUsage(run("validate", "--strict", STANDARD), "error: Unknown option: '--strict'", "partneros validate");
    assertUsage(run("validate"), "error: Missing required parameter: 'FILE'", "partneros validate");
    assertUsage(run("explain", "P-001", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--why-not", "Gold Plus"),
        "error: Invalid value for option '--why-not': must be a tier name such as GOLD, but was Gold Plus",
        "partneros explain");
  }

  @Test
  void usage_poolFinerThanTheCurrency_namesTheOptionAndTheCurrency(@TempDir Path dir) {
    assertUsage(run("evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", dir.toString(), "--mdf-pool",
        "300000.001"), "error: --mdf-pool must be an amount in USD with at most 2 decimals, such as 300000.00, but "
        + "was 300000.001", "partneros evaluate");
    assertThat(dir).isEmptyDirectory();
  }

  private static void assertUsage(Run run, String message, String command) {
    assertThat(run.code()).as(run.err()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(message + System.lineSeparator() + "Run '" + command + " --help' for the options."
        + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "diff", "validate", "generate", "explain"})
  void help_everyCommand_printsItsUsageAndTheExitCodes(String command) {
    Run run = run(command, "--help");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(System.lineSeparator() + "Usage: partneros " + command + " [-hV] [--debug]")
        .contains("  -h, --help ").contains("  -V, --version ")
        .contains("Exit codes:\n   0   success\n   1   invalid input: every problem printed, nothing written\n"
            + "   2   usage: unknown command or option, missing or malformed value\n"
            + "   3   environment: input/output failure or out of memory\n"
            + "   4   internal error: re-run with --debug for the stack trace\n".replace("\n", System.lineSeparator()));
  }

  @Test
  void help_showsTheDefaults() {
    assertThat(run("generate", "--help").out().replaceAll("\\s+", " ")).startsWith("Writes a synthetic portfolio. "
        + "Usage: partneros generate").contains("--seed=S The seed of every random draw (a whole number). Default: 1.")
        .contains("Default: 2026-Q1.").contains("Default: 8.").contains("Default: csv.")
        .contains("--program=FILE The program whose currency and tier ladder the portfolio uses. Default: the "
            + "standard program.");
    assertThat(run("evaluate", "--help").out().replaceAll("\\s+", " ")).contains("--program=FILE A program version "
        + "(YAML or JSON); repeat it once per version of the history, in any order. Default: the standard program.");
  }

  @Test
  void version_printsTheBuildsVersion() {
    String version = System.getProperty("partneros.version");
    assertThat(version).as("set by the build").isNotBlank();
    Run run = run("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("partneros " + version + System.lineSeparator() + "Java ");
    assertThat(run("explain", "--version").out()).startsWith("partneros " + version + System.lineSeparator());
    assertThat(run("generate-completion", "--version").out()).startsWith("partneros " + version);
    assertThat(VersionProvider.version()).isEqualTo(version);
  }

  @Test
  void generateCompletion_printsABashScriptForEveryCommand() {
    Run run = run("generate-completion");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_partneros")
        .contains("evaluate diff validate generate explain generate-completion").contains("--why-not");
  }

  // -------------------------------------------------------------------------------------------
  // Environment failures (exit 3) and internal errors (exit 4): one line, the trace only with --debug

  @Test
  void environment_outputFolderIsAFile_exitsThreeNamingIt(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");
    Run run = run("evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", file.toString(), "--quiet");
    assertThat(run.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: cannot write to " + file + ": " + file + " already exists"
        + System.lineSeparator());
    assertThat(Files.readString(file)).isEqualTo("a file, not a folder");
    Run generate = run("generate", "--partners", "3", "--out", file.resolve("sub").toString());
    assertThat(generate.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    assertThat(generate.err()).startsWith("error: cannot write to " + file.resolve("sub") + ": ").hasLineCount(1);
  }

  @Test
  @DisplayName("Regression: an input/output failure without a message is named in words, not as \"IOException\"")
  void environment_failureWithoutAMessage_isNamedInWords(@TempDir Path dir) {
    Run run = run(() -> PortfolioEvaluator.standard().withMdf(context -> {
      throw new java.io.UncheckedIOException(new IOException((String) null));
    }), "evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", dir.toString());
    assertThat(run.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    assertThat(run.err()).isEqualTo("error: input/output failure: an input/output error the system did not explain"
        + System.lineSeparator());
  }

  @Test
  void environment_diskFullDuringTheRun_exitsThree(@TempDir Path dir) {
    Run run = run(() -> PortfolioEvaluator.standard().withMdf(context -> {
      throw new java.io.UncheckedIOException(new IOException("No space left on device"));
    }), "evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", dir.toString());
    assertThat(run.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    assertThat(run.err()).isEqualTo("error: input/output failure: No space left on device"
        + System.lineSeparator());
  }

  @Test
  void environment_outOfMemory_exitsThreeSuggestingMoreHeap(@TempDir Path dir) {
    Run run = run(() -> {
      throw new OutOfMemoryError("Java heap space");
    }, "evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", dir.toString());
    assertThat(run.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    String more = Context.xmx(2 * Runtime.getRuntime().maxMemory());
    assertThat(run.err()).startsWith("error: the JVM ran out of memory (OutOfMemoryError: Java heap space) with a "
        + "heap of at most ").contains("; give it more, for example -Xmx" + more + ": JAVA_OPTS=-Xmx" + more
        + " bin/partneros ..., or java -Xmx" + more + " -jar partneros-cli.jar ...").hasLineCount(1);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void internalError_exitsFourWithOneLine(@TempDir Path dir) {
    Run run = run(() -> PortfolioEvaluator.standard().withMdf(context -> {
      throw new IllegalStateException("injected defect");
    }), "evaluate", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--out", dir.toString());
    assertThat(run.code()).isEqualTo(PartnerOsCli.INTERNAL);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: internal error in partneros evaluate (IllegalStateException: injected "
        + "defect at dev.partneros.cli.PartnerOsCliTest.").endsWith("); run again with --debug for the stack trace, "
        + "and please report it" + System.lineSeparator()).hasLineCount(1).doesNotContain("\tat ");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void internalError_withDebug_printsTheStackTrace() {
    Run run = run(() -> {
      throw new IllegalStateException("injected defect");
    }, "explain", "P-001", "--portfolio", SAMPLE, "--as-of", "2027-12-31", "--debug");
    assertThat(run.code()).isEqualTo(PartnerOsCli.INTERNAL);
    assertThat(run.err()).startsWith("error: internal error in partneros explain (IllegalStateException: injected "
        + "defect at ").contains("; the stack trace follows; please report it" + System.lineSeparator()
        + "java.lang.IllegalStateException: injected defect")
        .contains("\tat dev.partneros.cli.");
  }

  // -------------------------------------------------------------------------------------------

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
