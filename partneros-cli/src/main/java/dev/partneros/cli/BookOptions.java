package dev.partneros.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of a command that evaluates a portfolio: {@code evaluate}, {@code diff}, {@code explain}. */
final class BookOptions {

  @Option(names = "--portfolio", required = true, paramLabel = "PATH",
      description = "The portfolio: a folder of CSV files (partners.csv, deals.csv, ...) or one JSON "
          + "document (a .json file).")
  Path portfolio;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = Converters.Date.class,
      description = "The evaluation date, yyyy-MM-dd, such as 2027-12-31.")
  LocalDate asOf;

  @Option(names = "--mdf-pool", paramLabel = "AMOUNT", converter = Converters.Amount.class,
      description = "The program's MDF pool for the fiscal year, in the program's currency, such as 300000. "
          + "Default: no pool (entitlements are granted in full).")
  BigDecimal mdfPool;

  @Option(names = "--quiet", description = "No progress on standard error (a bar on a terminal, a summary line "
      + "otherwise; shown for 500 partners or more).")
  boolean quiet;

  Optional<BigDecimal> pool() {
    return Optional.ofNullable(mdfPool);
  }
}
