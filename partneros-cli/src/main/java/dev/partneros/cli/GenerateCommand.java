package dev.partneros.cli;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.PortfolioWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partneros generate}: writes a synthetic portfolio. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    header = "Writes a synthetic portfolio.",
    description = {"Writes a synthetic portfolio: partners and prospects with metrics, certifications, deals, "
        + "touches, registrations, payments, ratings and MDF requests. The same options always give the same "
        + "files."})
final class GenerateCommand implements Callable<Integer> {

  /** The file formats of a generated portfolio. */
  enum Format {
    /** One CSV file per table. */
    CSV,
    /** One JSON document, portfolio.json. */
    JSON
  }

  static final int MAX_PARTNERS = 1_000_000;
  static final int MAX_QUARTERS = 40;

  private final Context context;

  @Spec
  CommandSpec spec;

  @Option(names = "--partners", required = true, paramLabel = "N",
      description = "How many partners and prospects, 1 to " + MAX_PARTNERS + ".")
  int partners;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed of every random draw (a whole number). Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--from", paramLabel = "QUARTER", defaultValue = "2026-Q1", converter = Converters.Quarter.class,
      description = "The first quarter with metrics and deals, at most " + MAX_QUARTERS + " quarters before or "
          + "after the quarter of the program's effectiveFrom. Default: ${DEFAULT-VALUE}.")
  YearQuarter from;

  @Option(names = "--quarters", paramLabel = "N", defaultValue = "8",
      description = "How many quarters, 1 to " + MAX_QUARTERS + ". Default: ${DEFAULT-VALUE}.")
  int quarters;

  @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
      description = "csv (one file per table) or json (one document, portfolio.json). Default: csv.")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The folder to write into, owned by PartnerOS: replaced as a whole, and only once every file is written "
          + "(a failed run leaves it as it was). An existing folder must be empty or written by PartnerOS, unless "
          + "--force.")
  Path out;

  @Option(names = "--force", description = "Replace --out even if it holds files PartnerOS did not write "
      + "(they are deleted).")
  boolean force;

  @Option(names = "--program", paramLabel = "FILE",
      description = "The program whose currency and tier ladder the portfolio uses. Default: the standard "
          + "program.")
  Path program;

  GenerateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputRejected, EnvironmentFailure {
    if (partners < 1 || partners > MAX_PARTNERS) {
      throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
          "--partners must be between 1 and %d, but was %d", MAX_PARTNERS, partners));
    }
    if (quarters < 1 || quarters > MAX_QUARTERS) {
      throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
          "--quarters must be between 1 and %d, but was %d", MAX_QUARTERS, quarters));
    }
    Inputs inputs = new Inputs(context);
    inputs.checkOut(out, force, spec.commandLine());
    ProgramDocument doc = inputs.program(Optional.ofNullable(program));
    YearQuarter start = YearQuarter.from(doc.effectiveFrom());
    YearQuarter earliest = start.minusQuarters(MAX_QUARTERS);
    YearQuarter latest = start.plusQuarters(MAX_QUARTERS);
    if (from.compareTo(earliest) < 0 || from.compareTo(latest) > 0) {
      throw new ParameterException(spec.commandLine(), "--from must be a quarter from " + earliest + " to " + latest
          + " (" + MAX_QUARTERS + " quarters either side of the program's effectiveFrom " + doc.effectiveFrom()
          + "), but was " + from);
    }
    Portfolio portfolio;
    List<Path> written;
    try (OutputFolder folder = inputs.open(out, spec.commandLine())) {
      portfolio = PortfolioGenerator.generate(new PortfolioGenerator.Options(partners, seed, from, quarters,
          doc.currency(), doc.ladder()));
      Map<String, String> files = format == Format.CSV ? PortfolioWriter.csv(portfolio)
          : Map.of("portfolio.json", PortfolioWriter.json(portfolio));
      written = inputs.write(files, folder, out);
    }
    context.out().println("Generated " + portfolio.summary() + " (seed " + seed + ", " + quarters
        + " quarters from " + from + ")");
    context.out().println("Wrote " + written.size() + " files to " + out);
    return PartnerOsCli.OK;
  }
}
