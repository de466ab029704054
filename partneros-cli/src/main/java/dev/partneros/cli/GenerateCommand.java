package dev.partneros.cli;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.PortfolioStreamWriter;
import dev.partneros.portfolio.PortfolioStreamWriter.Written;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code partneros generate}: writes a synthetic portfolio, streamed partner by partner (see
 * {@link PortfolioGenerator#stream}), so memory does not grow with the number of partners.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    header = "Writes a synthetic portfolio.",
    description = {"Writes a synthetic portfolio: partners and prospects with metrics, certifications, deals, "
        + "touches, registrations, payments, ratings and MDF requests. The same options always give the same "
        + "files. The book is written partner by partner, so its size is bounded by the disk, not the memory."})
final class GenerateCommand implements Callable<Integer> {

  /** The file formats of a generated portfolio. */
  enum Format {
    /** One CSV file per table. */
    CSV,
    /** One JSON document, portfolio.json. */
    JSON
  }

  /** The order of the rows in each table. */
  enum Order {
    /** By partner: each partner's rows together, partners in the order of their ids. */
    PARTNER(PortfolioStreamWriter.Order.BY_PARTNER),
    /** Shuffled within blocks of rows, as an export that is not sorted by partner. */
    SHUFFLED(PortfolioStreamWriter.Order.SHUFFLED);

    final PortfolioStreamWriter.Order writerOrder;

    Order(PortfolioStreamWriter.Order writerOrder) {
      this.writerOrder = writerOrder;
    }
  }

  static final int MAX_PARTNERS = PortfolioGenerator.MAX_PARTNERS;
  static final int MAX_QUARTERS = PortfolioGenerator.MAX_QUARTERS;
  static final int MAX_DEALS = PortfolioGenerator.MAX_DEALS_PER_PARTNER;

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

  @Option(names = "--deals-per-partner", paramLabel = "N",
      description = "How many deals each active partner brings in over the period, 0 to " + MAX_DEALS
          + ". Default: a number that follows the partner's capacity and trend.")
  Integer dealsPerPartner;

  @Option(names = "--order", paramLabel = "partner|shuffled", defaultValue = "partner",
      description = "partner (each partner's rows together, by partner id) or shuffled (each table's rows "
          + "shuffled within blocks of " + PortfolioStreamWriter.SHUFFLE_BLOCK + " rows, as an unsorted CRM export). "
          + "Default: partner.")
  Order order;

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

  @Option(names = "--quiet", description = "No progress on standard error (a bar on a terminal, a summary "
      + "line otherwise; shown for " + ProgressBar.LONG_RUN + " partners or more).")
  boolean quiet;

  GenerateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputRejected, EnvironmentFailure {
    if (partners < 1 || partners > MAX_PARTNERS) {
      throw usage("--partners must be between 1 and %d, but was %d", MAX_PARTNERS, partners);
    }
    if (quarters < 1 || quarters > MAX_QUARTERS) {
      throw usage("--quarters must be between 1 and %d, but was %d", MAX_QUARTERS, quarters);
    }
    if (dealsPerPartner != null && (dealsPerPartner < 0 || dealsPerPartner > MAX_DEALS)) {
      throw usage("--deals-per-partner must be between 0 and %d, but was %d", MAX_DEALS, dealsPerPartner);
    }
    int lastYear = from.year() + (from.quarter() - 1 + quarters - 1) / 4;
    if (from.year() < PortfolioGenerator.FIRST_YEAR || lastYear > PortfolioGenerator.LAST_YEAR) {
      throw usage("--from and --quarters must give a period within the years %d to %d, but %d quarters from %s "
          + "end in %d", PortfolioGenerator.FIRST_YEAR, PortfolioGenerator.LAST_YEAR, quarters, from, lastYear);
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
    PortfolioGenerator.Options options = new PortfolioGenerator.Options(partners, seed, from, quarters,
        doc.currency(), doc.ladder(), dealsPerPartner == null ? OptionalInt.empty() : OptionalInt.of(dealsPerPartner));
    Written written;
    try (OutputFolder folder = inputs.open(out, spec.commandLine())) {
      written = writeInto(folder.folder(), options);
      for (Path file : written.files()) {
        folder.adopt(file);
      }
      folder.commit();
    } catch (IOException e) {
      throw new EnvironmentFailure("cannot write to " + out + ": " + Context.describe(e)
          + "; its previous content is unchanged", e);
    }
    context.out().println("Generated " + written.summary() + " (seed " + seed + ", " + quarters
        + " quarters from " + from + (order == Order.SHUFFLED ? ", rows shuffled" : "") + ")");
    context.out().println(String.format(Locale.ROOT, "Wrote %d files (%,d bytes) to %s", written.files().size(),
        written.bytes(), out));
    return PartnerOsCli.OK;
  }

  /**
   * Generates the book into a folder, partner by partner, with a progress bar: the one place that
   * decides where the files go.
   */
  private Written writeInto(Path folder, PortfolioGenerator.Options options) throws IOException {
    ProgressBar bar = context.progress("generating", "partners", quiet, options.partners());
    try (PortfolioStreamWriter writer = format == Format.CSV
        ? PortfolioStreamWriter.csv(folder, order.writerOrder, options.seed())
        : PortfolioStreamWriter.json(folder.resolve("portfolio.json"), order.writerOrder, options.seed())) {
      int[] done = {0};
      PortfolioGenerator.stream(options, part -> {
        write(writer, part);
        if (!part.partners().isEmpty()) {
          bar.progress(++done[0], options.partners());
        }
      });
      return writer.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void write(PortfolioStreamWriter writer, Portfolio part) {
    try {
      writer.write(part);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ParameterException usage(String format, Object... values) {
    return new ParameterException(spec.commandLine(), String.format(Locale.ROOT, format, values));
  }
}
