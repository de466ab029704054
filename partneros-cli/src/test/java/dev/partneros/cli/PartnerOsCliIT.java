package dev.partneros.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged command line, run by failsafe after {@code package}: the self-contained jar with
 * {@code java -jar}, and the distribution archive unpacked into {@code target/} with its launcher.
 */
class PartnerOsCliIT {

  static final String VERSION = property("partneros.version");
  static final Path JAR = Path.of(property("partneros.jar"));
  static final Path TAR = Path.of(property("partneros.dist"));
  static final Path ZIP = Path.of(property("partneros.dist.zip"));
  static final Path TARGET = JAR.getParent();
  static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
  static final String BASE = "partneros-" + VERSION;

  /** The unpacked distribution, partneros-<version>/. */
  static Path home;

  /** What a process printed and exited with. */
  record Exit(int code, String out, String err) {}

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s, set by the build", name).isNotBlank();
    return value;
  }

  @BeforeAll
  static void unpack() throws IOException, InterruptedException {
    Path into = TARGET.resolve("it-distribution");
    delete(into);
    Files.createDirectories(into);
    // The system tar keeps the archive's file modes: the launcher must be executable as shipped.
    Exit tar = run(into, Map.of(), "tar", "-xzf", TAR.toString());
    assertThat(tar.code()).as(tar.err()).isZero();
    home = into.resolve(BASE);
  }

  static Exit run(Path dir, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    return run(dir, environment, List.of(command));
  }

  static Exit run(Path dir, Map<String, String> environment, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(TARGET, "it-", ".out");
    Path err = Files.createTempFile(TARGET, "it-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
          .redirectError(err.toFile());
      environment.forEach((name, value) -> {
        if (value == null) {
          builder.environment().remove(name);
        } else {
          builder.environment().put(name, value);
        }
      });
      Process process = builder.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
      return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static Exit jar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString()));
    Collections.addAll(command, args);
    return run(TARGET, Map.of(), command);
  }

  @Test
  void jar_version_printsTheProjectVersion() throws IOException, InterruptedException {
    Exit exit = jar("--version");
    assertThat(exit.code()).as(exit.err()).isZero();
    assertThat(exit.out()).startsWith("partneros " + VERSION + System.lineSeparator());
    assertThat(exit.err()).isEmpty();
  }

  @Test
  void jar_evaluateHelp_printsTheUsage() throws IOException, InterruptedException {
    Exit exit = jar("evaluate", "--help");
    assertThat(exit.code()).as(exit.err()).isZero();
    assertThat(exit.out()).contains("Usage: partneros evaluate [-hV] [--debug]").contains("--portfolio=PATH")
        .contains("--program=FILE").contains("Exit codes:");
  }

  @Test
  void jar_holdsNoModuleDescriptorAndNoSignature() throws IOException {
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      List<String> names = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
      assertThat(names).contains("dev/partneros/cli/PartnerOsCli.class", "picocli/CommandLine.class",
          "META-INF/services/org.slf4j.spi.SLF4JServiceProvider")
          .noneMatch(n -> n.endsWith("module-info.class"))
          .noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
    }
  }

  @Test
  void distribution_evaluatesTheSample() throws IOException, InterruptedException {
    Exit exit = run(home, Map.of("JAVA_HOME", JAVA_HOME.toString()), "bin/partneros", "evaluate",
        "--program", "sample/standard-program.yaml", "--program", "sample/program-2026.2.yaml",
        "--portfolio", "sample/sample-portfolio", "--as-of", "2027-12-31", "--mdf-pool", "300000", "--out", "out");
    assertThat(exit.code()).as(exit.err()).isZero();
    assertThat(exit.err()).isEmpty();
    assertThat(exit.out()).startsWith("Evaluated 50 partners and 326 deals as of 2027-12-31 under [2026.1 (from "
        + "2026-01-01), 2026.2 (from 2026-07-01)]").contains("Wrote 11 files (").contains(" bytes) to out: ");
    try (Stream<Path> files = Files.list(home.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(".partneros-output",
          "attribution.csv", "commission.csv", "health.csv", "kpis.csv", "mdf-requests.csv", "partners.csv",
          "partners.jsonl", "report.html", "report.txt", "summary.json", "tier-timeline.csv");
    }
    assertThat(Files.readString(home.resolve("out/partners.csv")))
        .contains("P-004,Tailspin Toys,RESELLER_VAR,ACTIVE,GOLD,IN_GRACE,GRACE_STARTED,SILVER,");
  }

  @Test
  void distribution_launcher_findsJavaOnThePathAndKeepsTheExitCode() throws IOException, InterruptedException {
    Map<String, String> pathOnly = new java.util.HashMap<>();
    pathOnly.put("JAVA_HOME", null);
    pathOnly.put("PATH", JAVA_HOME.resolve("bin") + ":/usr/bin:/bin");
    Exit version = run(home, pathOnly, "bin/partneros", "--version");
    assertThat(version.code()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("partneros " + VERSION);
    Exit usage = run(home, pathOnly, "bin/partneros", "evaluate", "--bogus");
    assertThat(usage.code()).isEqualTo(PartnerOsCli.USAGE);
    assertThat(usage.err()).startsWith("error: Unknown option: '--bogus'");
    Exit invalid = run(home, Map.of("JAVA_HOME", JAVA_HOME.toString(), "JAVA_OPTS", "-Xmx256m -Dunused=1"),
        "bin/partneros", "explain", "P-999", "--portfolio", "sample/sample-portfolio", "--as-of", "2027-12-31");
    assertThat(invalid.code()).isEqualTo(PartnerOsCli.INVALID_INPUT);
    assertThat(invalid.err()).contains("but was P-999");
    Exit noJava = run(home, Map.of("JAVA_HOME", home.resolve("no-such-jdk").toString()), "bin/partneros",
        "--version");
    assertThat(noJava.code()).isEqualTo(PartnerOsCli.ENVIRONMENT);
    assertThat(noJava.err()).startsWith("error: JAVA_HOME is ");
  }

  @Test
  void distribution_zipHoldsTheSameFilesAsTheTar() throws IOException {
    List<String> unpacked;
    try (Stream<Path> files = Files.walk(home)) {
      unpacked = files.filter(Files::isRegularFile).filter(p -> !home.relativize(p).startsWith("out"))
          .map(p -> BASE + "/" + home.relativize(p).toString().replace('\\', '/')).sorted()
          .collect(Collectors.toList());
    }
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      List<String> zipped = zip.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).sorted()
          .collect(Collectors.toList());
      assertThat(zipped).isEqualTo(unpacked).contains(BASE + "/bin/partneros", BASE + "/README.txt",
          BASE + "/lib/partneros-cli-" + VERSION + ".jar", BASE + "/lib/picocli-4.7.7.jar",
          BASE + "/sample/standard-program.yaml", BASE + "/sample/program-2026.2.yaml",
          BASE + "/sample/sample-portfolio/partners.csv");
    }
    assertThat(Files.isExecutable(home.resolve("bin/partneros"))).isTrue();
    assertThat(Files.readString(home.resolve("README.txt"))).startsWith("PartnerOS command line " + VERSION);
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }
}
