package dev.partneros.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a consumer on the module path sees it: a tiny module that requires the five
 * library modules is compiled against their jars (or class folders) and run in a child JVM with
 * {@code --module-path}. It proves the module descriptors: the exported packages, the packages
 * opened to Jackson for the reflective value classes, the transitive requirements, and the
 * resources (the standard program, the sample book) read across module boundaries.
 *
 * <p>The module path is made of the library modules found on this test's class path and the
 * modules they require, found the same way (Jackson, SnakeYAML, SLF4J API); test libraries such as
 * JUnit and AssertJ stay out.
 */
class ModulePathConsumerTest {

  static final List<String> LIBRARY = List.of("dev.partneros.core", "dev.partneros.scoring", "dev.partneros.tiers",
      "dev.partneros.attribution", "dev.partneros.portfolio");

  static final String MODULE_INFO = """
      module consumer {
        requires dev.partneros.core;
        requires dev.partneros.scoring;
        requires dev.partneros.tiers;
        requires dev.partneros.attribution;
        requires dev.partneros.portfolio;
      }
      """;

  static final String MAIN = """
      package consumer;

      import dev.partneros.attribution.AttributionPolicy;
      import dev.partneros.attribution.CloseStatus;
      import dev.partneros.attribution.CreditSplitter;
      import dev.partneros.attribution.Deal;
      import dev.partneros.attribution.DealClassifier;
      import dev.partneros.attribution.TouchKind;
      import dev.partneros.core.Money;
      import dev.partneros.core.PartnerId;
      import dev.partneros.core.PartnerOsJson;
      import dev.partneros.core.ProgramDocument;
      import dev.partneros.core.Rate;
      import dev.partneros.core.Tier;
      import dev.partneros.core.YearQuarter;
      import dev.partneros.portfolio.PortfolioEvaluation;
      import dev.partneros.portfolio.SampleBook;
      import dev.partneros.portfolio.report.JsonReport;
      import dev.partneros.portfolio.report.ReportFiles;
      import dev.partneros.scoring.health.HealthFacts;
      import dev.partneros.scoring.health.HealthScore;
      import dev.partneros.scoring.health.HealthScorer;
      import dev.partneros.scoring.ScoringProgram;
      import dev.partneros.tiers.DealRole;
      import dev.partneros.tiers.TierDecision;
      import dev.partneros.tiers.TierFacts;
      import dev.partneros.tiers.TierProgram;
      import dev.partneros.tiers.TierState;
      import dev.partneros.tiers.TierStateMachine;
      import java.math.RoundingMode;
      import java.time.LocalDate;
      import java.util.TreeSet;

      public final class Main {
        public static void main(String[] args) {
          Money fee = Money.of("24000.00", "USD").multipliedBy(Rate.ofPercent(20), RoundingMode.HALF_EVEN);
          System.out.println("core: fee " + fee);

          ProgramDocument program = ProgramDocument.standard();
          System.out.println("core: program " + program.version() + ", ladder " + program.ladder());

          HealthFacts facts = HealthFacts.builder().partnerId(PartnerId.of("P-002")).quarter(YearQuarter.of(2026, 2))
              .revenue(Money.of("180000.00", "USD")).priorYearRevenue(Money.of("165000.00", "USD"))
              .dealsRegistered(4).engagement(HealthFacts.Cadence.MONTHLY).nps(41).strategicFit(HealthFacts.StrategicFit.STRONG)
              .build();
          HealthScore health = HealthScorer.of(ScoringProgram.from(program).health()).score(facts);
          System.out.println("scoring: health " + health.score() + " " + health.band());
          String json = PartnerOsJson.write(facts);
          System.out.println("scoring: JSON round trip " + PartnerOsJson.read(json, HealthFacts.class).equals(facts));

          TierFacts tierFacts = TierFacts.builder()
              .addCertifications(TierFacts.Certification.of("ana", LocalDate.parse("2025-01-10")))
              .addDeals(TierFacts.PartnerDeal.closed("N-1", DealRole.SOURCED, Money.of("30000.00", "USD"),
                  LocalDate.parse("2025-02-10")))
              .build();
          TierDecision decision = TierStateMachine.of(TierProgram.from(program))
              .next(TierState.of(Tier.REGISTERED, LocalDate.parse("2024-12-31")), LocalDate.parse("2025-03-31"),
                  tierFacts);
          System.out.println("tiers: " + decision.summary());
          System.out.println("tiers: JSON round trip "
              + PartnerOsJson.read(PartnerOsJson.write(decision.state()), TierState.class).equals(decision.state()));

          LocalDate day = LocalDate.parse("2026-03-02");
          Deal deal = Deal.builder().id("D-1").account("Alpine Ski House").amount(Money.of("100000.00", "USD"))
              .created(day).firstContact(day).status(CloseStatus.WON).closed(LocalDate.parse("2026-05-29"))
              .addTouches(Deal.PartnerTouch.builder().partner(PartnerId.of("P-001")).date(day).kind(TouchKind.REFERRAL)
                  .channelLead(true).documented(true).build())
              .addTouches(Deal.PartnerTouch.of(PartnerId.of("P-002"), LocalDate.parse("2026-04-14"), TouchKind.DEMO))
              .addRegistrations(Deal.Registration.of(PartnerId.of("P-001"), day)).build();
          AttributionPolicy policy = AttributionPolicy.from(program);
          System.out.println("attribution: " + DealClassifier.of(policy).classify(deal, PartnerId.of("P-001")).type());
          System.out.println("attribution: split " + CreditSplitter.of(policy).split(deal).amounts());
          System.out.println("attribution: JSON round trip "
              + PartnerOsJson.read(PartnerOsJson.write(deal), Deal.class).equals(deal));

          PortfolioEvaluation sample = SampleBook.evaluation();
          System.out.println("portfolio: " + sample.partners().size() + " partners, versions " + sample.versions());
          System.out.println("portfolio: P-006 " + sample.partner("P-006").orElseThrow().tier());
          System.out.println("portfolio: JSON report " + JsonReport.tree(sample).path("partners").size() + " partners");
          System.out.println("portfolio: reports " + new TreeSet<>(ReportFiles.render(sample).keySet()));
        }
      }
      """;

  @Test
  void consumerModule_compilesAndRunsOnTheModulePath(@TempDir Path work) throws Exception {
    Map<String, Path> modules = modulesOnTheClassPath();
    assertThat(modules).as("library modules on the test class path").containsKeys(LIBRARY.toArray(new String[0]));
    List<Path> runtime = closure(modules);
    List<Path> compile = new ArrayList<>(runtime);
    modules.forEach((name, path) -> { // the annotations the library's classes carry; never needed at run time
      if (name.startsWith("org.immutables")) {
        compile.add(path);
      }
    });

    Path sources = work.resolve("src/consumer");
    Files.createDirectories(sources.resolve("consumer"));
    Path moduleInfo = Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
    Path main = Files.writeString(sources.resolve("consumer/Main.java"), MAIN);
    Path classes = work.resolve("classes/consumer");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK runs the tests").isNotNull();
    StringWriter compilerOutput = new StringWriter();
    boolean compiled = javac.getTask(compilerOutput, null, null,
        List.of("-d", classes.toString(), "--module-path", pathOf(compile), "-Xlint:all", "-Xlint:-options"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(moduleInfo, main))
        .call();
    assertThat(compiled).as(compilerOutput.toString()).isTrue();

    List<Path> modulePath = new ArrayList<>(runtime);
    modulePath.add(0, classes);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "--module-path", pathOf(modulePath), "--module",
        "consumer/consumer.Main")
        .redirectOutput(work.resolve("out.txt").toFile())
        .redirectError(work.resolve("err.txt").toFile())
        .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the consumer finishes").isTrue();
    String out = Files.readString(work.resolve("out.txt"));
    String err = Files.readString(work.resolve("err.txt"));
    assertThat(process.exitValue()).as("exit code; standard output:%n%s%nstandard error:%n%s", out, err).isZero();
    assertThat(out.lines()).containsExactly(
        "core: fee 4,800.00 USD",
        "core: program 2026.1, ladder REGISTERED < SILVER < GOLD < PLATINUM",
        "scoring: health 75.00 HEALTHY",
        "scoring: JSON round trip true",
        "tiers: 2025-03-31 SILVER GOOD_STANDING (UPGRADED), qualified SILVER",
        "tiers: JSON round trip true",
        "attribution: PARTNER_SOURCED",
        "attribution: split {P-001=50,000.00 USD, P-002=50,000.00 USD}",
        "attribution: JSON round trip true",
        "portfolio: 50 partners, versions [2026.1 (from 2026-01-01), 2026.2 (from 2026-07-01)]",
        "portfolio: P-006 SILVER",
        "portfolio: JSON report 50 partners",
        "portfolio: reports [attribution.csv, commission.csv, evaluation.json, health.csv, kpis.csv, mdf-requests.csv, "
            + "partners.csv, report.html, report.txt, tier-timeline.csv]");
  }

  /** Every module on the class path, by name: jars and class folders with a module descriptor. */
  static Map<String, Path> modulesOnTheClassPath() {
    Map<String, Path> modules = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      boolean jar = Files.isRegularFile(path) && entry.endsWith(".jar");
      boolean exploded = Files.isRegularFile(path.resolve("module-info.class"));
      if (!jar && !exploded) {
        continue;
      }
      try {
        for (ModuleReference module : ModuleFinder.of(path).findAll()) {
          ModuleDescriptor descriptor = module.descriptor();
          // a test jar such as partneros-core's gets an automatic name; only the real modules count
          if (!(descriptor.isAutomatic() && descriptor.name().startsWith("partneros."))) {
            modules.putIfAbsent(descriptor.name(), path);
          }
        }
      } catch (FindException e) {
        // a jar whose automatic module name cannot be derived: no library needs it
      }
    }
    return modules;
  }

  /** The library modules and every module they require at run time, transitively. */
  static List<Path> closure(Map<String, Path> modules) throws IOException {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(LIBRARY);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name) || ModuleFinder.ofSystem().find(name).isPresent()) {
        continue;
      }
      Path path = modules.get(name);
      assertThat(path).as("module %s, required by the library, on the test class path", name).isNotNull();
      ModuleDescriptor descriptor = ModuleFinder.of(path).find(name).orElseThrow().descriptor();
      for (ModuleDescriptor.Requires requires : descriptor.requires()) {
        if (!requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
          todo.add(requires.name());
        }
      }
    }
    List<Path> paths = new ArrayList<>();
    for (String name : seen) {
      if (modules.containsKey(name) && !paths.contains(modules.get(name))) {
        paths.add(modules.get(name));
      }
    }
    return paths;
  }

  private static String pathOf(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }
}
